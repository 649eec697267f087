package dk.plenum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.council.Council;
import dk.plenum.council.CouncilMember;
import dk.plenum.council.CouncilService;
import dk.plenum.council.CouncilService.CouncilDetails;
import dk.plenum.council.CouncilService.MemberDetails;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.MemberRole;
import dk.plenum.security.AccountService.NewAccount;
import dk.plenum.security.internal.AccountStore;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.LoginForm;
import dk.plenum.support.MovableClock;
import dk.plenum.support.PlenumTest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Member logins as the secretariat makes them from the member list: by a first password, or by a one-time
 * activation link (valid seven days, used once, stored only as a hash); reset, deactivated (refused at login,
 * open sessions ended) and reactivated; and everyone's own password change. A reset or a change takes effect at
 * once, although successful password checks are remembered for a minute.
 */
@PlenumTest
class AccountLoginsTest {

    private static final Actor ADMINISTRATOR = ImportedMeetings.SECRETARIAT;
    private static final String FIRST_PASSWORD = "første kodeord";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CouncilService councils;
    @Autowired
    AccountStore store;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    EndedLogins endedLogins;
    @Autowired
    AuthenticationProvider logins;
    @Autowired
    MongoTemplate mongo;

    private Council council;
    private CouncilMember kirsten;
    private Actor secretary;
    private String username;

    @BeforeEach
    void aCouncilWithAMember() {
        council = councils.create(ADMINISTRATOR, new CouncilDetails("Råd " + UUID.randomUUID(), null, null, List.of()));
        kirsten = councils.addMember(ADMINISTRATOR, council.id(), new MemberDetails("Kirsten Møller Thomsen",
                MemberRole.MEMBER, null, null, null, null));
        secretary = new Actor("sekr", "Sekretær", AccountRole.SECRETARIAT, council.id(), null);
        username = "kirsten-" + UUID.randomUUID();
    }

    private NewAccount kirstensLogin() {
        return new NewAccount(username, AccountRole.MEMBER, council.id(), kirsten.id());
    }

    private boolean logsIn(String name, String password) {
        try {
            logins.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
            return true;
        } catch (BadCredentialsException refused) {
            return false;
        }
    }

    @Test
    void aLoginWithAFirstPasswordLogsInAsTheMember() {
        Actor created = accounts.create(secretary, kirstensLogin(), FIRST_PASSWORD);

        assertThat(created).isEqualTo(new Actor(username, "Kirsten Møller Thomsen", AccountRole.MEMBER, council.id(),
                kirsten.id()));
        assertThat(logsIn(username, FIRST_PASSWORD)).isTrue();
        assertThat(accounts.loginsOf(secretary, council.id())).singleElement()
                .satisfies(login -> assertThat(login.active()).isTrue());
    }

    @Test
    void anActivationLinkLetsTheMemberChooseAPasswordOnceAndIsStoredOnlyAsAHash() {
        ActivationLink link = accounts.createWithActivationLink(secretary, kirstensLogin());

        assertThat(logsIn(username, "")).isFalse();
        assertThat(accounts.activation(link.token())).map(Login::username).contains(username);
        Document stored = mongo.findById(username, Document.class, "accounts");
        assertThat(stored.toJson()).doesNotContain(link.token());

        assertThat(accounts.activate(link.token(), "mit eget kodeord")).isEqualTo(username);
        assertThat(logsIn(username, "mit eget kodeord")).isTrue();
        assertThat(accounts.activation(link.token())).isEmpty();
        assertRefused(() -> accounts.activate(link.token(), "et andet kodeord"), "refused.activationInvalid");
        assertThat(logsIn(username, "mit eget kodeord")).as("the second use changed nothing").isTrue();
    }

