package dk.plenum.traffic.internal;

import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's NIO HTTP/1.1 connector with a {@link RoomForRequestsEndpoint}. Public with a no-argument
 * constructor because Tomcat creates its protocol handler from the class name.
 */
public class RoomForRequestsProtocol extends Http11NioProtocol {

    public RoomForRequestsProtocol() {
        super(new RoomForRequestsEndpoint());
    }
}
