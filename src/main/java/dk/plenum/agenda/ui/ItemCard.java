package dk.plenum.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ScrollIntoViewOption;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import dk.plenum.shell.Navigation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One agenda item, folded to its number, title and badges, opening to its decision, sections and
 * attachments. It is updated in place rather than rebuilt, so live updates keep what a member opened.
 * What is below the summary is made only when the card is first opened, from the item as it then is: most
 * cards of an agenda stay folded, and each component costs server memory in every member's UI.
 * Its summary is a heading (level 3, below the agenda's) holding the button that folds it, so a screen reader
 * moves from item to item by heading.
 */
class ItemCard extends AccordionPanel {

    private final Span number = new Span();
    private final Span title = new Span();
    private final Div badges = new Div();
    private final Div summary;
    /**
     * "Forventet kl. 17.25": when a coming item is expected to start by the time plan. Made when first needed: most
     * meetings have no time plan, and every component costs server memory in every member's UI.
     */
    private Span expectedStart;
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
    private BadgeFacts shownBadges;
    /** The expected start shown, and in which language: worked out on every refresh, formatted only when changed. */
    private Instant shownExpected;
    private Locale shownExpectedIn;

    ItemCard(String meetingId, Supplier<List<Component>> below) {
        this.meetingId = meetingId;
        this.below = below;
        number.addClassName("plenum-item-number");
        title.addClassName("plenum-item-title");
        badges.addClassName("plenum-badges");
        summary = new Div(number, title, badges);
        summary.addClassName("plenum-item-summary");
        setSummary(summary);
        addClassName("plenum-item");
        // Fired for the member's tap as for the server's setOpened (the current item, a return from a Bilag).
        addOpenedChangeListener(change -> {
            if (change.isFromClient()) {
                openedForCurrent = false;
            }
            if (change.isOpened()) {
                buildContent();
            }
        });
    }

    @Override
    protected Component createSummaryContainer() {
        Component heading = super.createSummaryContainer();
        heading.getElement().setAttribute("aria-level", "3");
        return heading;
    }

    /** The item's title, or "closed item" where the public may not see even that. */
    static String titleOf(Component translator, AgendaItem item) {
        return item.title() != null ? item.title() : translator.getTranslation("item.closedTitle");
    }

    /** Whether the content below the summary has been made (the card was opened once). */
    private boolean hasContent() {
        return decision != null;
    }

    /**
     * Updates the card to the item. An unchanged card is left alone: re-setting even the same texts sends
     * them to the browser again, and a live refresh would then resend the whole agenda to every viewer.
     */
    void show(AgendaItem item, boolean current) {
        if (item.equals(shown) && current == shownCurrent) {
            return;
        }
        AgendaItem before = shown;
        // Set first: opening the card as the current one makes its content from the item shown.
        shown = item;
        shownCurrent = current;
        if (!item.equals(before)) {
            // The id follows the display number, which changes when the agenda is reordered.
            setId("item-" + item.number());
            getElement().setAttribute("data-item-id", item.id());
            number.setText(String.valueOf(item.number()));
            title.setText(titleOf(this, item));
            setClassName("plenum-withdrawn", item.withdrawn());
            if (hasContent()) {
                showContent(before);
            }
        }
        showBadges(item, current);
        showCurrent(current);
    }

    /** Shows when the item is expected to start, or nothing ({@code expected} null); an unchanged one is not resent. */
    void showExpectedStart(Instant expected) {
        if (Objects.equals(expected, shownExpected) && getLocale().equals(shownExpectedIn)) {
            return;
        }
        shownExpected = expected;
        shownExpectedIn = getLocale();
        String text = expected == null ? null
                : getTranslation("timeplan.expected", MeetingTimes.timeRange(expected, null, getLocale()));
        if (expectedStart == null) {
            if (text == null) {
                return;
            }
            expectedStart = new Span();
            expectedStart.addClassName("plenum-item-expected");
            summary.add(expectedStart);
        }
        if (!Objects.equals(text, expectedStart.getText().isEmpty() ? null : expectedStart.getText())) {
            expectedStart.setText(text == null ? "" : text);
            expectedStart.setVisible(text != null);
        }
    }

    /** Makes the next {@link #show} rebuild its content, e.g. in another language. */
    void forgetContent() {
        shown = null;
        shownBadges = null;
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

    private void showBadges(AgendaItem item, boolean current) {
        BadgeFacts facts = new BadgeFacts(current, item.decision() != null,
                item.decision() == null ? null : item.decision().outcome(),
                item.visibility(), item.kind(), item.withdrawn(), item.amended(),
                item.bilagChanges().isEmpty() ? null : item.bilagChanges().getLast(), getLocale());
        if (facts.equals(shownBadges)) {
            return;
        }
        shownBadges = facts;
        badges.removeAll();
        if (current) {
            badges.add(Badges.badge(getTranslation("live.current"), Badges.Tone.LIVE));
        }
        if (item.decision() != null) {
            badges.add(outcomeBadge(item.decision()));
        }
        if (item.isOpen()) {
            // Open is the normal case: no badge on every item, but a screen reader still hears it.
            Span open = new Span(getTranslation("visibility." + item.visibility()));
            open.addClassNames("plenum-visually-hidden", "plenum-item-open");
            badges.add(open);
        } else {
            badges.add(Badges.badge(getTranslation("visibility." + item.visibility()), Badges.Tone.CLOSED));
        }
        if (item.kind() == ItemKind.ROUND_THE_TABLE) {
            badges.add(Badges.badge(getTranslation("item.kind.ROUND_THE_TABLE"), Badges.Tone.INFO));
        }
        if (item.withdrawn()) {
            badges.add(Badges.badge(getTranslation("item.withdrawn"), Badges.Tone.CLOSED));
        }
        if (item.amended() != null) {
            Span amended = Badges.badge(amendment(item.amended()), Badges.Tone.INFO);
            amended.addClassName("plenum-item-amended");
            badges.add(amended);
        }
        if (!item.bilagChanges().isEmpty()) {
            badges.add(Badges.bilagChanged(item.bilagChanges().getLast(), this));
        }
    }

    /** E.g. "Ændret 28.11. kl. 14.05: titel, indstilling", or "Tilføjet 28.11. kl. 14.05". */
    private String amendment(ItemAmendment amended) {
        String when = MeetingTimes.shortDateTime(amended.at(), getLocale());
        if (amended.parts().contains("added")) {
            return getTranslation("item.added", when);
        }
        Stream<String> parts = Stream.concat(
                amended.parts().stream().map(part -> getTranslation("item.part." + part)),
                amended.sections().stream().map(heading -> heading.toLowerCase(getLocale())));
        return getTranslation("item.amended", when, parts.collect(Collectors.joining(", ")));
    }

    /** The outcome's name, or for the public's copy of a closed item's decision (outcome withheld) "public decision". */
    static String outcomeOf(Component translator, Decision recorded) {
        return recorded.outcome() == null ? translator.getTranslation("live.publicDecision")
                : translator.getTranslation("live.outcome." + recorded.outcome());
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

    /** The outcome, or for the public's copy of a closed item's decision (outcome withheld) "public decision". */
    private Span outcomeBadge(Decision recorded) {
        Span badge = Badges.badge(outcomeOf(this, recorded), Badges.Tone.NEUTRAL);
        badge.addClassName("plenum-decision-outcome");
        return badge;
    }

    /** The decision so far; the public's copy of a closed item carries no dissent, so none is shown. */
    private void showDecision(Decision recorded) {
        decision.removeAll();
        // Only a recorded decision carries the class, so "no decision yet" is "no .plenum-decision".
        decision.setClassName("plenum-decision", recorded != null);
        if (recorded == null) {
            return;
        }
        // The outcome is said once, in the item's summary (seen folded or opened); here the decision's own words.
        H3 heading = new H3(getTranslation("live.decision"));
        Paragraph text = new Paragraph(recorded.text());
        text.addClassName("plenum-decision-text");
        decision.add(heading, text);
        if (recorded.outcome() != null && recorded.publicText() != null) {
            // Insiders see what the public is told about a closed item; the public's copy is that text alone.
            Paragraph published = new Paragraph(getTranslation("live.publicText", recorded.publicText()));
            published.addClassName("plenum-decision-public");
            decision.add(published);
        }
        if (recorded.dissent() != null) {
            Paragraph dissent = new Paragraph(getTranslation("live.dissent", recorded.dissent()));
            dissent.addClassName("plenum-decision-dissent");
            decision.add(dissent);
        }
    }

    private void showBody(AgendaItem item) {
        body.removeAll();
        if (item.presenter() != null) {
            Paragraph presenter = new Paragraph(getTranslation("item.presenter", item.presenter()));
            presenter.addClassName("plenum-presenter");
            body.add(presenter);
        }
        if (item.visibility() == Visibility.CLOSED && item.sections().isEmpty()) {
            body.add(new Paragraph(getTranslation("item.closedForPublic")));
        }
        item.sections().forEach(section -> body.add(section(section)));
        if (!item.attachments().isEmpty()) {
            body.add(attachments(item));
        }
        if (!item.bilagChanges().isEmpty()) {
            body.add(bilagChanges(item));
        }
        if (body.getComponentCount() == 0 && item.decision() == null && item.kind() == ItemKind.REGULAR) {
            body.add(new Paragraph(getTranslation("item.noText")));
        }
    }

    private static Component section(Section section) {
        Paragraph text = new Paragraph(section.body());
        text.addClassName("plenum-section-body");
        Div block = new Div(new H3(section.heading()), text);
        block.addClassName("plenum-section");
        return block;
    }

    private Component attachments(AgendaItem item) {
        UnorderedList list = new UnorderedList();
        list.addClassName("plenum-attachments");
        for (Attachment attachment : item.attachments()) {
            ListItem entry = new ListItem(bilag(item, attachment));
            if (attachment.visibility() == Visibility.CLOSED) {
                entry.add(Badges.badge(getTranslation("attachment.closed"), Badges.Tone.CLOSED));
            }
            list.add(entry);
        }
        Div block = new Div(new H3(getTranslation("item.attachments")), list);
        block.addClassName("plenum-bilag");
        block.addClassName("plenum-section");
        return block;
    }

    /** Every change to the item's Bilag since the agenda was sent out, newest first. */
    private Component bilagChanges(AgendaItem item) {
        UnorderedList list = new UnorderedList();
        list.addClassName("plenum-bilag-changes");
        item.bilagChanges().reversed().forEach(change -> list.add(new ListItem(Badges.bilagChange(change, this))));
        Div block = new Div(new H3(getTranslation("item.bilagChanges")), list);
        block.addClassName("plenum-section");
        return block;
    }

    /** A Bilag with a file opens in the reader at its first page; an imported one is only a name. */
    private Component bilag(AgendaItem item, Attachment attachment) {
        if (!attachment.hasFile()) {
            Span name = new Span(attachment.name() + " (" + getTranslation("attachment.nameOnly") + ")");
            name.addClassName("plenum-bilag-name-only");
            return name;
        }
        Span pages = new Span(getTranslation("attachment.pages", attachment.pageCount()));
        pages.addClassName("plenum-bilag-pages");
        Anchor link = new Anchor(Navigation.bilagReader(meetingId, item.id(), attachment.id(), 1));
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(attachment.name()), pages);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("plenum-bilag-link");
        return link;
    }

    /** What the badges say: a live refresh that changed none of it leaves them as they are. */
    private record BadgeFacts(boolean current, boolean decided, DecisionOutcome outcome, Visibility visibility,
            ItemKind kind, boolean withdrawn, ItemAmendment amended, BilagChange lastBilagChange, Locale locale) {
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
