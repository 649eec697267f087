package dk.plenum.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A slow-loris attacker on loopback: {@code count} connections that each send a request line and then one
 * header line every {@code lineInterval}, never finishing the request head. It is persistent: a connection
 * the server closes is opened again at once, so it keeps trying to hold {@code count}. Bounded: never more
 * than {@code count} sockets, one thread, everything closed by {@link #close()}. Source addresses rotate over
 * 127.0.0.2–127.0.0.9 so that ephemeral ports never run out; the target is always 127.0.0.1.
 */
public final class SlowHeaderClients implements AutoCloseable {

    private static final int SOURCE_ADDRESSES = 8;
    private static final byte[] REQUEST_LINE = "GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress target;
    private final int count;
    private final Duration lineInterval;
    private final Selector selector;
    private final Thread loop;
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicLong closedByServer = new AtomicLong();
    private volatile boolean running = true;
    private long opened;

    private SlowHeaderClients(int port, int count, Duration lineInterval) throws IOException {
        this.target = new InetSocketAddress("127.0.0.1", port);
        this.count = count;
        this.lineInterval = lineInterval;
        this.selector = Selector.open();
        this.loop = Thread.ofPlatform().name("slow-header-clients").daemon().unstarted(this::run);
    }

    public static SlowHeaderClients start(int port, int count, Duration lineInterval) {
        try {
            SlowHeaderClients clients = new SlowHeaderClients(port, count, lineInterval);
            clients.loop.start();
            return clients;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Connections whose TCP handshake completed and that the server has not closed. */
    public int connected() {
        return connected.get();
    }

    /** Connections the server closed (or reset) so far. */
    public long closedByServer() {
        return closedByServer.get();
    }

    private void run() {
        long nextLine = System.nanoTime() + lineInterval.toNanos();
        int line = 0;
        try {
            for (int i = 0; i < count; i++) {
                open();
            }
            ByteBuffer discard = ByteBuffer.allocate(4096);
            while (running) {
                selector.select(Math.max(1, (nextLine - System.nanoTime()) / 1_000_000));
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key, discard);
                }
                selector.selectedKeys().clear();
                if (System.nanoTime() >= nextLine) {
                    sendHeaderLine(line++);
                    nextLine = System.nanoTime() + lineInterval.toNanos();
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            for (SelectionKey key : selector.keys()) {
                closeQuietly((SocketChannel) key.channel());
            }
            closeQuietly(selector);
        }
    }

    private void open() throws IOException {
        SocketChannel channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.bind(new InetSocketAddress("127.0.0." + (2 + opened++ % SOURCE_ADDRESSES), 0));
        if (channel.connect(target)) {
            connectedNow(channel);
        } else {
            channel.register(selector, SelectionKey.OP_CONNECT);
        }
    }

    private void handle(SelectionKey key, ByteBuffer discard) throws IOException {
        SocketChannel channel = (SocketChannel) key.channel();
        try {
            if (key.isConnectable()) {
                channel.finishConnect();
                connectedNow(channel);
            } else if (key.isReadable()) {
                discard.clear();
                if (channel.read(discard) < 0) {
                    lost(key);
                }
            }
        } catch (IOException closed) {
            lost(key);
        }
    }

    private void connectedNow(SocketChannel channel) throws IOException {
        connected.incrementAndGet();
        channel.write(ByteBuffer.wrap(REQUEST_LINE));
        channel.register(selector, SelectionKey.OP_READ, Boolean.TRUE);
    }

    /** The server closed it (or the connect failed): count it and take its place with a new one. */
    private void lost(SelectionKey key) throws IOException {
        if (key.attachment() != null) {
            connected.decrementAndGet();
            closedByServer.incrementAndGet();
        }
        key.cancel();
        closeQuietly((SocketChannel) key.channel());
        if (running) {
            open();
        }
    }

    private void sendHeaderLine(int line) throws IOException {
        byte[] header = ("X-Slow-" + line + ": 1\r\n").getBytes(StandardCharsets.US_ASCII);
        for (SelectionKey key : selector.keys().toArray(SelectionKey[]::new)) {
            if (key.isValid() && key.attachment() != null) {
                try {
                    ((SocketChannel) key.channel()).write(ByteBuffer.wrap(header));
                } catch (IOException closed) {
                    lost(key);
                }
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        selector.wakeup();
        loop.join(Duration.ofSeconds(30));
    }
}
