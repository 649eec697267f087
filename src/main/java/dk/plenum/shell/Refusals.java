package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dk.plenum.meeting.CommandRefusedException;
import java.util.Optional;
import java.util.Set;

/**
 * Says why a command was refused, in the user's language, as a notification that stays a few seconds, or as the
 * message a form shows at the field it is about.
 */
public final class Refusals {

    /** Refusals whose first argument names a form field, which each view words for its own form. */
    private static final Set<String> FIELD_MESSAGES = Set.of("refused.textEmpty", "refused.textTooLong",
            "refused.textCharacter");

    private Refusals() {
    }

    /**
     * @param fieldKeys the prefix of the view's translations of field names, e.g. {@code control.field.}
     */
    public static void show(Component view, CommandRefusedException refused, String fieldKeys) {
        Notification notice = new Notification(message(view, refused, fieldKeys), 6_000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.ERROR);
        notice.addClassName("plenum-refusal");
        notice.open();
    }

    /** Why the command was refused, in the view's language, with the field named as {@code fieldKeys} words it. */
    public static String message(Component view, CommandRefusedException refused, String fieldKeys) {
        Object[] args = refused.args();
        field(refused).ifPresent(field -> args[0] = view.getTranslation(fieldKeys + field));
        return view.getTranslation(refused.messageKey(), args);
    }

    /** The form field the refusal is about (e.g. {@code title}), for a form that shows the message at that field. */
    public static Optional<String> field(CommandRefusedException refused) {
        Object[] args = refused.args();
        return FIELD_MESSAGES.contains(refused.messageKey()) && args.length > 0 ? Optional.of(String.valueOf(args[0]))
                : Optional.empty();
    }
}
