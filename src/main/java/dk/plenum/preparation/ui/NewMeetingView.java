package dk.plenum.preparation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.preparation.AgendaStart;
import dk.plenum.preparation.MeetingDetails;
import dk.plenum.preparation.PreparationService;
import dk.plenum.security.CurrentActor;
import dk.plenum.security.NotAllowedException;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import dk.plenum.shell.Refusals;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;

/**
 * A new meeting of a council: title, kind, time and place (the council's usual place filled in), and whether
 * its agenda starts as the council's standard items or as a copy of an earlier meeting's. It is created as a
 * draft, and the secretary goes on to prepare it.
 */
@RolesAllowed({"SECRETARIAT", "ADMINISTRATOR"})
@Route(value = Navigation.NEW_MEETING, layout = MainLayout.class)
class NewMeetingView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final CouncilService councils;
    private final MeetingJournal journal;
    private final PreparationService preparation;
    private final CurrentActor currentActor;

    private final H1 heading = new H1();
    private final TextField title = new TextField();
    private final RadioButtonGroup<MeetingKind> kind = new RadioButtonGroup<>();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final TextField location = new TextField();
    private final RadioButtonGroup<Boolean> fromStandardItems = new RadioButtonGroup<>();
    private final Select<Meeting> copyOf = new Select<>();
    private final Button create = new Button();
    private Council council;

    NewMeetingView(CouncilService councils, MeetingJournal journal, PreparationService preparation,
            CurrentActor currentActor) {
        this.councils = councils;
        this.journal = journal;
        this.preparation = preparation;
        this.currentActor = currentActor;
        addClassNames("plenum-page", "plenum-prepare", "plenum-new-meeting");
        kind.setItems(MeetingKind.values());
        kind.setValue(MeetingKind.ORDINARY);
        LocalDateTime nextWeek = LocalDate.now(MeetingTimes.COUNCIL_ZONE).plusWeeks(1).atTime(LocalTime.of(16, 0));
        startsAt.setValue(nextWeek);
        endsAt.setValue(nextWeek.plusHours(2));
        startsAt.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && change.getOldValue() != null
                    && endsAt.getValue() != null) {
                endsAt.setValue(endsAt.getValue().plus(Duration.between(change.getOldValue(), change.getValue())));
            }
        });
        fromStandardItems.setItems(true, false);
        fromStandardItems.setValue(true);
        copyOf.setVisible(false);
        fromStandardItems.addValueChangeListener(change -> copyOf.setVisible(!change.getValue()));
        copyOf.setItemLabelGenerator(meeting -> MeetingTimes.date(meeting.startsAt(), getLocale()) + " · "
                + meeting.title());
        title.setWidthFull();
        location.setWidthFull();
        copyOf.setWidthFull();
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("plenum-create-meeting");
        create.addClickListener(click -> create());
        Div form = new Div(title, kind, startsAt, endsAt, location, fromStandardItems, copyOf, create);
        form.addClassName("plenum-prepare-form");
        add(heading, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String councilId = event.getRouteParameters().get(Navigation.COUNCIL_ID).orElseThrow();
        council = councils.find(councilId).orElseThrow(() -> new NotFoundException("No council " + councilId));
        if (!currentActor.require().isSecretariatOf(councilId)) {
            Refusals.show(this, new NotAllowedException("refused.otherCouncil"), "prepare.field.");
            event.forwardTo(Navigation.HOME);
            return;
        }
        location.setValue(council.defaultLocation() == null ? "" : council.defaultLocation());
        copyOf.setItems(journal.findAll().stream().filter(meeting -> meeting.councilId().equals(councilId))
                .sorted(Comparator.comparing(Meeting::startsAt).reversed()).toList());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("prepare.new.title", council == null ? "" : council.name()));
        if (title.isEmpty() && council != null) {
            title.setValue(getTranslation("prepare.new.defaultTitle", council.name()));
        }
        title.setLabel(getTranslation("prepare.meetingTitle"));
        kind.setLabel(getTranslation("prepare.kind"));
        kind.setItemLabelGenerator(choice -> getTranslation("meeting.kind." + choice));
        startsAt.setLabel(getTranslation("prepare.startsAt"));
        endsAt.setLabel(getTranslation("prepare.endsAt"));
        startsAt.setLocale(getLocale());
        endsAt.setLocale(getLocale());
        location.setLabel(getTranslation("prepare.location"));
        fromStandardItems.setLabel(getTranslation("prepare.new.agenda"));
        fromStandardItems.setItemLabelGenerator(standard -> getTranslation(standard
                ? "prepare.new.standardItems" : "prepare.new.copy"));
        copyOf.setLabel(getTranslation("prepare.new.copyOf"));
        create.setText(getTranslation("prepare.new.create"));
    }

    private void create() {
        if (!fromStandardItems.getValue() && copyOf.isEmpty()) {
            copyOf.setInvalid(true);
            copyOf.setErrorMessage(getTranslation("prepare.new.copyOfMissing"));
            return;
        }
        try {
            Meeting created = preparation.create(council.id(), new MeetingDetails(title.getValue(), kind.getValue(),
                    instant(startsAt.getValue()), instant(endsAt.getValue()), location.getValue()),
                    fromStandardItems.getValue() ? AgendaStart.STANDARD_ITEMS : new AgendaStart(copyOf.getValue().id()),
                    currentActor.require());
            getUI().ifPresent(ui -> ui.navigate(Navigation.prepare(created.id())));
        } catch (CommandRefusedException refused) {
            Refusals.show(this, refused, "prepare.field.");
        }
    }

    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(MeetingTimes.COUNCIL_ZONE).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("prepare.new.title", council == null ? "" : council.name()) + " · Plenum";
    }
}