    @Test
    void anActivationLinkExpiresAfterSevenDays() {
        MovableClock clock = new MovableClock();
        AccountService clocked = new AccountService(store, passwords, councils, endedLogins,
                new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class));
        ActivationLink link = clocked.createWithActivationLink(secretary, kirstensLogin());
        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(clocked.activation(link.token())).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(clocked.activation(link.token())).isEmpty();
        assertRefused(() -> clocked.activate(link.token(), "for sent valgt"), "refused.activationInvalid");
        assertThat(logsIn(username, "for sent valgt")).isFalse();
    }

    @Test
    void aCouncilsSecretariatIsRefusedOnAnotherCouncilsMembersAndLogins() {
        accounts.create(ADMINISTRATOR, kirstensLogin(), FIRST_PASSWORD);
        Actor otherSecretary = new Actor("anden", "Anden", AccountRole.SECRETARIAT, UUID.randomUUID().toString(), null);
        NewAccount another = new NewAccount(username + "-2", AccountRole.MEMBER, council.id(), kirsten.id());

        for (Runnable refused : List.<Runnable>of(
                () -> accounts.create(otherSecretary, another, FIRST_PASSWORD),
                () -> accounts.createWithActivationLink(otherSecretary, another),
                () -> accounts.resetPassword(otherSecretary, username, "et nyt kodeord"),
                () -> accounts.resetWithActivationLink(otherSecretary, username),
                () -> accounts.deactivate(otherSecretary, username),
                () -> accounts.loginsOf(otherSecretary, council.id()))) {
            assertThatThrownBy(refused::run).isInstanceOfSatisfying(NotAllowedException.class,
                    notAllowed -> assertThat(notAllowed.messageKey()).isEqualTo("refused.otherCouncil"));
        }
        assertThat(logsIn(username, FIRST_PASSWORD)).isTrue();
        assertThat(accounts.find(username + "-2")).isEmpty();
    }

    @Test
    void aResetPasswordWorksAtOnceAndTheOldOneNoLonger() {
        accounts.create(secretary, kirstensLogin(), FIRST_PASSWORD);
        assertThat(logsIn(username, FIRST_PASSWORD)).as("now remembered for a minute").isTrue();

        accounts.resetPassword(secretary, username, "nulstillet kodeord");

        assertThat(logsIn(username, FIRST_PASSWORD)).isFalse();
        assertThat(logsIn(username, "nulstillet kodeord")).isTrue();

        ActivationLink link = accounts.resetWithActivationLink(secretary, username);
        assertThat(logsIn(username, "nulstillet kodeord")).as("a new link replaces the password").isFalse();
        accounts.activate(link.token(), "valgt via link");
        assertThat(logsIn(username, "valgt via link")).isTrue();
    }

    @Test
    void everyoneChangesTheirOwnPasswordGivingTheCurrentOne() {
        Actor kirstenLoggedIn = accounts.create(secretary, kirstensLogin(), FIRST_PASSWORD);
        assertThat(logsIn(username, FIRST_PASSWORD)).isTrue();

        assertRefused(() -> accounts.changeOwnPassword(kirstenLoggedIn, "forkert kodeord", "mit nye kodeord"),
                "refused.currentPasswordWrong");
        assertRefused(() -> accounts.changeOwnPassword(kirstenLoggedIn, FIRST_PASSWORD, "kort"),
                "refused.passwordTooShort");
        assertRefused(() -> accounts.changeOwnPassword(kirstenLoggedIn, FIRST_PASSWORD, "æ".repeat(40)),
                "refused.passwordTooLong");
        accounts.changeOwnPassword(kirstenLoggedIn, FIRST_PASSWORD, "mit nye kodeord");

        assertThat(logsIn(username, FIRST_PASSWORD)).isFalse();
        assertThat(logsIn(username, "mit nye kodeord")).isTrue();
    }

    @Test
    void aDeactivatedLoginIsRefusedAndItsOpenSessionEndsUntilReactivated() {
        accounts.create(secretary, kirstensLogin(), FIRST_PASSWORD);
        LoginForm form = new LoginForm(port);
        String session = LoginForm.sessionAfter(form.logIn(username, FIRST_PASSWORD), null);
        assertThat(form.loggedIn(session)).isTrue();

        accounts.deactivate(secretary, username);

        assertThat(form.loggedIn(session)).as("the open session ended").isFalse();
        assertThat(logsIn(username, FIRST_PASSWORD)).isFalse();
        assertThat(accounts.loginsOf(secretary, council.id())).singleElement()
                .satisfies(login -> assertThat(login.active()).isFalse());

        accounts.reactivate(secretary, username);
        assertThat(logsIn(username, FIRST_PASSWORD)).isTrue();
    }

    @Test
    void aMemberInTheSecretariatRoleGetsASecretariatLoginForItsCouncil() {
        CouncilMember mette = councils.addMember(ADMINISTRATOR, council.id(), new MemberDetails("Mette Bugge",
                MemberRole.SECRETARIAT, null, null, null, null));

        Actor created = accounts.create(secretary, new NewAccount(username, AccountRole.MEMBER, council.id(),
                mette.id()), FIRST_PASSWORD);

        assertThat(created.role()).isEqualTo(AccountRole.SECRETARIAT);
        assertThat(created.isSecretariatOf(council.id())).isTrue();
    }

    private static void assertRefused(Runnable command, String messageKey) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(CommandRefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
