package dk.plenum.meeting;

/** The client sent an {@code Idempotency-Key} it already used for a different request; nothing was stored. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request.");
    }
}
