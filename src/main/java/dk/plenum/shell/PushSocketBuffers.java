package dk.plenum.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import com.vaadin.flow.shared.communication.PushConstants;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.stereotype.Component;

/**
 * Sizes the receive buffers of every view's push WebSocket to what Vaadin's client sends on it. Vaadin has Atmosphere
 * ask Tomcat for a 16,384-character text buffer and a 16,384-byte binary buffer per socket, 48 KB held for as long as
 * a view is open: 11 % of a member's agenda view on the server (docs/design-decisions/0023).
 * <p>
 * Vaadin's client sends to the server by HTTP POST and only receives on the socket. Were it to send on it, it splits
 * every message into fragments of at most {@link PushConstants#WEBSOCKET_FRAGMENT_SIZE} characters, which Atmosphere
 * joins; Tomcat decodes a text message through its byte buffer a piece at a time, and no binary messages come.
 */
@Component
class PushSocketBuffers implements VaadinServiceInitListener {

    private static final int TEXT_CHARS = PushConstants.WEBSOCKET_FRAGMENT_SIZE + 1;
    private static final int BYTES = 4096;
    /**
     * The first size of the byte and the char buffer Atmosphere makes for every socket ({@code WebSocket.bb} and
     * {@code cb}). Only its streaming dispatch reads into them, and it doubles them as a message needs, up to its own
     * limit ({@code webSocketBufferingMaxSize}); Vaadin's messages come whole. At 4,096 they held 12 KB per view.
     */
    static final int GROWABLE_BUFFERS_START = 256;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return;
        }
        // Vaadin keeps the servlet's Atmosphere in the context; each new socket's endpoint reads these parameters.
        Object framework = service.getServlet().getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(service.getServlet().getServletName()));
        if (framework instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, String.valueOf(TEXT_CHARS));
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, String.valueOf(BYTES));
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(GROWABLE_BUFFERS_START));
        }
    }
}
