package dk.plenum.live;

/** One listener following one meeting; close it when the listener goes away (a view on detach). */
public interface LiveSubscription extends AutoCloseable {

    /** Stops delivery: an event already being delivered finishes, no other follows. Closing again does nothing. */
    @Override
    void close();
}
