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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.plenum.security.LoginPage;
import dk.plenum.security.LoginPage.Failure;
import dk.plenum.store.StoreMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The login page for council members and the secretariat; in demo mode it says which accounts exist. It is shown in
 * the page frame (with its language switch), and once logged in the member is back on the page they came from
 * ({@link LoginPage#returningTo}).
 */
@Route(LoginPage.ROUTE)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final Pattern RETURNABLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]*(\\?[A-Za-z0-9=&_.%-]*)?");

    private final LoginForm form = new LoginForm();
    private final Paragraph demoHint = new Paragraph();

    LoginView(StoreMode store) {
        addClassNames("plenum-page", "plenum-login");
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
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<Failure> named = Failure.named(query.getParameters().keySet());
        failure = named.orElse(Failure.ERROR);
        form.setError(named.isPresent());
        query.getSingleParameter(LoginPage.CONTINUE).filter(LoginView::isPageOfThisApp).ifPresent(LoginView::returnTo);
    }

    /**
     * Only a route of this app is returned to: no scheme, host or leading slash (so never "//elsewhere"), no "..",
     * nothing but the characters of Plenum's routes and queries.
     */
    static boolean isPageOfThisApp(String location) {
        return RETURNABLE.matcher(location).matches() && !location.contains("..");
    }

    /**
     * After the login, Vaadin's login success handler sends the browser where its access check would have: to the
     * page stored in the session, as that check stores it when it sends someone to log in.
     */
    private static void returnTo(String location) {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, location);
        session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE,
                VaadinRequest.getCurrent().getContextPath() + "/" + location);
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
