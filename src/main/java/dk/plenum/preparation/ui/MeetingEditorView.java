package dk.plenum.preparation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.plenum.live.LiveMeetings;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.preparation.PreparationService;
import dk.plenum.timeplan.TimePlanService;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.security.NotAllowedException;
import dk.plenum.shell.Badges;
import dk.plenum.shell.MeetingHeading;
import dk.plenum.shell.LiveMeetingBinding;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import dk.plenum.shell.Refusals;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The secretariat prepares a meeting here: its title, kind, place and time, its agenda (add, edit, reorder by
 * drag and drop or the arrow buttons, withdraw), and then publishes (udsender) or cancels (aflyser) it. It
 * follows the meeting live, so two secretaries see each other's changes.
 */
@RolesAllowed({"SECRETARIAT", "ADMINISTRATOR"})
@Route(value = Navigation.PREPARE, layout = MainLayout.class)
class MeetingEditorView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle,
        LiveMeetingBinding.Screen {

    static final Duration REFRESH_INTERVAL = Duration.ofMillis(200);
    /** The drag data type under which a dragged agenda row carries its item's id. */
    static final String DRAGGED_ITEM = "text/plenum-item";

    private final PreparationService preparation;
    private final TimePlanService timePlan;
    private final CurrentActor currentActor;
    private final LiveMeetingBinding binding;

    private final Div header = new Div();
    private final H2 detailsHeading = new H2();
    private final TextField title = new TextField();
    private final RadioButtonGroup<MeetingKind> kind = new RadioButtonGroup<>();
    private final TextField location = new TextField();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final Button saveDetails = new Button();
    private final H2 agendaHeading = new H2();
    private final Button addItem = new Button();
    private final Grid<AgendaItem> agenda = new Grid<>();
    private final Div actions = new Div();
    private final Paragraph draftHint = new Paragraph();
    private final Paragraph publishedHint = new Paragraph();
    private final Button publish = new Button();
    private final Button cancelMeeting = new Button();

    private Meeting meeting;

    MeetingEditorView(MeetingJournal journal, LiveMeetings live, PreparationService preparation,
            CurrentActor currentActor, TimePlanService timePlan) {
        this.preparation = preparation;
        this.timePlan = timePlan;
        this.currentActor = currentActor;
        this.binding = LiveMeetingBinding.bind(this, journal, live, REFRESH_INTERVAL, this);
        addClassNames("plenum-page", "plenum-prepare");
        header.addClassName("plenum-meeting-header");
        kind.setItems(MeetingKind.values());
        title.setWidthFull();
        location.setWidthFull();
        saveDetails.addClassName("plenum-save-details");
        saveDetails.addClickListener(click -> saveDetails());
        Div details = new Div(title, kind, location, startsAt, endsAt, saveDetails);
        details.addClassName("plenum-prepare-form");
        addItem.setIcon(VaadinIcon.PLUS.create());
        addItem.addClassName("plenum-add-item");
        // A new item is added at the end of the agenda: that is the item its planned duration is for.
        addItem.addClickListener(click -> new ItemEditorDialog(null,
                content -> run(actor -> preparation.addItem(meeting.id(), content, actor)),
                minutes -> run(actor -> timePlan.plan(meeting.id(), meeting.items().getLast().id(), minutes, actor)))
                .open());
        Div agendaTitle = new Div(agendaHeading, addItem);
        agendaTitle.addClassName("plenum-control-section-title");
        configureAgenda();
        configureActions();
        add(header, actions, agendaTitle, agenda, detailsHeading, details);
    }

    private void configureAgenda() {
        agenda.addClassName("plenum-prepare-agenda");
        agenda.setAllRowsVisible(true);
        // One column, the buttons beside the title on a tablet and below it on a phone (plenum.css): in a column of
        // their own they left a long title a narrow strip at 390 px.
        agenda.addComponentColumn(this::itemRow).setFlexGrow(1).setKey("item");
        agenda.setPartNameGenerator(item -> item.withdrawn() ? "withdrawn" : null);
        agenda.setRowsDraggable(true);
        agenda.setDropMode(GridDropMode.BETWEEN);
        // The dragged row carries its item's id, so the drop needs no state kept from the drag's start.
        agenda.setDragDataGenerator(DRAGGED_ITEM, AgendaItem::id);
        agenda.addDropListener(drop -> {
            String draggedId = drop.getDataTransferData(DRAGGED_ITEM).orElse(null);
            AgendaItem target = drop.getDropTargetItem().orElse(null);
            List<String> order = new ArrayList<>(meeting.items().stream().map(AgendaItem::id).toList());
            if (target == null || !order.contains(draggedId) || target.id().equals(draggedId)) {
                return;
            }
            order.remove(draggedId);
            int at = order.indexOf(target.id()) + (drop.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            order.add(at, draggedId);
            run(actor -> preparation.reorder(meeting.id(), order, actor));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Meeting entered = binding.enter(event, Navigation.MEETING_ID,
                found -> currentActor.require().isSecretariatOf(found.councilId())).orElse(null);
        if (entered == null) {
            Refusals.show(this, new NotAllowedException("refused.otherCouncil"), "prepare.field.");
            event.forwardTo(Navigation.HOME);
            return;
        }
        if (meeting == null) {
            meeting = entered;
            showDetails();
        }
    }

    @Override
    public void showAnother(Meeting another) {
        meeting = another;
        showDetails();
        render();
    }

    @Override
    public void showChanged(Meeting before, Meeting after) {
        meeting = after;
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        detailsHeading.setText(getTranslation("prepare.details"));
        title.setLabel(getTranslation("prepare.meetingTitle"));
        kind.setLabel(getTranslation("prepare.kind"));
        kind.setItemLabelGenerator(choice -> getTranslation("meeting.kind." + choice));
        location.setLabel(getTranslation("prepare.location"));
        startsAt.setLabel(getTranslation("prepare.startsAt"));
        endsAt.setLabel(getTranslation("prepare.endsAt"));
        startsAt.setLocale(getLocale());
        endsAt.setLocale(getLocale());
        saveDetails.setText(getTranslation("prepare.saveDetails"));
        agendaHeading.setText(getTranslation("agenda.title"));
        addItem.setText(getTranslation("prepare.addItem"));
        draftHint.setText(getTranslation("prepare.draftHint"));
        publishedHint.setText(getTranslation("prepare.publishedHint"));
        publish.setText(getTranslation("prepare.publish"));
        cancelMeeting.setText(getTranslation("prepare.cancelMeeting"));
        render();
    }

    /** The form shows the meeting as it was entered; a live change elsewhere does not overwrite what is typed. */
    private void showDetails() {
        title.setValue(meeting.title());
        kind.setValue(meeting.kind());
        location.setValue(Objects.requireNonNullElse(meeting.location(), ""));
        startsAt.setValue(local(meeting.startsAt()));
        endsAt.setValue(local(meeting.endsAt()));
    }

    private void render() {
        renderHeader();
        renderActions();
        agenda.setItems(meeting.items());
        boolean preparing = preparing();
        agenda.setRowsDraggable(preparing);
        addItem.setEnabled(preparing);
        saveDetails.setEnabled(preparing);
    }

    private boolean preparing() {
        return meeting.status() == MeetingStatus.SCHEDULED;
    }

    private void renderHeader() {
        header.removeAll();
        Span status = Badges.meetingStatus(meeting, this);
        Anchor page = new Anchor(Navigation.agenda(meeting.id()), getTranslation("prepare.toAgenda"));
        page.addClassName("plenum-control-to-agenda");
        header.add(MeetingHeading.of(meeting, this, getLocale()).toArray(Component[]::new));
        header.add(new Div(status), page);
    }

    /**
     * Shows the buttons that fit the meeting's state. They are made once and only shown or hidden: drawn anew on
     * every live change, a tap that crossed a colleague's change landed on a button already gone.
     */
    private void renderActions() {
        actions.setVisible(preparing());
        draftHint.setVisible(meeting.draft());
        publish.setVisible(meeting.draft());
        publishedHint.setVisible(!meeting.draft());
    }

    private void configureActions() {
        actions.addClassName("plenum-prepare-actions");
        publish.setIcon(VaadinIcon.PAPERPLANE.create());
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClassName("plenum-publish");
        publish.addClickListener(click -> confirm("prepare.publish.confirm", "prepare.publish",
                () -> run(actor -> preparation.publish(meeting.id(), actor)), "prepare.published"));
        cancelMeeting.setIcon(VaadinIcon.BAN.create());
        cancelMeeting.addThemeVariants(ButtonVariant.ERROR);
        cancelMeeting.addClassName("plenum-cancel-meeting");
        cancelMeeting.addClickListener(click -> confirm("prepare.cancelMeeting.confirm", "prepare.cancelMeeting",
                () -> run(actor -> preparation.cancel(meeting.id(), actor)), "prepare.cancelled"));
        actions.add(draftHint, publishedHint, publish, cancelMeeting);
    }

    /** Publishing and cancelling cannot be undone: asked once more, in words. */
    private void confirm(String questionKey, String actionKey, BooleanSupplier action,
            String doneKey) {
        Dialog dialog = new Dialog();
        dialog.addClassName("plenum-confirm");
        dialog.setHeaderTitle(getTranslation(actionKey));
        dialog.add(new Paragraph(getTranslation(questionKey, meeting.title())));
        Button yes = new Button(getTranslation(actionKey), click -> {
            dialog.close();
            if (action.getAsBoolean()) {
                Notification.show(getTranslation(doneKey));
            }
        });
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        yes.addClassName("plenum-confirm-yes");
        dialog.getFooter().add(new Button(getTranslation("prepare.cancelEdit"), click -> dialog.close()), yes);
        dialog.open();
    }

    private Component itemRow(AgendaItem item) {
        Div row = new Div(itemSummary(item), itemButtons(item));
        row.addClassName("plenum-prepare-row");
        return row;
    }

    private Component itemSummary(AgendaItem item) {
        Span number = new Span(item.number() + ".");
        number.addClassName("plenum-item-number");
        Span itemTitle = new Span(item.title());
        itemTitle.addClassName("plenum-item-title");
        Div line = new Div(number, itemTitle);
        line.addClassName("plenum-prepare-item");
        line.setClassName("plenum-withdrawn", item.withdrawn());
        Div badges = new Div();
        badges.addClassName("plenum-badges");
        if (item.withdrawn()) {
            badges.add(Badges.badge(getTranslation("item.withdrawn"), Badges.Tone.CLOSED));
        }
        if (!item.isOpen()) {
            badges.add(Badges.badge(getTranslation("visibility.CLOSED"), Badges.Tone.CLOSED));
        }
        if (item.kind() == ItemKind.ROUND_THE_TABLE) {
            badges.add(Badges.badge(getTranslation("item.kind.ROUND_THE_TABLE"), Badges.Tone.INFO));
        }
        Div summary = new Div(line, badges);
        summary.getElement().setAttribute("data-item-id", item.id());
        return summary;
    }

    private Component itemButtons(AgendaItem item) {
        Div buttons = new Div();
        buttons.addClassName("plenum-prepare-item-buttons");
        if (!preparing()) {
            return buttons;
        }
        int index = meeting.items().indexOf(item);
        buttons.add(iconButton(VaadinIcon.ARROW_UP, "prepare.item.up", item, "plenum-item-up", index > 0,
                () -> run(actor -> preparation.moveItem(meeting.id(), item.id(), -1, actor))));
        buttons.add(iconButton(VaadinIcon.ARROW_DOWN, "prepare.item.down", item, "plenum-item-down",
                index < meeting.items().size() - 1,
                () -> run(actor -> preparation.moveItem(meeting.id(), item.id(), 1, actor))));
        if (!item.withdrawn()) {
            buttons.add(iconButton(VaadinIcon.EDIT, "prepare.item.edit", item, "plenum-item-edit", true,
                    () -> new ItemEditorDialog(item, content -> run(actor ->
                            preparation.editItem(meeting.id(), item.id(), content, actor)),
                            minutes -> run(actor -> timePlan.plan(meeting.id(), item.id(), minutes, actor))).open()));
            buttons.add(iconButton(VaadinIcon.PAPERCLIP, "prepare.item.bilag", item, "plenum-item-bilag", true,
                    () -> UI.getCurrent().navigate(Navigation.bilag(meeting.id(), item.id()))));
            buttons.add(iconButton(VaadinIcon.CLOSE_CIRCLE_O, "prepare.item.withdraw", item, "plenum-item-withdraw",
                    true, () -> run(actor -> preparation.withdrawItem(meeting.id(), item.id(), actor))));
        }
        return buttons;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, AgendaItem item, String className, boolean enabled,
            Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.setAriaLabel(getTranslation(labelKey) + ": " + item.number() + ". " + item.title());
        button.setTooltipText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName(className);
        button.setEnabled(enabled);
        return button;
    }

    private void saveDetails() {
        Instant newStart = NewMeetingView.instant(startsAt.getValue());
        Instant newEnd = NewMeetingView.instant(endsAt.getValue());
        boolean detailsChanged = !title.getValue().equals(meeting.title()) || kind.getValue() != meeting.kind()
                || !location.getValue().equals(Objects.requireNonNullElse(meeting.location(), ""));
        boolean moved = !Objects.equals(newStart, meeting.startsAt()) || !Objects.equals(newEnd, meeting.endsAt());
        boolean saved = (!detailsChanged || run(actor -> preparation.editDetails(meeting.id(), title.getValue(),
                kind.getValue(), location.getValue(), actor)))
                && (!moved || run(actor -> preparation.move(meeting.id(), newStart, newEnd, actor)));
        if (saved && (detailsChanged || moved)) {
            Notification.show(getTranslation("prepare.saved"));
        }
    }

    /** Runs a command as the logged-in secretary and shows what it returns; a refusal is said, nothing changes. */
    private boolean run(Function<Actor, Meeting> command) {
        try {
            binding.show(command.apply(currentActor.require()));
            return true;
        } catch (CommandRefusedException refused) {
            Refusals.show(this, refused, "prepare.field.");
            return false;
        }
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(MeetingTimes.COUNCIL_ZONE).toLocalDateTime();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("prepare.title", meeting == null ? "" : meeting.title()) + " · Plenum";
    }
}
