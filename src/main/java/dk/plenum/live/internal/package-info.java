/** How live events reach subscribers: the per-subscription lanes and the change stream; not for other modules. */
package dk.plenum.live.internal;
