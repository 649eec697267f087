package dk.plenum.security;

/**
 * Where one manages one's own account: the pages an activation link opens and where a password is changed.
 * Written here, like {@link LoginPage}, because the page frame that holds the other routes depends on security.
 */
public final class AccountPages {

    public static final String TOKEN = "token";
    /** Where a one-time activation link lets a new account's owner choose a password. */
    public static final String ACTIVATION = "activate/:" + TOKEN;
    /** Where a logged-in person changes their own password. */
    public static final String PASSWORD = "account/password";

    private AccountPages() {
    }

    /** The activation page of a link's token (URL-safe Base64: nothing in it needs escaping). */
    public static String activation(String token) {
        return ACTIVATION.replace(":" + TOKEN, token);
    }
}
