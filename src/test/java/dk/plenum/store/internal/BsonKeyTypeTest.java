package dk.plenum.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/** Unique index keys as BSON: read back equal, ordered so that only equal keys compare equal. */
class BsonKeyTypeTest {

    private final BsonKeyType type = new BsonKeyType();

    private final List<KeyValue> keys = List.of(
            new KeyValue("meeting-1", 1.0), new KeyValue("meeting-1", 2.0), new KeyValue("meeting-2", 1.0),
            new KeyValue(new ObjectId()), new KeyValue((Object) null), new KeyValue(1L << 60),
            new KeyValue(new Document("a", 1.0)), new KeyValue(List.of("x", 1.0)), new KeyValue(new Date(0)));

    @Test
    void aKeyIsReadBackEqual() {
        for (KeyValue key : keys) {
            WriteBuffer buff = new WriteBuffer();
            type.write(buff, key);
            ByteBuffer written = buff.getBuffer().flip();

            assertThat(type.read(written)).isEqualTo(key);
            assertThat(written.hasRemaining()).isFalse();
        }
    }

    @Test
    void aKeyWrittenByJavaSerialisationIsRead() {
        KeyValue key = new KeyValue("meeting-1", 3.0);
        WriteBuffer buff = new WriteBuffer();
        new ObjectDataType().write(buff, key);

        assertThat(type.read(buff.getBuffer().flip())).isEqualTo(key);
    }

    @Test
    void onlyEqualKeysCompareEqualAndTheOrderIsTotal() {
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertThat(type.compare(a, b) == 0).as("%s against %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(type.compare(a, b))).isEqualTo(-Integer.signum(type.compare(b, a)));
            }
            assertThat(type.compare(a, new KeyValue(a.stream().toList()))).isZero();
        }
    }

    @Test
    void aSearchFindsEveryKeyOfASortedPage() {
        KeyValue[] page = keys.toArray(KeyValue[]::new);
        Arrays.sort(page, type::compare);

        for (int i = 0; i < page.length; i++) {
            assertThat(type.binarySearch(new KeyValue(page[i].stream().toList()), page, page.length, 0)).isEqualTo(i);
        }
        assertThat(type.binarySearch(new KeyValue("not", "there"), page, page.length, 0)).isNegative();
    }
}
