package dk.plenum.store.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How the embedded store writes and orders a unique index's keys (one per document, {@code _id} included) in H2:
 * as BSON, ordered by those bytes (decision 0028). H2's default orders a key that is not {@code Comparable} by
 * Java-serialising both sides of every comparison: a third of the store's command time went into that.
 * <p>
 * Equal keys give equal bytes, which is all a unique index needs of its order. The order differs from the
 * default's, so an index written before is copied into this order once ({@link BsonH2Database}). A key BSON cannot
 * carry is written, and ordered, as Java serialisation, tagged apart from BSON.
 */
final class BsonKeyType extends BasicDataType<KeyValue> {

    private final ObjectDataType javaSerialised = new ObjectDataType();

    @Override
    public int getMemory(KeyValue key) {
        return 24 + 16 * key.size();
    }

    @Override
    public void write(WriteBuffer buff, KeyValue key) {
        buff.put(bytesOf(key));
    }

    @Override
    public KeyValue read(ByteBuffer buff) {
        return BsonDocumentType.writtenAsBson(buff)
                ? new KeyValue(new ArrayList<>(BsonDocumentType.readBson(buff).values()))
                : (KeyValue) javaSerialised.read(buff);
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        return Arrays.compareUnsigned(bytesOf(a), bytesOf(b));
    }

    /** As H2's, but the key sought is encoded once rather than at each step. */
    @Override
    public int binarySearch(KeyValue key, Object storage, int size, int initialGuess) {
        KeyValue[] keys = cast(storage);
        byte[] sought = bytesOf(key);
        int low = 0;
        int high = size - 1;
        int probe = initialGuess - 1;
        if (probe < 0 || probe > high) {
            probe = high >>> 1;
        }
        while (low <= high) {
            int compare = Arrays.compareUnsigned(sought, bytesOf(keys[probe]));
            if (compare > 0) {
                low = probe + 1;
            } else if (compare < 0) {
                high = probe - 1;
            } else {
                return probe;
            }
            probe = (low + high) >>> 1;
        }
        return ~low;
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    /** The key as written: the BSON tag and a document of its values, or H2's default form. */
    private byte[] bytesOf(KeyValue key) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Object value : key) {
            values.put(Integer.toString(values.size()), value);
        }
        ByteBuf bson = Unpooled.buffer(64);
        bson.writeByte(BsonDocumentType.BSON);
        try {
            BsonEncoder.encodeDocument(values, bson);
        } catch (IllegalArgumentException notBson) {
            WriteBuffer serialised = new WriteBuffer(64);
            javaSerialised.write(serialised, key);
            byte[] bytes = new byte[serialised.position()];
            serialised.getBuffer().flip().get(bytes);
            return bytes;
        }
        byte[] bytes = new byte[bson.readableBytes()];
        bson.readBytes(bytes);
        return bytes;
    }
}
