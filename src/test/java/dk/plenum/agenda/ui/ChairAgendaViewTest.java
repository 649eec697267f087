package dk.plenum.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AttendanceStatus;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.ProtocolEntry;
import dk.plenum.meeting.ProtocolEntryState;
import dk.plenum.meeting.SpeakerList;
import dk.plenum.meeting.Translations;
import dk.plenum.protocol.ProtocolEntryService;
import dk.plenum.speakers.SpeakerService;
import dk.plenum.support.Logins;
import dk.plenum.support.PartyCouncil;
import dk.plenum.support.PartyCouncils;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShownText;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * On the chair's tablet: the protocol entries waiting for a decision, to accept or to refuse with a note, and the list
 * of speakers to run, as the secretariat does at its desk; no other member sees either. Without a browser.
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
    @Autowired
    SpeakerService speakers;

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
    void theChairRunsTheListOfSpeakersFromTheTablet() {
        speakers.request(council.id, council.openItem, false, council.member("Bo"));
        speakers.request(council.id, council.openItem, false, council.member("Cecilie"));
        Logins.logIn(securityContext, council.member("Anna"));
        navigate("meetings/" + council.id, AgendaView.class);
        assertThat(find(Div.class).withClassName("plenum-speakers").exists())
                .as("the desk takes the board's place").isFalse();
        assertThat(desk().getElement().getTextRecursively()).contains("Talerliste til punkt", "Bo", "Cecilie");

        test(find(Select.class).withClassName("plenum-speaker-who").from(desk()).single()).selectItem("Dorte");
        click("plenum-speaker-add");
        assertThat(waiting()).containsExactly("Bo", "Cecilie", "Dorte");

        test(find(Button.class).withAttribute("aria-label", "Flyt Dorte op").from(desk()).single()).click();
        assertThat(waiting()).containsExactly("Bo", "Dorte", "Cecilie");

        click("plenum-speaker-next");
        assertThat(list().floor().memberId()).isEqualTo(council.memberId("Bo"));
        assertThat(find(Button.class).withClassName("plenum-speaker-next").from(desk()).single().getText())
                .isEqualTo("Næste taler");
        click("plenum-speaker-end");
        assertThat(list().floor()).isNull();

        test(find(Button.class).withAttribute("aria-label", "Tag Cecilie af talerlisten").from(desk()).single())
                .click();
        assertThat(waiting()).containsExactly("Dorte");
        click("plenum-speaker-close");
        assertThat(list().closed()).isTrue();
        assertThat(find(Button.class).withClassName("plenum-speaker-close").from(desk()).single().getText())
                .isEqualTo("Genåbn talerlisten");
        click("plenum-speaker-close");
        assertThat(list().closed()).isFalse();
    }

    @Test
    void anotherMemberAndAChairWhoLeftSeeNoWaitingEntriesAndRunNoSpeakers() {
        speakers.request(council.id, council.openItem, false, council.member("Bo"));
        Logins.logIn(securityContext, council.member("Cecilie"));
        navigate("meetings/" + council.id, AgendaView.class);
        assertThat(find(Div.class).withClassName("plenum-control-protocol").exists()).isFalse();
        assertThat(ShownText.of(getCurrentView())).doesNotContain(TEXT);
        assertThat(find(Div.class).withClassName("plenum-speaker-desk").exists()).isFalse();
        assertThat(find(Div.class).withClassName("plenum-speakers").exists())
                .as("a member sees who speaks and who is next").isTrue();

        attendance.mark(council.id, council.memberId("Anna"), AttendanceStatus.LEFT, null, PartyCouncil.SECRETARY);
        Logins.logIn(securityContext, council.member("Anna"));
        navigate("meetings/" + council.id, AgendaView.class);
        assertThat(find(Div.class).withClassName("plenum-control-protocol").exists()).isFalse();
        assertThat(ShownText.of(getCurrentView())).doesNotContain(TEXT);
        assertThat(find(Div.class).withClassName("plenum-speaker-desk").exists()).isFalse();
    }

    /** The chair's desk; only a visible one is found. */
    private Div desk() {
        return find(Div.class).withClassName("plenum-speaker-desk").single();
    }

    private void click(String className) {
        test(find(Button.class).withClassName(className).from(desk()).single()).click();
    }

    private SpeakerList list() {
        return journal.get(council.id).speakers().of(council.openItem);
    }

    /** The names waiting, in order, as the service holds them. */
    private List<String> waiting() {
        return list().queue().stream().map(request -> journal.get(council.id).nameOf(request.memberId())).toList();
    }

    private Div queue() {
        return find(Div.class).withClassName("plenum-control-protocol").single();
    }

    private ProtocolEntry entry() {
        return journal.get(council.id).protocolEntries().getFirst();
    }
}
