package dk.plenum.security.internal;

import dk.plenum.security.AccountRole;
import dk.plenum.security.AccountService;
import dk.plenum.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first secretariat account of a real installation, from {@code PLENUM_ADMIN_USERNAME} and
 * {@code PLENUM_ADMIN_PASSWORD}. Created once; changing the variables later changes nothing stored.
 */
@Component
class AdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    AdminAccount(AccountService accounts, @Value("${plenum.admin.username:}") String username,
            @Value("${plenum.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        if (accounts.createIfAbsent(new Actor(username, username, AccountRole.SECRETARIAT, null, null), password)) {
            log.info("Created the secretariat account '{}' from PLENUM_ADMIN_USERNAME", username);
        }
    }
}
