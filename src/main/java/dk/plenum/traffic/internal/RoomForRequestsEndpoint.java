package dk.plenum.traffic.internal;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO endpoint, except that a full server makes room: when every connection slot
 * ({@code server.tomcat.max-connections}) is taken, the connections that have waited longest for a complete
 * request head are closed so that a newcomer can be accepted.
 *
 * <p>Why: Tomcat reads request heads without holding a thread, so a slow-loris client (a header line every
 * few seconds, never the blank line) costs no worker thread, but each such connection holds a slot for as
 * long as it trickles. 12,000 of them filled every slot: Tomcat's acceptor then stopped accepting, and the
 * secretariat's and members' requests waited in the kernel's accept queue until they timed out. A real client
 * sends its request head right after connecting, so a connection still without one after a second is either
 * on a very bad network or hostile; it is the one to lose its slot. Connections in a request, in an async
 * request (long polling) or upgraded to a WebSocket (Vaadin push, the STOMP stream) are never closed here.
 * Decision record 0006 has the figures.
 */
class RoomForRequestsEndpoint extends NioEndpoint {

    /** A request head that has not arrived within this long after connecting (or since the last request) is overdue. */
    private static final long OVERDUE_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How long the acceptor waits before looking again when nothing is overdue yet. */
    private static final long RETRY_MILLIS = 50;
    /** Closed per look, so that one scan of all connections pays for many accepts. */
    private static final int EVICTED_PER_SCAN_DIVISOR = 100;
    private static final long NOT_WAITING = Long.MIN_VALUE;

    @Override
    protected void countUpOrAwaitConnection() throws InterruptedException {
        while (isFull() && !closeLongestWaitingForHead()) {
            Thread.sleep(RETRY_MILLIS);
        }
        super.countUpOrAwaitConnection();
    }

    private boolean isFull() {
        return getMaxConnections() > 0 && getConnectionCount() >= getMaxConnections();
    }

    /** Closes up to 1% of the slots, the longest waiting of those overdue; false if none is overdue. */
    private boolean closeLongestWaitingForHead() {
        int batch = Math.max(1, getMaxConnections() / EVICTED_PER_SCAN_DIVISOR);
        long now = System.nanoTime();
        long nowMillis = System.currentTimeMillis();
        // The newest of the batch on top, so that an older connection can replace it.
        PriorityQueue<Waiting> longest = new PriorityQueue<>(Comparator.comparingLong(Waiting::sinceNanos).reversed());
        for (SocketWrapperBase<NioChannel> connection : getConnections()) {
            long since = waitingForHeadSince(connection, now, nowMillis);
            if (since != NOT_WAITING && now - since >= OVERDUE_NANOS) {
                longest.add(new Waiting(connection, since));
                if (longest.size() > batch) {
                    longest.poll();
                }
            }
        }
        for (Waiting waiting : longest) {
            // As Tomcat's own poller closes a connection that timed out: on a worker, through the protocol.
            processSocket(waiting.connection(), SocketEvent.ERROR, true);
        }
        return !longest.isEmpty();
    }

    /** When the connection began waiting for its next request head (nanoTime), or NOT_WAITING. */
    private static long waitingForHeadSince(SocketWrapperBase<?> connection, long now, long nowMillis) {
        if (connection.isClosed()) {
            return NOT_WAITING;
        }
        Object processor = connection.getCurrentProcessor();
        if (processor == null) {
            // No request begun: a fresh or a kept-alive connection, or one a worker holds this instant. The last
            // byte either way tells how long it has been quiet.
            NioSocketWrapper nio = (NioSocketWrapper) connection;
            long quietMillis = nowMillis - Math.max(nio.getLastRead(), nio.getLastWrite());
            return now - TimeUnit.MILLISECONDS.toNanos(quietMillis);
        }
        // Tomcat keeps a processor on a connection between reads only while it reads a request head, or for an
        // async request or an upgrade (which are in use, not waiting).
        if (processor instanceof Http11Processor http && !http.isAsync() && !http.isUpgrade()) {
            long firstByte = http.getRequest().getStartTimeNanos();
            return firstByte < 0 ? now : firstByte;
        }
        return NOT_WAITING;
    }

    private record Waiting(SocketWrapperBase<NioChannel> connection, long sinceNanos) {
    }
}
