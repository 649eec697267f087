package dk.plenum.bilag.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.plenum.bilag.BilagService;
import dk.plenum.bilag.internal.PageImages;
import dk.plenum.live.LiveMeetings;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.notes.NoteField;
import dk.plenum.notes.NotesRead;
import dk.plenum.notes.NotePlace;
import dk.plenum.notes.NotesService;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.shell.LiveMeetingBinding;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Bilag read on a tablet, a page at a time: each page an image drawn on the server (every browser shows
 * every page; iPad Safari shows only a PDF's first page in a frame), sized to the screen, with the page's
 * text beneath for search and screen readers. Pages turn by buttons of at least 44 px, the arrow keys and a
 * swipe; the zoom enlarges the page within its frame, which then scrolls. The link back opens the item the
 * reader came from. The page is in the address, so a search hit opens the Bilag there, and a reload stays.
 * What the reader may open is decided by {@link BilagService#readable}: a closed Bilag is "not found" to the
 * public. The reader follows the meeting while it is open: a Bilag replaced meanwhile is said to be and shown in
 * its new version at the same page (or its last, if it has fewer); one removed, or closed to a reader who may no
 * longer read it, is said to be gone, and none of its pages stays on the screen.
 */
@AnonymousAllowed
@Route(value = Navigation.BILAG_READER, layout = MainLayout.class)
@CssImport("./styles/bilag.css")
class BilagReaderView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle,
        LiveMeetingBinding.Screen {

    static final List<Integer> ZOOMS = List.of(50, 75, 100, 125, 150, 200, 300);
    private static final int FULL = 100;
    private static final Duration REFRESH_DELAY = Duration.ofMillis(200);

    private final BilagService bilag;
    private final MeetingJournal journal;
    private final CurrentActor currentActor;
    private final LiveMeetingBinding binding;

    /** The page shown, from 1, and the zoom in percent of the frame's width. */
    private int page = 1;
    private int zoom = FULL;

    private final Anchor back = new Anchor();
    private final H1 title = new H1();
    /** Says that the Bilag was replaced while it was read. */
    private final Paragraph notice = new Paragraph();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> turnTo(page - 1));
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> turnTo(page + 1));
    private final Span pageOf = new Span();
    private final Button zoomOut = new Button(VaadinIcon.MINUS.create(), click -> zoomBy(-1));
    private final Button zoomIn = new Button(VaadinIcon.PLUS.create(), click -> zoomBy(1));
    private final Span zoomLevel = new Span();
    private final Anchor download = new Anchor();
    private final Div frame = new Div();
    private final Image image = new Image();
    /** The next page, fetched while this one is read, so that turning to it shows it at once. */
    private final Image upcoming = new Image();
    private final Details textDetails = new Details();
    private final Paragraph text = new Paragraph();
    /** The reader's own note on the page shown, for a member of the council. */
    private final NoteField noteField;

    private final Div toolbar;

    private String meetingId;
    private String itemId;
    /** Who reads, as on entering: the live refresh runs outside the reader's request. Null for the public. */
    private Actor viewer;
    /** The Bilag shown; null when there is none to show (refused, or gone while it was read). */
    private Attachment attachment;
    private List<String> pageTexts;

    BilagReaderView(BilagService bilag, MeetingJournal journal, CurrentActor currentActor, LiveMeetings live,
            NotesService notes) {
        this.bilag = bilag;
        this.noteField = new NoteField(notes, new NotesRead(notes, this));
        this.journal = journal;
        this.currentActor = currentActor;
        this.binding = LiveMeetingBinding.bind(this, journal, live, REFRESH_DELAY, this);
        addClassNames("plenum-page", "plenum-bilag-reader");
        back.getElement().setAttribute("router-link", true);
        back.addClassName("plenum-bilag-back");
        for (Button button : List.of(previous, next, zoomOut, zoomIn)) {
            button.addThemeVariants(ButtonVariant.LUMO_ICON);
            button.addClassName("plenum-bilag-button");
        }
        previous.addClassName("plenum-bilag-previous");
        next.addClassName("plenum-bilag-next");
        zoomIn.addClassName("plenum-bilag-zoom-in");
        zoomOut.addClassName("plenum-bilag-zoom-out");
        pageOf.addClassName("plenum-bilag-page-of");
        pageOf.getElement().setAttribute("aria-live", "polite");
        zoomLevel.addClassName("plenum-bilag-zoom");
        download.addClassName("plenum-bilag-download");
        Div paging = new Div(previous, pageOf, next);
        paging.addClassName("plenum-bilag-paging");
        Div zooming = new Div(zoomOut, zoomLevel, zoomIn);
        zooming.addClassName("plenum-bilag-zooming");
        toolbar = new Div(paging, zooming, download);
        toolbar.addClassName("plenum-bilag-toolbar");
        image.addClassName("plenum-bilag-image");
        upcoming.addClassName("plenum-bilag-upcoming");
        upcoming.getElement().setAttribute("aria-hidden", "true");
        upcoming.setAlt("");
        frame.addClassName("plenum-bilag-frame");
        // A zoomed page scrolls inside the frame: a keyboard reaches it to scroll it too.
        frame.getElement().setAttribute("tabindex", "0");
        frame.getElement().setAttribute("role", "region");
        frame.add(image, upcoming);
        text.addClassName("plenum-bilag-text");
        textDetails.add(text);
        textDetails.addClassName("plenum-bilag-text-details");
        notice.addClassName("plenum-bilag-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        add(back, title, notice, toolbar, frame, noteField, textDetails);
        Shortcuts.addShortcutListener(this, () -> turnTo(page + 1), Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, () -> turnTo(page + 1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> turnTo(page - 1), Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> turnTo(page - 1), Key.PAGE_UP);
        Shortcuts.addShortcutListener(this, () -> zoomBy(1), Key.of("+"));
        Shortcuts.addShortcutListener(this, () -> zoomBy(-1), Key.of("-"));
        // A horizontal swipe over the page turns it, unless the page is zoomed and scrolls sideways.
        frame.getElement().executeJs("""
                let startX = null, startY = null;
                this.addEventListener('touchstart', e => { if (e.touches.length === 1) {
                    startX = e.touches[0].clientX; startY = e.touches[0].clientY; } }, {passive: true});
                this.addEventListener('touchend', e => {
                    if (startX === null || this.scrollWidth > this.clientWidth + 1) { startX = null; return; }
                    const dx = e.changedTouches[0].clientX - startX, dy = e.changedTouches[0].clientY - startY;
                    startX = null;
                    if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) {
                        this.dispatchEvent(new CustomEvent('plenum-swipe', {detail: dx < 0 ? 1 : -1}));
                    }
                }, {passive: true});
                """);
        frame.getElement().addEventListener("plenum-swipe", swipe -> turnTo(page
                + (int) swipe.getEventData().get("event.detail").asDouble())).addEventData("event.detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().get(Navigation.MEETING_ID).orElseThrow();
        itemId = event.getRouteParameters().get(Navigation.ITEM_ID).orElseThrow();
        String attachmentId = event.getRouteParameters().get(Navigation.ATTACHMENT_ID).orElseThrow();
        viewer = currentActor.get().orElse(null);
        attachment = null; // a Bilag shown before (the router may reuse the view) is not compared with this one
        binding.enter(event, Navigation.MEETING_ID);
        try {
            attachment = bilag.readable(meetingId, itemId, attachmentId);
            pageTexts = bilag.pageTexts(meetingId, itemId, attachmentId);
        } catch (CommandRefusedException refused) {
            // Said on the page itself, with the way back: a stale or shared link is not an error to hide.
            showUnavailable(getTranslation(refused.messageKey(), refused.args()));
            return;
        }
        removeAll();
        notice.setVisible(false);
        add(back, title, notice, toolbar, frame, noteField, textDetails);
        page = clampedPage(event.getLocation().getQueryParameters().getSingleParameter(Navigation.PAGE_QUERY)
                .map(BilagReaderView::parsePage).orElse(1));
        if (isAttached()) {
            render();
        }
    }

    @Override
    public void showAnother(Meeting meeting) {
        // Only on entering another meeting's Bilag: beforeEnter goes on to read that one.
    }

    /**
     * The meeting moved on while the Bilag was read: a new file is shown at the same page, a new name in the
     * title; a Bilag the reader may no longer read (removed, or closed to the public) is gone from the screen.
     */
    @Override
    public void showChanged(Meeting before, Meeting after) {
        if (attachment == null) {
            return;
        }
        Audience audience = viewer == null ? Audience.PUBLIC : viewer.audienceFor(after);
        Optional<Attachment> now = MeetingVisibility.readableBilag(audience, after, itemId, attachment.id());
        if (now.isEmpty()) {
            showUnavailable(getTranslation("bilag.reader.gone"));
            return;
        }
        boolean replaced = !now.get().fileId().equals(attachment.fileId());
        if (!replaced && now.get().equals(attachment)) {
            return;
        }
        attachment = now.get();
        if (replaced) {
            pageTexts = bilag.extractedPageTexts(attachment);
            notice.setText(getTranslation("bilag.reader.replaced"));
            notice.setVisible(true);
            int kept = clampedPage(page);
            if (kept != page) {
                page = kept;
                showPageInAddress();
            }
        }
        render();
    }

    /** Instead of the Bilag, why there is none to read, with the way back; nothing of its pages stays. */
    private void showUnavailable(String why) {
        attachment = null;
        removeAll();
        back.setText("← " + getTranslation("bilag.reader.backToMeeting"));
        back.setHref(Navigation.agendaAtItem(meetingId, itemId));
        Paragraph message = new Paragraph(why);
        message.addClassName("plenum-bilag-refused");
        message.getElement().setAttribute("role", "status");
        add(back, message);
    }

    @Override
    public String getPageTitle() {
        return attachment == null ? "" : getTranslation("bilag.reader.title", attachment.name());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        previous.setAriaLabel(getTranslation("bilag.reader.previous"));
        previous.setTooltipText(getTranslation("bilag.reader.previous"));
        next.setAriaLabel(getTranslation("bilag.reader.next"));
        next.setTooltipText(getTranslation("bilag.reader.next"));
        zoomIn.setAriaLabel(getTranslation("bilag.reader.zoomIn"));
        zoomOut.setAriaLabel(getTranslation("bilag.reader.zoomOut"));
        download.setText(getTranslation("bilag.reader.download"));
        frame.getElement().setAttribute("aria-label", getTranslation("bilag.reader.frame"));
        textDetails.setSummaryText(getTranslation("bilag.reader.pageText"));
        render();
    }

    private void render() {
        if (attachment == null) {
            return;
        }
        int number = journal.get(meetingId).item(itemId).map(item -> item.number()).orElse(0);
        back.setText("← " + getTranslation("bilag.reader.back", number));
        back.setHref(Navigation.agendaAtItem(meetingId, itemId));
        title.setText(attachment.name());
        download.setHref(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(bilag.pdf(meetingId, itemId, attachment.id())), attachment.name() + ".pdf",
                "application/pdf", attachment.size())));
        download.getElement().setAttribute("download", true);
        showPage();
        showZoom();
    }

    private void turnTo(int wanted) {
        int turned = clampedPage(wanted);
        if (attachment == null || turned == page) {
            return;
        }
        page = turned;
        showPage();
        showPageInAddress();
    }

    /** The page in the address, so that a reload stays there. */
    private void showPageInAddress() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(
                Navigation.bilagReader(meetingId, itemId, attachment.id(), page).split("\\?")[0],
                QueryParameters.simple(Map.of(Navigation.PAGE_QUERY, String.valueOf(page))))));
    }

    private void showPage() {
        image.setSrc(pageImage(page));
        String pageLabel = getTranslation("bilag.reader.pageOf", page, attachment.pageCount());
        image.setAlt(pageLabel);
        pageOf.setText(pageLabel);
        previous.setEnabled(page > 1);
        next.setEnabled(page < attachment.pageCount());
        upcoming.setVisible(page < attachment.pageCount());
        if (page < attachment.pageCount()) {
            upcoming.setSrc(pageImage(page + 1));
        }
        noteField.show(journal.get(meetingId), NotePlace.bilagPage(itemId, attachment.id(), page), viewer);
        String pageText = page <= pageTexts.size() ? pageTexts.get(page - 1) : "";
        text.setText(pageText.isBlank() ? getTranslation("bilag.reader.noPageText") : pageText);
    }

    private void zoomBy(int steps) {
        int index = Math.max(0, Math.min(ZOOMS.size() - 1, ZOOMS.indexOf(zoom) + steps));
        zoom = ZOOMS.get(index);
        showZoom();
        showPage(); // a zoomed page is drawn wider, so it stays sharp
    }

    private void showZoom() {
        image.getStyle().set("width", zoom + "%");
        zoomLevel.setText(getTranslation("bilag.reader.zoom", zoom));
        zoomOut.setEnabled(zoom > ZOOMS.getFirst());
        zoomIn.setEnabled(zoom < ZOOMS.getLast());
    }

    /** The page as a JPEG, served through this view's session: the reader's login decides, as for the API. */
    private DownloadHandler pageImage(int number) {
        int width = PageImages.READER_WIDTH * Math.max(zoom, FULL) / FULL;
        String attachmentId = attachment.id();
        return DownloadHandler.fromInputStream(request -> {
            byte[] jpeg = bilag.pageImage(meetingId, itemId, attachmentId, number, width);
            request.getResponse().setHeader("Cache-Control", "private, max-age=3600");
            return new DownloadResponse(new ByteArrayInputStream(jpeg), "side-" + number + ".jpg", "image/jpeg",
                    jpeg.length);
        }).inline();
    }

    private int clampedPage(int wanted) {
        return attachment == null ? 1 : Math.max(1, Math.min(attachment.pageCount(), wanted));
    }

    private static int parsePage(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
