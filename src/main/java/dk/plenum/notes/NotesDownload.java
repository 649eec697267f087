package dk.plenum.notes;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.plenum.minutes.MinutesFormat;
import dk.plenum.security.Actor;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * "Mine noter: PDF · Markdown" for a member's meeting page: the meeting's items with the member's own notes under
 * each, in the page's language, made for the login that opened the page ({@code author}) and no one else.
 */
@StyleSheet("styles/notes.css")
public class NotesDownload extends Div {

    public NotesDownload(NotesService notes, String meetingId, Actor author) {
        addClassName("plenum-notes-download");
        add(new Span(getTranslation("notes.download") + ":"));
        for (MinutesFormat format : List.of(MinutesFormat.PDF, MinutesFormat.MARKDOWN)) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                NotesExport export = notes.export(meetingId, format, event.getUI().getLocale(), author);
                return new DownloadResponse(new ByteArrayInputStream(export.content()), export.fileName(),
                        format.mediaType(), export.content().length);
            }), getTranslation("notes.download." + format.extension()));
            link.addClassName("plenum-notes-" + format.extension());
            add(link);
        }
    }
}
