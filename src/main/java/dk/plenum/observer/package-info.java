/**
 * Observers: anyone, without an account, follows a public meeting live over STOMP on {@code /ws}; members
 * and the secretariat may follow their council's meetings in full. Every event is redacted by the
 * visibility rules once per audience, never per observer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Observer",
        allowedDependencies = {"live", "meeting", "security", "visibility", "web"})
package dk.plenum.observer;
