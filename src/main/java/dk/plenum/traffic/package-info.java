/**
 * What a client may hold or send before the app has read it: Tomcat connections that have not yet sent a
 * complete request head make room for newcomers when the server is full, and request bodies have a size
 * limit per kind of endpoint. Nothing here is called by other modules; it sits in front of all of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Traffic",
        allowedDependencies = {"meeting", "web"})
package dk.plenum.traffic;
