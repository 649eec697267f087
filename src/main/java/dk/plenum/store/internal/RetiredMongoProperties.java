package dk.plenum.store.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start when MongoDB is configured under Spring Boot 3's names ({@code spring.data.mongodb.*},
 * e.g. the environment variable {@code SPRING_DATA_MONGODB_URI}). Boot 4 ignores them, so the app used to
 * start on its built-in store with the demo data and the demo accounts ({@code sekretariat/demo}):
 * an operator who meant a real database got an open demo instead. Registered in
 * {@code META-INF/spring.factories}, so it runs before any bean exists.
 */
public class RetiredMongoProperties implements EnvironmentPostProcessor {

    private static final List<String> SETTINGS = List.of("uri", "host", "port");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (String setting : SETTINGS) {
            String retired = "spring.data.mongodb." + setting;
            if (environment.containsProperty(retired)) {
                throw new Refused(retired + " is Spring Boot 3's name and is ignored: set spring.mongodb." + setting
                        + " (environment variable SPRING_MONGODB_" + setting.toUpperCase(Locale.ROOT) + ") instead. Plenum "
                        + "does not start, rather than run on its built-in demo store.");
            }
        }
    }

    /** Why the start was refused, in one line. */
    public static final class Refused extends IllegalStateException {

        public Refused(String message) {
            super(message);
        }
    }

    /** Prints the refusal as its one line and the fix, without a stack trace. */
    public static final class Analyzer extends AbstractFailureAnalyzer<Refused> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, Refused refused) {
            return new FailureAnalysis(refused.getMessage(),
                    "Rename the setting (see README.md, \"Run it on a real MongoDB\").", refused);
        }
    }
}
