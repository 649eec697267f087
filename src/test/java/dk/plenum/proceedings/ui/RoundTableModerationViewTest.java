package dk.plenum.proceedings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Translations;
import dk.plenum.support.Api;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ScriptedMeeting;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Issue 15: the secretariat reads the members' round-the-table posts on the control desk and removes an improper one
 * after a confirm (Cancel is the safe default); the post is then gone from the meeting every channel is built from.
 */
@PlenumTest
class RoundTableModerationViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    MeetingJournal journal;

    @LocalServerPort
    int port;

    private ScriptedMeeting meeting;

    @BeforeEach
    void kirstenPostsRoundTheTable() {
        meeting = ScriptedMeeting.importInto(new Api(port), "Erhvervsrådet", 2);
        meeting.start();
        meeting.roundTableIsCurrent();
        meeting.postAsKirsten("Vi har åbnet et nyt kontor i Nørresundby.");
        meeting.postAsKirsten("Et indlæg der ikke hører hjemme her.");
        Logins.logIn(securityContext, ImportedMeetings.SECRETARIAT);
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        navigate("meetings/" + meeting.id() + "/control", MeetingControlView.class);
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void theSecretariatSeesThePostsAndRemovesOneAfterAConfirm() {
        assertThat(postTexts()).containsExactly("Vi har åbnet et nyt kontor i Nørresundby.",
                "Et indlæg der ikke hører hjemme her.");
        assertThat(find(Paragraph.class).withClassName("plenum-control-roundtable-who").first().getText())
                .startsWith("Kirsten Møller Thomsen · ");

        removeSecondPost();
        test(dialog()).cancel();
        assertThat(journal.get(meeting.id()).roundTable()).as("kept: nothing sent").hasSize(2);

        removeSecondPost();
        test(dialog()).confirm();
        assertThat(journal.get(meeting.id()).roundTable()).extracting(post -> post.text())
                .containsExactly("Vi har åbnet et nyt kontor i Nørresundby.");
        assertThat(postTexts()).containsExactly("Vi har åbnet et nyt kontor i Nørresundby.");
    }

    @Test
    void afterTheMeetingClosesThePostsStayReadableButCannotBeRemoved() {
        meeting.close();
        navigate("meetings/" + meeting.id() + "/control", MeetingControlView.class);

        assertThat(journal.get(meeting.id()).status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(postTexts()).hasSize(2);
        assertThat(find(Button.class).withClassName("plenum-control-roundtable-remove").all()).isEmpty();
    }

    private void removeSecondPost() {
        Div second = find(Div.class).withClassName("plenum-control-roundtable-post").all().get(1);
        test(find(Button.class).withClassName("plenum-control-roundtable-remove").from(second).single()).click();
    }

    private ConfirmDialog dialog() {
        return find(ConfirmDialog.class).withClassName("plenum-control-roundtable-remove-dialog").single();
    }

    private List<String> postTexts() {
        return find(Paragraph.class).withClassName("plenum-control-roundtable-text").all().stream()
                .map(Paragraph::getText).toList();
    }
}
