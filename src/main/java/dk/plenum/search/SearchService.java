package dk.plenum.search;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.meeting.Section;
import dk.plenum.search.internal.SearchIndex;
import dk.plenum.security.CurrentActor;
import dk.plenum.visibility.Audience;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Searches items and decisions of all meetings as the current person may see them. The index is
 * built from the projections at start and kept up to date from this instance's meeting events.
 */
@Service
public class SearchService implements SmartInitializingSingleton {

    static final int MAX_HITS = 50;
    private static final int SNIPPET_RADIUS = 80;
    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final SearchIndex index = new SearchIndex();
    private final MeetingJournal journal;
    private final CurrentActor currentActor;

    SearchService(MeetingJournal journal, CurrentActor currentActor) {
        this.journal = journal;
        this.currentActor = currentActor;
    }

    public List<SearchHit> search(String query) {
        return index.search(query, currentActor::audienceFor, MAX_HITS).stream().map(entry -> {
            Audience audience = currentActor.audienceFor(entry.meeting());
            return hit(entry.meeting(), entry.item(audience), SearchIndex.words(query).toList());
        }).toList();
    }

    /**
     * Before the web server takes requests, so that search agrees with the list from the first request;
     * the journal has reconciled the projections with the log by then.
     */
    @Override
    public void afterSingletonsInstantiated() {
        journal.findAll().forEach(index::put);
    }

    /**
     * Moves the indexed meeting on by each committed event, here or on another instance sharing the store,
     * the way every follower does; reads the meeting when the index missed an event. A failure here must not
     * fail the command that caused the event.
     */
    @EventListener
    void meetingChanged(MeetingEvent event) {
        try {
            Meeting indexed = index.meeting(event.meetingId());
            boolean missedSome = indexed == null ? event.seq() != 1 : event.seq() > indexed.lastSeq() + 1;
            index.put(missedSome ? journal.get(event.meetingId()) : MeetingProjection.applyAll(indexed, List.of(event)));
        } catch (RuntimeException failed) {
            log.warn("Search index not updated for event {} of meeting {}", event.seq(), event.meetingId(), failed);
        }
    }

    private static SearchHit hit(Meeting meeting, AgendaItem item, List<String> terms) {
        Decision decision = item.decision();
        return new SearchHit(meeting.id(), meeting.councilName(), meeting.title(), meeting.startsAt(), item.id(),
                item.number(), item.title(), item.visibility(), decision == null ? null : decision.outcome(),
                snippet(item, terms));
    }

    /** The first text of the item that holds a term, cut around it; the decision first, the title last. */
    private static String snippet(AgendaItem item, List<String> terms) {
        Stream<String> decision = item.decision() == null ? Stream.empty()
                : Stream.of(item.decision().text(), item.decision().dissent());
        List<String> texts = Stream.concat(decision, item.sections().stream().map(Section::body))
                .filter(Objects::nonNull).toList();
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String term : terms) {
                int at = lower.indexOf(term);
                if (at >= 0) {
                    int from = Math.max(0, at - SNIPPET_RADIUS);
                    int to = Math.min(text.length(), at + term.length() + SNIPPET_RADIUS);
                    return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ")
                            + (to < text.length() ? "…" : "");
                }
            }
        }
        return "";
    }
}
