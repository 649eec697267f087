package dk.plenum.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ErrorHandlerUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.plenum.store.StoreUnavailableException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the UI does with a failure no view handled (in the spirit of whereabouts' {@code MainErrorHandler}):
 * the user is told in their language instead of seeing nothing happen. A store that is unavailable (a full
 * disk) is said as such; any other failure is logged with an id that the message shows too, so a report
 * from the meeting room can be matched to the log. A browser that went away is not a failure to report.
 */
@Component
class UiFailures implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiFailures.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            UI ui = UI.getCurrent();
            // A command's failure stays on its page (the store's error view is for pages that cannot load).
            if (StoreUnavailableException.isCause(failure)) {
                LOG.warn("UI command refused: the store is unavailable ({})", failure.getMessage());
                notify(ui, "plenum-store-unavailable", ui == null ? null : ui.getTranslation("store.unavailable"));
                return;
            }
            if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(failure.getClass().getName())
                    || ErrorHandlerUtil.handleErrorByRedirectingToErrorView(failure)) {
                return;
            }
            String failureId = UUID.randomUUID().toString();
            LOG.error("UI failure {}", failureId, failure);
            notify(ui, "plenum-ui-failure", ui == null ? null : ui.getTranslation("ui.failure", failureId));
        }

        private static void notify(UI ui, String className, String text) {
            if (ui == null) {
                return;
            }
            Notification notice = new Notification(text, 10_000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.ERROR);
            notice.addClassName(className);
            notice.open();
        }
    }
}
