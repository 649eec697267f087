package dk.plenum.search.ui;

import dk.plenum.meeting.Translations;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.support.PlenumTest;
import org.junit.jupiter.api.Test;

/** The search page finds the demo meeting's items as the public sees them. */
@PlenumTest
class SearchViewTest extends SpringBrowserlessTest {

    @Test
    void typingAWordListsTheItemsThatHoldIt() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        navigate(SearchView.class);

        test(find(TextField.class).single()).setValue("velkomst borgmester");

        assertThat(find(Anchor.class).withClassName("plenum-search-title").all()).extracting(Anchor::getText)
                .contains("1. Velkomst");
    }

    @Test
    void aSharedLinkOpensWithItsResults() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", "velkomst"));

        assertThat(find(TextField.class).single().getValue()).isEqualTo("velkomst");
        assertThat(find(Anchor.class).withClassName("plenum-search-title").all()).extracting(Anchor::getText)
                .contains("1. Velkomst");
    }
}
