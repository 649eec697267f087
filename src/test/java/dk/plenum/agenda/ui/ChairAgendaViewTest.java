package dk.plenum.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.ProtocolEntry;
import dk.plenum.meeting.ProtocolEntryState;
import dk.plenum.meeting.Translations;
import dk.plenum.protocol.ProtocolEntryService;
import dk.plenum.support.Logins;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PartyCouncils;
import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * On the chair's tablet: the protocol entries waiting for a decision, to accept or to refuse with a note, as the
 * secretariat does at its desk; no other member sees them. Without a browser.
 */
@PlenumTest
class ChairAgendaViewTest extends SpringBrowserlessTest {

    private static final String TEXT = "Bo ønsker tilført, at sagen bør genoptages.";

    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    PartyCouncils partyCouncils;
    @Autowired
    ProtocolEntryService protocolEntries;
    @Autowired
    AttendanceService attendance;
    @Autowired
    MeetingJournal journal;

    private PartyCouncil council;

    @BeforeEach
    void aRunningMeetingChairedByAnnaWhereBoAsksForAnEntry() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        council = partyCouncils.create();
        protocolEntries.request(council.id, council.openItem, TEXT, council.member("Bo"));
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void theChairRefusesAnEntryWithANoteFromTheTablet() {
        Logins.logIn(securityContext, council.member("Anna"));
        navigate("meetings/" + council.id, AgendaView.class);
        assertThat(queue().getElement().getTextRecursively()).contains(TEXT, "Bo");

        test(find(Button.class).withClassName("plenum-control-protocol-refuse").from(queue()).single()).click();
        test(find(Button.class).withClassName("plenum-protocol-refuse-confirm").single()).click();
        TextArea note = find(TextArea.class).withClassName("plenum-protocol-note").single();
        assertThat(note.isInvalid()).as("a refusal without a note is stopped at the field").isTrue();
        assertThat(entry().state()).isEqualTo(ProtocolEntryState.PENDING);

        test(note).setValue("Hører under punkt 3.");
        test(find(Button.class).withClassName("plenum-protocol-refuse-confirm").single()).click();

        assertThat(entry().state()).isEqualTo(ProtocolEntryState.REFUSED);
        assertThat(entry().refusalNote()).isEqualTo("Hører under punkt 3.");
        assertThat(queue().getElement().getTextRecursively()).doesNotContain(TEXT);
    }

    @Test
    void anotherMemberAndAChairWhoLeftSeeNoWaitingEntries() {
        Logins.logIn(securityContext, council.member("Cecilie"));
        navigate("meetings/" + council.id, AgendaView.class);
        assertThat(find(Div.class).withClassName("plenum-control-protocol").exists()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain(TEXT);

        attendance.mark(council.id, council.memberId("Anna"), AttendanceStatus.LEFT, null, PartyCouncil.SECRETARY);
        Logins.logIn(securityContext, council.member("Anna"));
        navigate("meetings/" + council.id, AgendaView.class);
        assertThat(find(Div.class).withClassName("plenum-control-protocol").exists()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain(TEXT);
    }

    private Div queue() {
        return find(Div.class).withClassName("plenum-control-protocol").single();
    }

    private ProtocolEntry entry() {
        return journal.get(council.id).protocolEntries().getFirst();
    }
}
