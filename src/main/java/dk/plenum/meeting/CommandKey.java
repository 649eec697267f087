package dk.plenum.meeting;

/**
 * A client's {@code Idempotency-Key} for one command, scoped to its account, with a hash of the request
 * it came with. The journal stores it in the command's event, under a unique index, so a retry finds the
 * event even when the process died between storing it and answering.
 * <p>
 * The key travels with the request's thread from the HTTP layer to the journal instead of through every
 * service's signature; only the first change a request appends carries it ({@link #take()}).
 *
 * @param scopedKey   the account and the client's key
 * @param requestHash what the request asked for: a retry must ask for exactly the same
 */
public record CommandKey(String scopedKey, String requestHash) {

    private static final ThreadLocal<CommandKey> CURRENT = new ThreadLocal<>();

    /** Hands {@code key} to the next change this thread appends, until the returned binding is closed. */
    public static Binding bind(CommandKey key) {
        CURRENT.set(key);
        return CURRENT::remove;
    }

    /** The key bound to this thread, if any, left bound. */
    static CommandKey peek() {
        return CURRENT.get();
    }

    /** The key bound to this thread, if any, which is then used up. */
    static CommandKey take() {
        CommandKey key = CURRENT.get();
        CURRENT.remove();
        return key;
    }

    /** Unbinds the key when the request is done, whether a change used it or not. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {

        @Override
        void close();
    }
}
