/** How the embedded store is started and made durable; not for use by other modules. */
@NullMarked
package dk.plenum.store.internal;

import org.jspecify.annotations.NullMarked;
