package dk.plenum.shell;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test only: an API endpoint that fails the way an unexpected bug would, with an exception whose message
 * and class must never reach the client. Found by the component scan of every {@code @PlenumTest}.
 */
@RestController
class InjectedFailureApi {

    static final String PATH = "/api/test/injected-failure";
    static final String SECRET = "secret-internal-state-4711";

    @RequestMapping(PATH)
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
