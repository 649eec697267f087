package dk.plenum;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Plenum: a live companion for council and board meetings. */
@SpringBootApplication
public class PlenumApplication {

    /**
     * Tomcat gives every WebSocket five buffers of this size (input, binary message, output, encoder, and
     * the default text message buffer in characters): 8 KiB by default. Plenum's sockets carry small frames
     * out and hardly anything in, so 2 KiB saves ~25 KB per observer (docs/benchmarks.md); a bigger message
     * goes out as several fragments. Read once, when Tomcat's WebSocket classes load: set before anything
     * starts, and an operator's {@code -D} wins.
     */
    private static final String WEBSOCKET_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    public static void main(String[] args) {
        if (System.getProperty(WEBSOCKET_BUFFER_SIZE) == null) {
            System.setProperty(WEBSOCKET_BUFFER_SIZE, "2048");
        }
        SpringApplication.run(PlenumApplication.class, args);
    }
}
