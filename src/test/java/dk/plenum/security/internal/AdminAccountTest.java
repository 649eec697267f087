package dk.plenum.security.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A PLENUM_ADMIN_PASSWORD longer than BCrypt checks stops the start with a message that says so. */
class AdminAccountTest {

    @Test
    void anAdministratorPasswordOverSeventyTwoBytesStopsTheStartAndSaysWhy() {
        AdminAccount admin = new AdminAccount(null, "forvaltningen", "ø".repeat(36) + "x");

        assertThatThrownBy(() -> admin.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("PLENUM_ADMIN_PASSWORD is longer than 72 bytes (UTF-8), more than BCrypt can check: "
                        + "choose a shorter password.");
    }
}
