package dk.plenum.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Issue 15: the README's {@code ./mvnw spring-boot:run} shows the app as its users see it, in Vaadin's production mode
 * (no development-mode pop-up or Copilot toolbar over the header) and sending no usage statistics. No browser test
 * runs {@code spring-boot:run}, so this reads the settings that make it so and fails if one is dropped.
 */
class RunAsUsersSeeItTest {

    @Test
    void springBootRunStartsVaadinInProductionModeUnlessAskedOtherwise() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();

        assertThat(xpath.evaluate("/project/properties/plenum.run.productionMode", pom)).isEqualTo("true");
        assertThat(xpath.evaluate("/project/build/plugins/plugin[artifactId='spring-boot-maven-plugin']"
                + "/configuration/systemPropertyVariables/vaadin.productionMode", pom))
                .isEqualTo("${plenum.run.productionMode}");
        // The run command the README gives sets nothing that would undo it.
        assertThat(Files.readString(Path.of("README.md"))).containsPattern("(?m)^\\./mvnw spring-boot:run +#");
    }

    @Test
    void vaadinSendsNoUsageStatistics() throws IOException {
        Properties application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            application.load(in);
        }

        assertThat(application.getProperty("vaadin.devmode.usageStatistics.enabled")).isEqualTo("false");
    }
}
