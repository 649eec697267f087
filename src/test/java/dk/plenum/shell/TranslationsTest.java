package dk.plenum.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Danish and English say the same things: a key in one bundle and not the other shows as its raw key. */
class TranslationsTest {

    @Test
    void theDanishAndEnglishBundlesHoldTheSameKeys() throws IOException {
        Set<String> english = bundle("translations.properties").stringPropertyNames();
        Set<String> danish = bundle("translations_da.properties").stringPropertyNames();

        assertThat(danish).as("keys only in English").containsAll(english);
        assertThat(english).as("keys only in Danish").containsAll(danish);
    }

    @Test
    void everyFieldTheControlViewsCommandsCanRefuseHasAName() throws IOException {
        Properties english = bundle("translations.properties");
        // The field names the decision, attendance and late-item commands' refusals carry.
        for (String field : new String[] {"text", "publicText", "dissent", "reason", "title", "presenter",
                "recommendation", "outcome", "status"}) {
            assertThat(english.getProperty("control.field." + field)).as("control.field." + field).isNotBlank();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(
                TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name), StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        return bundle;
    }
}
