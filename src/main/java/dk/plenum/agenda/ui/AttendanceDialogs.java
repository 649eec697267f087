package dk.plenum.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import dk.plenum.attendance.AttendanceService;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.PlannedDeparture;
import java.time.Duration;
import java.time.LocalTime;
import java.util.function.Predicate;

/**
 * The two dialogs a member's own attendance asks: an apology (afbud), confirmed, with an optional reason only the
 * secretariat reads; and leaving early, now or announced for a time or after an item. Each closes only when its
 * command was stored; a refusal is shown and the member keeps what they typed.
 */
final class AttendanceDialogs {

    /** How a member leaves: now, at a time, or after an item. */
    enum Leaving {
        NOW,
        AT,
        AFTER_ITEM
    }

    private AttendanceDialogs() {
    }

    /** Asks before sending an apology, with room for why; {@code send} gets the reason (blank: none). */
    static void apology(Component owner, Predicate<String> send) {
        Dialog dialog = new Dialog();
        dialog.addClassNames("plenum-attendance-dialog", "plenum-apology-dialog");
        dialog.setHeaderTitle(owner.getTranslation("live.apology.title"));
        dialog.setWidth("min(32rem, 100vw)");
        Paragraph question = new Paragraph(owner.getTranslation("live.apology.question"));
        TextArea reason = new TextArea(owner.getTranslation("live.apology.reason"));
        reason.addClassName("plenum-apology-reason");
        reason.setMaxLength(AttendanceService.MAX_REASON_LENGTH);
        reason.setHelperText(owner.getTranslation("live.apology.reasonHelp"));
        Button confirm = new Button(owner.getTranslation("live.apology.send"), click -> {
            if (send.test(reason.getValue())) {
                dialog.close();
                Notification.show(owner.getTranslation("live.apologySent"));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("plenum-apology-send");
        Button cancel = new Button(owner.getTranslation("live.cancel"), click -> dialog.close());
        cancel.addClassName("plenum-dialog-cancel");
        dialog.add(question, reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        cancel.focus();
    }

    /** Leaving now (while the meeting is in session), or saying when: at a time of the meeting's day, or after an item. */
    static void departure(Component owner, Meeting meeting, MemberBar.Commands commands) {
        Dialog dialog = new Dialog();
        dialog.addClassNames("plenum-attendance-dialog", "plenum-departure-dialog");
        dialog.setHeaderTitle(owner.getTranslation("live.leave.title"));
        dialog.setWidth("min(32rem, 100vw)");
        RadioButtonGroup<Leaving> how = new RadioButtonGroup<>(owner.getTranslation("live.leave.how"));
        how.addClassName("plenum-leave-how");
        how.setItems(meeting.inSession() ? new Leaving[] {Leaving.NOW, Leaving.AT, Leaving.AFTER_ITEM}
                : new Leaving[] {Leaving.AT, Leaving.AFTER_ITEM});
        how.setItemLabelGenerator(choice -> owner.getTranslation("live.leave." + choice));
        TimePicker at = new TimePicker(owner.getTranslation("live.leave.at"));
        at.addClassName("plenum-leave-at");
        at.setStep(Duration.ofMinutes(15));
        Select<AgendaItem> after = new Select<>();
        after.setLabel(owner.getTranslation("live.leave.afterItem"));
        after.addClassName("plenum-leave-after");
        after.setItems(meeting.items().stream().filter(item -> !item.withdrawn()).toList());
        after.setItemLabelGenerator(item -> item.number() + ". " + ItemCard.titleOf(owner, item));
        at.setVisible(false);
        after.setVisible(false);
        how.addValueChangeListener(change -> {
            at.setVisible(change.getValue() == Leaving.AT);
            after.setVisible(change.getValue() == Leaving.AFTER_ITEM);
        });
        how.setValue(meeting.inSession() ? Leaving.NOW : Leaving.AT);
        Button confirm = new Button(owner.getTranslation("live.leave.confirm"), click -> {
            // Said at the field left empty, not in a toast.
            at.setErrorMessage(owner.getTranslation("live.leave.missingTime"));
            at.setInvalid(how.getValue() == Leaving.AT && at.getValue() == null);
            after.setErrorMessage(owner.getTranslation("live.leave.missingItem"));
            after.setInvalid(how.getValue() == Leaving.AFTER_ITEM && after.getValue() == null);
            if (!at.isInvalid() && !after.isInvalid()
                    && leave(owner, meeting, commands, how.getValue(), at.getValue(), after.getValue())) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("plenum-leave-confirm");
        Button cancel = new Button(owner.getTranslation("live.cancel"), click -> dialog.close());
        cancel.addClassName("plenum-dialog-cancel");
        dialog.add(how, at, after);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private static boolean leave(Component owner, Meeting meeting, MemberBar.Commands commands, Leaving how,
            LocalTime at, AgendaItem after) {
        if (how == Leaving.NOW) {
            if (commands.leaveNow()) {
                Notification.show(owner.getTranslation("live.leave.left"));
                return true;
            }
            return false;
        }
        PlannedDeparture departure = how == Leaving.AT
                ? new PlannedDeparture(meeting.startsAt().atZone(MeetingTimes.COUNCIL_ZONE).toLocalDate()
                        .atTime(at).atZone(MeetingTimes.COUNCIL_ZONE).toInstant(), null)
                : new PlannedDeparture(null, after.id());
        if (commands.planDeparture(departure)) {
            Notification.show(owner.getTranslation("live.leave.announced"));
            return true;
        }
        return false;
    }
}
