package dk.plenum.meeting;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name and payload version a kind of {@link MeetingChange} is stored under in the event log, and shown
 * to API clients. Both are fixed for good: every stored meeting is read back through them, so the Java
 * record may be renamed or moved, but its {@link #type()} may not change. How a payload may evolve:
 * {@code docs/design-decisions/0008-event-log-compatibility.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StoredEvent {

    /** E.g. {@code MEETING_SCHEDULED}. */
    String type();

    /** The payload's shape; raised (with a reader for the older shape) when a change is not additive. */
    int version() default 1;
}
