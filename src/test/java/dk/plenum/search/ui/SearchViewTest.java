package dk.plenum.search.ui;

import dk.plenum.meeting.Translations;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import dk.plenum.agenda.AgendaImportService;
import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.BilagUpload;
import dk.plenum.bilag.TestPdfs;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Visibility;
import dk.plenum.shell.Navigation;
import dk.plenum.support.ImportedMeetings;
import dk.plenum.support.PlenumTest;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/** The search page finds the demo meeting's items, and words inside Bilag, as the public sees them. */
@PlenumTest
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    AgendaImportService imports;

    @Autowired
    BilagService bilag;

    @Test
    void typingAWordListsTheItemsThatHoldIt() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        navigate(SearchView.class);

        test(find(TextField.class).single()).setValue("velkomst borgmester");

        assertThat(find(Anchor.class).withClassName("plenum-search-title").all()).extracting(SearchViewTest::text)
                .contains("1. Velkomst");
    }

    @Test
    void aSharedLinkOpensWithItsResults() {
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", "velkomst"));

        assertThat(find(TextField.class).single().getValue()).isEqualTo("velkomst");
        assertThat(find(Anchor.class).withClassName("plenum-search-title").all()).extracting(SearchViewTest::text)
                .contains("1. Velkomst");
    }

    @Test
    void aHitInABilagNamesItAndItsPageAndLinksToTheReaderAtThatPage() {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        String itemId = meeting.items().get(0).id();
        String word = "bilagsord" + System.nanoTime();
        Meeting withBilag = bilag.add(meeting.id(), itemId, List.of(new BilagUpload("Analyse.pdf",
                TestPdfs.saying("Forside", "Om " + word))), Visibility.OPEN, ImportedMeetings.SECRETARIAT);
        String attachmentId = withBilag.items().get(0).attachments().get(0).id();
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        navigate(SearchView.class);

        test(find(TextField.class).single()).setValue(word);

        Anchor hit = find(Anchor.class).withClassName("plenum-search-title").single();
        assertThat(text(hit)).isEqualTo("Bilag “Analyse”, side 2");
        assertThat(hit.getHref()).isEqualTo("/" + Navigation.bilagReader(meeting.id(), itemId, attachmentId, 2));
        assertThat(find(Span.class).withClassName("plenum-search-where").all()).extracting(Span::getText)
                .contains("Bilag til punkt 1. Velkomst");
        assertThat(find(Paragraph.class).all()).extracting(SearchViewTest::text).contains("Om " + word);
    }

    @Test
    void anItemsHitOpensTheAgendaAtThatItem() {
        Meeting meeting = ImportedMeetings.importMeeting(imports, "Erhvervsrådet");
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        navigate(SearchView.class);

        test(find(TextField.class).single()).setValue("velkomst");

        assertThat(find(Anchor.class).withClassName("plenum-search-title").all()).extracting(Anchor::getHref)
                .contains(Navigation.agendaAtItem(meeting.id(), meeting.items().get(0).id()));
    }

    @Test
    void theQuerysWordsAreMarkedAndTheItemsTextStaysText() {
        String word = "markord" + System.nanoTime();
        imports.importMeeting("""
                {"council": "Erhvervsrådet", "title": "Søgetest", "kind": "ORDINARY", "startsAt": "%s",
                 "members": [{"name": "Lasse Frimand Jensen", "role": "CHAIR"}],
                 "items": [{"number": 1, "title": "Status", "visibility": "OPEN",
                            "sections": [{"heading": "Sagen", "body": "Om <b>fed</b> tekst og %sene."}]}]}
                """.formatted(ImportedMeetings.nextStartsAt(), word), ImportedMeetings.SECRETARIAT);
        VaadinSession.getCurrent().setLocale(Translations.DANISH);
        navigate(SearchView.class);

        test(find(TextField.class).single()).setValue("<fed> " + word.toUpperCase());

        Paragraph snippet = find(Paragraph.class).withClassName("plenum-search-snippet").single();
        assertThat(text(snippet)).isEqualTo("Om <b>fed</b> tekst og " + word + "ene.");
        assertThat(snippet.getElement().getChildren()
                .filter(child -> !child.isTextNode() && "mark".equals(child.getTag())))
                .extracting(Element::getText).containsExactly("fed", word + "ene");
        assertThat(snippet.getElement().getOuterHTML())
                .contains("Om &lt;b&gt;<mark>fed</mark>&lt;/b&gt; tekst og <mark>").doesNotContain("<b>", "<fed>");
    }

    /** A hit's whole text, the marked words included. */
    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
