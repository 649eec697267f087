package dk.plenum.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import dk.plenum.security.AccountService;

/**
 * A new password typed twice, so a typo does not lock its owner out, and the place where what was wrong with it
 * is said (read out by a screen reader as it appears).
 */
class PasswordPair extends Div {

    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Paragraph problem = new Paragraph();

    PasswordPair() {
        addClassName("plenum-form");
        chosen.addClassName("plenum-new-password");
        repeated.addClassName("plenum-repeat-password");
        chosen.setWidthFull();
        repeated.setWidthFull();
        problem.addClassName("plenum-password-problem");
        problem.getElement().setAttribute("role", "alert");
        add(chosen, repeated);
    }

    void localise() {
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("council.login.passwordHelp", AccountService.MIN_PASSWORD));
        repeated.setLabel(getTranslation("password.repeat"));
    }

    boolean same() {
        return chosen.getValue().equals(repeated.getValue());
    }

    String chosen() {
        return chosen.getValue();
    }

    void say(String text) {
        problem.setText(text);
    }

    Paragraph problem() {
        return problem;
    }
}
