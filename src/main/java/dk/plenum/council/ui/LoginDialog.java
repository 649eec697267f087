package dk.plenum.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.security.AccountService;
import dk.plenum.security.ActivationLink;
import dk.plenum.security.AccountPages;
import dk.plenum.shell.Refusals;
import java.util.Locale;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives a member a login, or a login a new password: either a first password the secretariat types and hands
 * over, or a one-time activation link (valid seven days) with which the member chooses one. No e-mail is
 * sent: the link is shown here once, to copy into a message or onto paper.
 */
class LoginDialog extends Dialog {

    enum How {
        PASSWORD,
        LINK
    }

    /** Sets the first password (a new login's username with it, or null for a reset); throws a refusal. */
    interface WithPassword {
        void save(String username, String password);
    }

    /** Makes the link (for a new login's username, or null for a reset); throws a refusal. */
    interface WithLink {
        ActivationLink make(String username);
    }

    private final TextField username = new TextField();
    private final RadioButtonGroup<How> how = new RadioButtonGroup<>();
    private final PasswordField password = new PasswordField();
    private final Div form = new Div();

    /**
     * @param suggestedUsername a new login's username as suggested, or null when the login exists (a reset)
     */
    LoginDialog(String title, String suggestedUsername, Locale locale, WithPassword withPassword, WithLink withLink,
            Runnable done) {
        addClassName("plenum-login-dialog");
        setHeaderTitle(title);
        username.setLabel(getTranslation("council.label.username"));
        username.setVisible(suggestedUsername != null);
        username.addClassName("plenum-login-username");
        username.setValue(suggestedUsername == null ? "" : suggestedUsername);
        how.setLabel(getTranslation("council.login.how"));
        how.setItems(How.values());
        how.setItemLabelGenerator(each -> getTranslation("council.login.how." + each));
        how.setValue(How.PASSWORD);
        how.addClassName("plenum-login-how");
        password.setLabel(getTranslation("council.label.password"));
        password.addClassName("plenum-login-password");
        password.setHelperText(getTranslation("council.login.passwordHelp", AccountService.MIN_PASSWORD));
        how.addValueChangeListener(change -> password.setVisible(change.getValue() == How.PASSWORD));
        form.add(username, how, password);
        form.addClassName("plenum-form");
        add(form);

        // Says what it does: a new login is created ("Opret"), an existing one's password is reset ("Nulstil").
        String goText = getTranslation(suggestedUsername == null ? "council.login.resetGo" : "council.login.go");
        Button go = new Button(goText, click -> {
            String chosen = username.isVisible() ? username.getValue() : null;
            try {
                if (how.getValue() == How.LINK) {
                    showLink(withLink.make(chosen), locale);
                } else {
                    withPassword.save(chosen, password.getValue());
                    close();
                }
                done.run();
            } catch (CommandRefusedException refused) {
                Refusals.show(this, refused, "council.field.");
            }
        });
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.addClassName("plenum-login-go");
        getFooter().add(new Button(getTranslation("council.form.cancel"), click -> close()), go);
    }

    /** The link replaces the form, once: only its hash is stored, so it cannot be shown again. */
    private void showLink(ActivationLink link, Locale locale) {
        TextField address = new TextField(getTranslation("council.login.link"));
        address.setValue(address(link.token()));
        address.setReadOnly(true);
        address.setWidthFull();
        address.addClassNames("plenum-link-box", "plenum-activation-link");
        form.removeAll();
        form.add(new Paragraph(getTranslation("council.login.linkMade", link.username(),
                MeetingTimes.date(link.expiresAt(), locale))), address,
                new Paragraph(getTranslation("council.login.linkOnce")));
        getFooter().removeAll();
        Button close = new Button(getTranslation("council.login.close"), click -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
    }

    /** The link's full address, on the host this page was opened on. */
    private static String address(String token) {
        String base = VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                ? ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString() : "";
        return base + "/" + AccountPages.activation(token);
    }
}
