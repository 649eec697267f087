package dk.plenum.shell;

import dk.plenum.security.AccountPages;
import dk.plenum.security.LoginPage;
import dk.plenum.meeting.Translations;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.plenum.security.PlenumUser;
import dk.plenum.store.StoreMode;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The frame around every page: the Plenum name (back to the meeting list), a demo-mode marker, who is
 * logged in with a way out (or in), and the language switch; below them the ways around: the meetings, the
 * councils, search and, for who is logged in, their password. The login page has it too (its automatic layout), for
 * the language switch; its "log in" link leads back to the page it was followed from.
 */
@AnonymousAllowed
@StyleSheet("styles/council.css")
@Layout("/" + LoginPage.ROUTE)
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver, AfterNavigationObserver {

    /** The id of the main landmark, the skip link's target. */
    private static final String MAIN_ID = "plenum-main";

    private final Select<Locale> language = new Select<>();
    private final Span demo = Badges.badge("", Badges.Tone.LIVE);
    private final Span user = new Span();
    private final Button logout = new Button();
    private final Anchor login = new Anchor(LoginPage.ROUTE, "");
    /** The page's one main landmark, where the skip link leads. */
    private final Main content = new Main();
    /** The first thing a keyboard reaches: past the header to the page's own content. */
    private final Anchor skipToContent = new Anchor("#" + MAIN_ID, "");
    private final boolean someoneLoggedIn;
    /** Whose offline copies this device may show: the member logged in, else null. */
    private final String offlineKey;
    /**
     * The ways through the app: plain links, which Vaadin's router follows (the shell may not name the feature views).
     * They only display, and every open page has them, so they are markup ({@link Markup}).
     */
    private final Nav ways = new Nav();

    public MainLayout(AuthenticationContext authentication, StoreMode store) {
        // A plain link to the root: the shell sits below the feature views and may not name them.
        Anchor home = new Anchor("./", "Plenum");
        home.addClassName("plenum-brand");
        demo.setVisible(store.isEmbedded());

        Optional<PlenumUser> loggedIn = authentication.getAuthenticatedUser(PlenumUser.class);
        user.setText(loggedIn.map(account -> account.actor().displayName()).orElse(""));
        user.addClassName("plenum-user");
        user.setVisible(loggedIn.isPresent());
        logout.setVisible(loggedIn.isPresent());
        // The device's offline copies go first (decision 0022): once logged out, this page could not say whose they were.
        logout.addClickListener(click -> getElement().executeJs("return window.plenumOffline.forget()")
                .then(done -> authentication.logout(), failed -> authentication.logout()));
        someoneLoggedIn = loggedIn.isPresent();
        offlineKey = loggedIn.map(account -> OfflineCopies.keyOf(account.actor())).orElse(null);
        login.setVisible(loggedIn.isEmpty());
        login.addClassName("plenum-login-link");
        login.setRouterIgnore(true);

        language.setItems(Translations.DANISH, Translations.ENGLISH);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.addClassName("plenum-language");
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                VaadinSession.getCurrent().setLocale(change.getValue());
            }
        });

        HorizontalLayout bar = new HorizontalLayout(home, demo, user, logout, login, language);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(home);
        ways.addClassName("plenum-nav");
        Header header = new Header(bar, ways);
        header.addClassName("plenum-navbar");
        content.addClassName("plenum-content");
        content.setId(MAIN_ID);
        // Focusable from script only, so the skip link can move the keyboard's place there.
        content.getElement().setAttribute("tabindex", "-1");
        skipToContent.addClassName("plenum-skip-link");
        skipToContent.setRouterIgnore(true);
        // Vaadin's page has a <base href>, against which "#plenum-main" would be the start page: move the focus instead.
        skipToContent.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const main = document.getElementById($0);
                  main.focus();
                  main.scrollIntoView();
                });
                """, MAIN_ID);
        addClassName("plenum-layout");
        add(skipToContent, header, content);
    }

    /** The links of {@link #ways} in the page's language; changing one's password only for someone logged in. */
    private void showWays() {
        Element links = Markup.fragment();
        appendWay(links, Navigation.HOME, "plenum-nav-meetings", "shell.nav.meetings");
        appendWay(links, Navigation.COUNCILS, "plenum-nav-councils", "shell.nav.councils");
        appendWay(links, Navigation.SEARCH, "plenum-nav-search", "shell.nav.search");
        if (someoneLoggedIn) {
            appendWay(links, AccountPages.PASSWORD, "plenum-nav-password", "shell.nav.password");
        }
        Markup.showIn(ways, links);
    }

    private void appendWay(Element links, String route, String className, String text) {
        links.appendElement("a").attr("href", route.isEmpty() ? "./" : route).addClass("plenum-nav-link")
                .addClass(className).text(getTranslation(text));
    }

    /**
     * Loads the offline copies' script on every page and tells it who is logged in (decision 0022): the worker shows
     * that member's copies only, and none while nobody is.
     */
    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(OfflineCopies.SCRIPT);
        getElement().executeJs("window.plenumOffline.identify($0)", offlineKey);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }

    /** Logging in returns to this page; on the login page itself the link is not offered. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String location = event.getLocation().getPathWithQueryParameters();
        login.setHref(LoginPage.returningTo(location));
        login.setVisible(!someoneLoggedIn && !event.getLocation().getPath().equals(LoginPage.ROUTE));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        language.setValue(Translations.languageOf(event.getLocale()));
        language.setAriaLabel(getTranslation("shell.language"));
        demo.setText(getTranslation("shell.demo"));
        logout.setText(getTranslation("shell.logout"));
        login.setText(getTranslation("shell.login"));
        showWays();
        skipToContent.setText(getTranslation("shell.skipToContent"));
    }
}
