/**
 * The public's page of a meeting, {@code /live/{id}}: rendered on the server from the public snapshot, with no
 * session per viewer, readable without JavaScript, and kept live by a small script that follows the public
 * STOMP stream (decision 0016). Members and the secretariat are sent to their Vaadin view of the meeting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public page",
        allowedDependencies = {"meeting", "security", "shell", "timeplan", "visibility"})
package dk.plenum.publicpage;
