package dk.plenum.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.types.Binary;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A store file written before documents were stored as BSON (decision 0028), by mongo-java-server's own H2 backend
 * as Plenum opened it then, opens, reads, takes changes and opens again.
 */
class EmbeddedStoreFileFormatTest {

    private static final String EVENTS_INDEX = "plenum.events._index_meetingId_1_seq_1";

    @TempDir
    Path directory;

    @Test
    void aFileWrittenBeforeBsonIsReadAndChangedAndReadAgain() {
        Path dataFile = directory.resolve("plenum.db");
        List<Document> before = events(200);
        withOldBackend(dataFile, events -> {
            events.createIndex(Indexes.ascending("meetingId", "seq"), new IndexOptions().unique(true));
            events.insertMany(before);
        });

        List<Document> expected = new ArrayList<>(before);
        withEmbeddedStore(dataFile, events -> {
            assertThat(events.find().sort(Indexes.ascending("seq")).into(new ArrayList<>())).isEqualTo(before);
            events.updateOne(Filters.eq("_id", "event-7"), Updates.set("change.type", "DECISION_CHANGED"));
            events.insertOne(new Document("_id", "event-200").append("meetingId", "m2").append("seq", 200L));
        });
        expected.set(7, new Document(before.get(7)).append("change",
                new Document("type", "DECISION_CHANGED").append("items", List.of(7, "x"))));
        expected.add(new Document("_id", "event-200").append("meetingId", "m2").append("seq", 200L));

        assertThat(storedFormats(dataFile)).as("documents written since are BSON")
                .containsEntry("event-7", BsonDocumentType.BSON).containsEntry("event-200", BsonDocumentType.BSON);

        withEmbeddedStore(dataFile, events -> {
            assertThat(events.find().sort(Indexes.ascending("seq")).into(new ArrayList<>())).isEqualTo(expected);
            assertIndexesHold(events, expected);
        });
        assertThat(mapNames(dataFile)).as("the copies took the originals' names")
                .noneMatch(name -> name.endsWith(".bson-order"));
    }

    @Test
    void anIndexCopyCutShortByACrashIsBegunAgain() {
        Path dataFile = directory.resolve("plenum.db");
        List<Document> before = writtenBeforeBson(dataFile);
        withRawStore(dataFile, store -> {
            MVMap<KeyValue, Object> copy = store.openMap(EVENTS_INDEX + ".bson-order",
                    new MVMap.Builder<KeyValue, Object>().keyType(new BsonKeyType()));
            copy.put(new KeyValue("m0", 0.0), "event-0");
        });

        withEmbeddedStore(dataFile, events -> assertIndexesHold(events, before));
    }

    @Test
    void anIndexCopyFinishedBeforeACrashTakesTheOriginalsName() {
        Path dataFile = directory.resolve("plenum.db");
        List<Document> before = writtenBeforeBson(dataFile);
        withRawStore(dataFile, store -> {
            MVMap<KeyValue, Object> original = store.openMap(EVENTS_INDEX);
            MVMap<KeyValue, Object> copy = store.openMap(EVENTS_INDEX + ".bson-order",
                    new MVMap.Builder<KeyValue, Object>().keyType(new BsonKeyType()));
            copy.putAll(original);
            store.removeMap(original);
        });

        withEmbeddedStore(dataFile, events -> assertIndexesHold(events, before));
        assertThat(mapNames(dataFile)).contains(EVENTS_INDEX).doesNotContain(EVENTS_INDEX + ".bson-order");
    }

    /** Both unique indexes answer for every stored document: each refuses a second document with its key. */
    private static void assertIndexesHold(MongoCollection<Document> events, List<Document> stored) {
        for (Document held : stored) {
            assertThatThrownBy(() -> events.insertOne(new Document("_id", "another").append("meetingId",
                    held.get("meetingId")).append("seq", held.get("seq"))))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", held.get("_id")).append("meetingId", "new")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
        assertThat(events.countDocuments()).isEqualTo(stored.size());
    }

    private List<Document> writtenBeforeBson(Path dataFile) {
        List<Document> before = events(20);
        withOldBackend(dataFile, events -> {
            events.createIndex(Indexes.ascending("meetingId", "seq"), new IndexOptions().unique(true));
            events.insertMany(before);
        });
        assertThat(mapNames(dataFile)).contains(EVENTS_INDEX);
        return before;
    }

    private static void withRawStore(Path dataFile, Consumer<MVStore> use) {
        MVStore store = new MVStore.Builder().fileName(dataFile.toString()).compress().open();
        try {
            use.accept(store);
        } finally {
            store.close();
        }
    }

    private static Set<String> mapNames(Path dataFile) {
        Set<String> names = new HashSet<>();
        withRawStore(dataFile, store -> names.addAll(store.getMapNames()));
        return names;
    }

    private static List<Document> events(int count) {
        List<Document> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new Document("_id", "event-" + i).append("meetingId", "m" + i % 3).append("seq", (long) i)
                    .append("at", new Date(1_709_215_200_000L + i)).append("payload", new Binary(new byte[] {(byte) i}))
                    .append("change", new Document("type", "DECISION_RECORDED").append("items", List.of(i, "x"))));
        }
        return events;
    }

    /** Each stored event's first byte in the file: the tag that says how it was written. */
    private static Map<Object, Byte> storedFormats(Path dataFile) {
        Map<Object, Byte> formats = new HashMap<>();
        BsonDocumentType documents = new BsonDocumentType();
        MVStore store = new MVStore.Builder().fileName(dataFile.toString()).readOnly().open();
        try {
            store.openMap("databases.plenum.events", new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>()
                    .valueType(new BasicDataType<de.bwaldvogel.mongo.bson.Document>() {
                        @Override
                        public de.bwaldvogel.mongo.bson.Document read(ByteBuffer buff) {
                            byte tag = buff.get(buff.position());
                            de.bwaldvogel.mongo.bson.Document document = documents.read(buff);
                            formats.put(document.get("_id"), tag);
                            return document;
                        }

                        @Override
                        public int getMemory(de.bwaldvogel.mongo.bson.Document document) {
                            return documents.getMemory(document);
                        }

                        @Override
                        public void write(WriteBuffer buff, de.bwaldvogel.mongo.bson.Document document) {
                            throw new UnsupportedOperationException("read only");
                        }

                        @Override
                        public de.bwaldvogel.mongo.bson.Document[] createStorage(int size) {
                            return documents.createStorage(size);
                        }
                    })).values().forEach(document -> { });
        } finally {
            store.close();
        }
        return formats;
    }

    private static void withOldBackend(Path dataFile, Consumer<MongoCollection<Document>> use) {
        MVStore store = new MVStore.Builder().fileName(dataFile.toString()).compress().open();
        MongoServer server = new MongoServer(new H2Backend(store));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            use.accept(client.getDatabase("plenum").getCollection("events"));
        } finally {
            server.shutdownNow();
        }
    }

    private static void withEmbeddedStore(Path dataFile, Consumer<MongoCollection<Document>> use) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataFile, 0, false);
             MongoClient client = MongoClients.create(server.connectionString("plenum").toString())) {
            use.accept(client.getDatabase("plenum").getCollection("events"));
        }
    }
}
