/**
 * The MongoDB store: an embedded, durable MongoDB-compatible server by default, a real MongoDB
 * when {@code spring.mongodb.uri} is set.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Store", allowedDependencies = {})
package dk.plenum.store;

import org.jspecify.annotations.NullMarked;
