package dk.plenum.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A hit's snippet is cut around the word found, at word boundaries. */
class SearchSnippetTest {

    private static final String TEXT = "Sekretariatet orienterede om status på erhvervsstrategien og drøftede hvilke"
            + " indsatser der skal prioriteres i 2024, herunder turisme, iværksætteri og grøn omstilling af"
            + " virksomhederne i kommunen samt et tættere samarbejde med uddannelsesinstitutionerne.";

    @Test
    void aSnippetStartsAndEndsAtWordBoundaries() {
        String snippet = SearchService.snippet(List.of(TEXT), List.of("turisme"));

        assertThat(snippet).startsWith("…").endsWith("…").contains("turisme");
        String inner = snippet.substring(1, snippet.length() - 1);
        assertThat(TEXT).contains(inner);
        int at = TEXT.indexOf(inner);
        assertThat(Character.isLetterOrDigit(TEXT.charAt(at - 1))).as("starts inside a word: %s", snippet).isFalse();
        assertThat(Character.isLetterOrDigit(TEXT.charAt(at + inner.length())))
                .as("ends inside a word: %s", snippet).isFalse();
        assertThat(inner).doesNotStartWith(" ").doesNotEndWith(" ");
    }

    @Test
    void theWordFoundIsOneStartingWithTheTermNotOneHoldingIt() {
        String snippet = SearchService.snippet(List.of("Hvilke strategier? Erhvervsstrategien blev vedtaget."),
                List.of("strategi"));

        assertThat(snippet).isEqualTo("Hvilke strategier? Erhvervsstrategien blev vedtaget.");
        assertThat(SearchService.snippet(List.of(TEXT), List.of("strategi"))).isEmpty();
    }

    @Test
    void aShortTextIsWholeWithoutEllipsis() {
        assertThat(SearchService.snippet(List.of("Turisme  og grøn omstilling."), List.of("grøn")))
                .isEqualTo("Turisme og grøn omstilling.");
    }
}
