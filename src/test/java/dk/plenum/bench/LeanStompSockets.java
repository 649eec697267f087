package dk.plenum.bench;

import dk.plenum.support.RawStompSocket;
import examples.ObserverClient.Frame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The crowd's STOMP connections on bare non-blocking sockets, each read by one of a selector thread per core, which
 * also runs the connection's frame handler. The load generator shares the server's cores, and the JDK's WebSocket
 * client spent them: ~150 µs of CPU per message received, several times what the server spends sending it
 * (docs/benchmarks.md). This reads a message in a few microseconds, so what the crowd measures is the server. It
 * speaks only what an observer needs: the handshake, text messages in one or more frames, pings, the close.
 */
final class LeanStompSockets implements AutoCloseable {

    private static final byte[] NO_BYTES = {};

    private final List<Reader> readers;
    private final AtomicInteger opened = new AtomicInteger();
    private final ScheduledExecutorService heartBeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("crowd-heart-beats").daemon().factory());

    LeanStompSockets() {
        this.readers = IntStream.range(0, Runtime.getRuntime().availableProcessors()).mapToObj(Reader::new).toList();
    }

    /** Opens {@code webSocket} with {@code headers} in the handshake; {@code onFrame} gets each STOMP frame. */
    Connection open(URI webSocket, Map<String, String> headers, Consumer<Frame> onFrame) throws IOException {
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(webSocket.getHost(), webSocket.getPort()));
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        writeFully(channel, ByteBuffer.wrap(RawStompSocket.handshake(webSocket, headers)));
        ByteBuffer afterHead = readHandshakeAnswer(channel, webSocket);
        channel.configureBlocking(false);
        Connection connection = new Connection(channel, onFrame, afterHead);
        readers.get(opened.getAndIncrement() % readers.size()).register(connection);
        return connection;
    }

    @Override
    public void close() {
        heartBeats.shutdownNow();
        readers.forEach(Reader::close);
    }

    /** Reads up to the end of the HTTP answer's head; what came after it is the first WebSocket bytes. */
    private static ByteBuffer readHandshakeAnswer(SocketChannel channel, URI webSocket) throws IOException {
        ByteBuffer answer = ByteBuffer.allocate(4096);
        while (true) {
            if (channel.read(answer) < 0 || !answer.hasRemaining()) {
                throw new IOException("No complete handshake answer from " + webSocket);
            }
            String sofar = new String(answer.array(), 0, answer.position(), StandardCharsets.ISO_8859_1);
            int headEnd = sofar.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                String status = sofar.substring(0, sofar.indexOf("\r\n"));
                if (!status.matches("HTTP/1\\.1 101\\b.*")) {
                    throw new IOException(webSocket + " answered the handshake with " + status);
                }
                return ByteBuffer.wrap(answer.array(), headEnd + 4, answer.position() - headEnd - 4).slice();
            }
        }
    }

    private static void writeFully(SocketChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            if (channel.write(bytes) == 0) {
                Thread.onSpinWait(); // a full send buffer on a non-blocking socket: rare for an observer's frames
            }
        }
    }

    /** One selector thread and the connections it reads. */
    private static final class Reader implements Runnable {

        private final Selector selector;
        private final Queue<Connection> joining = new ConcurrentLinkedQueue<>();
        private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);

        Reader(int index) {
            try {
                this.selector = Selector.open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.ofPlatform().name("crowd-reader-" + index).daemon().start(this);
        }

        void register(Connection connection) {
            joining.add(connection);
            selector.wakeup();
        }

        @Override
        public void run() {
            try {
                while (selector.isOpen()) {
                    selector.select();
                    for (Connection connection; (connection = joining.poll()) != null; ) {
                        connection.channel.register(selector, SelectionKey.OP_READ, connection);
                        connection.received(ByteBuffer.allocate(0)); // what came with the handshake's answer
                    }
                    for (SelectionKey key : selector.selectedKeys()) {
                        readSafely((Connection) key.attachment());
                    }
                    selector.selectedKeys().clear();
                }
            } catch (IOException | ClosedSelectorException closed) {
                // the crowd is closed
            }
        }

        /** A fault in one connection ends that one, not the thread that reads the others. */
        private void readSafely(Connection connection) {
            try {
                connection.readFrom(readBuffer);
            } catch (RuntimeException fault) {
                fault.printStackTrace();
                connection.close();
            }
        }

        void close() {
            try {
                selector.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** One observer's socket: WebSocket frames in, STOMP frames out to its handler, masked frames sent. */
    final class Connection {

        private final SocketChannel channel;
        private final Consumer<Frame> onFrame;
        /** Bytes read but not yet a whole WebSocket frame; starts with what followed the handshake's answer. */
        private ByteBuffer unread;
        /** A text message's payload so far, when it comes in more than one frame. */
        private byte[] message = NO_BYTES;
        private int messageLength;
        /** STOMP text after the last NUL, when a frame spans messages. */
        private final StringBuilder stomp = new StringBuilder();

        private Connection(SocketChannel channel, Consumer<Frame> onFrame, ByteBuffer afterHandshake) {
            this.channel = channel;
            this.onFrame = onFrame;
            this.unread = ByteBuffer.allocate(Math.max(4096, afterHandshake.remaining()));
            unread.put(afterHandshake);
        }

        /** Sends one STOMP frame. */
        void send(String command, Map<String, String> headers, String body) {
            sendText(new Frame(command, headers, body).encode());
        }

        /** Sends a bare newline as often as the server asks ("sx,sy" from CONNECTED), no more often than offered. */
        void keepAlive(Duration offered, String serverHeartBeat) {
            long wanted = Long.parseLong(serverHeartBeat.split(",")[1].strip());
            if (wanted > 0) {
                long every = Math.max(offered.toMillis(), wanted);
                heartBeats.scheduleAtFixedRate(() -> sendIfOpen("\n"), every, every, TimeUnit.MILLISECONDS);
            }
        }

        /** Sends a close frame (1000) and closes the socket. */
        void close() {
            try {
                send(0x88, new byte[] {0x03, (byte) 0xe8});
                channel.close();
            } catch (IOException | UncheckedIOException alreadyClosed) {
                // the server closed it first
            }
        }

        private void sendIfOpen(String text) {
            if (channel.isOpen()) {
                try {
                    sendText(text);
                } catch (UncheckedIOException closedMeanwhile) {
                    // the server closed it; the benchmark counts what it did not get
                }
            }
        }

        private void sendText(String text) {
            send(0x81, text.getBytes(StandardCharsets.UTF_8));
        }

        /** One frame, masked as a client's must be (RFC 6455, 5.3). */
        private synchronized void send(int finAndOpcode, byte[] payload) {
            try {
                writeFully(channel, ByteBuffer.wrap(RawStompSocket.maskedFrame(finAndOpcode, payload)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** On the reader's thread, when the socket has bytes. */
        private void readFrom(ByteBuffer readBuffer) {
            try {
                readBuffer.clear();
                int read = channel.read(readBuffer);
                if (read < 0) {
                    channel.close();
                    return;
                }
                received(readBuffer.flip());
            } catch (IOException gone) {
                close();
            }
        }

        /** Appends {@code bytes} to what was unread and handles each whole WebSocket frame in it. */
        private void received(ByteBuffer bytes) {
            if (unread.remaining() < bytes.remaining()) {
                unread = ByteBuffer.allocate(Math.max(unread.capacity() * 2, unread.position() + bytes.remaining()))
                        .put(unread.flip());
            }
            unread.put(bytes).flip();
            while (wholeFrameHandled()) {
                // on to the next frame
            }
            unread.compact();
        }

        /** Handles the WebSocket frame at the start of {@link #unread}, if it is all there. */
        private boolean wholeFrameHandled() {
            int start = unread.position();
            if (unread.remaining() < 2) {
                return false;
            }
            int finAndOpcode = unread.get(start) & 0xff;
            int length = unread.get(start + 1) & 0x7f;
            int headLength = 2;
            if (length == 126) {
                headLength = 4;
                length = unread.remaining() < headLength ? -1 : unread.getShort(start + 2) & 0xffff;
            } else if (length == 127) {
                headLength = 10;
                length = unread.remaining() < headLength ? -1 : (int) unread.getLong(start + 2);
            }
            if (length < 0 || unread.remaining() < headLength + length) {
                return false;
            }
            unread.position(start + headLength);
            int opcode = finAndOpcode & 0x0f;
            if (opcode == 0x0 || opcode == 0x1) {
                textPart(length, (finAndOpcode & 0x80) != 0);
            } else {
                byte[] payload = new byte[length];
                unread.get(payload);
                if (opcode == 0x8) {
                    close();
                } else if (opcode == 0x9) {
                    send(0x8a, payload); // pong
                }
            }
            return true;
        }

        /** Takes the next {@code length} bytes of {@link #unread} as part of a text message; the last part ends it. */
        private void textPart(int length, boolean last) {
            if (message.length < messageLength + length) {
                message = Arrays.copyOf(message, Math.max(2 * message.length, messageLength + length));
            }
            unread.get(message, messageLength, length);
            messageLength += length;
            if (last) {
                stomp.append(new String(message, 0, messageLength, StandardCharsets.UTF_8));
                messageLength = 0;
                Frame.takeWhole(stomp, onFrame);
            }
        }
    }
}
