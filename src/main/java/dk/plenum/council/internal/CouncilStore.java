package dk.plenum.council.internal;

import dk.plenum.council.Council;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Councils in MongoDB; a unique index on the name keeps two imports from creating the same council twice. */
@Component
public class CouncilStore implements InitializingBean {

    private static final String COLLECTION = "councils";

    private final MongoTemplate mongo;

    CouncilStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("name", Sort.Direction.ASC).unique());
    }

    public Optional<Council> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Council.class, COLLECTION));
    }

    public Optional<Council> findByName(String name) {
        Query byName = new Query(Criteria.where("name").is(name));
        return Optional.ofNullable(mongo.findOne(byName, Council.class, COLLECTION));
    }

    public Council insert(Council council) {
        return mongo.insert(council, COLLECTION);
    }

    /**
     * Replaces {@code before} by {@code after} unless someone changed the council's members since {@code before}
     * was read; false then, and nothing is written.
     */
    public boolean replaceIfUnchanged(Council before, Council after) {
        Query unchanged = new Query(Criteria.where("_id").is(before.id())
                .and("members").is(mongo.getConverter().convertToMongoType(before.members())));
        return mongo.findAndReplace(unchanged, after, COLLECTION) != null;
    }
}
