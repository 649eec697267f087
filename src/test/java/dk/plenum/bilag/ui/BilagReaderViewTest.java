package dk.plenum.bilag.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.bilag.TestPdfs;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.Visibility;
import dk.plenum.security.AccountService;
import dk.plenum.shell.Navigation;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The Bilag reader follows the meeting, without a browser: a Bilag replaced while it is read is said to be and
 * shown in its new version at the same page (or its last); one closed while the public reads it is gone, with
 * none of its pages left on the screen, while a member reading it reads on.
 */
@PlenumTest
class BilagReaderViewTest extends SpringBrowserlessTest {

    @Autowired
    AgendaImportService imports;

    @Autowired
    BilagService bilag;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Meeting meeting;
    private String itemId;
    private String attachmentId;

    /** The first (open) item of a meeting of its own carries an open five-page Bilag. */
    @BeforeEach
    void aMeetingWithAnOpenBilag() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        itemId = meeting.items().getFirst().id();
        Meeting withBilag = bilag.add(meeting.id(), itemId, List.of(new BilagUpload("Budgetnotat.pdf",
                TestPdfs.pages(5, "Budget"))), Visibility.OPEN, ImportedMeetings.SECRETARIAT);
        Attachment added = withBilag.items().getFirst().attachments().getLast();
        attachmentId = added.id();
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void aBilagReplacedWhileReadIsShownInItsNewVersionAtTheSamePageOrItsLast() {
        read(4);
        assertThat(pageOf()).isEqualTo("Side 4 af 5");
        String firstVersionPage = imageSource();

        replaceWith(3, "Ny udgave");
        awaitUntil(() -> pageOf().equals("Side 3 af 3"));

        assertThat(notice()).isEqualTo("Der er kommet en ny udgave af bilaget. Du læser nu den nye.");
        assertThat(find(Paragraph.class).withClassName("plenum-bilag-text").single().getText())
                .isEqualTo("Ny udgave side 3");
        assertThat(imageSource()).as("the new file's page, not the old one's").isNotEqualTo(firstVersionPage);

        replaceWith(6, "Tredje udgave");
        awaitUntil(() -> pageOf().equals("Side 3 af 6"));
        assertThat(find(Paragraph.class).withClassName("plenum-bilag-text").single().getText())
                .isEqualTo("Tredje udgave side 3");
    }

    @Test
    void aBilagClosedWhileThePublicReadsItIsGoneWithAllItsPages() {
        read(2);
        assertThat(find(Image.class).withClassName("plenum-bilag-image").all()).hasSize(1);

        bilag.setVisibility(meeting.id(), itemId, attachmentId, Visibility.CLOSED, ImportedMeetings.SECRETARIAT);
        awaitUntil(() -> !find(Paragraph.class).withClassName("plenum-bilag-refused").all().isEmpty());

        assertThat(find(Paragraph.class).withClassName("plenum-bilag-refused").single().getText())
                .isEqualTo("Bilaget er ikke længere tilgængeligt.");
        assertThat(find(Image.class).all()).as("no page stays on the screen").isEmpty();
        assertThat(find(Paragraph.class).withClassName("plenum-bilag-text").all()).isEmpty();
        assertThat(find(H1.class).all()).isEmpty();
    }

    @Test
    void aMemberReadsOnWhenTheBilagIsClosedAndSeesItRenamed() {
        Logins.logIn(securityContext, accounts.find("kirsten").orElseThrow());
        read(2);

        bilag.setVisibility(meeting.id(), itemId, attachmentId, Visibility.CLOSED, ImportedMeetings.SECRETARIAT);
        bilag.rename(meeting.id(), itemId, attachmentId, "Budgetnotat, fortroligt", ImportedMeetings.SECRETARIAT);
        awaitUntil(() -> find(H1.class).single().getText().equals("Budgetnotat, fortroligt"));

        assertThat(pageOf()).isEqualTo("Side 2 af 5");
        assertThat(find(Paragraph.class).withClassName("plenum-bilag-refused").all()).isEmpty();
        assertThat(find(Paragraph.class).withClassName("plenum-bilag-notice").all()).as("renamed, not replaced")
                .isEmpty();
    }

    private void read(int page) {
        UI.getCurrent().navigate(Navigation.bilagReader(meeting.id(), itemId, attachmentId, page).split("\\?")[0],
                QueryParameters.simple(Map.of(Navigation.PAGE_QUERY, String.valueOf(page))));
        assertThat(getCurrentView()).isInstanceOf(BilagReaderView.class);
    }

    private void replaceWith(int pages, String word) {
        bilag.replace(meeting.id(), itemId, attachmentId, new BilagUpload(word + ".pdf", TestPdfs.pages(pages, word)),
                ImportedMeetings.SECRETARIAT);
    }

    private String pageOf() {
        return find(Span.class).withClassName("plenum-bilag-page-of").single().getText();
    }

    private String notice() {
        return find(Paragraph.class).withClassName("plenum-bilag-notice").single().getText();
    }

    private String imageSource() {
        return find(Image.class).withClassName("plenum-bilag-image").single().getSrc();
    }

    /** Until the live refresh has drawn what {@code drawn} asks; in the test's own thread, which holds the UI. */
    private void awaitUntil(BooleanSupplier drawn) {
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().pollInterval(Duration.ofMillis(50)).until(() -> {
            roundTrip();
            return drawn.getAsBoolean();
        });
    }
}
