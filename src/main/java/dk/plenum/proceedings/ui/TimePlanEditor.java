package dk.plenum.proceedings.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.security.Actor;
import dk.plenum.shell.KeyedRows;
import dk.plenum.timeplan.TimePlan;
import dk.plenum.timeplan.TimePlanService;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The time plan on the control desk, folded away until the secretary opens it: each item's planned start and, while
 * the meeting runs, when each coming item is now expected, with its planned duration in minutes to change on the spot,
 * before or during the meeting (the planned starts follow from the durations, see {@link TimePlan}). A duration that
 * is not a whole number from 1 to {@value TimePlanService#MAX_MINUTES} is said at its field and not sent; an emptied
 * field takes the item out of the plan. The rows are kept from redraw to redraw, so another secretary's change shows
 * in place, and a field being typed in keeps what is typed.
 */
@StyleSheet("styles/timeplan.css")
final class TimePlanEditor extends Details {

    private final TimePlanService timePlan;
    private final Predicate<Function<Actor, Meeting>> run;
    private final Div rows = new Div();
    private final KeyedRows<AgendaItem, Row> keyedRows;
    private Meeting meeting;
    private TimePlan plan;

    TimePlanEditor(TimePlanService timePlan, Predicate<Function<Actor, Meeting>> run) {
        this.timePlan = timePlan;
        this.run = run;
        this.keyedRows = new KeyedRows<>(rows, AgendaItem::id, item -> new Row(item.id()), Row::show);
        addClassName("plenum-control-timeplan-editor");
        rows.addClassName("plenum-control-timeplan-rows");
        add(rows);
    }

    void show(Meeting shown) {
        meeting = shown;
        plan = TimePlan.of(shown).orElse(null);
        setSummaryText(getTranslation("timeplan.editor"));
        setVisible(shown.status() != MeetingStatus.CLOSED && shown.status() != MeetingStatus.CANCELLED);
        keyedRows.show(shown.items().stream().filter(item -> !item.withdrawn()).toList());
    }

    /** One item: its number and title, when it is planned (and expected), and its planned duration. */
    private final class Row extends Div {

        private final String itemId;
        private final Span title = new Span();
        private final Span times = new Span();
        private final IntegerField minutes = new IntegerField();

        Row(String itemId) {
            this.itemId = itemId;
            addClassName("plenum-control-timeplan-row");
            getElement().setAttribute("data-item-id", itemId);
            title.addClassName("plenum-control-timeplan-title");
            times.addClassName("plenum-control-timeplan-times");
            String outOfRange = getTranslation("refused.timePlan.minutes", TimePlanService.MAX_MINUTES);
            minutes.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(outOfRange)
                    .setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange));
            minutes.setMin(1);
            minutes.setMax(TimePlanService.MAX_MINUTES);
            minutes.setSuffixComponent(new Span(getTranslation("timeplan.minutesShort")));
            minutes.addClassName("plenum-control-timeplan-minutes");
            minutes.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    plan(change.getValue());
                }
            });
            add(title, times, minutes);
        }

        void show(AgendaItem item) {
            title.setText(item.number() + ". " + item.title());
            String planned = plan == null ? null : plan.plannedStart(itemId)
                    .map(start -> getTranslation("timeplan.planned", time(start))).orElse(null);
            String expected = plan == null ? null : plan.expectedStart(itemId)
                    .filter(start -> !plan.delay().isZero())
                    .map(start -> getTranslation("timeplan.expected", time(start))).orElse(null);
            times.setText(Objects.requireNonNullElse(planned, "") + (expected == null ? "" : " · " + expected));
            minutes.setAriaLabel(getTranslation("timeplan.minutesOf", item.number()));
            // A value the secretary is correcting stays as typed until it is valid and sent.
            if (!minutes.isInvalid() && !Objects.equals(minutes.getValue(), item.plannedMinutes())) {
                minutes.setValue(item.plannedMinutes());
            }
        }

        private void plan(Integer value) {
            if (minutes.isInvalid() || value != null && (value < 1 || value > TimePlanService.MAX_MINUTES)) {
                minutes.setErrorMessage(getTranslation("refused.timePlan.minutes", TimePlanService.MAX_MINUTES));
                minutes.setInvalid(true);
                return;
            }
            String meetingId = meeting.id();
            run.test(actor -> timePlan.plan(meetingId, itemId, value, actor));
        }

        private String time(Instant instant) {
            return MeetingTimes.timeRange(instant, null, getLocale());
        }
    }
}
