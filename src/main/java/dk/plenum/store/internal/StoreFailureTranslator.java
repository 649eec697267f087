package dk.plenum.store.internal;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import dk.plenum.store.StoreUnavailableException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

/**
 * Turns every way the store can be unavailable into one {@link StoreUnavailableException}, for every
 * {@code MongoTemplate}: the embedded store's failed file, MongoDB's "out of disk space", and a MongoDB
 * that cannot be reached. Everything else is translated as before.
 */
final class StoreFailureTranslator implements PersistenceExceptionTranslator {

    /** MongoDB's code for a write refused because the disk is full; the embedded store answers it too. */
    static final int OUT_OF_DISK_SPACE = 14031;

    private final PersistenceExceptionTranslator translator;

    StoreFailureTranslator(PersistenceExceptionTranslator translator) {
        this.translator = translator;
    }

    @Override
    public DataAccessException translateExceptionIfPossible(RuntimeException failure) {
        if (failure instanceof MongoSocketException || failure instanceof MongoTimeoutException
                || failure instanceof MongoException mongo && mongo.getCode() == OUT_OF_DISK_SPACE) {
            return new StoreUnavailableException(failure);
        }
        return translator.translateExceptionIfPossible(failure);
    }
}
