package dk.plenum.security;

/** Where one logs in: the login view's route, Spring Security's login page and every link to it. */
public final class LoginPage {

    public static final String ROUTE = "login";

    private LoginPage() {
    }
}
