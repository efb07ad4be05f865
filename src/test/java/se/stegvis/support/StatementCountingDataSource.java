package se.stegvis.support;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * In tests, installs {@link CountingQueryInterceptor} on every MySQL Connector/J datasource before its pool
 * is built, so {@link StatementCounter} sees what the application sends. Other drivers (H2 in the
 * parity tests) are left alone: they would reject the unknown property.
 */
@Singleton
@Requires(env = Environment.TEST)
class StatementCountingDataSource implements BeanCreatedEventListener<DatasourceConfiguration> {
    private static final String PROPERTY = "queryInterceptors";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getJdbcUrl() != null ? config.getJdbcUrl() : config.getUrl();
        if (url != null && url.startsWith("jdbc:mysql:")) {
            Object existing = config.getDataSourceProperties().get(PROPERTY);
            String mine = CountingQueryInterceptor.class.getName();
            config.addDataSourceProperty(PROPERTY, existing == null ? mine : existing + "," + mine);
        }
        return config;
    }
}
