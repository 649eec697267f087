package dk.plenum.council.internal;

import dk.plenum.council.Council;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
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

    public List<Council> findAll() {
        return mongo.find(new Query().with(Sort.by("name")), Council.class, COLLECTION);
    }

    /**
     * Replaces {@code before} by {@code after} unless someone changed the council (its name, description, place,
     * standard items or members) since {@code before} was read; false then, and nothing is written.
     *
     * @throws DuplicateKeyException if {@code after} takes another council's name
     */
    public boolean replaceIfUnchanged(Council before, Council after) {
        Query unchanged = new Query(Criteria.where("_id").is(before.id())
                .and("name").is(before.name())
                .and("description").is(before.description())
                .and("defaultLocation").is(before.defaultLocation())
                .and("members").is(mongo.getConverter().convertToMongoType(before.members()))
                .andOperator(sameStandardItems(before)));
        return mongo.findAndReplace(unchanged, after, COLLECTION) != null;
    }

    /** A council stored before it had standard items has no such field, which reads as none. */
    private Criteria sameStandardItems(Council before) {
        Criteria same = Criteria.where("standardItems").is(mongo.getConverter().convertToMongoType(before.standardItems()));
        return before.standardItems().isEmpty()
                ? new Criteria().orOperator(same, Criteria.where("standardItems").exists(false)) : same;
    }
}
