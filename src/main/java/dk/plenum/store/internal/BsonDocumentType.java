package dk.plenum.store.internal;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How the embedded store writes a collection's documents into H2's pages: as BSON, the form they arrived in,
 * instead of H2's default, Java serialisation (decision 0028). H2 writes every value of a page again whenever the
 * page changes or its chunk is compacted; serialising them took half the time of those writes, under the lock every
 * command waits for.
 * <p>
 * Files written before keep their documents Java-serialised until their pages are written again: a value is read
 * by its first byte, which for BSON is a tag H2's own format never writes. A document BSON cannot carry is written
 * the old way.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    /** After {@code ObjectDataType}'s tags, which end at 119. */
    static final byte BSON = 127;

    private final ObjectDataType javaSerialised = new ObjectDataType();
    /** What H2 counts a document as in its page and cache sizes: the recent BSON sizes' running mean. */
    private volatile int averageSize = 1_024;

    @Override
    public int getMemory(Document document) {
        return averageSize;
    }

    @Override
    public void write(WriteBuffer buff, Document document) {
        ByteBuf bson = Unpooled.buffer(averageSize);
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (IllegalArgumentException notBson) {
            javaSerialised.write(buff, document);
            return;
        }
        int size = bson.readableBytes();
        buff.put(BSON).put(bson.nioBuffer());
        averageSize = (int) ((size + 15L * averageSize) / 16);
    }

    @Override
    public Document read(ByteBuffer buff) {
        return writtenAsBson(buff) ? readBson(buff) : (Document) javaSerialised.read(buff);
    }

    /** Whether the value at the buffer's position starts with the BSON tag rather than one of H2's. */
    static boolean writtenAsBson(ByteBuffer buff) {
        return buff.get(buff.position()) == BSON;
    }

    /** Reads a value written as BSON, its tag and then the document, and moves the buffer past it. */
    static Document readBson(ByteBuffer buff) {
        buff.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buff);
        Document document = BsonDecoder.decodeBson(bson);
        buff.position(buff.position() + bson.readerIndex());
        return document;
    }

    @Override
    public int compare(Document a, Document b) {
        return javaSerialised.compare(a, b);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
