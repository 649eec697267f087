package dk.plenum.security;

import java.time.Instant;

/**
 * A one-time link's secret part, shown once to the secretariat to hand over; only its hash is stored. It opens
 * the page where {@code username}'s owner chooses a password, until {@code expiresAt} or until used.
 */
public record ActivationLink(String username, String token, Instant expiresAt) {
}
