package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import dk.plenum.meeting.CommandRefusedException;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Visibility;
import dk.plenum.proceedings.LateItem;
import dk.plenum.shell.Refusals;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A late item (tillægsdagsorden): title, open or closed, and optionally who presents it and the recommendation. */
class LateItemDialog extends Dialog implements LocaleChangeObserver {

    private final TextField title = new TextField();
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final TextField presenter = new TextField();
    private final Checkbox hideTitle = new Checkbox();
    private final TextArea recommendation = new TextArea();
    private final Button add = new Button();
    private final Button cancel = new Button();

    /**
     * @param addItem adds the item, or throws the refusal: the dialog then stays open and says why, at the field the
     *                refusal is about (else as a notification)
     */
    LateItemDialog(Consumer<LateItem> addItem) {
        addClassName("plenum-control-late-item");
        visibility.setItems(Visibility.OPEN, Visibility.CLOSED);
        visibility.setValue(Visibility.OPEN);
        // Hiding the title is only for closed items; the box is offered only then.
        hideTitle.setVisible(false);
        visibility.addValueChangeListener(change -> {
            hideTitle.setVisible(change.getValue() == Visibility.CLOSED);
            hideTitle.setValue(hideTitle.getValue() && change.getValue() == Visibility.CLOSED);
        });
        title.setWidthFull();
        presenter.setWidthFull();
        recommendation.setWidthFull();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (TextFieldBase<?, String> field : List.<TextFieldBase<?, String>>of(title, presenter, recommendation)) {
            // The service validates; the field shows its message until the text is changed.
            field.setManualValidation(true);
            field.addValueChangeListener(change -> field.setInvalid(false));
        }
        add.addClickListener(click -> {
            try {
                addItem.accept(new LateItem(title.getValue(), visibility.getValue(), ItemKind.REGULAR,
                        presenter.getValue(), recommendation.getValue(), hideTitle.getValue()));
                close();
            } catch (CommandRefusedException refused) {
                showAtField(refused);
            }
        });
        cancel.addClickListener(click -> close());
        add(title, visibility, hideTitle, presenter, recommendation);
        getFooter().add(cancel, add);
    }

    private void showAtField(CommandRefusedException refused) {
        Optional<TextFieldBase<?, String>> field = Refusals.field(refused).map(name -> switch (name) {
            case "title" -> title;
            case "presenter" -> presenter;
            case "recommendation" -> recommendation;
            default -> null;
        });
        if (field.isEmpty()) {
            Refusals.show(this, refused, "control.field.");
            return;
        }
        field.get().setErrorMessage(Refusals.message(this, refused, "control.field."));
        field.get().setInvalid(true);
        field.get().focus();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setHeaderTitle(getTranslation("control.late.title"));
        title.setLabel(getTranslation("control.late.itemTitle"));
        visibility.setLabel(getTranslation("control.late.visibility"));
        visibility.setItemLabelGenerator(choice -> getTranslation("visibility." + choice));
        hideTitle.setLabel(getTranslation("control.late.hideTitle"));
        presenter.setLabel(getTranslation("control.late.presenter"));
        recommendation.setLabel(getTranslation("control.late.recommendation"));
        add.setText(getTranslation("control.late.add"));
        cancel.setText(getTranslation("control.cancel"));
    }
}
