package dk.plenum.observer.internal;

import dk.plenum.security.EndedLogins;
import dk.plenum.security.LoginsEnded;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Closes the {@code /ws} connections of a login that was ended (a password reset or a deactivation, on this
 * instance or another: {@link LoginsEnded}), whether the handshake logged in with HTTP Basic or the UI's session:
 * the login was taken at the handshake, so a connection would otherwise follow the members' stream for as long as
 * it stays open. The client gets an ERROR frame saying why, then the socket closes (1008, "Login ended"); it may
 * reconnect, with its new password or as the public.
 */
@Component
class EndedLoginStreams {

    static final String MESSAGE = "Your login has ended (password reset or account deactivated). Log in again.";
    static final CloseStatus CLOSE = CloseStatus.POLICY_VIOLATION.withReason("Login ended");
    private static final String ERROR_FRAME = "ERROR\ncontent-type:text/plain\nmessage:" + MESSAGE + "\ncontent-length:"
            + MESSAGE.length() + "\n\n" + MESSAGE + '\0';

    private static final Logger log = LoggerFactory.getLogger(EndedLoginStreams.class);

    private final SocketOutboxes outboxes;
    private final EndedLogins endedLogins;

    EndedLoginStreams(SocketOutboxes outboxes, EndedLogins endedLogins) {
        this.outboxes = outboxes;
        this.endedLogins = endedLogins;
    }

    @EventListener
    void loginsEnded(LoginsEnded ended) {
        for (SocketOutbox outbox : outboxes.open()) {
            Principal login = outbox.getPrincipal();
            if (login != null && ended.usernames().contains(login.getName()) && endedLogins.hasEnded(login)) {
                log.info("Closing live stream {} of {}: login ended", outbox.getId(), login.getName());
                outbox.send(ERROR_FRAME);
                outbox.close(CLOSE);
            }
        }
    }
}
