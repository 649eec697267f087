package dk.plenum.minutes;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * "Referat: PDF · HTML · Markdown" for one meeting, for any view to add:
 * {@code add(new MinutesDownload(minutesService, meeting.id()))}. The files are made through the UI
 * session, so a logged-in member gets the members' edition (the API, being stateless, would not know
 * them), in the language the page is shown in.
 */
@StyleSheet("styles/minutes.css")
public class MinutesDownload extends HorizontalLayout {

    public MinutesDownload(MinutesService minutes, String meetingId) {
        addClassName("plenum-minutes-download");
        setSpacing(true);
        add(new Span(getTranslation("minutes.download") + ":"));
        for (MinutesFormat format : MinutesFormat.values()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                Minutes written = minutes.write(meetingId, format, event.getUI().getLocale());
                return new DownloadResponse(new ByteArrayInputStream(written.content()), written.fileName(),
                        format.mediaType(), written.content().length);
            }), getTranslation("minutes.download." + format.extension()));
            link.addClassName("plenum-minutes-" + format.extension());
            add(link);
        }
    }
}
