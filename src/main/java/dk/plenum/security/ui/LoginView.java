package dk.plenum.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.plenum.security.LoginPage;
import dk.plenum.security.LoginPage.Failure;
import dk.plenum.store.StoreMode;
import java.util.Optional;

/** The login page for council members and the secretariat; in demo mode it says which accounts exist. */
@Route(value = LoginPage.ROUTE, autoLayout = false)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph demoHint = new Paragraph();

    LoginView(StoreMode store) {
        addClassNames("plenum-page", "plenum-login");
        // Without the page frame, the page is its own main landmark.
        getElement().setAttribute("role", "main");
        form.setAction(LoginPage.ROUTE);
        form.setForgotPasswordButtonVisible(false);
        demoHint.addClassName("plenum-demo-hint");
        demoHint.setVisible(store.isEmbedded());
        add(new H1("Plenum"), form, demoHint);
    }

    /** Why the last login failed, as the login's failure handler says in the query. */
    private Failure failure = Failure.ERROR;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Failure> named = Failure.named(event.getLocation().getQueryParameters().getParameters().keySet());
        failure = named.orElse(Failure.ERROR);
        form.setError(named.isPresent());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(failure.messageKey() + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(failure.messageKey() + ".message"));
        form.setI18n(i18n);
        demoHint.setText(getTranslation("login.demoHint"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Plenum";
    }
}
