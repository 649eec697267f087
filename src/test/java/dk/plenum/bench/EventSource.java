package dk.plenum.bench;

/**
 * What makes the events the fan-out scenario's observers wait for: Plenum's secretariat
 * ({@link MeetingScriptEvents}) or the bare broadcast app of the baseline ({@link BroadcastEvents}).
 */
interface EventSource {

    /** The STOMP destination the events go to. */
    String topic();

    /** The seq just before the first event made here: observers expect the ones after it. */
    long seqBefore();

    /** Makes event {@code index} (from 0) and returns its seq once the server has answered. */
    long emit(int index);
}
