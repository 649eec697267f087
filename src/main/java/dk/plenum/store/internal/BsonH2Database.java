package dk.plenum.store.internal;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's H2 database with its collections' documents stored as BSON ({@link BsonDocumentType}).
 * <p>
 * The parent opens a collection's documents by map name alone, which gives H2's default type; H2 hands out a map
 * already open as it is, so each map is opened here with the BSON type first.
 */
final class BsonH2Database extends H2Database {

    /** The parent's prefix for a collection's documents map. */
    private static final String DOCUMENTS_PREFIX = "databases.";
    /** The parent's collection listing a database's collections. */
    private static final String NAMESPACES = "system.namespaces";

    private final MVStore store;

    private BsonH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    /**
     * Opens the database. The parent's constructor opens its existing collections and creates the list of them
     * ({@value #NAMESPACES}), so their documents are opened as BSON before it runs.
     */
    static BsonH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        String documentsOfDatabase = DOCUMENTS_PREFIX + databaseName + ".";
        openDocuments(store, documentsOfDatabase + NAMESPACES);
        store.getMapNames().stream().filter(name -> name.startsWith(documentsOfDatabase))
                .forEach(name -> openDocuments(store, name));
        return new BsonH2Database(databaseName, store, cursorRegistry);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        if (store != null) { // null while the parent's constructor opens the collections open() opened
            openDocuments(store, DOCUMENTS_PREFIX + getFullCollectionNamespace(collectionName));
        }
        return super.openOrCreateCollection(collectionName, options);
    }

    private static void openDocuments(MVStore store, String mapName) {
        store.openMap(mapName, new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
    }
}
