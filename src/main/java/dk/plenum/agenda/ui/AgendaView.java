package dk.plenum.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.shell.Badges;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.MeetingTimes;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.visibility.MeetingVisibility;
import java.util.Locale;

/**
 * A meeting's agenda as a member reads it on a tablet: the items in order, each folded to its number,
 * title and badges, opening to its sections and attachments. Text is always set as text, never as HTML.
 */
@AnonymousAllowed
@Route(value = "meetings/:" + AgendaView.MEETING_ID, layout = MainLayout.class)
class AgendaView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String MEETING_ID = "meetingId";

    private final MeetingJournal journal;
    private final CurrentActor actor;
    private Meeting meeting;

    AgendaView(MeetingJournal journal, CurrentActor actor) {
        this.journal = journal;
        this.actor = actor;
        addClassName("plenum-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String meetingId = event.getRouteParameters().get(MEETING_ID).orElseThrow();
        meeting = journal.find(meetingId)
                .map(found -> MeetingVisibility.visibleTo(actor.audienceFor(found.councilId()), found))
                .orElseThrow(() -> new NotFoundException("No meeting " + meetingId));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Locale locale = event.getLocale();
        add(header(locale), new H2(getTranslation("agenda.title")));
        if (meeting.items().isEmpty()) {
            add(new Paragraph(getTranslation("agenda.notPublished")));
        }
        Div items = new Div();
        items.addClassName("plenum-agenda");
        meeting.items().forEach(item -> items.add(item(item)));
        add(items);
    }

    private Component header(Locale locale) {
        Span council = new Span(meeting.councilName());
        council.addClassName("plenum-council");
        Span when = new Span(MeetingTimes.date(meeting.startsAt(), locale) + ", "
                + getTranslation("agenda.time", MeetingTimes.timeRange(meeting.startsAt(), meeting.endsAt(), locale)));
        Div facts = new Div(when);
        if (meeting.location() != null) {
            facts.add(new Span(meeting.location()));
        }
        facts.addClassName("plenum-meeting-facts");
        Div badges = new Div(Badges.badge(getTranslation("meeting.kind." + meeting.kind()), Badges.Tone.NEUTRAL),
                Badges.badge(getTranslation("meeting.status." + meeting.status()), Badges.Tone.INFO));
        badges.addClassName("plenum-badges");
        Div header = new Div(council, new H1(meeting.title()), facts, badges);
        header.addClassName("plenum-meeting-header");
        if (actor.get().filter(Actor::isSecretariat).isPresent()) {
            // A plain link: the control view belongs to the proceedings feature, which agenda may not name.
            Anchor control = new Anchor("meetings/" + meeting.id() + "/control", getTranslation("control.open"));
            control.addClassName("plenum-control-link");
            header.add(control);
        }
        return header;
    }

    private Component item(AgendaItem item) {
        Span number = new Span(String.valueOf(item.number()));
        number.addClassName("plenum-item-number");
        Span title = new Span(item.title());
        title.addClassName("plenum-item-title");
        Div badges = new Div(visibilityBadge(item.visibility()));
        if (item.kind() == ItemKind.ROUND_THE_TABLE) {
            badges.add(Badges.badge(getTranslation("item.kind.ROUND_THE_TABLE"), Badges.Tone.INFO));
        }
        badges.addClassName("plenum-badges");
        Div summary = new Div(number, title, badges);
        summary.addClassName("plenum-item-summary");

        Div content = new Div();
        content.addClassName("plenum-item-content");
        if (item.presenter() != null) {
            Paragraph presenter = new Paragraph(getTranslation("item.presenter", item.presenter()));
            presenter.addClassName("plenum-presenter");
            content.add(presenter);
        }
        if (item.visibility() == Visibility.CLOSED && item.sections().isEmpty()) {
            content.add(new Paragraph(getTranslation("item.closedForPublic")));
        }
        item.sections().forEach(section -> content.add(section(section)));
        if (!item.attachments().isEmpty()) {
            content.add(attachments(item));
        }
        if (content.getComponentCount() == 0) {
            content.add(new Paragraph(getTranslation("item.noText")));
        }
        Details details = new Details(summary, content);
        details.addClassName("plenum-item");
        details.setId("item-" + item.number());
        return details;
    }

    private Component section(Section section) {
        Paragraph body = new Paragraph(section.body());
        body.addClassName("plenum-section-body");
        Div block = new Div(new H3(section.heading()), body);
        block.addClassName("plenum-section");
        return block;
    }

    private Component attachments(AgendaItem item) {
        UnorderedList list = new UnorderedList();
        list.addClassName("plenum-attachments");
        for (Attachment attachment : item.attachments()) {
            ListItem entry = new ListItem(new Span(attachment.name()));
            if (attachment.visibility() == Visibility.CLOSED) {
                entry.add(Badges.badge(getTranslation("attachment.closed"), Badges.Tone.CLOSED));
            }
            list.add(entry);
        }
        Div block = new Div(new H3(getTranslation("item.attachments")), list);
        block.addClassName("plenum-section");
        return block;
    }

    private Component visibilityBadge(Visibility visibility) {
        return Badges.badge(getTranslation("visibility." + visibility),
                visibility == Visibility.OPEN ? Badges.Tone.OPEN : Badges.Tone.CLOSED);
    }

    @Override
    public String getPageTitle() {
        return meeting.title() + " · Plenum";
    }
}
