package dk.plenum.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a bare TCP socket, for what well-behaved clients never do: handshakes with any
 * headers, STOMP frames sent whole, in parts or not at all, and reading only when the test says so. A socket
 * whose receive buffer is shrunk and that is then left unread is an observer that stopped reading.
 */
public final class RawStompSocket implements AutoCloseable {

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final int status;
    private CloseFrame closeFrame;

    /** The status code and reason of a WebSocket close frame (RFC 6455, 5.5.1); 1005 when it carried none. */
    public record CloseFrame(int code, String reason) {
    }

    private RawStompSocket(Socket socket, int status) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.status = status;
    }

    /** Opens {@code /ws} with these extra handshake headers; a receive buffer of 0 keeps the system's. */
    public static RawStompSocket open(int port, Map<String, String> headers, int receiveBufferBytes) {
        try {
            Socket socket = new Socket();
            if (receiveBufferBytes > 0) {
                socket.setReceiveBufferSize(receiveBufferBytes); // before connecting, so the window is small
            }
            socket.connect(new InetSocketAddress("localhost", port), 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(handshake(URI.create("ws://localhost:" + port + "/ws"), headers));
            String head = readHead(socket.getInputStream());
            return new RawStompSocket(socket, Integer.parseInt(head.split(" ", 3)[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An anonymous observer that has CONNECTed and whose {@code subscriptions} subscriptions to {@code topic} are
     * registered: it gets each event of the topic that many times.
     */
    public static RawStompSocket subscribed(int port, String topic, int subscriptions, int receiveBufferBytes) {
        RawStompSocket observer = open(port, Map.of(), receiveBufferBytes);
        observer.send("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0");
        for (int id = 0; id < subscriptions; id++) {
            observer.send("SUBSCRIBE\nid:" + id + "\ndestination:" + topic + "\nreceipt:" + id + "\n\n\0");
            String frame;
            do {
                frame = observer.read();
            } while (frame != null && !frame.startsWith("RECEIPT") && !frame.startsWith("ERROR"));
            if (frame == null || !frame.startsWith("RECEIPT")) {
                throw new IllegalStateException("Not subscribed to " + topic + ": " + frame);
            }
        }
        return observer;
    }

    /** CONNECTs, then SUBSCRIBEs to {@code topic} with a receipt: the server's answer, RECEIPT or ERROR. */
    public String connectAndSubscribe(String topic) {
        send("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0");
        String connected = read();
        if (connected == null || !connected.startsWith("CONNECTED")) {
            throw new IllegalStateException("Not connected: " + connected);
        }
        send("SUBSCRIBE\nid:0\ndestination:" + topic + "\nreceipt:r\n\n\0");
        return read();
    }

    /** The handshake's HTTP status: 101 when the socket was upgraded. */
    public int status() {
        return status;
    }

    /** Sends {@code text} as one WebSocket text message, masked as a client must. */
    public void send(String text) {
        try {
            out.write(maskedFrame(0x81, text.getBytes(StandardCharsets.UTF_8)));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP request that opens {@code webSocket} with these extra headers. */
    public static byte[] handshake(URI webSocket, Map<String, String> headers) {
        StringBuilder request = new StringBuilder("GET ").append(webSocket.getRawPath()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(webSocket.getHost()).append(':').append(webSocket.getPort()).append("\r\n")
                .append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
                .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        return request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One WebSocket frame ({@code finAndOpcode}, e.g. 0x81 for a whole text), masked as a client's must be. */
    public static byte[] maskedFrame(int finAndOpcode, byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(payload.length + 14);
        frame.put((byte) finAndOpcode);
        if (payload.length < 126) {
            frame.put((byte) (0x80 | payload.length));
        } else if (payload.length < 65_536) {
            frame.put((byte) (0x80 | 126)).putShort((short) payload.length);
        } else {
            frame.put((byte) (0x80 | 127)).putLong(payload.length);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.put(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.put((byte) (payload[i] ^ mask[i & 3]));
        }
        return Arrays.copyOf(frame.array(), frame.position());
    }

    /**
     * The next text message (a STOMP frame, or a bare newline for a heart-beat), or null once the server has
     * closed the WebSocket or the connection.
     */
    public String read() {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        try {
            while (true) {
                int head = in.readUnsignedByte();
                int length = in.readUnsignedByte() & 0x7f;
                long size = length == 126 ? in.readUnsignedShort() : length == 127 ? in.readLong() : length;
                byte[] payload = in.readNBytes((int) size);
                int opcode = head & 0x0f;
                if (opcode == 0x8) {
                    closeFrame = payload.length < 2 ? new CloseFrame(1005, "")
                            : new CloseFrame((payload[0] & 0xff) << 8 | payload[1] & 0xff,
                                    new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8));
                    return null;
                }
                if (opcode == 0x1 || opcode == 0x0) {
                    message.writeBytes(payload);
                    if ((head & 0x80) != 0) {
                        return message.toString(StandardCharsets.UTF_8);
                    }
                }
            }
        } catch (EOFException | SocketException closed) {
            return null;
        } catch (SocketTimeoutException silent) {
            throw new IllegalStateException("The server sent nothing, and kept the connection open");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The close frame the server sent, once {@link #read()} came to it; empty if the connection ended without one. */
    public Optional<CloseFrame> closeFrame() {
        return Optional.ofNullable(closeFrame);
    }

    /**
     * Reads and drops whatever is still on its way until the server ends the connection; true if it did within
     * {@code silence} of the last byte, false if the server is still holding the connection open.
     */
    public boolean closedByServer(Duration silence) {
        try {
            socket.setSoTimeout((int) silence.toMillis());
            while (read() != null) {
                // frames sent before the close
            }
            return true;
        } catch (IllegalStateException stillOpen) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new EOFException("Connection closed during the handshake: " + head);
            }
            head.append((char) next);
        }
        return head.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
