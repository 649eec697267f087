package dk.plenum.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import dk.plenum.store.StoreMode;

class EmbeddedStoreAutoConfigurationTest {

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedStoreAutoConfiguration.class,
                    MongoAutoConfiguration.class, DataMongoAutoConfiguration.class));

    @Test
    void startsTheEmbeddedStoreWhenNoMongoDbIsConfigured() {
        Path dataFile = dataDir.resolve("plenum.db");

        runner.withPropertyValues("plenum.store.data-dir=" + dataDir).run(context -> {
            assertThat(context.getBean(StoreMode.class)).isEqualTo(StoreMode.embedded(dataFile, false));
            EmbeddedMongoServer server = context.getBean(EmbeddedMongoServer.class);
            assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString())
                    .hasToString(server.connectionString("plenum").toString());

            MongoTemplate template = context.getBean(MongoTemplate.class);
            assertThat(template.getDb().getName()).isEqualTo("plenum");
            template.insert(new Document("_id", "probe"), "probes");
        });

        // the context closed the store cleanly: the file opens again and holds the write
        try (EmbeddedMongoServer reopened = EmbeddedMongoServer.start(dataFile, 0, false);
             MongoClient client = MongoClients.create(reopened.connectionString("plenum"))) {
            assertThat(client.getDatabase("plenum").getCollection("probes").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void createsTheDataDirectory() {
        Path nested = dataDir.resolve("nested/data");

        runner.withPropertyValues("plenum.store.data-dir=" + nested)
                .run(context -> assertThat(nested.resolve("plenum.db")).exists());
    }

    @Test
    void listensOnLoopbackOnTheConfiguredPortWithOplog() throws IOException {
        int port = freePort();

        runner.withPropertyValues("plenum.store.data-dir=" + dataDir, "plenum.store.port=" + port, "plenum.store.oplog=true")
                .run(context -> {
                    InetSocketAddress address = context.getBean(EmbeddedMongoServer.class).address();
                    assertThat(address.getAddress().isLoopbackAddress()).isTrue();
                    assertThat(address.getPort()).isEqualTo(port);
                    MongoClient client = context.getBean(MongoClient.class);
                    assertThat(client.getDatabase("local").listCollectionNames()).contains("oplog.rs");
                });
    }

    @Test
    void usesTheConfiguredMongoDbInstead() {
        runner.withPropertyValues("plenum.store.data-dir=" + dataDir, "spring.mongodb.uri=mongodb://db.example:27017/plenum")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedMongoServer.class);
                    assertThat(context.getBean(StoreMode.class).isEmbedded()).isFalse();
                    assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().getHosts())
                            .containsExactly("db.example:27017");
                });
        assertThat(dataDir).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring.mongodb.host=db.example", "spring.mongodb.port=27018"})
    void usesTheMongoDbConfiguredByHostOrPort(String property) {
        runner.withPropertyValues("plenum.store.data-dir=" + dataDir, property)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedMongoServer.class);
                    assertThat(context.getBean(StoreMode.class).isEmbedded()).isFalse();
                });
    }

    @Test
    void backsOffFromOtherConnectionDetails() {
        MongoConnectionDetails external = () -> new ConnectionString("mongodb://db.example:27017/plenum");

        runner.withPropertyValues("plenum.store.data-dir=" + dataDir)
                .withBean(MongoConnectionDetails.class, () -> external)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedMongoServer.class);
                    assertThat(context.getBean(MongoConnectionDetails.class)).isSameAs(external);
                    assertThat(context.getBean(StoreMode.class).isEmbedded()).isFalse();
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
