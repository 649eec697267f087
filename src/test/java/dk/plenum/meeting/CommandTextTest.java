package dk.plenum.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one check for free text: what it refuses, what it lets through untouched, and how it says so. */
class CommandTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\uD83F\uDFFE", "\uDBFF\uDFFF", "\uD800",
            "\uDC00", "\u0000", "\u0007", "\u000B", "\u000C", "\u001F", "\u007F", "\u0085", "\u009F"})
    void refusesNonCharactersControlCharactersAndHalfSurrogatePairsAnywhere(String bad) {
        for (String text : new String[] {bad, "Godkendt " + bad, bad + " godkendt", "a" + bad + "b"}) {
            assertThatThrownBy(() -> CommandText.optional(text, "dissent", 100))
                    .isInstanceOfSatisfying(CommandRefusedException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(CommandRefusedException.Reason.INVALID);
                        assertThat(refused.messageKey()).isEqualTo("refused.textCharacter");
                        assertThat(refused.getMessage()).startsWith("The dissent contains a character");
                    });
        }
    }

    @Test
    void namesTheCharacterAndWhereItIs() {
        assertThatThrownBy(() -> CommandText.required("Godkendt\uFFFE.", "text", 100))
                .hasMessage("The text contains a character that cannot be stored: U+FFFE at position 9.");
        assertThatThrownBy(() -> CommandText.required("\uD83D\uDE00\uDBFF\uDFFF", "text", 100))
                .hasMessageContaining("U+10FFFF at position 3");
    }

    @Test
    void keepsLineBreaksTabsAndEveryRealCharacter() {
        String text = "Godkendt:\r\n\t- æøå ÆØÅ \uD83D\uDE00 \u00A0\u200B \uFFFD \uFDCF \uFDF0 \uFFFD \uD83F\uDFFD";
        assertThat(CommandText.required(text, "text", 100)).isEqualTo(text);
    }

    @Test
    void printableReplacesWhatTheCheckRefuses() {
        assertThat(CommandText.printable("a\uFFFEb\u0000c\uD800d\uD83D\uDE00\n\te"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDE00\n\te");
    }
}
