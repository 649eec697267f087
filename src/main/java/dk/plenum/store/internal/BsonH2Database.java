package dk.plenum.store.internal;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's H2 database with its collections' documents ({@link BsonDocumentType}) and unique indexes'
 * keys ({@link BsonKeyType}) stored as BSON.
 * <p>
 * The parent opens those maps by name alone, which gives H2's default types; H2 hands out a map already open as
 * it is, so each map is opened here with the BSON types first.
 */
final class BsonH2Database extends H2Database {

    /** The parent's prefix for a collection's documents map. */
    private static final String DOCUMENTS_PREFIX = "databases.";
    /** The parent's infix between a collection's name and its index's in the index's map. */
    private static final String INDEX_INFIX = "._index_";
    /** Which unique indexes are in BSON order; a name no database's map can have, as database names have no '$'. */
    private static final String INDEXES_IN_BSON_ORDER = "$plenum.indexes-in-bson-order";
    private static final String COPY_SUFFIX = ".bson-order";
    /** The parent's collection listing a database's collections. */
    private static final String NAMESPACES = "system.namespaces";

    private final MVStore store;

    private BsonH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    /**
     * Opens the database. The parent's constructor opens its existing collections and indexes and creates the
     * list of collections ({@value #NAMESPACES}), so their maps are opened with the BSON types before it runs.
     */
    static BsonH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        String documentsOfDatabase = DOCUMENTS_PREFIX + databaseName + ".";
        openDocuments(store, documentsOfDatabase + NAMESPACES);
        for (String name : List.copyOf(store.getMapNames())) {
            if (name.startsWith(documentsOfDatabase)) {
                openDocuments(store, name);
            } else if (name.startsWith(databaseName + ".") && name.endsWith(COPY_SUFFIX)) {
                openIndex(store, name.substring(0, name.length() - COPY_SUFFIX.length()));
            } else if (name.startsWith(databaseName + ".") && name.contains(INDEX_INFIX)) {
                openIndex(store, name);
            }
        }
        return new BsonH2Database(databaseName, store, cursorRegistry);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        if (store != null) { // null while the parent's constructor opens the collections open() opened
            openDocuments(store, DOCUMENTS_PREFIX + getFullCollectionNamespace(collectionName));
        }
        return super.openOrCreateCollection(collectionName, options);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        if (store != null) { // null while the parent's constructor opens the indexes open() opened
            openIndex(store, getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName);
        }
        return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }

    /**
     * Opens a unique index with its keys in BSON order, first copying an index kept in H2's default order into
     * it. Each step of the copy may be the last one in the file after a crash, so each is recognised here: a
     * copy under way is begun again; a finished copy whose original is removed takes its name.
     */
    private static void openIndex(MVStore store, String mapName) {
        MVMap<String, Boolean> inBsonOrder = store.openMap(INDEXES_IN_BSON_ORDER);
        String copyName = mapName + COPY_SUFFIX;
        if (!inBsonOrder.containsKey(mapName)) {
            if (store.hasMap(mapName)) {
                if (store.hasMap(copyName)) {
                    store.removeMap(copyName);
                }
                // Only walked, never searched, so its keys are read with the BSON type, which reads both forms.
                MVMap<KeyValue, Object> original = store.openMap(mapName, indexBuilder());
                MVMap<KeyValue, Object> copy = store.openMap(copyName, indexBuilder());
                original.entrySet().forEach(entry -> copy.put(entry.getKey(), entry.getValue()));
                store.removeMap(original);
            }
            if (store.hasMap(copyName)) {
                store.renameMap(store.openMap(copyName, indexBuilder()), mapName);
            }
            inBsonOrder.put(mapName, Boolean.TRUE);
        }
        store.openMap(mapName, indexBuilder());
    }

    private static MVMap.Builder<KeyValue, Object> indexBuilder() {
        return new MVMap.Builder<KeyValue, Object>().keyType(new BsonKeyType());
    }

    private static void openDocuments(MVStore store, String mapName) {
        store.openMap(mapName, new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
    }
}
