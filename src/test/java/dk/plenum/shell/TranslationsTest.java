package dk.plenum.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dk.plenum.meeting.Translations;
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

    /**
     * Every key the code names literally, in a view, a refusal or the minutes, has a text: a missing one would
     * show as {@code !key!} or reach an API client as a bare key.
     */
    @Test
    void everyKeyTheCodeNamesHasAText() throws IOException {
        Pattern literalKey = Pattern.compile(
                "(?:getTranslation|Translations\\.text|label|CommandRefusedException\\(Reason\\.\\w+,)\\s*\\(?\\s*\"([a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher match = literalKey.matcher(Files.readString(source));
                while (match.find()) {
                    named.add(match.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(named).allMatch(key -> Translations.find(key, Translations.ENGLISH).isPresent(),
                "has a text in translations.properties");
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
