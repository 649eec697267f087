package dk.plenum.search;

import dk.plenum.bilag.BilagService;
import dk.plenum.live.EveryMeetingFeed;
import dk.plenum.live.LiveMeetings;
import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingEvent;
import dk.plenum.meeting.MeetingJournal;
import dk.plenum.meeting.MeetingProjection;
import dk.plenum.meeting.Section;
import dk.plenum.search.internal.SearchIndex;
import dk.plenum.search.SearchHit.InBilag;
import dk.plenum.security.CurrentActor;
import dk.plenum.shell.Navigation;
import dk.plenum.visibility.Audience;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * Searches items and decisions of all meetings, and the text of their Bilag, as the current person may see
 * them. The index is built from the projections at start and kept up to date from the live feed of every
 * meeting ({@link LiveMeetings#followEveryMeeting}): the events committed here and those other instances sharing
 * the store commit, on the feed's thread, never on the command's. A Bilag's text is read from the store when its
 * file is first indexed (added, replaced, or at start). A search first waits for the events published before it,
 * so that it finds what was just recorded, and no longer finds what was just closed.
 */
@Service
public class SearchService implements SmartInitializingSingleton {

    static final int MAX_HITS = 50;
    private static final int SNIPPET_RADIUS = 80;
    /** Far longer than the index takes for an event (a new Bilag's text included); only a stuck feed waits this long. */
    private static final Duration CATCH_UP_WAIT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final SearchIndex index;
    private final MeetingJournal journal;
    private final CurrentActor currentActor;
    private final BilagService bilag;
    private final LiveMeetings live;
    private EveryMeetingFeed feed;

    SearchService(MeetingJournal journal, CurrentActor currentActor, BilagService bilag, LiveMeetings live) {
        this.journal = journal;
        this.currentActor = currentActor;
        this.bilag = bilag;
        this.live = live;
        this.index = new SearchIndex(this::pageTexts);
    }

    public List<SearchHit> search(String query) {
        awaitIndexed();
        List<String> terms = SearchIndex.words(query).toList();
        return index.search(query, currentActor::audienceFor, MAX_HITS).stream().map(entry -> {
            Audience audience = currentActor.audienceFor(entry.meeting());
            AgendaItem item = entry.item(audience);
            if (entry.bilag() == null) {
                return hit(entry.meeting(), item, snippet(itemTexts(item), terms), null);
            }
            List<String> pages = pageTexts(entry.bilag());
            int page = SearchIndex.pageHolding(pages, query);
            String snippet = pages.isEmpty() ? "" : snippet(List.of(pages.get(page - 1)), terms);
            return hit(entry.meeting(), item, snippet, inBilag(entry.meeting(), item, entry.bilag(), page));
        }).toList();
    }

    /**
     * Before the web server takes requests, so that search agrees with the list from the first request;
     * the journal has reconciled the projections with the log by then.
     */
    @Override
    public void afterSingletonsInstantiated() {
        // Following first: an event committed while the projections are read is then applied after, or skipped.
        feed = live.followEveryMeeting(this::meetingChanged);
        journal.findAll().forEach(index::put);
    }

    @PreDestroy
    void stopFollowing() {
        if (feed != null) {
            feed.close();
        }
    }

    /** Until the index holds every event published before the search began, or a stuck feed is given up on. */
    private void awaitIndexed() {
        try {
            if (!feed.awaitDelivered(CATCH_UP_WAIT)) {
                log.warn("Search answers from an index still behind the live feed after {}", CATCH_UP_WAIT);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Moves the indexed meeting on by each committed event, here or on another instance sharing the store,
     * the way every follower does; reads the meeting when the index missed an event. A failure here is logged
     * and the next event of the meeting reads it whole.
     */
    private void meetingChanged(MeetingEvent event) {
        try {
            Meeting indexed = index.meeting(event.meetingId());
            boolean missedSome = indexed == null ? event.seq() != 1 : event.seq() > indexed.lastSeq() + 1;
            index.put(missedSome ? journal.get(event.meetingId()) : MeetingProjection.applyAll(indexed, List.of(event)));
        } catch (RuntimeException failed) {
            log.warn("Search index not updated for event {} of meeting {}", event.seq(), event.meetingId(), failed);
        }
    }

    /**
     * A Bilag file's page texts, for the index and for a hit's page and snippet. A file the store cannot give is
     * indexed without text, and said in the log: the meeting's other changes must still be found.
     */
    private List<String> pageTexts(Attachment attachment) {
        try {
            return bilag.extractedPageTexts(attachment);
        } catch (RuntimeException unreadable) {
            log.warn("Text of Bilag {} (file {}) not indexed", attachment.id(), attachment.fileId(), unreadable);
            return List.of();
        }
    }

    private static InBilag inBilag(Meeting meeting, AgendaItem item, Attachment attachment, int page) {
        return new InBilag(attachment.id(), attachment.name(), attachment.visibility(), page,
                "/" + Navigation.bilagReader(meeting.id(), item.id(), attachment.id(), page));
    }

    private static SearchHit hit(Meeting meeting, AgendaItem item, String snippet, InBilag inBilag) {
        Decision decision = item.decision();
        return new SearchHit(meeting.id(), meeting.councilName(), meeting.title(), meeting.startsAt(), item.id(),
                item.number(), item.title(), item.visibility(), decision == null ? null : decision.outcome(),
                snippet, inBilag);
    }

    /** The texts of the item a snippet is cut from: the decision first, the sections after, not the title. */
    private static List<String> itemTexts(AgendaItem item) {
        Stream<String> decision = item.decision() == null ? Stream.empty()
                : Stream.of(item.decision().text(), item.decision().dissent());
        return Stream.concat(decision, item.sections().stream().map(Section::body)).filter(Objects::nonNull).toList();
    }

    /**
     * The first of the texts that holds a word starting with a term (as the index matches), cut around it at word
     * boundaries: a snippet never starts or ends inside a word.
     */
    static String snippet(List<String> texts, List<String> terms) {
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String term : terms) {
                int at = wordStartingWith(lower, term);
                if (at >= 0) {
                    int from = at - SNIPPET_RADIUS <= 0 ? 0 : wordStartAfter(text, at - SNIPPET_RADIUS, at);
                    int to = at + term.length() + SNIPPET_RADIUS >= text.length() ? text.length()
                            : wordEndBefore(text, at + term.length() + SNIPPET_RADIUS, at + term.length());
                    return (from > 0 ? "…" : "") + text.substring(from, to).strip().replaceAll("\\s+", " ")
                            + (to < text.length() ? "…" : "");
                }
            }
        }
        return "";
    }

    /** Where in {@code text} the first word starting with {@code term} begins; -1 if none does. */
    private static int wordStartingWith(String text, String term) {
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return at;
            }
        }
        return -1;
    }

    /** The start of the first word at or after {@code from}, but never beyond {@code limit} (the term). */
    private static int wordStartAfter(String text, int from, int limit) {
        int at = from;
        if (Character.isLetterOrDigit(text.charAt(at - 1))) {
            while (at < limit && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        return at;
    }

    /** The end of the last word ending at or before {@code to}, but never before {@code limit} (the term's end). */
    private static int wordEndBefore(String text, int to, int limit) {
        int at = to;
        if (Character.isLetterOrDigit(text.charAt(at))) {
            while (at > limit && !Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
        }
        return at;
    }
}
