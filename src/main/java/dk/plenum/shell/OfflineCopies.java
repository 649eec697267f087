package dk.plenum.shell;

import dk.plenum.security.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The browser's side of a member's offline copies of meetings (decision 0022): the script every page loads
 * ({@code window.plenumOffline}), and the key under which a member's copies are kept on the device.
 */
public final class OfflineCopies {

    /** Served as a static file, outside Vaadin's bundle. */
    public static final String SCRIPT = "context://scripts/offline.js";

    private OfflineCopies() {
    }

    /**
     * The member's copies' key: a digest of the login's name, so the device's cache names do not spell out who reads
     * there, and two logins never share one.
     */
    public static String keyOf(Actor actor) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(actor.username().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }
}
