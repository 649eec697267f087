package dk.plenum.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dk.plenum.council.CouncilMember;
import dk.plenum.council.CouncilService.MemberDetails;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.MemberRole;
import dk.plenum.shell.Refusals;
import java.util.List;
import java.util.Locale;

/** A member of a council, new or edited: name, role, party or organisation, e-mail and membership period. */
class MemberForm extends Dialog {

    /** The roles as a council lists them, the chair first. */
    static final List<MemberRole> ROLES = List.of(MemberRole.CHAIR, MemberRole.VICE_CHAIR, MemberRole.MEMBER,
            MemberRole.SUBSTITUTE, MemberRole.SECRETARIAT);

    /** Saves the details, or throws the refusal the form shows; the form closes only when saving worked. */
    interface Save {
        void save(MemberDetails details);
    }

    private final TextField name = new TextField();
    private final Select<MemberRole> role = new Select<>();
    private final TextField party = new TextField();
    private final EmailField email = new EmailField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    MemberForm(CouncilMember editing, Locale locale, Save save) {
        addClassName("plenum-member-form");
        setHeaderTitle(getTranslation(editing == null ? "council.member.newTitle" : "council.member.editTitle"));
        name.setLabel(getTranslation("council.label.memberName"));
        name.setRequiredIndicatorVisible(true);
        name.addClassName("plenum-member-name-field");
        name.setWidthFull();
        role.setLabel(getTranslation("council.label.role"));
        role.setItems(ROLES);
        role.setItemLabelGenerator(each -> getTranslation("control.role." + each));
        role.setValue(MemberRole.MEMBER);
        role.addClassName("plenum-member-role");
        party.setLabel(getTranslation("council.label.party"));
        party.setWidthFull();
        party.addClassName("plenum-member-party");
        email.setLabel(getTranslation("council.label.email"));
        email.setWidthFull();
        email.addClassName("plenum-member-email");
        from.setLabel(getTranslation("council.label.memberFrom"));
        to.setLabel(getTranslation("council.label.memberTo"));
        from.setLocale(locale);
        to.setLocale(locale);
        if (editing != null) {
            name.setValue(editing.name());
            role.setValue(editing.role());
            party.setValue(editing.party() == null ? "" : editing.party());
            email.setValue(editing.email() == null ? "" : editing.email());
            from.setValue(editing.memberFrom());
            to.setValue(editing.memberTo());
        }
        Div form = new Div(name, role, party, email, from, to);
        form.addClassName("plenum-form");
        add(form);

        Button saveButton = new Button(getTranslation("council.form.save"), click -> {
            try {
                save.save(new MemberDetails(name.getValue(), role.getValue(), party.getValue(), email.getValue(),
                        from.getValue(), to.getValue()));
                close();
            } catch (CommandRefusedException refused) {
                Refusals.show(this, refused, "council.field.");
            }
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.addClassName("plenum-save-member");
        getFooter().add(new Button(getTranslation("council.form.cancel"), click -> close()), saveButton);
    }
}
