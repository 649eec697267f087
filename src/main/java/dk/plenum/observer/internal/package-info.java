/** The STOMP endpoint, its guard and limits, the bridge from live meetings to topics, and the snapshot API. */
package dk.plenum.observer.internal;
