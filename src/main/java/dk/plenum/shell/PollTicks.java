package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;

/**
 * What a view works out from the clock as well as from events (how far behind its time plan a meeting runs, when the
 * coming items are now expected), done again by the page's poll while the view is attached, and stopped on detach.
 */
public final class PollTicks {

    /** Twice a minute: what is shown in whole minutes is then at most half a minute late. */
    public static final Duration EVERY = Duration.ofSeconds(30);

    private PollTicks() {
    }

    /** Runs {@code tick} in the component's UI every {@link #EVERY} while it is attached. */
    public static void whileAttached(Component component, Runnable tick) {
        Registration[] ticking = new Registration[1];
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.setPollInterval((int) EVERY.toMillis());
            ticking[0] = ui.addPollListener(poll -> tick.run());
        });
        component.addDetachListener(detach -> {
            if (ticking[0] != null) {
                ticking[0].remove();
                ticking[0] = null;
                detach.getUI().setPollInterval(-1);
            }
        });
    }
}
