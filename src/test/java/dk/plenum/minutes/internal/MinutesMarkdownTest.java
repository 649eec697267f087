package dk.plenum.minutes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.minutes.internal.MinutesDocument.Block;
import dk.plenum.minutes.internal.MinutesDocument.Fact;
import dk.plenum.minutes.internal.MinutesDocument.Item;
import dk.plenum.minutes.internal.MinutesDocument.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Hostile titles, locations and texts in the Markdown minutes: parsed back with CommonMark, the minutes
 * keep exactly their own structure (one heading per heading, one paragraph per paragraph, one list of
 * facts) and every text reads exactly as typed.
 */
class MinutesMarkdownTest {

    private static final List<String> HOSTILE = List.of(
            "# Hacked",
            "## Also hacked\n# Hacked again",
            "---",
            "***",
            "===",
            "> quoted",
            "- listed",
            "* listed",
            "+ listed",
            "1. numbered",
            "2) numbered",
            "    indented code",
            "```\nfenced\n```",
            "*emphasis* and _emphasis_ and **strong**",
            "[link](https://evil.example) and ![image](https://evil.example/x.png)",
            "<script>alert(1)</script> &amp; &copy;",
            "`code` and \\ backslash\\",
            "line one\n# heading in a paragraph\n- list in a paragraph\n> quote\n---\n1. numbered",
            "trailing backslash\\",
            "| table | cell |\n|---|---|",
            "<https://auto.example>",
            "[ref]: https://evil.example",
            "two trailing spaces  \nnext line",
            "\ttab at the start\n  \t spaces and tab");

    @Test
    void hostileTextKeepsTheMinutesStructureAndReadsAsTyped() {
        List<Item> items = HOSTILE.stream().map(text -> new Item("i", text, text,
                List.of(new Block(Kind.SECTION, text, List.of(), List.of(text, "Efter: " + text))))).toList();
        MinutesDocument minutes = new MinutesDocument("da", "# Title", "# Hacked", "- subtitle\n# Hacked",
                "*edition*", HOSTILE.stream().map(text -> new Fact(text, text)).toList(),
                new Block(Kind.ATTENDANCE, "> Fremmøde", List.of(new Fact("Til stede", "---\n# Hacked")), List.of()),
                items);

        Node parsed = Parser.builder().build().parse(MinutesMarkdown.render(minutes));

        List<String> expected = new ArrayList<>();
        expected.add("H1 " + heading("# Hacked"));
        expected.add("P *" + "*edition*" + "*");
        expected.add("P - subtitle\n# Hacked");
        expected.add("LIST " + HOSTILE.size());
        expected.add("H2 > Fremmøde");
        expected.add("LIST 1");
        for (String text : HOSTILE) {
            expected.add("H2 " + heading(text));
            expected.add("P *" + asRead(text.strip()) + "*");
            expected.add("H3 " + heading(text));
            expected.add("P " + asRead(text));
            expected.add("P Efter: " + asRead(text));
        }
        assertThat(structure(parsed)).containsExactlyElementsOf(expected);
    }

    @Test
    void factsKeepTheirLabelAndValueAsTyped() {
        MinutesDocument minutes = new MinutesDocument("da", "t", "h", "s", "e",
                List.of(new Fact("Sted", "> Rådhuset\n# Hacked"), new Fact("**Dato**", "1. marts")),
                new Block(Kind.ATTENDANCE, "Fremmøde", List.of(), List.of()), List.of());

        Node parsed = Parser.builder().build().parse(MinutesMarkdown.render(minutes));

        BulletList facts = (BulletList) parsed.getFirstChild().getNext().getNext().getNext();
        assertThat(text(facts.getFirstChild().getFirstChild())).isEqualTo("Sted: > Rådhuset\n# Hacked");
        assertThat(text(facts.getLastChild().getFirstChild())).isEqualTo("**Dato**: 1. marts");
    }

    /** A heading is one line: its line breaks become spaces, and it has no outer spaces. */
    private static String heading(String text) {
        return text.replace("\n", " ").strip();
    }

    /** Markdown keeps no spaces at the end of a line; everything else reads as typed. */
    private static String asRead(String text) {
        return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
    }

    /** Each top-level block as its kind and its text. */
    private static List<String> structure(Node document) {
        List<String> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(switch (block) {
                case Heading heading -> "H" + heading.getLevel() + " " + text(heading);
                case Paragraph paragraph -> "P " + text(paragraph);
                case BulletList list -> "LIST " + count(list);
                default -> block.getClass().getSimpleName();
            });
        }
        return blocks;
    }

    private static int count(Node parent) {
        int count = 0;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            count++;
        }
        return count;
    }

    /** What a reader sees: the text, with line breaks as \n and emphasis marks only where the minutes put them. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append("<CODE>").append(code.getLiteral());
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append('\n');
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append('\n');
            }

            @Override
            public void visit(Emphasis emphasis) {
                text.append('*');
                visitChildren(emphasis);
                text.append('*');
            }

            @Override
            public void visit(StrongEmphasis strong) {
                visitChildren(strong);
            }
        });
        return text.toString();
    }
}
