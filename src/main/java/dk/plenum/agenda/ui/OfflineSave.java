package dk.plenum.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.plenum.meeting.MeetingTimes;
import dk.plenum.security.Actor;
import dk.plenum.shell.OfflineCopies;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * "Gem til offline" on a member's meeting page: keeps the meeting's offline edition, with the member's notes and the
 * Bilag, on this device for reading without a network (decision 0022). It saves by itself when a member opens the
 * meeting, and again a minute after the meeting changed while its page is open; the button saves at once (after new
 * notes, say) and the line beside it says when the copy was made.
 */
final class OfflineSave extends Div {

    private final Button save = new Button();
    private final Span state = new Span();
    private String meetingId;
    private String memberKey;
    /** A save a minute after a change is pending in the browser. */
    private boolean resaving;

    OfflineSave() {
        addClassName("plenum-offline-save");
        save.addThemeVariants(ButtonVariant.TERTIARY);
        save.addClickListener(click -> save());
        state.addClassName("plenum-offline-saved");
        // Said to screen readers as it changes: saving takes a moment and ends on its own.
        state.getElement().setAttribute("aria-live", "polite");
        add(save, state);
        setVisible(false);
    }

    /** Shown to a member of the meeting's council ({@code member}), saving the first time for each meeting. */
    void show(String shownMeetingId, Actor viewer, boolean member) {
        setVisible(member);
        String label = getTranslation("offline.save");
        if (!label.equals(save.getText())) {
            save.setText(label); // only when changed: a live refresh then resends nothing
        }
        String key = member ? OfflineCopies.keyOf(viewer) : null;
        if (member && !(shownMeetingId.equals(meetingId) && Objects.equals(key, memberKey))) {
            meetingId = shownMeetingId;
            memberKey = key;
            save();
        }
    }

    /**
     * The meeting changed while its page is open: the copy is saved again a minute later, once for all the changes of
     * that minute, so that it holds what the member last saw.
     */
    void meetingChanged() {
        if (isVisible() && meetingId != null && !resaving) {
            resaving = true;
            keep("saveSoon");
        }
    }

    private void save() {
        state.setText(getTranslation("offline.saving"));
        keep("save");
    }

    /** Runs {@code function} of scripts/offline.js and says when the copy was kept and how big it is. */
    private void keep(String function) {
        Locale language = getLocale();
        getElement().executeJs("return window.plenumOffline." + function + "($0, $1, $2)", meetingId, memberKey,
                language.getLanguage()).then(Double.class,
                bytes -> {
                    resaving = false;
                    state.setText(getTranslation("offline.saved", MeetingTimes.timeRange(Instant.now(), null, language),
                            size(bytes, language)));
                },
                failure -> {
                    resaving = false;
                    state.setText(getTranslation("offline.notSaved"));
                });
    }

    /** "0,1 MB", or "48 kB" for a copy without Bilag, which would read "0,0 MB". */
    static String size(double bytes, Locale language) {
        return bytes < 100_000 ? String.format(language, "%.0f kB", bytes / 1_000)
                : String.format(language, "%.1f MB", bytes / 1_000_000);
    }
}
