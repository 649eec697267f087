/**
 * The public's page of a meeting, {@code /live/{id}}: rendered on the server from the public snapshot, with no
 * session per viewer, readable without JavaScript, and kept live by a small script that follows the public
 * STOMP stream (decision 0016). Members and the secretariat are sent to their Vaadin view of the meeting.
 * Beside it, from the same templates, a member's offline edition of a meeting, {@code /meetings/{id}/offline}, with
 * their own notes and the Bilag, and the service worker that shows it when the network is gone (decision 0022).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public page",
        allowedDependencies = {"bilag", "meeting", "notes", "security", "shell", "timeplan", "visibility"})
package dk.plenum.publicpage;
