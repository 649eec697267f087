package dk.plenum.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.ScrollIntoViewOption;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.BilagChange;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.ItemAmendment;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.shell.Badges;
import dk.plenum.shell.Markup;
import dk.plenum.shell.Navigation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * One agenda item that was opened in a view (by the member, as the current item, or returning from its Bilag): its
 * summary (number, title and badges), opening to its decision, sections and attachments. It is updated in place rather
 * than rebuilt, so live updates keep what a member opened, and it stays a card when folded again. An item never opened
 * in the view is not a card but the same panel as markup ({@link #foldedMarkup}, {@link FoldedItems}): every
 * component costs server memory in every member's open view, and most items of an agenda are never opened. The
 * summary, the item's own text and its decision are markup in a card too ({@link Markup}); only the view's parts
 * below them (note, vote, feed) are components. The summary is a heading (level 3, below the agenda's) holding the
 * button that folds it, so a screen reader moves from item to item by heading.
 *
 * <p>The card is Vaadin's accordion panel, but not its Flow component ({@link AccordionPanel}): that one listens to the
 * panel's {@code opened-changed} event, which the browser fires when the server opens or folds the panel too, and
 * sends back: every open view answered each item made current with a request, only to report what the server had
 * just set. The card hears only a tap on its own summary ({@link #OPENED_BY_TAP}); decision 0026.
 */
@Tag("vaadin-accordion-panel")
@Uses(AccordionPanel.class)
class ItemCard extends Component implements HasComponents, HasStyle {

    /** The attribute naming the item a card shows, on the card's panel, folded or not. */
    private static final String ITEM_ID_ATTRIBUTE = "data-item-id";
    /** The summary is a heading below the agenda's own (h2). */
    private static final int SUMMARY_LEVEL = 3;
    /** The icon of a Bilag's link, named as the icon component names it (which also has its web component loaded). */
    private static final String BILAG_ICON = VaadinIcon.FILE_TEXT_O.create().getElement().getAttribute("icon");
    /** The panel's state, a property of its web component. */
    private static final String OPENED = "opened";
    /**
     * In the browser, on a click on the card's heading (a tap, or Enter on its button): the panel's state after the
     * click. The click reaches the heading before the panel, which then toggles itself, so it is the opposite of now.
     */
    private static final String OPENED_BY_TAP = "!element.parentElement.opened";

    /** The panel's heading, which holds the summary's HTML. */
    private final Heading heading = new Heading();
    /** The decision and the item's own text: null until the card is first opened. */
    private Div decision;
    private Div body;
    /** The view's parts below the item's own text (feed, protocol entries, vote, note), made on first opening. */
    private final Supplier<List<Component>> below;
    /** The meeting the item is in, for the links to its Bilag. */
    private final String meetingId;
    /** Opened because it became current, not by the member: folded again when the meeting moves on. */
    private boolean openedForCurrent;
    /** What the card shows now; it is touched only when the item changed (or the language did). */
    private AgendaItem shown;
    private boolean shownCurrent;
    /** "Forventet kl. 17.25": when the item is expected to start by the time plan; null without one. */
    private Instant expectedStart;
    /** What the summary's HTML was made from: a live refresh that changed none of it sends nothing. */
    private SummaryFacts shownSummary;

    ItemCard(String meetingId, Supplier<List<Component>> below) {
        this.meetingId = meetingId;
        this.below = below;
        addClassName("plenum-item");
        heading.getElement().setAttribute("slot", "summary").setAttribute("aria-level", String.valueOf(SUMMARY_LEVEL));
        add(heading);
        heading.getElement().addEventListener("click", tap -> tapped(tap.getEventData().get(OPENED_BY_TAP).asBoolean()))
                .addEventData(OPENED_BY_TAP);
    }

    boolean isOpened() {
        return getElement().getProperty(OPENED, false);
    }

    /** Opens or folds the card as the server's choice (the current item, a return from a Bilag). */
    void setOpened(boolean opened) {
        getElement().setProperty(OPENED, opened);
        if (opened) {
            buildContent();
        }
    }

    /**
     * The member opened or folded the card: it is theirs now, and stays as they left it when the meeting moves on.
     * The browser's panel is {@code opened} already; the server's copy follows, and is sent back unchanged.
     */
    private void tapped(boolean opened) {
        openedForCurrent = false;
        setOpened(opened);
    }

    /** The item's title, or "closed item" where the public may not see even that. */
    static String titleOf(Component translator, AgendaItem item) {
        return titleOf(translator, item.title());
    }

    private static String titleOf(Component translator, String title) {
        return title != null ? title : translator.getTranslation("item.closedTitle");
    }

    /** The card's id, which follows the display number: "item-5" (a link to an item, the tests and the bench). */
    private static String idOf(AgendaItem item) {
        return "item-" + item.number();
    }

    /** Whether the content below the summary has been made (the card was opened once). */
    private boolean hasContent() {
        return decision != null;
    }

    /**
     * Updates the card to the item, with when it is expected to start ({@code expected}, null without a time plan). An
     * unchanged card is left alone: re-setting even the same texts sends them to the browser again, and a live refresh
     * would then resend the whole agenda to every viewer.
     */
    void show(AgendaItem item, boolean current, Instant expected) {
        expectedStart = expected;
        if (item.equals(shown) && current == shownCurrent) {
            // The expected start may have moved; a summary whose facts did not change sends nothing.
            showSummary();
            return;
        }
        AgendaItem before = shown;
        // Set first: opening the card as the current one makes its content from the item shown.
        shown = item;
        shownCurrent = current;
        if (!item.equals(before)) {
            // The id follows the display number, which changes when the agenda is reordered.
            setId(idOf(item));
            getElement().setAttribute(ITEM_ID_ATTRIBUTE, item.id());
            setClassName("plenum-withdrawn", item.withdrawn());
            if (hasContent()) {
                showContent(before);
            }
        }
        showSummary();
        showCurrent(current);
    }

    /** Makes the next {@link #show} rebuild its content, e.g. in another language. */
    void forgetContent() {
        shown = null;
        shownSummary = null;
    }

    void scrollToTop() {
        scrollIntoView(ScrollIntoViewOption.Behavior.SMOOTH, ScrollIntoViewOption.Block.START);
    }

    private void showCurrent(boolean current) {
        boolean wasCurrent = hasClassName("plenum-item-current");
        setClassName("plenum-item-current", current);
        if (current && !wasCurrent && !isOpened()) {
            setOpened(true);
            openedForCurrent = true;
        } else if (!current && wasCurrent && openedForCurrent) {
            setOpened(false);
            openedForCurrent = false;
        }
    }

    private void showSummary() {
        SummaryFacts facts = SummaryFacts.of(shown, shownCurrent, expectedStart, getLocale());
        if (facts.equals(shownSummary)) {
            return;
        }
        shownSummary = facts;
        Element fragment = Markup.fragment();
        appendSummary(fragment, facts, this);
        Markup.showIn(heading, fragment);
    }

    /**
     * A card never opened in a view, as markup: the same panel, heading and summary as the card's components, for the
     * agenda to send many of as one piece ({@link FoldedItems}).
     */
    static String foldedMarkup(AgendaItem item, SummaryFacts facts, Component translator) {
        Element fragment = Markup.fragment();
        Element panel = fragment.appendElement("vaadin-accordion-panel").addClass("plenum-item")
                .id(idOf(item)).attr(ITEM_ID_ATTRIBUTE, item.id());
        if (facts.withdrawn()) {
            panel.addClass("plenum-withdrawn");
        }
        appendSummary(panel.appendElement("vaadin-accordion-heading").attr("slot", "summary")
                .attr("aria-level", String.valueOf(SUMMARY_LEVEL)), facts, translator);
        return fragment.html();
    }

    /** The number, title, badges and expected start, as the classes plenum.css styles and tests find them by. */
    private static void appendSummary(Element parent, SummaryFacts facts, Component translator) {
        Element summary = parent.appendElement("div").addClass("plenum-item-summary");
        summary.appendElement("span").addClass("plenum-item-number").text(String.valueOf(facts.number()));
        summary.appendElement("span").addClass("plenum-item-title").text(titleOf(translator, facts.title()));
        Element badges = summary.appendElement("div").addClass("plenum-badges");
        if (facts.current()) {
            Badges.appendBadge(badges, translator.getTranslation("live.current"), Badges.Tone.LIVE);
        }
        if (facts.decided()) {
            Badges.appendBadge(badges, outcomeOf(translator, facts.outcome()), Badges.Tone.NEUTRAL)
                    .addClass("plenum-decision-outcome");
        }
        String visibility = translator.getTranslation("visibility." + facts.visibility());
        if (facts.visibility() == Visibility.OPEN) {
            // Open is the normal case: no badge on every item, but a screen reader still hears it.
            badges.appendElement("span").addClass("plenum-visually-hidden").addClass("plenum-item-open")
                    .text(visibility);
        } else {
            Badges.appendBadge(badges, visibility, Badges.Tone.CLOSED);
        }
        if (facts.kind() == ItemKind.ROUND_THE_TABLE) {
            Badges.appendBadge(badges, translator.getTranslation("item.kind.ROUND_THE_TABLE"), Badges.Tone.INFO);
        }
        if (facts.withdrawn()) {
            Badges.appendBadge(badges, translator.getTranslation("item.withdrawn"), Badges.Tone.CLOSED);
        }
        if (facts.amended() != null) {
            Badges.appendBadge(badges, amendment(facts.amended(), translator, facts.locale()), Badges.Tone.INFO)
                    .addClass("plenum-item-amended");
        }
        if (facts.lastBilagChange() != null) {
            Badges.appendBilagChanged(badges, facts.lastBilagChange(), translator);
        }
        if (facts.expectedStart() != null) {
            summary.appendElement("span").addClass("plenum-item-expected").text(translator.getTranslation(
                    "timeplan.expected", MeetingTimes.timeRange(facts.expectedStart(), null, facts.locale())));
        }
    }

    /** E.g. "Ændret 28.11. kl. 14.05: titel, indstilling", or "Tilføjet 28.11. kl. 14.05". */
    private static String amendment(ItemAmendment amended, Component translator, Locale locale) {
        String when = MeetingTimes.shortDateTime(amended.at(), locale);
        if (amended.parts().contains("added")) {
            return translator.getTranslation("item.added", when);
        }
        Stream<String> parts = Stream.concat(
                amended.parts().stream().map(part -> translator.getTranslation("item.part." + part)),
                amended.sections().stream().map(heading -> heading.toLowerCase(locale)));
        return translator.getTranslation("item.amended", when, parts.collect(Collectors.joining(", ")));
    }

    /** The outcome's name, or for the public's copy of a closed item's decision (outcome withheld) "public decision". */
    static String outcomeOf(Component translator, Decision recorded) {
        return outcomeOf(translator, recorded.outcome());
    }

    private static String outcomeOf(Component translator, DecisionOutcome outcome) {
        return outcome == null ? translator.getTranslation("live.publicDecision")
                : translator.getTranslation("live.outcome." + outcome);
    }

    /** Makes the content below the summary, once, from the item shown now. */
    private void buildContent() {
        if (hasContent()) {
            return;
        }
        decision = new Div();
        body = new Div();
        Div content = new Div(decision, body);
        content.addClassName("plenum-item-content");
        add(content);
        below.get().forEach(this::add);
        if (shown != null) {
            showContent(null);
        }
    }

    /** Remakes the decision and the body only where the item changed from {@code before} (null: both). */
    private void showContent(AgendaItem before) {
        if (before == null || !Objects.equals(before.decision(), shown.decision())) {
            showDecision(shown.decision());
        }
        if (before == null || !BodyFacts.of(before).equals(BodyFacts.of(shown))) {
            showBody(shown);
        }
    }

    /** The decision so far; the public's copy of a closed item carries no dissent, so none is shown. */
    private void showDecision(Decision recorded) {
        // Only a recorded decision carries the class, so "no decision yet" is "no .plenum-decision".
        decision.setClassName("plenum-decision", recorded != null);
        Element fragment = Markup.fragment();
        if (recorded != null) {
            // The outcome is said once, in the item's summary (seen folded or opened); here the decision's own words.
            fragment.appendElement("h3").text(getTranslation("live.decision"));
            fragment.appendElement("p").addClass("plenum-decision-text").text(recorded.text());
            if (recorded.outcome() != null && recorded.publicText() != null) {
                // Insiders see what the public is told about a closed item; the public's copy is that text alone.
                fragment.appendElement("p").addClass("plenum-decision-public")
                        .text(getTranslation("live.publicText", recorded.publicText()));
            }
            if (recorded.dissent() != null) {
                fragment.appendElement("p").addClass("plenum-decision-dissent")
                        .text(getTranslation("live.dissent", recorded.dissent()));
            }
        }
        Markup.showIn(decision, fragment);
    }

    /**
     * The item's own text: presenter, sections, Bilag and their changes. It only displays (a Bilag's link is a plain
     * router link), so it is markup: in a real agenda an item's text is dozens of components, and every item the
     * meeting reaches is opened in every member's view and stays made there.
     */
    private void showBody(AgendaItem item) {
        Element fragment = Markup.fragment();
        if (item.presenter() != null) {
            fragment.appendElement("p").addClass("plenum-presenter")
                    .text(getTranslation("item.presenter", item.presenter()));
        }
        if (item.visibility() == Visibility.CLOSED && item.sections().isEmpty()) {
            fragment.appendElement("p").text(getTranslation("item.closedForPublic"));
        }
        item.sections().forEach(section -> appendSection(fragment, section.heading()).appendElement("p")
                .addClass("plenum-section-body").text(section.body()));
        if (!item.attachments().isEmpty()) {
            appendAttachments(fragment, item);
        }
        if (!item.bilagChanges().isEmpty()) {
            Element list = appendSection(fragment, getTranslation("item.bilagChanges")).appendElement("ul")
                    .addClass("plenum-bilag-changes");
            // Every change to the item's Bilag since the agenda was sent out, newest first.
            item.bilagChanges().reversed()
                    .forEach(change -> list.appendElement("li").text(Badges.bilagChange(change, this)));
        }
        if (fragment.childrenSize() == 0 && item.decision() == null && item.kind() == ItemKind.REGULAR) {
            fragment.appendElement("p").text(getTranslation("item.noText"));
        }
        Markup.showIn(body, fragment);
    }

    /** A block of the item's text under its own heading, as plenum.css styles it. */
    private static Element appendSection(Element parent, String heading) {
        Element block = parent.appendElement("div").addClass("plenum-section");
        block.appendElement("h3").text(heading);
        return block;
    }

    private void appendAttachments(Element parent, AgendaItem item) {
        Element list = appendSection(parent, getTranslation("item.attachments")).addClass("plenum-bilag")
                .appendElement("ul").addClass("plenum-attachments");
        for (Attachment attachment : item.attachments()) {
            Element entry = list.appendElement("li");
            appendBilag(entry, item, attachment);
            if (attachment.visibility() == Visibility.CLOSED) {
                Badges.appendBadge(entry, getTranslation("attachment.closed"), Badges.Tone.CLOSED);
            }
        }
    }

    /**
     * A Bilag with a file opens in the reader at its first page, through Vaadin's router as a component's link does
     * ({@code router-link}); an imported one is only a name.
     */
    private void appendBilag(Element entry, AgendaItem item, Attachment attachment) {
        if (!attachment.hasFile()) {
            entry.appendElement("span").addClass("plenum-bilag-name-only")
                    .text(attachment.name() + " (" + getTranslation("attachment.nameOnly") + ")");
            return;
        }
        Element link = entry.appendElement("a").addClass("plenum-bilag-link")
                .attr("href", Navigation.bilagReader(meetingId, item.id(), attachment.id(), 1))
                .attr("router-link", true);
        link.appendElement("vaadin-icon").attr("icon", BILAG_ICON);
        link.appendElement("span").text(attachment.name());
        link.appendElement("span").addClass("plenum-bilag-pages")
                .text(getTranslation("attachment.pages", attachment.pageCount()));
    }

    /** Vaadin's accordion heading: the summary's slot, a heading holding the panel's fold button. */
    @Tag("vaadin-accordion-heading")
    private static final class Heading extends Component {
    }

    /** What the summary shows (see {@link #appendSummary}), in {@code locale}. */
    record SummaryFacts(int number, String title, boolean current, boolean decided, DecisionOutcome outcome,
            Visibility visibility, ItemKind kind, boolean withdrawn, ItemAmendment amended,
            BilagChange lastBilagChange, Instant expectedStart, Locale locale) {

        static SummaryFacts of(AgendaItem item, boolean current, Instant expectedStart, Locale locale) {
            Decision decision = item.decision();
            return new SummaryFacts(item.number(), item.title(), current, decision != null,
                    decision == null ? null : decision.outcome(), item.visibility(), item.kind(), item.withdrawn(),
                    item.amended(), item.bilagChanges().isEmpty() ? null : item.bilagChanges().getLast(),
                    expectedStart, locale);
        }
    }

    /**
     * What the item's own text below its decision is made from (see {@link #showBody}). The decision counts only for
     * an item with no text of its own, which says so until it is decided.
     */
    private record BodyFacts(String itemId, String presenter, Visibility visibility, ItemKind kind,
            List<Section> sections, List<Attachment> attachments, List<BilagChange> bilagChanges,
            boolean decidedWithoutText) {

        static BodyFacts of(AgendaItem item) {
            boolean withoutText = item.presenter() == null && item.sections().isEmpty()
                    && item.attachments().isEmpty() && item.bilagChanges().isEmpty();
            return new BodyFacts(item.id(), item.presenter(), item.visibility(), item.kind(), item.sections(),
                    item.attachments(), item.bilagChanges(), withoutText && item.decision() != null);
        }
    }
}
