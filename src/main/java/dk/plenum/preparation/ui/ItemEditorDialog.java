package dk.plenum.preparation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.preparation.ItemContent;
import dk.plenum.timeplan.TimePlanService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One agenda item as the secretary writes it: title, kind, open or closed (and the title hidden from the
 * public), presenter, and its sections, each a heading (offered from the usual ones, or a new one typed in)
 * and plain text, where an empty line starts a paragraph and {@code "- "} a bullet.
 */
class ItemEditorDialog extends Dialog {

    /** The headings Danish agendas use most, offered first; any other can be typed. */
    static final List<String> USUAL_HEADINGS = List.of("Resumé", "Indstilling", "Baggrund", "Sagsbeskrivelse",
            "Beslutningskompetence", "Økonomi", "Bilag", "Høring", "Kommunikation", "Tidsplan");

    private final TextField title = new TextField();
    private final RadioButtonGroup<ItemKind> kind = new RadioButtonGroup<>();
    private final Checkbox closed = new Checkbox();
    private final Checkbox hideTitle = new Checkbox();
    private final TextField presenter = new TextField();
    private final IntegerField plannedMinutes = new IntegerField();
    private final Div sections = new Div();
    private final List<SectionEditor> sectionEditors = new ArrayList<>();

    /**
     * @param item the item to edit, or null for a new one
     * @param save        saves the item and says whether it was saved; the dialog stays open if not
     * @param planMinutes after {@code save}, when the planned duration changed: plans it (null: not planned) and
     *                    says whether it was saved
     */
    ItemEditorDialog(AgendaItem item, Predicate<ItemContent> save, Predicate<Integer> planMinutes) {
        addClassName("plenum-item-editor");
        setHeaderTitle(getTranslation(item == null ? "prepare.item.new" : "prepare.item.edit"));
        setWidth("min(48rem, 100vw)");
        title.setLabel(getTranslation("prepare.item.title"));
        title.setWidthFull();
        title.addClassName("plenum-item-editor-title");
        kind.setLabel(getTranslation("prepare.item.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(choice -> getTranslation("prepare.item.kind." + choice));
        kind.setValue(ItemKind.REGULAR);
        closed.setLabel(getTranslation("prepare.item.closed"));
        closed.addClassName("plenum-item-editor-closed");
        hideTitle.setLabel(getTranslation("prepare.item.hideTitle"));
        hideTitle.setVisible(false);
        closed.addValueChangeListener(change -> {
            hideTitle.setVisible(change.getValue());
            hideTitle.setValue(hideTitle.getValue() && change.getValue());
        });
        presenter.setLabel(getTranslation("prepare.item.presenter"));
        presenter.setWidthFull();
        plannedMinutes.setLabel(getTranslation("timeplan.minutes"));
        plannedMinutes.setHelperText(getTranslation("timeplan.minutesHelp"));
        plannedMinutes.setMin(1);
        plannedMinutes.setMax(TimePlanService.MAX_MINUTES);
        plannedMinutes.setStepButtonsVisible(true);
        plannedMinutes.addClassName("plenum-item-editor-minutes");
        Button addSection = new Button(getTranslation("prepare.item.addSection"), VaadinIcon.PLUS.create(),
                click -> addSection(new Section("", "")));
        addSection.addClassName("plenum-add-section");
        Div sectionsBlock = new Div(new H3(getTranslation("prepare.item.sections")),
                new Paragraph(getTranslation("prepare.item.sectionsHint")), sections, addSection);
        sectionsBlock.addClassName("plenum-item-editor-sections");
        add(title, kind, closed, hideTitle, presenter, plannedMinutes, sectionsBlock);
        if (item != null) {
            title.setValue(item.title() == null ? "" : item.title());
            kind.setValue(item.kind());
            closed.setValue(!item.isOpen());
            hideTitle.setValue(item.titleHidden());
            presenter.setValue(item.presenter() == null ? "" : item.presenter());
            plannedMinutes.setValue(item.plannedMinutes());
            item.sections().forEach(this::addSection);
        } else {
            addSection(new Section(USUAL_HEADINGS.get(1), ""));
        }
        Button saveButton = new Button(getTranslation("prepare.item.save"), click -> {
            Integer minutes = plannedMinutes.getValue();
            // Checked before anything is saved: a new item refused its duration after it was added would be added
            // again by the next click.
            if (minutes != null && (minutes < 1 || minutes > TimePlanService.MAX_MINUTES)) {
                plannedMinutes.setErrorMessage(getTranslation("refused.timePlan.minutes", TimePlanService.MAX_MINUTES));
                plannedMinutes.setInvalid(true);
                return;
            }
            boolean unchanged = Objects.equals(minutes, item == null ? null : item.plannedMinutes());
            if (save.test(content()) && (unchanged || planMinutes.test(minutes))) {
                close();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.addClassName("plenum-item-editor-save");
        Button cancel = new Button(getTranslation("prepare.cancelEdit"), click -> close());
        getFooter().add(cancel, saveButton);
    }

    private ItemContent content() {
        List<Section> written = sectionEditors.stream().map(SectionEditor::section).toList();
        return new ItemContent(title.getValue(), kind.getValue(), closed.getValue() ? Visibility.CLOSED
                : Visibility.OPEN, hideTitle.getValue(), presenter.getValue(), written);
    }

    private void addSection(Section section) {
        SectionEditor editor = new SectionEditor(section);
        sectionEditors.add(editor);
        sections.add(editor);
    }

    /** One section: its heading, its text, and a button that removes it. */
    private final class SectionEditor extends Div {

        private final ComboBox<String> heading = new ComboBox<>();
        private final TextArea body = new TextArea();

        SectionEditor(Section section) {
            addClassName("plenum-section-editor");
            List<String> headings = new ArrayList<>(USUAL_HEADINGS);
            if (!section.heading().isEmpty() && !headings.contains(section.heading())) {
                headings.add(section.heading());
            }
            heading.setItems(headings);
            heading.setAllowCustomValue(true);
            heading.addCustomValueSetListener(custom -> {
                headings.add(custom.getDetail());
                heading.setItems(headings);
                heading.setValue(custom.getDetail());
            });
            heading.setLabel(getTranslation("prepare.item.heading"));
            heading.setValue(section.heading().isEmpty() ? null : section.heading());
            body.setLabel(getTranslation("prepare.item.body"));
            body.setValue(section.body());
            body.setWidthFull();
            body.setMinHeight("6rem");
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                sectionEditors.remove(this);
                sections.remove(this);
            });
            remove.setAriaLabel(getTranslation("prepare.item.removeSection"));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            Div head = new Div(heading, remove);
            head.addClassName("plenum-section-editor-head");
            add(head, body);
        }

        Section section() {
            return new Section(heading.getValue(), body.getValue());
        }
    }
}
