package dk.plenum.meeting;


/**
 * A command that was refused and changed nothing. It carries a message key of the UI's translations,
 * so a view says why in the user's language, while the API answers in English with the matching status.
 */
public class CommandRefusedException extends RuntimeException {

    /** Why: bad input (400), unknown thing (404), not allowed for this person (403), or not now (409). */
    public enum Reason {
        INVALID,
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT
    }

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] args;

    public CommandRefusedException(Reason reason, String messageKey, Object... args) {
        // The API answers in English, whatever the server's or the client's language.
        super(Translations.text(messageKey, Translations.ENGLISH, args));
        this.reason = reason;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
