package dk.plenum.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.store.StoreUnavailableException;
import dk.plenum.support.PlenumTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A UI command that fails because the store is unavailable (a full disk; {@code DiskFullTest} fills one
 * for real) tells the user so in their language instead of failing silently.
 */
@PlenumTest
class StoreFailureNoticesTest extends SpringBrowserlessTest {

    @Test
    void aCommandFailingOnAnUnavailableStoreSaysSoInDanish() {
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(MainLayout.DANISH);

        session.getErrorHandler().error(new ErrorEvent(
                new StoreUnavailableException(new IOException("No space left on device"))));

        assertThat(find(Notification.class).single().getElement().getProperty("text"))
                .isEqualTo("Datalageret er ikke tilgængeligt (er disken fuld?). Intet blev gemt; prøv igen om lidt.");
    }
}
