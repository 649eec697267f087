package dk.plenum.search.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Visibility;
import dk.plenum.search.SearchHit;
import dk.plenum.search.SearchService;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import java.util.List;

/**
 * Search items, decisions and Bilag of past and coming meetings; an item's hit links to the meeting's agenda opened
 * at the item, a hit in a Bilag to the Bilag's reader at the page found. The query's words are marked in each hit.
 */
@AnonymousAllowed
@Route(value = Navigation.SEARCH, layout = MainLayout.class)
@StyleSheet("styles/search.css")
class SearchView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final SearchService search;
    private final TextField query = new TextField();
    private final Div results = new Div();

    SearchView(SearchService search) {
        this.search = search;
        addClassName("plenum-page");
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.addValueChangeListener(change -> showResults());
        results.addClassName("plenum-search-results");
    }

    /** A shared link such as {@code /search?q=erhvervsstrategi} opens with its results. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(query::setValue);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        query.setLabel(getTranslation("search.label"));
        query.setPlaceholder(getTranslation("search.placeholder"));
        add(new H1(getPageTitle()), query, results);
        showResults();
    }

    private void showResults() {
        results.removeAll();
        if (query.getValue().isBlank()) {
            return;
        }
        List<SearchHit> hits = search.search(query.getValue());
        if (hits.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.none")));
        }
        hits.forEach(hit -> results.add(result(hit)));
    }

    private Div result(SearchHit hit) {
        String itemTitle = getTranslation("search.hit", hit.number(),
                hit.title() != null ? hit.title() : getTranslation("item.closedTitle"));
        // Plain links to the agenda and the reader: search sits beside those features and may not name their views.
        // An item's hit opens the agenda at that item, unfolded and scrolled to.
        Anchor title = hit.bilag() == null ? new Anchor(Navigation.agendaAtItem(hit.meetingId(), hit.itemId()), "")
                : new Anchor(hit.bilag().readerPath(), "");
        MarkedText.fill(title.getElement(), hit.bilag() == null ? itemTitle
                : getTranslation("search.bilagHit", hit.bilag().name(), hit.bilag().page()), query.getValue());
        title.addClassName("plenum-search-title");
        Span where = new Span(getTranslation(hit.visibility() == Visibility.CLOSED ? "search.whereClosed" : "search.where",
                hit.councilName(), MeetingTimes.date(hit.startsAt(), getLocale())));
        where.addClassName("plenum-search-where");
        Div result = new Div(title);
        if (hit.bilag() != null) {
            Span ofItem = new Span(getTranslation(hit.bilag().visibility() == Visibility.CLOSED
                    ? "search.bilagOfItemClosed" : "search.bilagOfItem", itemTitle));
            ofItem.addClassName("plenum-search-where");
            result.add(new Paragraph(ofItem));
        }
        Paragraph snippet = new Paragraph();
        MarkedText.fill(snippet.getElement(), hit.snippet(), query.getValue());
        snippet.addClassName("plenum-search-snippet");
        result.add(new Paragraph(where), snippet);
        result.addClassName("plenum-search-hit");
        return result;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
