package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dk.plenum.meeting.CommandRefusedException;
import java.util.Set;

/** Says why a command was refused, in the user's language, as a notification that stays a few seconds. */
public final class Refusals {

    /** Refusals whose first argument names a form field, which each view words for its own form. */
    private static final Set<String> FIELD_MESSAGES = Set.of("refused.textEmpty", "refused.textTooLong",
            "refused.textCharacter");

    private Refusals() {
    }

    /**
     * @param fieldKeys the prefix of the view's translations of field names, e.g. {@code control.field.}
     */
    public static void show(Component view, CommandRefusedException refused, String fieldKeys) {
        Object[] args = refused.args();
        if (FIELD_MESSAGES.contains(refused.messageKey()) && args.length > 0) {
            args[0] = view.getTranslation(fieldKeys + args[0]);
        }
        Notification notice = new Notification(view.getTranslation(refused.messageKey(), args), 6_000,
                Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.ERROR);
        notice.addClassName("plenum-refusal");
        notice.open();
    }
}
