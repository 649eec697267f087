package dk.plenum.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.council.CouncilService.CouncilDetails;
import dk.plenum.council.CouncilService.MemberDetails;
import dk.plenum.council.StandardItem;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MemberRole;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.meeting.Translations;
import dk.plenum.security.AccountService;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import dk.plenum.shell.NotFoundView;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The council pages without a browser: the public sees a council's members of today without e-mail addresses
 * and no way to change anything; the secretariat adds a member (a bad one is refused with a translated message)
 * and gives a login; an administrator creates a council from the list.
 */
@PlenumTest
class CouncilViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    CouncilService councils;
    @Autowired
    AccountService accounts;
    @Autowired
    PreparationService preparation;

    private Council council;

    @BeforeEach
    void aCouncilWithAChair() {
        council = councils.create(ImportedMeetings.SECRETARIAT, new CouncilDetails("Råd " + UUID.randomUUID(),
                "Erhvervsfremme", "Stigsborg", StandardItem.USUAL));
        councils.addMember(ImportedMeetings.SECRETARIAT, council.id(), new MemberDetails("Lasse Frimand Jensen",
                MemberRole.CHAIR, "V", "lasse@example.dk", null, null));
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void thePublicSeesTheMembersOfTodayWithoutEmailAndCannotChangeAnything() {
        navigate("councils/" + council.id(), CouncilView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo(council.name());
        ListItem lasse = find(ListItem.class).withClassName("plenum-member").single();
        assertThat(lasse.getElement().getTextRecursively()).contains("Lasse Frimand Jensen", "Formand", "V")
                .doesNotContain("lasse@example.dk");
        assertThat(find(Button.class).all()).isEmpty();
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("councils/" + council.id() + "/plan", "api/councils/" + council.id() + "/meetings.ics");
    }

    @Test
    void theSecretariatAddsAMemberAndABadOneIsRefusedWithATranslatedMessage() {
        Logins.logIn(securityContext, ImportedMeetings.SECRETARIAT);
        navigate("councils/" + council.id(), CouncilView.class);
        assertThat(find(ListItem.class).withClassName("plenum-member").single().getElement().getTextRecursively())
                .contains("lasse@example.dk");

        test(find(Button.class).withClassName("plenum-add-member").single()).click();
        Dialog form = find(Dialog.class).single();
        test(find(Button.class).withClassName("plenum-save-member").from(form).single()).click();
        assertThat(find(Notification.class).all()).extracting(notice -> test(notice).getText())
                .contains("Feltet navn må ikke være tomt.");

        test(find(TextField.class).withClassName("plenum-member-name-field").from(form).single())
                .setValue("Kirsten Møller Thomsen");
        test(find(Select.class).withClassName("plenum-member-role").from(form).single()).selectItem("Næstformand");
        test(find(EmailField.class).from(form).single()).setValue("kirsten@example.dk");
        test(find(Button.class).withClassName("plenum-save-member").from(form).single()).click();

        ListItem kirsten = find(ListItem.class).withAttribute("data-member", "Kirsten Møller Thomsen").single();
        assertThat(kirsten.getElement().getTextRecursively()).contains("Næstformand", "kirsten@example.dk");
        assertThat(councils.find(council.id()).orElseThrow().memberNamed("Kirsten Møller Thomsen").orElseThrow()
                .role()).isEqualTo(MemberRole.VICE_CHAIR);
    }

    @Test
    void theSecretariatMakesAnActivationLinkThatIsShownOnce() {
        Logins.logIn(securityContext, ImportedMeetings.SECRETARIAT);
        navigate("councils/" + council.id(), CouncilView.class);

        test(find(Button.class).withClassName("plenum-create-login").single()).click();
        Dialog dialog = find(Dialog.class).single();
        String username = "lasse-" + UUID.randomUUID();
        test(find(TextField.class).withClassName("plenum-login-username").from(dialog).single()).setValue(username);
        test(find(RadioButtonGroup.class).from(dialog).single())
                .selectItem("Et engangslink, hvor medlemmet selv vælger adgangskode");
        test(find(Button.class).withClassName("plenum-login-go").from(dialog).single()).click();

        String link = find(TextField.class).withClassName("plenum-activation-link").single().getValue();
        assertThat(link).contains("/activate/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(accounts.activation(token)).hasValueSatisfying(login -> assertThat(login.username())
                .isEqualTo(username));
        assertThat(find(ListItem.class).withClassName("plenum-member").single().getElement().getTextRecursively())
                .contains("venter på aktivering");
    }

    @Test
    void theLoginDialogsButtonSaysWhatItDoesCreateOrReset() {
        Logins.logIn(securityContext, ImportedMeetings.SECRETARIAT);
        navigate("councils/" + council.id(), CouncilView.class);
        test(find(Button.class).withClassName("plenum-create-login").single()).click();
        Dialog creating = find(Dialog.class).single();
        test(find(TextField.class).withClassName("plenum-login-username").from(creating).single())
                .setValue("lasse-" + UUID.randomUUID());
        test(find(PasswordField.class).withClassName("plenum-login-password").from(creating).single())
                .setValue("en første kode");
        Button create = find(Button.class).withClassName("plenum-login-go").from(creating).single();
        assertThat(create.getText()).isEqualTo("Opret");
        test(create).click();

        test(find(Button.class).withClassName("plenum-reset-login").single()).click();
        Dialog resetting = find(Dialog.class).single();
        assertThat(find(Button.class).withClassName("plenum-login-go").from(resetting).single().getText())
                .isEqualTo("Nulstil");
    }

    @Test
    void anAdministratorCreatesACouncilFromTheListAndThePublicCannot() {
        navigate("councils", CouncilsView.class);
        assertThat(find(Button.class).withClassName("plenum-new-council").all()).isEmpty();
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains(council.name());

        Logins.logIn(securityContext, ImportedMeetings.SECRETARIAT);
        navigate("councils", CouncilsView.class);
        test(find(Button.class).withClassName("plenum-new-council").single()).click();
        String name = "Nyt råd " + UUID.randomUUID();
        test(find(TextField.class).withClassName("plenum-council-name").single()).setValue(name);
        test(find(Button.class).withClassName("plenum-save-council").single()).click();

        assertThat(find(H1.class).single().getText()).isEqualTo(name);
        assertThat(councils.findByName(name).orElseThrow().standardItems()).isEqualTo(StandardItem.USUAL);
    }

    @Test
    void aDraftMeetingIsListedForTheSecretariatOnlyWhichGetsTheNewMeetingLink() {
        Instant startsAt = ImportedMeetings.nextStartsAt();
        preparation.create(council.id(), new MeetingDetails("Kladdemøde", MeetingKind.ORDINARY, startsAt,
                startsAt.plus(Duration.ofHours(2)), null), AgendaStart.STANDARD_ITEMS, ImportedMeetings.SECRETARIAT);

        navigate("councils/" + council.id(), CouncilView.class);
        assertThat(find(ListItem.class).withClassName("plenum-council-meeting").all()).isEmpty();
        assertThat(find(Anchor.class).withClassName("plenum-new-meeting-link").all()).isEmpty();

        Logins.logIn(securityContext, ImportedMeetings.SECRETARIAT);
        navigate("councils/" + council.id(), CouncilView.class);
        assertThat(find(ListItem.class).withClassName("plenum-council-meeting").single().getElement()
                .getTextRecursively()).contains("Kladdemøde");
        assertThat(find(Anchor.class).withClassName("plenum-new-meeting-link").single().getHref())
                .isEqualTo("councils/" + council.id() + "/meetings/new");
    }

    @Test
    void anUnknownCouncilShowsNotFound() {
        navigate("councils/does-not-exist", NotFoundView.class);
    }
}
