package dk.plenum.meeting;

/**
 * The one check for free text in commands and imports: only characters that every view, export and
 * parser can carry, trimmed, not blank when required, and not longer than its limit. Text is stored as
 * typed; every view shows it as text, never as HTML.
 */
public final class CommandText {

    /** What a renderer prints in place of a character that {@link #isAllowed} refuses. */
    public static final int REPLACEMENT = '\uFFFD';

    private CommandText() {
    }

    /** The trimmed text; refuses null, blank or oversize text, and characters that are not allowed. */
    public static String required(String text, String field, int maxLength) {
        String trimmed = optional(text, field, maxLength);
        if (trimmed == null) {
            throw new CommandRefusedException(CommandRefusedException.Reason.INVALID, "refused.textEmpty", field);
        }
        return trimmed;
    }

    /** The trimmed text, or null when there is none; refuses oversize text and characters that are not allowed. */
    public static String optional(String text, String field, int maxLength) {
        if (text == null) {
            return null;
        }
        // Checked before blankness and trimming: a text of only NULs or a stray control at its end is refused,
        // not silently dropped.
        requireAllowedCharacters(text, field);
        if (text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > maxLength) {
            throw new CommandRefusedException(CommandRefusedException.Reason.INVALID, "refused.textTooLong", field,
                    maxLength);
        }
        return trimmed;
    }

    /**
     * Whether a code point may be stored: not a control character other than tab and line breaks (XML and
     * PDF cannot carry them), not a Unicode non-character (U+FDD0 to U+FDEF, U+xFFFE and U+xFFFF in every
     * plane, which broke the PDF minutes), and not half of a surrogate pair.
     */
    public static boolean isAllowed(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return true;
        }
        return Character.getType(codePoint) != Character.CONTROL
                && !(codePoint >= 0xFDD0 && codePoint <= 0xFDEF)
                && (codePoint & 0xFFFE) != 0xFFFE
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    }

    /**
     * Stored text made safe to print: each character {@link #isAllowed} refuses becomes U+FFFD. For text
     * stored before the check existed, so that one bad character cannot break the minutes of a meeting.
     */
    public static String printable(String text) {
        if (text.codePoints().allMatch(CommandText::isAllowed)) {
            return text;
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> printable.appendCodePoint(isAllowed(codePoint) ? codePoint : REPLACEMENT));
        return printable.toString();
    }

    private static void requireAllowedCharacters(String text, String field) {
        int offset = 0;
        while (offset < text.length()) {
            int codePoint = text.codePointAt(offset);
            if (!isAllowed(codePoint)) {
                throw new CommandRefusedException(CommandRefusedException.Reason.INVALID, "refused.textCharacter",
                        field, "U+%04X".formatted(codePoint), String.valueOf(offset + 1));
            }
            offset += Character.charCount(codePoint);
        }
    }
}
