package dk.plenum.minutes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.minutes.internal.MinutesDocument.Block;
import dk.plenum.minutes.internal.MinutesDocument.Fact;
import dk.plenum.minutes.internal.MinutesDocument.Item;
import dk.plenum.minutes.internal.MinutesDocument.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The minutes page from its template: well-formed XHTML for the PDF, every text escaped, line breaks kept. */
class MinutesHtmlTest {

    static final String TYPED = "Godkendt <script>alert('x')</script> & \"citeret\"\r\nAnden linje";

    @Test
    void everyTextIsEscapedAndItsLineBreaksBecomeBreaks() throws Exception {
        MinutesDocument minutes = new MinutesDocument("da", "Referat <b>", "Erhvervsrådet", "Møde 29. februar",
                "Offentlig udgave", List.of(new Fact("Sted", "Rådhuset & <i>salen</i>")),
                new Block(Kind.ATTENDANCE, "Fremmøde", List.of(new Fact("Afbud", "Thomas Overgaard")), List.of()),
                List.of(new Item("item-1", "1. Velkomst", "Åben",
                        List.of(new Block(Kind.DECISION, "Beslutning", List.of(), List.of(TYPED, "Andet afsnit"))))));

        String html = MinutesHtml.render(minutes);

        assertThat(html).doesNotContain("<script>", "<b>", "<i>").contains("&lt;script&gt;");
        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        Element root = page.getDocumentElement();
        assertThat(root.getAttribute("lang")).isEqualTo("da");
        assertThat(page.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Referat <b>");
        Element decision = (Element) page.getElementsByTagName("section").item(2);
        assertThat(decision.getAttribute("class")).isEqualTo("decision");
        Element firstParagraph = (Element) decision.getElementsByTagName("p").item(0);
        assertThat(firstParagraph.getTextContent())
                .isEqualTo("Godkendt <script>alert('x')</script> & \"citeret\"Anden linje");
        assertThat(firstParagraph.getElementsByTagName("br").getLength()).isEqualTo(1);
        assertThat(decision.getElementsByTagName("p").item(1).getTextContent()).isEqualTo("Andet afsnit");
        assertThat(page.getElementsByTagName("section").item(1).getAttributes().getNamedItem("id").getNodeValue())
                .isEqualTo("item-item-1");
        assertThat(html).contains("<p class=\"fact\"><span class=\"label\">Sted:</span> Rådhuset &amp; &lt;i&gt;salen&lt;/i&gt;</p>");
    }
}
