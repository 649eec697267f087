package dk.plenum.shell;

import dk.plenum.meeting.Translations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountRole;
import dk.plenum.security.Actor;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShownText;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every view that follows a meeting, reused by the router for another meeting (browser history from one
 * meeting's page to another's keeps the view instance): each time it shows the meeting its address names,
 * commands go to that meeting, and it follows that meeting's events, not the one it showed before.
 */
@PlenumTest
class LiveMeetingBindingTest extends SpringBrowserlessTest {

    static final Actor SECRETARIAT = ImportedMeetings.SECRETARIAT;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    AgendaImportService imports;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    DecisionService decisions;

    private Meeting a;
    private Meeting b;

    @BeforeEach
    void twoRunningMeetingsOfOneCouncilEachWithItsOwnDecision() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        a = runningWithDecision("Beslutning i møde A");
        b = runningWithDecision("Beslutning i møde B");
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void theControlViewShowsAndFollowsTheMeetingOfEachAddress() {
        Logins.logIn(securityContext, SECRETARIAT);
        followsEachMeetingInTurn("meetings/%s/control", "plenum-control-recorded-text");
    }

    @Test
    void aMembersAgendaShowsAndFollowsTheMeetingOfEachAddress() {
        String kirsten = a.participants().stream().filter(participant -> participant.name().startsWith("Kirsten"))
                .findFirst().orElseThrow().memberId();
        Logins.logIn(securityContext,
                new Actor("kirsten", "Kirsten Møller Thomsen", AccountRole.MEMBER, a.councilId(), kirsten));
        followsEachMeetingInTurn("meetings/%s", "plenum-decision-text");
    }

    @Test
    void anAnonymousViewerOfTheVaadinPageSeesAndFollowsTheMeetingOfEachAddress() {
        followsEachMeetingInTurn("meetings/%s", "plenum-decision-text");
    }

    /** A → B → back to A in one UI, as browser history does; then both meetings move on and only A's news shows. */
    private void followsEachMeetingInTurn(String route, String decisionTextClass) {
        UI.getCurrent().navigate(route.formatted(a.id()));
        Object view = getCurrentView();
        assertThat(decisionTexts(decisionTextClass)).containsExactly("Beslutning i møde A");

        UI.getCurrent().navigate(route.formatted(b.id()));
        assertThat(getCurrentView()).as("the router reuses the view").isSameAs(view);
        assertThat(decisionTexts(decisionTextClass)).containsExactly("Beslutning i møde B");

        UI.getCurrent().navigate(route.formatted(a.id()));
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(decisionTexts(decisionTextClass)).containsExactly("Beslutning i møde A");

        decide(b, "Rettet i møde B");
        decide(a, "Rettet i møde A");
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            roundTrip();
            assertThat(decisionTexts(decisionTextClass)).containsExactly("Rettet i møde A");
        });
        assertThat(find(H1.class).single().getText()).isEqualTo(a.title());
    }

    private Meeting runningWithDecision(String text) {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        proceedings.start(meeting.id(), SECRETARIAT);
        proceedings.setCurrentItem(meeting.id(), firstItem(meeting), SECRETARIAT);
        return decide(meeting, text);
    }

    private Meeting decide(Meeting meeting, String text) {
        return decisions.record(meeting.id(), firstItem(meeting),
                new DecisionInput(DecisionOutcome.APPROVED, text, null, null, null), SECRETARIAT);
    }

    private static String firstItem(Meeting meeting) {
        return meeting.items().getFirst().id();
    }

    /** The decision's text as the view shows it: a component on the control desk, markup in an agenda card. */
    private List<String> decisionTexts(String className) {
        List<String> asComponents = find(Paragraph.class).withClassName(className).all().stream()
                .map(Paragraph::getText).toList();
        return asComponents.isEmpty() ? ShownText.textsInMarkup(getCurrentView(), "." + className) : asComponents;
    }
}
