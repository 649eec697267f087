package dk.plenum.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.security.AccountPages;
import dk.plenum.security.AccountService;
import dk.plenum.security.CurrentActor;
import jakarta.annotation.security.PermitAll;

/** Where everyone who is logged in changes their own password, giving the current one first. */
@Route(value = AccountPages.PASSWORD, autoLayout = false)
@PermitAll
class PasswordView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final CurrentActor currentActor;
    private final PasswordField current = new PasswordField();
    private final PasswordPair passwords = new PasswordPair();
    private final Paragraph saved = new Paragraph();

    PasswordView(AccountService accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        addClassNames("plenum-page", "plenum-password");
        // Without the page frame, the page is its own main landmark.
        getElement().setAttribute("role", "main");
        current.addClassName("plenum-current-password");
        current.setWidthFull();
        saved.addClassName("plenum-password-saved");
        saved.getElement().setAttribute("role", "status");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        current.setLabel(getTranslation("password.current"));
        passwords.localise();
        Button save = new Button(getTranslation("password.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("plenum-change-password");
        // A plain link back to the start page: the page frame's routes are not security's to name.
        Anchor back = new Anchor("./", getTranslation("password.back"));
        back.addClassName("plenum-login-link");
        add(new H1(getTranslation("password.title")), new Paragraph(currentActor.require().username()), current,
                passwords, save, passwords.problem(), saved, back);
    }

    private void save() {
        saved.setText("");
        passwords.say("");
        if (!passwords.same()) {
            passwords.say(getTranslation("password.mismatch"));
            return;
        }
        try {
            accounts.changeOwnPassword(currentActor.require(), current.getValue(), passwords.chosen());
            current.clear();
            saved.setText(getTranslation("password.saved"));
        } catch (CommandRefusedException refused) {
            passwords.say(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · Plenum";
    }
}
