package dk.plenum.shell;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test only: an API endpoint, and a public page beside {@code /live/{meetingId}}, that fail the way an unexpected bug
 * would, with an exception whose message and class must never reach the client. Found by the component scan of every
 * {@code @PlenumTest}; a page rather than a mocked bean of the real one, so that every test keeps sharing one context.
 */
@RestController
class InjectedFailureApi {

    static final String PATH = "/api/test/injected-failure";
    static final String SECRET = "secret-internal-state-4711";

    static final String PUBLIC_PAGE = "/live/injected-failure";

    @RequestMapping({PATH, PUBLIC_PAGE})
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
