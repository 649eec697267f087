package dk.plenum.meeting;

/**
 * The one check for free text in commands: trimmed, not blank when required, and not longer than its
 * limit. Text is stored as typed; every view shows it as text, never as HTML.
 */
public final class CommandText {

    private CommandText() {
    }

    /** The trimmed text; refuses null, blank or oversize text. */
    public static String required(String text, String field, int maxLength) {
        String trimmed = optional(text, field, maxLength);
        if (trimmed == null) {
            throw new CommandRefusedException(CommandRefusedException.Reason.INVALID, "refused.textEmpty", field);
        }
        return trimmed;
    }

    /** The trimmed text, or null when there is none; refuses oversize text. */
    public static String optional(String text, String field, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > maxLength) {
            throw new CommandRefusedException(CommandRefusedException.Reason.INVALID, "refused.textTooLong", field,
                    maxLength);
        }
        return trimmed;
    }
}
