package dk.plenum.live.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of live fan-out ({@code plenum.live.*}).
 *
 * @param changeStream whether this instance watches the event log for events committed by other
 *                     instances sharing the store
 */
@ConfigurationProperties("plenum.live")
public record LiveProperties(@DefaultValue("auto") ChangeStream changeStream) {

    public enum ChangeStream {
        /**
         * On for an external MongoDB and for the embedded store with its oplog on (other instances connect
         * to it); off for a single instance on the embedded store, whose change streams busy-poll a core.
         */
        AUTO,
        ON,
        OFF
    }
}
