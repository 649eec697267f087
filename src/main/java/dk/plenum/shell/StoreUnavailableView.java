package dk.plenum.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.plenum.store.StoreUnavailableException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a page shows when it could not be read because the store is unavailable (a full disk): a plain
 * message in the user's language, with 503. Without a parent layout, which could need the store too.
 */
@AnonymousAllowed
public class StoreUnavailableView extends Div implements HasErrorParameter<StoreUnavailableException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<StoreUnavailableException> parameter) {
        removeAll();
        addClassName("plenum-page");
        add(new H1(getTranslation("store.unavailable.title")), new Paragraph(getTranslation("store.unavailable")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
