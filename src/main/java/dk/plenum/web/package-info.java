/**
 * Servlet plumbing shared by filters of several features (nothing of a meeting's domain): e.g. a request whose
 * body a filter has read already. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web plumbing", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package dk.plenum.web;
