package dk.plenum.shell;

import dk.plenum.meeting.Translations;
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
 * A UI command that fails tells the user so in their language instead of failing silently: an unavailable
 * store (a full disk; {@code DiskFullTest} fills one for real) as such, anything else with the id it is
 * logged under.
 */
@PlenumTest
class UiFailuresTest extends SpringBrowserlessTest {

    @Test
    void aCommandFailingOnAnUnavailableStoreSaysSoInDanish() {
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(Translations.DANISH);

        session.getErrorHandler().error(new ErrorEvent(
                new StoreUnavailableException(new IOException("No space left on device"))));

        assertThat(find(Notification.class).single().getElement().getProperty("text"))
                .isEqualTo("Datalageret er ikke tilgængeligt (er disken fuld?). Intet blev gemt; prøv igen om lidt.");
    }

    @Test
    void anyOtherFailureIsShownWithTheIdItIsLoggedUnder() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("a bug")));

        assertThat(find(Notification.class).single().getElement().getProperty("text"))
                .startsWith("Noget gik galt, og det er måske ikke gemt.")
                .containsPattern("fejl-id: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
                .doesNotContain("IllegalStateException", "a bug");
    }

    @Test
    void aBrowserThatWentAwayIsNoFailureToShow() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new java.net.SocketException("Broken pipe")));

        assertThat(find(Notification.class).all()).isEmpty();
    }
}
