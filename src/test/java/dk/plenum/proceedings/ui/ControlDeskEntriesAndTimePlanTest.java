package dk.plenum.proceedings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.ProtocolEntry;
import dk.plenum.meeting.ProtocolEntryState;
import dk.plenum.meeting.Translations;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.protocol.ProtocolEntryService;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.shell.PollTicks;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShiftedTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * On the control desk, without a browser: a protocol entry is refused with a note, which the desk asks for at its
 * field before sending anything; and the time plan's durations are changed during the meeting, moving the desk's
 * ahead/behind at once; and an item running long makes the desk behind on its next tick, with no event.
 */
@PlenumTest
class ControlDeskEntriesAndTimePlanTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    AgendaImportService imports;
    @Autowired
    MeetingJournal journal;
    @Autowired
    ProceedingsService proceedings;
    @Autowired
    AttendanceService attendance;
    @Autowired
    AccountService accounts;
    @Autowired
    ProtocolEntryService protocolEntries;

    private Meeting meeting;
    private Actor kirsten;

    /** Planned to start twelve minutes ago: items of 30, 20, 45 and 10 minutes; item 1 under discussion. */
    @BeforeEach
    void aRunningMeetingWithATimePlan() {
        Actor secretary = ImportedMeetings.SECRETARIAT;
        kirsten = accounts.find("kirsten").orElseThrow();
        Instant startsAt = ImportedMeetings.startedMinutesAgo(12);
        meeting = imports.importMeeting("""
                {"council": "Erhvervsrådet", "title": "Tidsplanmøde", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"},
                             {"name": "Kirsten Møller Thomsen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Grundsalg", "visibility": "OPEN", "plannedMinutes": 30},
                           {"number": 2, "title": "Budget", "visibility": "OPEN", "plannedMinutes": 20},
                           {"number": 3, "title": "Strategi", "visibility": "OPEN", "plannedMinutes": 45},
                           {"number": 4, "title": "Eventuelt", "visibility": "OPEN", "plannedMinutes": 10}]}
                """.formatted(startsAt), secretary);
        proceedings.start(meeting.id(), secretary);
        attendance.mark(meeting.id(), kirsten.memberId(), AttendanceStatus.PRESENT, null, kirsten);
        proceedings.setCurrentItem(meeting.id(), meeting.items().getFirst().id(), secretary);
        Logins.logIn(securityContext, secretary);
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
    }

    @Autowired
    ShiftedTime time;

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
        time.reset();
    }

    @Test
    void aRefusalWithoutANoteIsSaidAtTheFieldAndOneWithANoteReachesTheMember() {
        protocolEntries.request(meeting.id(), meeting.items().getFirst().id(), "Jeg tager forbehold.", kirsten);
        navigate("meetings/" + meeting.id() + "/control", MeetingControlView.class);

        test(find(Button.class).withClassName("plenum-control-protocol-refuse").single()).click();
        Dialog dialog = find(Dialog.class).withClassName("plenum-protocol-refusal-dialog").single();
        TextArea note = find(TextArea.class).withClassName("plenum-protocol-note").from(dialog).single();
        long before = journal.get(meeting.id()).lastSeq();
        test(find(Button.class).withClassName("plenum-protocol-refuse-confirm").from(dialog).single()).click();

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage())
                .isEqualTo("Skriv, hvorfor tilførslen afvises: medlemmet ser begrundelsen ved tilførslen.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(journal.get(meeting.id()).lastSeq()).as("nothing sent").isEqualTo(before);

        test(note).setValue("Hører under punkt 3.");
        test(find(Button.class).withClassName("plenum-protocol-refuse-confirm").from(dialog).single()).click();

        ProtocolEntry refused = journal.get(meeting.id()).protocolEntries().getFirst();
        assertThat(refused.state()).isEqualTo(ProtocolEntryState.REFUSED);
        assertThat(refused.refusalNote()).isEqualTo("Hører under punkt 3.");
        assertThat(find(Div.class).withClassName("plenum-control-protocol-entry").all()).isEmpty();
    }

    @Test
    void aDurationIsChangedDuringTheMeetingAndTheDeskSaysAtOnceHowFarBehindItRuns() {
        proceedings.setCurrentItem(meeting.id(), meeting.items().get(1).id(), ImportedMeetings.SECRETARIAT);
        navigate("meetings/" + meeting.id() + "/control", MeetingControlView.class);
        // Item 2 was planned 30 minutes in, and became current 12 minutes in: 18 minutes ahead.
        assertThat(status()).matches("1[789] min\\. foran tidsplanen");
        Details editor = find(Details.class).withClassName("plenum-control-timeplan-editor").single();
        assertThat(find(Span.class).withClassName("plenum-control-timeplan-times").from(row(editor, 2)).single()
                .getText()).startsWith("Planlagt kl. ");

        // (A duration out of range is refused by the field itself, in the browser: ControlDeskLiveIT.)
        IntegerField first = minutes(editor, 1);
        test(first).setValue(5);

        assertThat(journal.get(meeting.id()).items().getFirst().plannedMinutes()).isEqualTo(5);
        assertThat(first.isInvalid()).isFalse();
        // Now item 2 was planned 5 minutes in: 7 minutes behind.
        assertThat(status()).matches("[678] min\\. bagud i forhold til tidsplanen");
    }

    @Test
    void anItemRunningPastItsPlannedEndMakesTheDeskBehindOnItsNextTickWithNoEvent() {
        MeetingControlView view = navigate("meetings/" + meeting.id() + "/control", MeetingControlView.class);
        // Item 1 was planned at the start, and became current 12 minutes in.
        assertThat(status()).matches("1[123] min\\. bagud i forhold til tidsplanen");
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).as("the desk ticks while it is shown")
                .isEqualTo((int) PollTicks.EVERY.toMillis());
        long seq = journal.get(meeting.id()).lastSeq();

        // 40 minutes later item 1, planned for 30, is still under discussion: 10 minutes past its expected end.
        time.shift(Duration.ofMinutes(40));
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat(status()).matches("2[123] min\\. bagud i forhold til tidsplanen");
        assertThat(journal.get(meeting.id()).lastSeq()).as("no event").isEqualTo(seq);

        view.getElement().removeFromParent();
        assertThat(ui.getPollInterval()).as("stopped when the desk is gone").isEqualTo(-1);
    }

    private String status() {
        return find(Span.class).withClassName("plenum-control-timeplan").single().getText();
    }

    private Div row(Details editor, int number) {
        String itemId = journal.get(meeting.id()).items().get(number - 1).id();
        return find(Div.class).withClassName("plenum-control-timeplan-row").withAttribute("data-item-id", itemId)
                .from(editor).single();
    }

    private IntegerField minutes(Details editor, int number) {
        return find(IntegerField.class).from(row(editor, number)).single();
    }
}
