package dk.plenum.shell;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell shared by every Vaadin view: Lumo, Plenum's own CSS, server push and a viewport
 * for tablets.
 *
 * <p>{@code plenum.css} lives in the top-level {@code frontend/styles/} folder and is bundled by
 * Vaadin's frontend build (Node 24, fetched by the Maven build). The PWA icon is a static resource
 * under {@code META-INF/resources/icons/}. {@code accessibility.css} (focus ring, skip link) is static, under
 * {@code META-INF/resources/styles/}, for every page, with or without the header.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/accessibility.css")
@CssImport("./styles/plenum.css")
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@PWA(name = "Plenum", shortName = "Plenum", description = "Live companion for council and board meetings",
        iconPath = "icons/icon.png", themeColor = "#1a3a5c", backgroundColor = "#ffffff", offline = false)
public class AppShell implements AppShellConfigurator {
}
