package dk.plenum.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dk.plenum.support.Api;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Plenum pointed at a MongoDB of its own (here a throwaway server standing in for a real replica set):
 * no demo council, no demo accounts, and the first secretariat account comes from the environment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plenum.admin.username=Forvaltningen", "plenum.admin.password=et langt hemmeligt ord"})
class ExternalStoreTest {

    private static final String ADMIN = "forvaltningen";
    private static final String ADMIN_PASSWORD = "et langt hemmeligt ord";

    private static final MongoServer MONGODB = new MongoServer(new MemoryBackend());

    @DynamicPropertySource
    static void useTheExternalMongoDb(DynamicPropertyRegistry properties) {
        // A real replica set has an oplog, and the app watches it for other instances' events.
        MONGODB.enableOplog();
        InetSocketAddress address = MONGODB.bind();
        properties.add("spring.mongodb.uri",
                () -> "mongodb://" + address.getHostString() + ":" + address.getPort() + "/plenum");
    }

    @AfterAll
    static void stop() {
        MONGODB.shutdownNow();
    }

    @LocalServerPort
    int port;

    @Test
    void startsEmptyWithOnlyTheAdministratorsAccount() {
        Api api = new Api(port);

        assertThat(api.get("/api/meetings", null).body()).as("no demo council").doesNotContain("Erhvervsrådet");
        assertThat(api.post("/api/meetings/import", "{}", "sekretariat").statusCode())
                .as("no demo accounts on a real MongoDB").isEqualTo(401);
        assertThat(api.postWithPassword("/api/meetings/import", "{}", ADMIN, ADMIN_PASSWORD)
                .statusCode()).as("the administrator is the secretariat; the empty import is refused as invalid")
                .isEqualTo(400);
    }

    @Test
    void theSecretariatGivesACouncilMemberTheirOwnLogin() {
        Api api = new Api(port);
        HttpResponse<String> imported = api.postWithPassword("/api/meetings/import", """
                {"council": "Byrådet", "title": "Byrådsmøde", "kind": "ORDINARY",
                 "startsAt": "2031-05-05T17:00:00+02:00", "members": [{"name": "Anna Aaen", "role": "MEMBER"}],
                 "items": [{"number": 1, "title": "Lukket sag", "visibility": "CLOSED",
                            "sections": [{"heading": "Indstilling", "body": "INTERN-TEKST-4411"}]}]}""",
                ADMIN, ADMIN_PASSWORD);
        JsonNode meeting = Api.json(imported);
        String account = """
                {"username": "anna", "password": "%s", "role": "MEMBER", "councilId": "%s", "memberId": "%s"}"""
                .formatted("annas eget ord", meeting.get("councilId").stringValue(),
                        meeting.get("participants").get(0).get("memberId").stringValue());

        assertThat(api.postWithPassword("/api/accounts", account.replace("annas eget ord", "kort"), ADMIN,
                ADMIN_PASSWORD).statusCode()).as("too short a password").isEqualTo(400);
        HttpResponse<String> created = api.postWithPassword("/api/accounts", account, ADMIN, ADMIN_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api.postWithPassword("/api/accounts", account, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(409);
        assertThat(api.postWithPassword("/api/accounts", account.replace("\"anna\"", "\"bo\""), "anna",
                "annas eget ord").statusCode()).as("only the secretariat creates accounts").isEqualTo(403);

        String meetingPath = "/api/meetings/" + meeting.get("id").stringValue();
        assertThat(api.getWithPassword(meetingPath, "anna", "annas eget ord").body()).contains("INTERN-TEKST-4411");
        assertThat(api.get(meetingPath, null).body()).doesNotContain("INTERN-TEKST-4411");
    }
}
