package dk.plenum.meeting;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

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

    private static final String TRANSLATIONS = "vaadin-i18n/translations";

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] args;

    public CommandRefusedException(Reason reason, String messageKey, Object... args) {
        super(english(messageKey, args));
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

    private static String english(String key, Object... args) {
        // The base bundle is English; no fallback, or a Danish server would answer the API in Danish.
        ResourceBundle english = ResourceBundle.getBundle(TRANSLATIONS, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = english.containsKey(key) ? english.getString(key) : key;
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
