package dk.plenum.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * A test-only view for {@code BrowserSmokeIT}: it lives in src/test, so it is routed in tests and
 * never shipped. It uses only stock components, so it does not change the frontend bundle.
 */
@Route("test/smoke")
@PageTitle("Plenum smoke")
public class SmokeView extends VerticalLayout {

    public SmokeView() {
        H1 banner = new H1("Plenum");
        banner.setId("banner");
        banner.addClassName("plenum-banner");
        Paragraph status = new Paragraph("Not clicked");
        status.setId("status");
        Button check = new Button("Check", e -> status.setText("Clicked"));
        check.setId("check");
        add(banner, check, status);
    }
}
