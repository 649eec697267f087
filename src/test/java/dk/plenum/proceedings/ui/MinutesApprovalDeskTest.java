package dk.plenum.proceedings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Translations;
import dk.plenum.proceedings.ProceedingsService;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.support.ShownText;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The secretariat approves the minutes of a closed meeting on the control desk, after a confirmation whose safe button
 * is the default; then the desk, the meetings list, the meeting's page and the public's page say "Referat godkendt",
 * and a decision changed without a reason is refused with the rule's message.
 */
@PlenumTest
class MinutesApprovalDeskTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    AgendaImportService imports;

    @Autowired
    ProceedingsService proceedings;

    @Autowired
    MeetingJournal journal;

    @LocalServerPort
    int port;

    private Meeting meeting;

    @BeforeEach
    void aClosedMeeting() {
        meeting = ImportedMeetings.importMeeting(imports, "Referatudvalget");
        proceedings.start(meeting.id(), ImportedMeetings.SECRETARIAT);
        proceedings.setCurrentItem(meeting.id(), meeting.items().getFirst().id(), ImportedMeetings.SECRETARIAT);
        proceedings.close(meeting.id(), ImportedMeetings.SECRETARIAT);
        Logins.logIn(securityContext, ImportedMeetings.SECRETARIAT);
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        navigate("meetings/" + meeting.id() + "/control", MeetingControlView.class);
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void cancellingTheConfirmationApprovesNothing() {
        test(approveButton()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getClassNames()).contains("plenum-control-approve-minutes-dialog");

        test(confirm).cancel();

        assertThat(journal.get(meeting.id()).minutesApproved()).isFalse();
        assertThat(find(Span.class).withClassName("plenum-minutes-approved").all()).isEmpty();
    }

    @Test
    void approvedMinutesAreShownEverywhereAndLockTheDecisions() throws Exception {
        test(approveButton()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        Meeting approved = journal.get(meeting.id());
        assertThat(approved.minutesApproved()).isTrue();
        String shown = "Referat godkendt " + MeetingTimes.date(approved.minutesApprovedAt(),
                Translations.DANISH);
        assertThat(find(Span.class).withClassName("plenum-minutes-approved").single().getText()).isEqualTo(shown);
        assertThat(find(Button.class).withClassName("plenum-control-approveMinutes").all()).isEmpty();

        // The rule of DecisionService: a decision now changes only as a correction, with its reason.
        test(find(Button.class).withAttribute("data-outcome", DecisionOutcome.APPROVED.name()).single()).click();
        test(find(TextArea.class).withClassName("plenum-control-decision-text").single()).setValue("Godkendt.");
        test(find(Button.class).withClassName("plenum-control-save").single()).click();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo(Translations.text("minutes.refused.locked", Translations.DANISH));
        assertThat(journal.get(meeting.id()).items().getFirst().decision()).isNull();

        UI.getCurrent().navigate("meetings/" + meeting.id()); // the members' page (agenda), which this module may not name
        assertThat(ShownText.textsInMarkup(getCurrentView(), ".plenum-minutes-approved")).containsExactly(shown);
        UI.getCurrent().navigate(""); // the meetings list
        assertThat(find(Span.class).withClassName("plenum-minutes-approved").all()).extracting(Span::getText)
                .contains(shown);

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/live/" + meeting.id() + "?lang=da")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("plenum-minutes-approved").contains(shown);
    }

    private Button approveButton() {
        return find(Button.class).withClassName("plenum-control-approveMinutes").single();
    }
}
