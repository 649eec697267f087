package dk.plenum.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.bilag.TestPdfs;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Translations;
import dk.plenum.meeting.Visibility;
import dk.plenum.security.AccountService;
import dk.plenum.shell.Navigation;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.ItemCards;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShownText;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A Bilag changed after the agenda was sent out is marked on its item, live, without a browser: for a member
 * on the agenda with what changed and when, for the secretariat on the control view, and for the public only
 * where it may see the Bilag (one closed is "removed", without its name).
 */
@PlenumTest
class BilagChangeMarksViewTest extends SpringBrowserlessTest {

    @Autowired
    AgendaImportService imports;

    @Autowired
    BilagService bilag;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Meeting meeting;
    /** Item 1 (open) and item 3 (closed). */
    private String openItem;
    private String closedItem;

    @BeforeEach
    void aPublishedMeeting() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        openItem = meeting.items().get(0).id();
        closedItem = meeting.items().get(2).id();
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void aMemberSeesEachBilagChangeOnItsItemLive() {
        Logins.logIn(securityContext, accounts.find("kirsten").orElseThrow());
        navigate(Navigation.agenda(meeting.id()), AgendaView.class);
        // Opened: a folded card lists no changes, only the latest in its summary.
        ItemCards.openAll(getCurrentView());
        assertThat(marks("item-1")).isEmpty();

        String budget = add(openItem, "Budgetnotat", Visibility.OPEN);
        awaitUntil(() -> latestMark("item-1").endsWith(": Budgetnotat"));
        assertThat(latestMark("item-1")).startsWith("Bilag tilføjet ");

        bilag.replace(meeting.id(), openItem, budget, new BilagUpload("Budgetnotat.pdf", TestPdfs.pages(3, "Ny")),
                ImportedMeetings.SECRETARIAT);
        awaitUntil(() -> latestMark("item-1").startsWith("Bilag erstattet "));
        assertThat(latestMark("item-1")).endsWith(": Budgetnotat");

        add(closedItem, "Personaleforhold", Visibility.CLOSED);
        awaitUntil(() -> latestMark("item-3").endsWith(": Personaleforhold"));
        assertThat(ShownText.of(card("item-1"))).as("every change, newest first, in the item")
                .containsSubsequence("Bilag erstattet ", "Bilag tilføjet ");
    }

    @Test
    void thePublicSeesOnlyChangesToBilagItMaySee() {
        String budget = add(openItem, "Budgetnotat", Visibility.OPEN);
        navigate("meetings/" + meeting.id(), AgendaView.class);
        ItemCards.openAll(getCurrentView());
        assertThat(latestMark("item-1")).startsWith("Bilag tilføjet ").endsWith(": Budgetnotat");

        add(openItem, "Fortroligt notat", Visibility.CLOSED);
        add(closedItem, "Personaleforhold", Visibility.OPEN);
        bilag.rename(meeting.id(), openItem, budget, "Budgetnotat 2027", ImportedMeetings.SECRETARIAT);
        awaitUntil(() -> latestMark("item-1").endsWith(": Budgetnotat 2027"));
        assertThat(latestMark("item-1")).startsWith("Bilag omdøbt ");
        assertThat(marks("item-3")).as("nothing of a closed item's Bilag, not even that they changed").isEmpty();
        assertThat(pageText()).doesNotContain("Fortroligt", "Personaleforhold");

        bilag.setVisibility(meeting.id(), openItem, budget, Visibility.CLOSED, ImportedMeetings.SECRETARIAT);
        awaitUntil(() -> latestMark("item-1").startsWith("Bilag fjernet "));
        assertThat(latestMark("item-1")).as("a Bilag closed is removed, its name not kept").doesNotContain(":");
        assertThat(pageText()).doesNotContain("Budgetnotat", "Fortroligt", "Personaleforhold");
    }

    @Test
    void theSecretariatSeesTheLatestBilagChangeOnTheControlView() {
        Logins.logIn(securityContext, accounts.find("sekretariat").orElseThrow());
        UI.getCurrent().navigate(Navigation.control(meeting.id()));

        add(closedItem, "Personaleforhold", Visibility.CLOSED);
        awaitUntil(() -> !controlMarks().isEmpty());
        assertThat(controlMarks()).singleElement().satisfies(mark ->
                assertThat(mark).startsWith("Bilag tilføjet ").endsWith(": Personaleforhold"));
    }

    private String add(String itemId, String name, Visibility visibility) {
        Meeting after = bilag.add(meeting.id(), itemId, List.of(new BilagUpload(name + ".pdf", TestPdfs.pages(2, name))),
                visibility, ImportedMeetings.SECRETARIAT);
        return after.item(itemId).orElseThrow().attachments().getLast().id();
    }

    /** The card of an item opened in the view, by its id ("item-1"). */
    private ItemCard card(String id) {
        return (ItemCard) ItemCards.card(getCurrentView(), number(id)).orElseThrow();
    }

    /** The marks in the summary of the item, folded or opened; found by a lookup, which runs the pending refresh. */
    private List<String> marks(String cardId) {
        return ItemCards.summaryTexts(find(AgendaView.class).single(), number(cardId), "plenum-item-bilag-changed");
    }

    private static int number(String cardId) {
        return Integer.parseInt(cardId.substring("item-".length()));
    }

    private String latestMark(String cardId) {
        List<String> marks = marks(cardId);
        return marks.isEmpty() ? "" : marks.getFirst();
    }

    private List<String> controlMarks() {
        return find(Span.class).withClassName("plenum-item-bilag-changed").all().stream().map(Span::getText).toList();
    }

    private String pageText() {
        return ShownText.of(getCurrentView());
    }

    /** Until the live refresh has drawn what {@code drawn} asks; in the test's own thread, which holds the UI. */
    private void awaitUntil(BooleanSupplier drawn) {
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().pollInterval(Duration.ofMillis(50)).until(() -> {
            roundTrip();
            return drawn.getAsBoolean();
        });
    }
}
