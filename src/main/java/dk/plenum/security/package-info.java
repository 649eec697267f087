/**
 * Who may do what: accounts (secretariat and council members), logging in (Vaadin login page, HTTP
 * Basic for the API), and the {@link dk.plenum.security.Actor} that feature services check their
 * rules against. Anyone not logged in is the public.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
        allowedDependencies = {"meeting", "store", "visibility", "web"})
package dk.plenum.security;
