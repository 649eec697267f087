package dk.plenum.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dk.plenum.support.Api;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Plenum pointed at a MongoDB of its own (here a throwaway server standing in for a real replica set):
 * no demo council, no demo accounts, and the first secretariat account comes from the environment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"plenum.admin.username=Forvaltningen", "plenum.admin.password=et langt hemmeligt ord"})
class ExternalStoreTest {

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

        assertThat(api.get("/api/meetings", null).body()).isEqualTo("[]");
        assertThat(api.post("/api/meetings/import", "{}", "sekretariat").statusCode())
                .as("no demo accounts on a real MongoDB").isEqualTo(401);
        assertThat(api.postWithPassword("/api/meetings/import", "{}", "forvaltningen", "et langt hemmeligt ord")
                .statusCode()).as("the administrator is the secretariat; the empty import is refused as invalid")
                .isEqualTo(400);
    }
}
