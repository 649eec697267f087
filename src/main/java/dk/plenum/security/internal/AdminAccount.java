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
 * The first administrator (all councils) of a real installation, from {@code PLENUM_ADMIN_USERNAME} and
 * {@code PLENUM_ADMIN_PASSWORD}. Created once; changing the variables later changes nothing stored. A
 * password BCrypt would cut stops the start with a message saying so, instead of a login that fails later.
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
        if (!AccountService.fitsHash(password)) {
            throw new IllegalStateException("PLENUM_ADMIN_PASSWORD is longer than " + AccountService.MAX_PASSWORD_BYTES
                    + " bytes (UTF-8), more than BCrypt can check: choose a shorter password.");
        }
        if (accounts.createIfAbsent(new Actor(username, username, AccountRole.ADMINISTRATOR, null, null), password)) {
            log.info("Created the administrator account '{}' from PLENUM_ADMIN_USERNAME", username);
        }
    }
}
