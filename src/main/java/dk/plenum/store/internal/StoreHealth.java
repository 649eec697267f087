package dk.plenum.store.internal;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether the store answers, for readiness ({@code mongo} in {@code /actuator/health/readiness}): a {@code ping}, which
 * the embedded store and MongoDB both answer. Replaces Boot's own check by its bean name, as that one asks
 * {@code hello} of the application's database, which the embedded store does not know.
 */
@Component("mongoHealthIndicator")
class StoreHealth extends AbstractHealthIndicator {

    private final MongoClient client;

    StoreHealth(MongoClient client) {
        super("The store did not answer a ping");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        client.getDatabase("admin").runCommand(new Document("ping", 1));
        builder.up();
    }
}
