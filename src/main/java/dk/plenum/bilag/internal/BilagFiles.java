package dk.plenum.bilag.internal;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The Bilag files, in MongoDB's GridFS (bucket {@code bilag}: collections {@code bilag.files} and
 * {@code bilag.chunks}), the same on the built-in store and on a real MongoDB; never on the local disk. A
 * file's metadata keeps its page count, SHA-256 and each page's text, extracted once at upload. Files are
 * never changed; one is deleted only when the event that would have named it was not stored.
 */
@Component
public class BilagFiles {

    static final String BUCKET = "bilag";

    private final GridFSBucket bucket;

    BilagFiles(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET);
    }

    /** Stores the file and returns its id. */
    public String store(String fileName, byte[] content, PdfInspection.InspectedPdf pdf) {
        Document metadata = new Document("contentType", "application/pdf")
                .append("pageCount", pdf.pageCount())
                .append("sha256", pdf.sha256())
                .append("pageTexts", pdf.pageTexts());
        ObjectId id = bucket.uploadFromStream(fileName, new java.io.ByteArrayInputStream(content),
                new GridFSUploadOptions().metadata(metadata));
        return id.toHexString();
    }

    public byte[] read(String fileId) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        bucket.downloadToStream(new ObjectId(fileId), content);
        return content.toByteArray();
    }

    /** Each page's text, as extracted at upload; empty for a page without text (a scan). */
    public List<String> pageTexts(String fileId) {
        return Optional.ofNullable(bucket.find(Filters.eq("_id", new ObjectId(fileId))).first())
                .map(file -> file.getMetadata().getList("pageTexts", String.class))
                .orElseThrow(() -> new IllegalStateException("Bilag file " + fileId + " is not in the store"));
    }

    public void delete(String fileId) {
        bucket.delete(new ObjectId(fileId));
    }
}
