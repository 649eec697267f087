package dk.plenum.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Translations;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountService;
import dk.plenum.shell.PollTicks;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.ItemCards;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShiftedTime;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * On a member's page, without a browser: an item running past its planned end moves the coming items' expected
 * times later on the page's next tick, with no event, as on the control desk and the public page.
 */
@PlenumTest
class TimePlanAgendaViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    AgendaImportService imports;
    @Autowired
    MeetingJournal journal;
    @Autowired
    ProceedingsService proceedings;
    @Autowired
    AccountService accounts;
    @Autowired
    ShiftedTime time;

    private Meeting meeting;

    /** Started twelve minutes ago, items of 30 and 20 minutes planned; item 1 under discussion. */
    @BeforeEach
    void aRunningMeetingWithATimePlan() {
        meeting = imports.importMeeting("""
                {"council": "Erhvervsrådet", "title": "Tidsplanmøde", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Grundsalg", "visibility": "OPEN", "plannedMinutes": 30},
                           {"number": 2, "title": "Budget", "visibility": "OPEN", "plannedMinutes": 20}]}
                """.formatted(ImportedMeetings.startedMinutesAgo(12)), ImportedMeetings.SECRETARIAT);
        proceedings.start(meeting.id(), ImportedMeetings.SECRETARIAT);
        proceedings.setCurrentItem(meeting.id(), meeting.items().getFirst().id(), ImportedMeetings.SECRETARIAT);
        Logins.logIn(securityContext, accounts.find("kirsten").orElseThrow());
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
        time.reset();
    }

    @Test
    void anItemRunningPastItsPlannedEndMovesTheNextItemsExpectedTimeOnTheNextTick() {
        AgendaView view = navigate("meetings/" + meeting.id(), AgendaView.class);
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).as("the page ticks while it is shown").isEqualTo((int) PollTicks.EVERY.toMillis());
        LocalTime before = expectedStartOfItem2();
        long seq = journal.get(meeting.id()).lastSeq();

        // 40 minutes on, item 1 (planned for 30, current since 12 minutes in) is still under discussion.
        time.shift(Duration.ofMinutes(40));
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        LocalTime after = expectedStartOfItem2();
        // Clock times on the card: a run across midnight wraps, so the difference is taken modulo a day.
        long laterByMinutes = Math.floorMod(Duration.between(before, after).toMinutes(), Duration.ofDays(1).toMinutes());
        assertThat(laterByMinutes).as("item 2 expected later, as of now").isBetween(9L, 11L);
        assertThat(journal.get(meeting.id()).lastSeq()).as("no event").isEqualTo(seq);

        view.getElement().removeFromParent();
        assertThat(ui.getPollInterval()).as("stopped when the page is gone").isEqualTo(-1);
    }

    @Test
    void aPageWithNothingToWorkOutFromTheClockDoesNotPoll() {
        navigate("meetings/" + meeting.id(), AgendaView.class);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo((int) PollTicks.EVERY.toMillis());

        proceedings.close(meeting.id(), ImportedMeetings.SECRETARIAT);
        navigate("meetings/" + meeting.id(), AgendaView.class);
        assertThat(UI.getCurrent().getPollInterval()).as("closed: no item can run over").isEqualTo(-1);

        Meeting unplanned = imports.importMeeting("""
                {"council": "Erhvervsrådet", "title": "Uden tidsplan", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Grundsalg", "visibility": "OPEN"}]}
                """.formatted(ImportedMeetings.startedMinutesAgo(5)), ImportedMeetings.SECRETARIAT);
        proceedings.start(unplanned.id(), ImportedMeetings.SECRETARIAT);
        navigate("meetings/" + unplanned.id(), AgendaView.class);
        assertThat(UI.getCurrent().getPollInterval()).as("running, but no time plan").isEqualTo(-1);
        assertThat(ItemCards.summaryTexts(getCurrentView(), "plenum-item-expected")).isEmpty();
    }

    /** "Forventet kl. 10.42" on item 2's card. */
    private LocalTime expectedStartOfItem2() {
        String text = ItemCards.summaryTexts(getCurrentView(), "plenum-item-expected").getFirst();
        String clock = text.replaceAll(".*?(\\d{1,2})[.:](\\d{2}).*", "$1:$2");
        return LocalTime.parse(clock.length() == 4 ? "0" + clock : clock);
    }
}
