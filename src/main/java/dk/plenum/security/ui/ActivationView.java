package dk.plenum.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.security.AccountPages;
import dk.plenum.security.AccountService;
import dk.plenum.security.LoginPage;
import dk.plenum.security.Login;
import java.util.Optional;

/**
 * What an activation link opens: the new account's owner chooses a password, once; then logs in. A link that
 * was used, replaced or is older than seven days says so, and who to ask for a new one.
 */
@Route(value = AccountPages.ACTIVATION, autoLayout = false)
@AnonymousAllowed
class ActivationView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordPair passwords = new PasswordPair();
    private String token;
    private Optional<Login> login = Optional.empty();
    private boolean done;

    ActivationView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("plenum-page", "plenum-activation");
        // Without the page frame, the page is its own main landmark.
        getElement().setAttribute("role", "main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(AccountPages.TOKEN).orElse("");
        login = accounts.activation(token);
        done = false;
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("activation.title")));
        if (done) {
            add(new Paragraph(getTranslation("activation.done")), loginLink());
            return;
        }
        if (login.isEmpty()) {
            Paragraph invalid = new Paragraph(getTranslation("activation.invalid"));
            invalid.addClassName("plenum-activation-invalid");
            add(invalid, loginLink());
            return;
        }
        add(new Paragraph(getTranslation("activation.welcome", login.get().displayName(), login.get().username())));
        Button save = new Button(getTranslation("activation.save"), click -> activate());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("plenum-activate");
        passwords.localise();
        add(passwords, save, passwords.problem());
    }

    private void activate() {
        if (!passwords.same()) {
            passwords.say(getTranslation("password.mismatch"));
            return;
        }
        try {
            accounts.activate(token, passwords.chosen());
            done = true;
            render();
        } catch (CommandRefusedException refused) {
            passwords.say(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    private Anchor loginLink() {
        Anchor link = new Anchor(LoginPage.ROUTE, getTranslation("activation.login"));
        link.setRouterIgnore(true);
        link.addClassName("plenum-login-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activation.title") + " · Plenum";
    }
}
