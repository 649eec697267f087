package dk.plenum.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port and a fresh embedded store of its own, reached through the
 * real MongoDB driver. Every integration test uses exactly this, so Spring shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "plenum.store.data-dir=target/test-store/${random.uuid}")
public @interface PlenumTest {
}
