package dk.plenum.store.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import dk.plenum.store.StoreMode;
import dk.plenum.store.StoreReopened;
import org.springframework.data.mongodb.core.MongoDatabaseFactorySupport;

/**
 * Starts the embedded store unless a real MongoDB is configured ({@code spring.mongodb.uri},
 * {@code .host} or {@code .port}, or another {@link MongoConnectionDetails} bean), and tells the
 * rest of the application which store it runs on ({@link StoreMode}).
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@EnableConfigurationProperties(StoreProperties.class)
public class EmbeddedStoreAutoConfiguration {

    static final String DATABASE = "plenum";

    /** Every MongoTemplate then reports an unavailable store as {@link dk.plenum.store.StoreUnavailableException}. */
    @Bean
    static BeanPostProcessor storeFailureTranslation() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof MongoDatabaseFactorySupport<?> factory) {
                    factory.setExceptionTranslator(new StoreFailureTranslator(factory.getExceptionTranslator()));
                }
                return bean;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    StoreMode externalStoreMode() {
        return StoreMode.external();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(MongoConnectionDetails.class)
    @Conditional(NoMongoServerConfigured.class)
    static class EmbeddedStoreConfiguration {

        @Bean(destroyMethod = "close")
        EmbeddedMongoServer embeddedMongoServer(StoreProperties properties, ApplicationEventPublisher events) {
            EmbeddedMongoServer server = EmbeddedMongoServer.start(properties.dataFile(), properties.port(),
                    properties.oplog());
            server.onReopened(() -> events.publishEvent(new StoreReopened()));
            return server;
        }

        /** Only when other instances share the store: a single instance records no oplog. */
        @Bean(destroyMethod = "close")
        @ConditionalOnProperty(prefix = "plenum.store", name = "oplog", havingValue = "true")
        OplogTrimmer embeddedOplogTrimmer(EmbeddedMongoServer server, StoreProperties properties) {
            return OplogTrimmer.start(server, properties.oplogRetention(), properties.oplogMaxEntries());
        }

        @Bean
        MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoServer server) {
            return () -> server.connectionString(DATABASE);
        }

        @Bean
        StoreMode embeddedStoreMode(EmbeddedMongoServer server) {
            return StoreMode.embedded(server.dataFile(), server.hasOplog());
        }
    }

    static class NoMongoServerConfigured extends NoneNestedConditions {

        NoMongoServerConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(prefix = "spring.mongodb", name = "uri")
        static class UriSet {
        }

        @ConditionalOnProperty(prefix = "spring.mongodb", name = "host")
        static class HostSet {
        }

        @ConditionalOnProperty(prefix = "spring.mongodb", name = "port")
        static class PortSet {
        }
    }
}
