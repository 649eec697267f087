package dk.plenum.speakers.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.plenum.live.LiveMeetings;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.VoteSentence;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.shell.LiveMeetingBinding;
import dk.plenum.shell.Navigation;
import dk.plenum.speakers.SpeakerBoard;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import java.time.Duration;

/**
 * The meeting on the room's screen or projector, read from across the room: the meeting, the item under
 * discussion, the result of its last recorded vote, who has the floor with the time left, and the next speakers. No
 * page frame and no controls. It shows what the public may see (a closed item only as "Closed item", without its
 * vote), unless the council's secretariat opened it.
 */
@AnonymousAllowed
@Route(Navigation.DISPLAY)
class RoomDisplayView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle,
        LiveMeetingBinding.Screen {

    /** The room reads it from afar: a few redraws a second at most are plenty. */
    static final Duration REFRESH_INTERVAL = Duration.ofMillis(200);
    /** How many waiting speakers fit on the screen in large type. */
    static final int NEXT_SHOWN = 4;

    private final CurrentActor currentActor;
    private final LiveMeetingBinding binding;
    private final Span meetingTitle = new Span();
    private final Span itemNumber = new Span();
    private final H1 itemTitle = new H1();
    private final SpeakerBoard board = new SpeakerBoard(NEXT_SHOWN);
    /** The item's last recorded vote as the minutes word it; empty (and hidden) while it has none. */
    private final Paragraph vote = new Paragraph();
    private Actor viewer;

    RoomDisplayView(MeetingJournal journal, LiveMeetings live, CurrentActor currentActor) {
        this.currentActor = currentActor;
        this.binding = LiveMeetingBinding.bind(this, journal, live, REFRESH_INTERVAL, this);
        addClassName("plenum-display");
        // No page frame around it, so the display is its own main landmark (axe: landmark-one-main, region).
        getElement().setAttribute("role", "main");
        meetingTitle.addClassName("plenum-display-meeting");
        itemNumber.addClassName("plenum-display-number");
        itemTitle.addClassName("plenum-display-item");
        itemTitle.getElement().setAttribute("aria-live", "polite");
        Div item = new Div(itemNumber, itemTitle);
        item.addClassName("plenum-display-current");
        vote.addClassName("plenum-display-vote");
        vote.getElement().setAttribute("aria-live", "polite");
        add(meetingTitle, item, vote, board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = currentActor.get().orElse(null);
        binding.enter(event, Navigation.MEETING_ID, found -> MeetingVisibility.isVisibleTo(audienceOf(found), found))
                .orElseThrow(() -> new NotFoundException("No meeting for this viewer"));
    }

    /** The secretariat sees everything; everyone else, a member included, what the room's public may see. */
    private Audience audienceOf(Meeting meeting) {
        return viewer != null && viewer.isSecretariatOf(meeting.councilId()) ? Audience.SECRETARIAT : Audience.PUBLIC;
    }

    @Override
    public void showAnother(Meeting meeting) {
        render();
    }

    @Override
    public void showChanged(Meeting before, Meeting after) {
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        Meeting full = binding.meeting();
        Audience audience = audienceOf(full);
        Meeting meeting = MeetingVisibility.visibleTo(audience, full);
        meetingTitle.setText(meeting.councilName() + " · " + meeting.title());
        AgendaItem current = meeting.status() == MeetingStatus.LIVE ? meeting.currentItem().orElse(null) : null;
        if (current == null) {
            itemNumber.setText(getTranslation("meeting.status." + meeting.status()));
            itemTitle.setText(getTranslation("display.noItem"));
        } else {
            itemNumber.setText(getTranslation("display.item", current.number()));
            itemTitle.setText(current.isOpen() || audience != Audience.PUBLIC ? current.title()
                    : getTranslation("display.closedItem"));
        }
        // From the meeting as this audience may see it: the public gets no vote of a closed item.
        String voteText = current == null ? "" : meeting.voting().voteOn(current.id())
                .map(recorded -> getTranslation("voting.vote.recorded", VoteSentence.of(meeting, recorded, getLocale())))
                .orElse("");
        vote.setText(voteText);
        vote.setVisible(!voteText.isEmpty());
        board.show(meeting);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.title") + " · " + binding.meeting().title() + " · Plenum";
    }
}
