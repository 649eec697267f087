package dk.plenum.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.plenum.PlenumApplication;
import dk.plenum.store.StoreMode;
import dk.plenum.support.PlenumTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Spring Boot 3's {@code spring.data.mongodb.uri} used to be ignored without a word, and the app then ran
 * its built-in demo store with the demo accounts. Now the start is refused in one line naming
 * {@code spring.mongodb.uri}; without the old name the app starts as ever (this test's own context).
 */
@PlenumTest
@ExtendWith(OutputCaptureExtension.class)
class RetiredMongoPropertiesTest {

    @Autowired
    StoreMode storeMode;

    @Test
    void theBoot3PropertyRefusesTheStartNamingTheBoot4One(CapturedOutput output) {
        SpringApplication application = new SpringApplication(PlenumApplication.class);

        assertThatThrownBy(() -> application.run("--spring.data.mongodb.uri=mongodb://db.example:27017/plenum",
                "--server.port=0", "--plenum.store.data-dir=target/test-store/" + UUID.randomUUID()).close())
                .hasMessageContaining("spring.mongodb.uri")
                .hasMessageNotContaining("\n");
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START",
                "spring.data.mongodb.uri is Spring Boot 3's name and is ignored: set spring.mongodb.uri");
    }

    @Test
    void theBoot3EnvironmentVariableRefusesTheStartToo() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("SPRING_DATA_MONGODB_URI", "mongodb://db.example:27017/plenum")));
        SpringApplication application = new SpringApplication(PlenumApplication.class);
        application.setEnvironment(environment);

        assertThatThrownBy(() -> application.run("--server.port=0",
                "--plenum.store.data-dir=target/test-store/" + UUID.randomUUID()).close())
                .hasMessageContaining("SPRING_MONGODB_URI");
    }

    @Test
    void withoutTheOldNameTheAppStartsOnItsBuiltInStore() {
        assertThat(storeMode.embeddedDataFile()).isNotNull();
    }
}
