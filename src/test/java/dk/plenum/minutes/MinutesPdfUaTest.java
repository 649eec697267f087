package dk.plenum.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.support.Api;
import dk.plenum.support.ApiMeeting;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/**
 * The public minutes PDF, as anyone downloads it, is tagged PDF/UA-1 with its language and title: veraPDF's
 * Greenfield parser, with its PDF/UA-1 profile (the Matterhorn Protocol's machine-checkable conditions), finds it
 * compliant, in Danish and in English.
 */
@PlenumTest
class MinutesPdfUaTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @ValueSource(strings = {"da", "en"})
    void thePublicMinutesPdfIsTaggedPdfUa(String language) throws Exception {
        Api api = new Api(port);
        ApiMeeting meeting = ImportedMeetings.runningOverApi(api, "Erhvervsrådet", 0, 1, 2);
        assertThat(meeting.post("/items/" + meeting.itemId(1) + "/decision",
                "{\"outcome\": \"APPROVED\", \"text\": \"Dagsordenen blev godkendt med ændringer: æ, ø og å.\"}",
                "sekretariat").statusCode()).isEqualTo(200);
        assertThat(meeting.post("/items/" + meeting.itemId(2) + "/decision", "{\"outcome\": \"APPROVED\", \"text\": "
                + "\"Indstillingen blev godkendt.\", \"publicText\": \"Sagen blev behandlet for lukkede døre.\"}",
                "sekretariat").statusCode()).isEqualTo(200);
        assertThat(meeting.post("/close", "", "sekretariat").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> minutes = api.getBytes(meeting.path("/minutes?format=pdf&lang=" + language), null);
        assertThat(minutes.statusCode()).isEqualTo(200);
        byte[] pdf = minutes.body();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
            assertThat(document.getDocumentInformation().getTitle()).contains("Erhvervsrådet");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(pdfUa1(), false);
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage() + " at " + assertion.getLocation().getContext())
                    .distinct().toList();
            assertThat(failed).as("veraPDF's PDF/UA-1 failures").isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    /** veraPDF's PDF/UA-1 profile, shipped in its core jar (its default profile directory holds PDF/A only). */
    private static ValidationProfile pdfUa1() throws Exception {
        try (InputStream xml = Profiles.class.getResourceAsStream("/org/verapdf/pdfa/validation/PDFUA-1.xml")) {
            return Profiles.profileFromXml(xml);
        }
    }
}
