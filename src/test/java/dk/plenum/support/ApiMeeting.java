package dk.plenum.support;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/**
 * A meeting a test imported over the HTTP API ({@link ImportedMeetings#importOverApi}): the import's answer,
 * and the addresses and ids a test of the meeting's commands needs.
 */
public record ApiMeeting(Api api, JsonNode imported) {

    public String id() {
        return imported.get("id").stringValue();
    }

    /** The meeting's address in the API followed by {@code suffix}, e.g. {@code "/start"}. */
    public String path(String suffix) {
        return "/api/meetings/" + id() + suffix;
    }

    public HttpResponse<String> post(String suffix, String body, String user) {
        return api.post(path(suffix), body, user);
    }

    /** The seq of the meeting's last event, as the secretariat reads it now. */
    public long lastSeq() {
        return Api.json(api.get(path(""), ImportedMeetings.SECRETARIAT.username())).get("lastSeq").asLong();
    }

    /** The id of the item at {@code index} in the imported agenda. */
    public String itemId(int index) {
        return imported.get("items").get(index).get("id").stringValue();
    }

    /** The member id of the participant at {@code index}, in the order the import named them. */
    public String memberId(int index) {
        return imported.get("participants").get(index).get("memberId").stringValue();
    }
}
