package dk.plenum.bench;

import dk.plenum.support.Api;
import dk.plenum.support.ScriptedMeeting;
import tools.jackson.databind.JsonNode;

/**
 * Plenum's events: on a fresh, started meeting of the demo council, the secretariat makes each item
 * current and then records its decision, over the HTTP API (two events per item).
 */
final class MeetingScriptEvents implements EventSource {

    private final ScriptedMeeting meeting;
    private final long snapshotSeq;
    private final String topic;

    private MeetingScriptEvents(ScriptedMeeting meeting, long snapshotSeq, String topic) {
        this.meeting = meeting;
        this.snapshotSeq = snapshotSeq;
        this.topic = topic;
    }

    /** A meeting with an item for every two of the {@code events}. */
    static MeetingScriptEvents prepare(int port, int events) {
        Api api = new Api(port);
        ScriptedMeeting meeting = ScriptedMeeting.importInto(api, "Erhvervsrådet", (events + 1) / 2);
        meeting.start();
        JsonNode live = Api.json(api.get("/api/meetings/" + meeting.id() + "/live", null));
        return new MeetingScriptEvents(meeting, live.get("seq").asLong(), live.get("topic").stringValue());
    }

    /** The meeting, e.g. for the address of its views. */
    String meetingId() {
        return meeting.id();
    }

    /** The item event {@code index} is about. */
    static int item(int index) {
        return index / 2;
    }

    /** Whether event {@code index} records the item's decision; otherwise it makes the item current. */
    static boolean isDecision(int index) {
        return index % 2 == 1;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public long seqBefore() {
        return snapshotSeq;
    }

    @Override
    public long emit(int index) {
        return isDecision(index) ? meeting.decide(item(index)) : meeting.currentItem(item(index));
    }
}
