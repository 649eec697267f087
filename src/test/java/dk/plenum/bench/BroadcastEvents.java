package dk.plenum.bench;

import dk.plenum.bench.baseline.BroadcastApp;
import dk.plenum.observer.ObserverTopics;
import dk.plenum.support.Api;
import java.net.http.HttpResponse;
import java.util.UUID;

/** The baseline's events: each one triggered over HTTP on the bare broadcast app, for a meeting of its own. */
final class BroadcastEvents implements EventSource {

    private final Api api;
    private final String meetingId = UUID.randomUUID().toString();

    BroadcastEvents(int port) {
        this.api = new Api(port);
    }

    @Override
    public String topic() {
        return ObserverTopics.publicOf(meetingId);
    }

    @Override
    public long seqBefore() {
        return 0;
    }

    @Override
    public long emit(int index) {
        long seq = index + 1;
        HttpResponse<String> response = api.post(BroadcastApp.triggerPath(meetingId, seq), "", null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Broadcast " + seq + ": " + response.statusCode() + " " + response.body());
        }
        return seq;
    }
}
