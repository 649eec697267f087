package dk.plenum.notes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.CommandRefusedException;
import dk.plenum.meeting.Meeting;
import dk.plenum.security.Actor;
import dk.plenum.shell.Refusals;
import java.time.Duration;
import java.util.Objects;

/**
 * The logged-in member's own note at one place (an item, or a page of a Bilag), for any view to place: shown only to
 * a member who may keep notes there, saved as they type (after a short pause, and before any other request of the
 * page, such as turning a page or leaving), an emptied note deleted. A quiet state under it ("Gemt", or why not) is
 * announced to screen readers. The field is loaded when its place or its author changes, and when the author changes
 * the note on another of their devices (served by this instance), never while typed in.
 */
@StyleSheet("styles/notes.css")
public class NoteField extends Div {

    /** After this pause in typing the note is saved. */
    static final int SAVE_AFTER_MILLIS = 800;
    private static final Duration TYPING_PAUSE = Duration.ofSeconds(10);

    private final NotesService notes;
    private final NotesRead read;
    private final TextArea text = new TextArea();
    private final Span state = new Span();

    private String meetingId;
    private NotePlace place;
    private Actor author;
    /**
     * What another device saved does not overwrite what is being typed here: while the field has the focus and was
     * typed in within {@link #TYPING_PAUSE}. (A tablet put down with the cursor in its note does follow.)
     */
    private boolean focused;
    private long typedAtNanos;
    /** Changes to the author's notes on the meeting from their other devices, while attached; null otherwise. */
    private Registration following;

    /** One of a page's note fields, which all show what the page {@code read} of the member's notes. */
    public NoteField(NotesService notes, NotesRead read) {
        this.notes = notes;
        this.read = read;
        addClassName("plenum-note");
        text.addClassName("plenum-note-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(SAVE_AFTER_MILLIS);
        text.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                typedAtNanos = System.nanoTime();
                save(change.getValue());
            }
        });
        text.addFocusListener(focus -> {
            focused = true;
            // What was read may be older than a change saved through another instance: read it before typing.
            showSavedElsewhere();
        });
        text.addBlurListener(blur -> focused = false);
        addAttachListener(attach -> follow(attach.getUI()));
        addDetachListener(detach -> stopFollowing());
        state.addClassName("plenum-note-state");
        state.getElement().setAttribute("role", "status");
        add(text, state);
        setVisible(false);
    }

    /**
     * The author's note at the place in the meeting (the whole meeting, as the journal has it); hidden where they may
     * keep none (nobody logged in, the secretariat, a place they may not read).
     */
    public void show(Meeting meeting, NotePlace shownPlace, Actor viewer) {
        boolean mayKeep = notes.mayKeepNotes(meeting, shownPlace, viewer);
        setVisible(mayKeep);
        if (!mayKeep) {
            place = null;
            stopFollowing();
            return;
        }
        String label = shownPlace.onBilagPage() ? getTranslation("notes.pageLabel", shownPlace.page())
                : getTranslation("notes.itemLabel", meeting.item(shownPlace.itemId()).map(AgendaItem::number)
                        .orElse(0));
        // Set only when changed (the item renumbered, another language): a live refresh then resends nothing.
        if (!label.equals(text.getLabel())) {
            text.setLabel(label);
            text.setHelperText(getTranslation("notes.helper"));
        }
        if (meeting.id().equals(meetingId) && shownPlace.equals(place) && Objects.equals(viewer, author)) {
            return;
        }
        meetingId = meeting.id();
        place = shownPlace;
        author = viewer;
        text.setValue(read.note(meeting, place, author).map(Note::text).orElse(""));
        text.setInvalid(false);
        state.setText("");
        stopFollowing();
        getUI().ifPresent(this::follow);
    }

    private void follow(UI ui) {
        if (place == null || following != null) {
            return;
        }
        NotePlace followed = place;
        following = notes.follow(meetingId, author, changed -> {
            if (changed.equals(followed)) {
                try {
                    ui.access(this::showSavedElsewhere);
                } catch (UIDetachedException closed) {
                    // That page is gone; its detach ends the following.
                }
            }
        });
    }

    private void stopFollowing() {
        if (following != null) {
            following.remove();
            following = null;
        }
    }

    private void showSavedElsewhere() {
        boolean typing = focused && System.nanoTime() - typedAtNanos < TYPING_PAUSE.toNanos();
        if (typing || place == null) {
            return;
        }
        String stored = notes.note(meetingId, place, author).map(Note::text).orElse("");
        if (!stored.equals(text.getValue())) {
            text.setValue(stored);
            state.setText(getTranslation("notes.updatedElsewhere"));
        }
    }

    private void save(String typed) {
        if (place == null) {
            return;
        }
        try {
            if (typed.isBlank()) {
                notes.delete(meetingId, place, author);
            } else {
                notes.save(meetingId, place, typed, author);
            }
            text.setInvalid(false);
            state.setText(getTranslation("notes.saved"));
            state.removeClassName("plenum-note-unsaved");
        } catch (CommandRefusedException refused) {
            String why = Refusals.message(this, refused, "notes.field.");
            text.setErrorMessage(why);
            text.setInvalid(true);
            state.setText(getTranslation("notes.notSaved", why));
            state.addClassName("plenum-note-unsaved");
        }
    }
}
