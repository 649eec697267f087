/**
 * Demo mode: on the embedded store, a newcomer gets a real council's meeting to look at (the
 * Erhvervsrådet minutes of 29 February 2024 and its coming meetings) without importing anything.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"agenda", "bilag", "council", "meeting", "preparation", "security", "store"})
package dk.plenum.demo;
