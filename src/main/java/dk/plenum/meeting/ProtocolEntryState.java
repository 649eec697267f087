package dk.plenum.meeting;

/** Where a protocol entry stands: waiting for the secretariat or the chair, accepted into the minutes, or refused. */
public enum ProtocolEntryState {
    PENDING,
    ACCEPTED,
    REFUSED
}
