package dk.plenum.bilag.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.bilag.TestPdfs;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.Visibility;
import dk.plenum.shell.Navigation;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An item's Bilag page follows the meeting without taking anything from under the secretary's fingers: a colleague's
 * change (or the next file of an upload) redraws the rows in place, so a half-typed name, and a tap on its way to a
 * button, stay; a move acts on the order as it stands when tapped, and "Gør lukket" never opens.
 */
@PlenumTest
class BilagManageViewTest extends SpringBrowserlessTest {

    @Autowired
    AgendaImportService imports;

    @Autowired
    BilagService bilag;

    @Autowired
    MeetingJournal journal;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Meeting meeting;
    private String itemId;

    /** The first item of a meeting of its own carries two open Bilag; the secretariat opens its Bilag page. */
    @BeforeEach
    void theSecretariatOnAnItemsBilagPage() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        itemId = meeting.items().getFirst().id();
        bilag.add(meeting.id(), itemId, List.of(new BilagUpload("Budget.pdf", TestPdfs.pages(2, "Budget")),
                new BilagUpload("Notat.pdf", TestPdfs.pages(1, "Notat"))), Visibility.OPEN,
                ImportedMeetings.SECRETARIAT);
        Logins.logIn(securityContext, ImportedMeetings.SECRETARIAT);
        navigate(Navigation.bilag(meeting.id(), itemId), BilagManageView.class);
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void aColleaguesChangeLeavesAHalfTypedNameAndTheButtonsInPlaceAndTheyActOnTheBilagAsItStandsNow() {
        TextField budgetName = find(TextField.class).from(row("Budget")).single();
        test(budgetName).setValue("Budget 2025, revideret");
        Button renameBudget = button(row("Budget"), "Omdøb");
        Button closeNotat = button(row("Notat"), "Gør lukket");
        Button openNotat = find(Button.class).withText("Gør åbent").from(row("Notat")).all().stream().findFirst()
                .orElse(null);
        assertThat(openNotat).as("hidden while the Bilag is open").isNull();

        bilag.setVisibility(meeting.id(), itemId, attachmentId("Notat"), Visibility.CLOSED,
                ImportedMeetings.SECRETARIAT);
        await("the colleague's change drawn").atMost(Duration.ofSeconds(20)).pollInSameThread()
                .pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
                    roundTrip();
                    assertThat(find(Span.class).withClassName("plenum-badge").from(row("Notat")).single().getText())
                            .isEqualTo("Lukket");
                });

        assertThat(List.of(budgetName, renameBudget, closeNotat)).as("kept, not drawn anew")
                .allMatch(Component::isAttached);
        assertThat(budgetName.getValue()).as("the name being typed").isEqualTo("Budget 2025, revideret");
        assertThat(closeNotat.isVisible()).isFalse();

        test(renameBudget).click();
        // A tap on "Gør lukket" that left the tablet before the colleague's change was drawn: it closes, never opens.
        ComponentUtil.fireEvent(closeNotat, new ClickEvent<>(closeNotat));
        assertThat(stored()).extracting(Attachment::name, Attachment::visibility).containsExactly(
                tuple("Budget 2025, revideret", Visibility.OPEN), tuple("Notat", Visibility.CLOSED));
        test(button(row("Notat"), "Gør åbent")).click();
        assertThat(stored().getLast().visibility()).isEqualTo(Visibility.OPEN);
    }

    @Test
    void aMoveTakesTheOrderAsItStandsWhenTapped() {
        Button moveNotatUp = find(Button.class).withClassName("plenum-bilag-up").from(row("Notat")).single();

        bilag.add(meeting.id(), itemId, List.of(new BilagUpload("Bilag 3.pdf", TestPdfs.pages(1, "Tre"))),
                Visibility.CLOSED, ImportedMeetings.SECRETARIAT);
        await("the colleague's Bilag drawn").atMost(Duration.ofSeconds(20)).pollInSameThread()
                .pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
                    roundTrip();
                    assertThat(find(Div.class).withClassName("plenum-bilag-row").all()).hasSize(3);
                });

        test(moveNotatUp).click();
        assertThat(stored()).extracting(Attachment::name).containsExactly("Notat", "Budget", "Bilag 3");
    }

    private List<Attachment> stored() {
        return journal.get(meeting.id()).item(itemId).orElseThrow().attachments();
    }

    private String attachmentId(String name) {
        return stored().stream().filter(attachment -> attachment.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Div row(String name) {
        String id = attachmentId(name);
        return find(Div.class).withClassName("plenum-bilag-row").all().stream()
                .filter(row -> id.equals(row.getElement().getAttribute("data-attachment-id"))).findFirst()
                .orElseThrow();
    }

    private Button button(Div row, String text) {
        return find(Button.class).withText(text).from(row).single();
    }
}
