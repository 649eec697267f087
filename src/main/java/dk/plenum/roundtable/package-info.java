/** Round the table (bordet rundt): members' short news, written from their tablets while that item is current. */
@org.springframework.modulith.ApplicationModule(displayName = "Round the table",
        allowedDependencies = {"meeting", "security", "shell"})
package dk.plenum.roundtable;
