package dk.plenum.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.bson.BinData;

/** Documents go into H2's pages as BSON, and documents written the old way (Java serialisation) still read. */
class BsonDocumentTypeTest {

    private final BsonDocumentType type = new BsonDocumentType();

    @Test
    void aDocumentIsWrittenAsTaggedBsonAndReadBackEqual() {
        Document document = everyStoredKind();

        ByteBuffer written = write(buff -> type.write(buff, document));

        assertThat(written.get(0)).isEqualTo(BsonDocumentType.BSON);
        assertThat(type.read(written)).isEqualTo(document);
        assertThat(written.hasRemaining()).as("the whole value was read, and nothing after it").isFalse();
    }

    @Test
    void aDocumentWrittenByJavaSerialisationIsRead() {
        Document document = everyStoredKind();

        ByteBuffer written = write(buff -> new ObjectDataType().write(buff, document));

        assertThat(type.read(written)).isEqualTo(document);
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void valuesOfBothFormatsFollowOneAnotherInAPage() {
        Document old = new Document("_id", 1).append("text", "written before BSON");
        Document bson = new Document("_id", 2).append("text", "written as BSON");

        ByteBuffer page = write(buff -> {
            new ObjectDataType().write(buff, old);
            type.write(buff, bson);
            new ObjectDataType().write(buff, old);
        });

        assertThat(List.of(type.read(page), type.read(page), type.read(page))).containsExactly(old, bson, old);
    }

    @Test
    void aDocumentBsonCannotCarryIsWrittenTheOldWay() {
        Document document = new Document("_id", 1).append("at", new Date(0));

        ByteBuffer written = write(buff -> type.write(buff, document));

        assertThat(written.get(0)).isNotEqualTo(BsonDocumentType.BSON);
        assertThat(type.read(written)).isEqualTo(document);
    }

    private static Document everyStoredKind() {
        return new Document("_id", new ObjectId())
                .append("text", "Beslutning: Godkendt – æøå")
                .append("int", 42)
                .append("long", 1L << 40)
                .append("double", 2.5)
                .append("yes", true)
                .append("nothing", null)
                .append("at", Instant.ofEpochMilli(1_709_215_200_123L))
                .append("ts", new BsonTimestamp(7L << 32 | 3))
                .append("uuid", UUID.randomUUID())
                .append("bytes", new BinData(new byte[] {1, 2, 3}))
                .append("list", List.of("a", 1, new Document("nested", List.of())))
                .append("document", new Document("seq", 3L).append("items", List.of(new Document("no", 1))));
    }

    private static ByteBuffer write(Consumer<WriteBuffer> writer) {
        WriteBuffer buff = new WriteBuffer();
        writer.accept(buff);
        return buff.getBuffer().flip();
    }
}
