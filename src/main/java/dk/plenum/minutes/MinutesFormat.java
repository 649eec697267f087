package dk.plenum.minutes;

import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.CommandRefusedException.Reason;
import dk.plenum.meeting.Translations;
import java.util.Arrays;
import java.util.Locale;

/** The formats the minutes come in, each with its media type and file extension. */
public enum MinutesFormat {
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    MARKDOWN("text/markdown;charset=UTF-8", "md");

    private final String mediaType;
    private final String extension;

    MinutesFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by its extension ({@code html}, {@code pdf}, {@code md}); refuses anything else. */
    public static MinutesFormat ofExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equalsIgnoreCase(extension)).findFirst()
                .orElseThrow(() -> new CommandRefusedException(Reason.INVALID, "minutes.refused.badFormat", extension));
    }

    /** The minutes' language: Danish or English, nothing else. */
    public static Locale language(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "da" -> Translations.DANISH;
            case "en" -> Translations.ENGLISH;
            default -> throw new CommandRefusedException(Reason.INVALID, "minutes.refused.badLanguage", code);
        };
    }
}
