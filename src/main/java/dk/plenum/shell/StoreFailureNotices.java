package dk.plenum.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.plenum.store.StoreUnavailableException;
import org.springframework.stereotype.Component;

/**
 * A command in the UI that fails because the store is unavailable (a full disk) tells the user so, in
 * their language, instead of failing silently; every other failure goes to Vaadin's default handler.
 */
@Component
class StoreFailureNotices implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new StoreAwareErrorHandler()));
    }

    private static final class StoreAwareErrorHandler implements ErrorHandler {

        private final ErrorHandler otherFailures = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            if (ui == null || !StoreUnavailableException.isCause(event.getThrowable())) {
                otherFailures.error(event);
                return;
            }
            Notification notice = new Notification(ui.getTranslation("store.unavailable"), 8_000,
                    Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.ERROR);
            notice.addClassName("plenum-store-unavailable");
            notice.open();
        }
    }
}
