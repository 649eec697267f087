package dk.plenum.web;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a proxy that keeps each Vaadin UI on its instance (deploy/nginx/plenum.conf): this instance's name, set
 * with {@code PLENUM_INSTANCE_ROUTE} (e.g. {@code a}), ends every session id Tomcat makes ({@code ….a}), so the
 * proxy sends a session's requests to the instance that holds it. Tomcat's {@code jvmRoute}; unset, ids are as
 * before.
 */
@Component
public class InstanceRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    public InstanceRoute(@Value("${plenum.instance-route:}") String route) {
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isBlank()) {
            return;
        }
        // The engine is the context's grandparent (engine → host → context) once the context is being started.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                Container host = context.getParent();
                ((Engine) host.getParent()).setJvmRoute(route);
            }
        }));
    }
}
