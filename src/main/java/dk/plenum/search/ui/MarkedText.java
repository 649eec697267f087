package dk.plenum.search.ui;

import com.vaadin.flow.dom.Element;
import dk.plenum.search.internal.SearchIndex;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with the words the query found in {@code <mark>}: each word that starts with a term of the query, as the
 * index matches. Built from text nodes and elements, never from markup, so a query or a text holding {@code <}
 * stays text.
 */
final class MarkedText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private MarkedText() {
    }

    /** Puts {@code text} into {@code element} (replacing what it held), with the words {@code query} found marked. */
    static void fill(Element element, String text, String query) {
        element.removeAllChildren();
        List<String> terms = SearchIndex.words(query).distinct().toList();
        Matcher word = WORD.matcher(text);
        int shown = 0;
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            if (terms.stream().anyMatch(lower::startsWith)) {
                if (word.start() > shown) {
                    element.appendChild(Element.createText(text.substring(shown, word.start())));
                }
                element.appendChild(new Element("mark").setText(word.group()));
                shown = word.end();
            }
        }
        if (shown < text.length()) {
            element.appendChild(Element.createText(text.substring(shown)));
        }
    }
}
