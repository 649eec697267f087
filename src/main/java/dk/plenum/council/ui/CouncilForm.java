package dk.plenum.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilService.CouncilDetails;
import dk.plenum.council.StandardItem;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.shell.Refusals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A council's name, description, default place and standard agenda items, new or edited. A new council starts
 * with the usual standard items. The time zone is shown, not chosen: every council meets in Danish time.
 */
class CouncilForm extends Dialog {

    /** Saves the details, or throws the refusal the form shows; the form closes only when saving worked. */
    interface Save {
        void save(CouncilDetails details);
    }

    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextField place = new TextField();
    private final Div items = new Div();
    private final List<StandardItemRow> rows = new ArrayList<>();

    CouncilForm(Council editing, Save save) {
        addClassName("plenum-council-form");
        setHeaderTitle(getTranslation(editing == null ? "council.form.newTitle" : "council.form.editTitle"));
        name.setLabel(getTranslation("council.label.councilName"));
        name.setRequiredIndicatorVisible(true);
        name.addClassName("plenum-council-name");
        name.setWidthFull();
        description.setLabel(getTranslation("council.label.description"));
        description.setWidthFull();
        description.addClassName("plenum-council-description");
        place.setLabel(getTranslation("council.label.defaultLocation"));
        place.setWidthFull();
        place.addClassName("plenum-council-place");
        Paragraph zone = new Paragraph(getTranslation("council.timeZone", MeetingTimes.COUNCIL_ZONE.getId()));
        zone.addClassName("plenum-council-facts");
        Button addItem = new Button(getTranslation("council.form.addItem"), click -> addRow(new StandardItem("",
                ItemKind.REGULAR)));
        addItem.addClassName("plenum-add-standard-item");
        Div form = new Div(name, description, place, zone, new H3(getTranslation("council.standardItems")), items,
                addItem);
        form.addClassName("plenum-form");
        add(form);
        List<StandardItem> startWith = StandardItem.USUAL;
        if (editing != null) {
            name.setValue(editing.name());
            description.setValue(nonNull(editing.description()));
            place.setValue(nonNull(editing.defaultLocation()));
            startWith = editing.standardItems();
        }
        startWith.forEach(this::addRow);

        Button saveButton = new Button(getTranslation("council.form.save"), click -> {
            try {
                save.save(new CouncilDetails(name.getValue(), description.getValue(), place.getValue(),
                        rows.stream().map(StandardItemRow::item).toList()));
                close();
            } catch (CommandRefusedException refused) {
                Refusals.show(this, refused, "council.field.");
            }
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.addClassName("plenum-save-council");
        getFooter().add(new Button(getTranslation("council.form.cancel"), click -> close()), saveButton);
    }

    private void addRow(StandardItem item) {
        StandardItemRow row = new StandardItemRow(item, removed -> {
            rows.remove(removed);
            items.remove(removed);
        });
        rows.add(row);
        items.add(row);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** One standard item: its title and whether it is the round-the-table item. */
    private static final class StandardItemRow extends Div {

        private final TextField title = new TextField();
        private final Select<ItemKind> kind = new Select<>();

        StandardItemRow(StandardItem item, Consumer<StandardItemRow> remove) {
            addClassName("plenum-standard-item");
            title.setAriaLabel(getTranslation("council.label.standardItem"));
            title.setValue(item.title());
            kind.setItems(ItemKind.values());
            kind.setItemLabelGenerator(each -> getTranslation("council.itemKind." + each));
            kind.setAriaLabel(getTranslation("council.label.itemKind"));
            kind.setValue(item.kind());
            Button removeButton = new Button(getTranslation("council.form.removeItem"), click -> remove.accept(this));
            removeButton.addThemeVariants(ButtonVariant.TERTIARY);
            add(title, kind, removeButton);
        }

        StandardItem item() {
            return new StandardItem(title.getValue(), kind.getValue());
        }
    }
}
