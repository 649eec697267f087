package dk.plenum.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilMember;
import dk.plenum.council.CouncilService;
import dk.plenum.council.CouncilService.CouncilDetails;
import dk.plenum.council.CouncilService.MemberDetails;
import dk.plenum.meeting.MemberRole;
import dk.plenum.meeting.Translations;
import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.AccountService.NewAccount;
import dk.plenum.security.ActivationLink;
import dk.plenum.security.Actor;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.Logins;
import dk.plenum.support.PlenumTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The activation page lets a new account's owner choose a password once (a mismatch and a second use are said
 * plainly), and the password page lets a logged-in person change theirs.
 */
@PlenumTest
class AccountPagesViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    CouncilService councils;
    @Autowired
    AccountService accounts;

    private NewAccount newAccount;

    @BeforeEach
    void aMemberWithoutALogin() {
        Council council = councils.create(ImportedMeetings.SECRETARIAT, new CouncilDetails("Råd " + UUID.randomUUID(),
                null, null, List.of()));
        CouncilMember ulla = councils.addMember(ImportedMeetings.SECRETARIAT, council.id(), new MemberDetails(
                "Ulla Bach", MemberRole.MEMBER, null, null, null, null));
        newAccount = new NewAccount("ulla-" + UUID.randomUUID(), AccountRole.MEMBER, council.id(), ulla.id());
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
    }

    @AfterEach
    void logOut() {
        Logins.logOut(securityContext);
    }

    @Test
    void anActivationLinkOpensThePageWhereThePasswordIsChosenOnce() {
        ActivationLink link = accounts.createWithActivationLink(ImportedMeetings.SECRETARIAT, newAccount);
        navigate("activate/" + link.token(), ActivationView.class);
        assertThat(text()).contains("Velkommen, Ulla Bach. Dit brugernavn er " + newAccount.username());

        test(field("plenum-new-password")).setValue("ullas nye kode");
        test(field("plenum-repeat-password")).setValue("ullas nye kod");
        test(find(Button.class).withClassName("plenum-activate").single()).click();
        assertThat(text()).contains("De to nye adgangskoder er ikke ens.");

        test(field("plenum-repeat-password")).setValue("ullas nye kode");
        test(find(Button.class).withClassName("plenum-activate").single()).click();
        assertThat(text()).contains("Din adgangskode er gemt.");

        navigate("activate/" + link.token(), ActivationView.class);
        assertThat(text()).contains("Linket er ikke gyldigt");
    }

    @Test
    void aLoggedInPersonChangesTheirOwnPassword() {
        Actor ulla = accounts.create(ImportedMeetings.SECRETARIAT, newAccount, "ullas første kode");
        Logins.logIn(securityContext, ulla);
        navigate("account/password", PasswordView.class);

        test(field("plenum-current-password")).setValue("forkert kode");
        test(field("plenum-new-password")).setValue("ullas anden kode");
        test(field("plenum-repeat-password")).setValue("ullas anden kode");
        test(find(Button.class).withClassName("plenum-change-password").single()).click();
        assertThat(text()).contains("Den nuværende adgangskode er ikke rigtig.");

        test(field("plenum-current-password")).setValue("ullas første kode");
        test(find(Button.class).withClassName("plenum-change-password").single()).click();
        assertThat(text()).contains("Din adgangskode er skiftet.");
    }

    private PasswordField field(String className) {
        return find(PasswordField.class).withClassName(className).single();
    }

    private String text() {
        return String.join("\n", find(Paragraph.class).all().stream().map(Paragraph::getText).toList());
    }
}
