package dk.plenum.agenda.ui;

import dk.plenum.meeting.Translations;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.decision.DecisionInput;
import dk.plenum.decision.DecisionService;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Participant;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.ItemCards;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShownText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The agenda page gives a substitute a member's place only while she is seated, and its secretariat
 * features (the link to the control desk) only to the meeting's own council's secretariat.
 */
@PlenumTest
class RightsAgendaViewTest extends SpringBrowserlessTest {

    private static final Actor ADMINISTRATOR = ImportedMeetings.SECRETARIAT;
    private static final String CLOSED_DECISION = "Intern afgørelse i personalesagen";

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    AgendaImportService imports;

    @Autowired
    AttendanceService attendance;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    DecisionService decisions;

    @Autowired
    AccountService accounts;

    private Meeting meeting;

    @BeforeEach
    void aRunningMeetingOfTheDemoCouncil() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        proceedings.start(meeting.id(), ADMINISTRATOR);
        String closedItem = meeting.items().get(2).id();
        decisions.record(meeting.id(), closedItem, new DecisionInput(DecisionOutcome.APPROVED, CLOSED_DECISION,
                "Behandlet", null, null), ADMINISTRATOR);
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void anUnseatedSubstituteHasNoMembersPlaceAndSeesClosedItemsAsThePublic() {
        logIn("pia");
        open();

        assertThat(memberBarShown()).as("no check-in or apology").isFalse();
        assertThat(find(Button.class).all()).extracting(Button::getText).doesNotContain("Tjek ind");
        assertThat(closedItemShowsContent()).isFalse();
    }

    @Test
    void aSeatedSubstituteActsAsAMemberUntilTheMemberIsBack() {
        String thomas = memberId("Thomas");
        attendance.mark(meeting.id(), thomas, AttendanceStatus.APOLOGY, null, ADMINISTRATOR);
        attendance.mark(meeting.id(), memberId("Pia"), AttendanceStatus.PRESENT, thomas, ADMINISTRATOR);
        logIn("pia");
        open();

        assertThat(memberBarShown()).isTrue();
        assertThat(closedItemShowsContent()).isTrue();

        attendance.mark(meeting.id(), thomas, AttendanceStatus.PRESENT, null, ADMINISTRATOR);
        open();

        assertThat(memberBarShown()).isFalse();
        assertThat(closedItemShowsContent()).isFalse();
    }

    @Test
    void onlyTheCouncilsOwnSecretariatIsOfferedTheControlDesk() {
        logIn("mette");
        open();
        assertThat(controlLinks()).as("Erhvervsrådet's secretary on Erhvervsrådet's meeting").isEqualTo(1);

        Meeting others = ImportedMeetings.importMeeting(imports, "Kulturudvalget");
        navigate("meetings/" + others.id(), AgendaView.class);
        assertThat(controlLinks()).as("on another council's meeting").isZero();
    }

    /** Item 3 (Personalesag) is closed: an insider reads its internal decision, the public its public text. */
    private boolean closedItemShowsContent() {
        ItemCards.openAll(getCurrentView());
        return ShownText.of(getCurrentView()).contains(CLOSED_DECISION);
    }

    /** Browserless queries find only visible components. */
    private boolean memberBarShown() {
        return !find(MemberBar.class).all().isEmpty();
    }

    private long controlLinks() {
        return find(Anchor.class).withClassName("plenum-control-link").all().size();
    }

    private void open() {
        navigate("meetings/" + meeting.id(), AgendaView.class);
    }

    private void logIn(String username) {
        Logins.logIn(securityContext, accounts.find(username).orElseThrow());
    }

    private String memberId(String firstName) {
        return meeting.participants().stream().filter(participant -> participant.name().startsWith(firstName))
                .map(Participant::memberId).findFirst().orElseThrow();
    }
}
