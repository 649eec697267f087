package dk.plenum.search.internal;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.Section;
import dk.plenum.visibility.Audience;
import dk.plenum.visibility.MeetingVisibility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An in-memory inverted index of agenda items: normalised word → items. The embedded store has no
 * text search and scans for every query, so searching there would not scale to years of meetings.
 *
 * <p>Each item is indexed twice: as members see it, and as the public sees it (after
 * {@link MeetingVisibility}). A query term matches every word it is a prefix of, which suits Danish
 * compounds ("erhverv" finds "erhvervsstrategien"); all terms must match. Safe for concurrent use.
 *
 * <p>Each Bilag with a file is an entry of its own, holding the words of all its pages, extracted once at
 * upload and read from the store once per file (a file never changes under its id): when the Bilag is added
 * or replaced, or at start. One entry per Bilag rather than per page: a word on many pages is one posting, not
 * one per page, and the page a hit opens at is found in the hit's own text ({@link #pageHolding}). The public
 * finds a Bilag only if {@link MeetingVisibility#readableBilag} lets it read the Bilag, decided again at every
 * change of the meeting, so a Bilag or item closed later is not found from that change on.
 */
public final class SearchIndex {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** One item of one meeting, in both its full and its public form. Identity equality on purpose. */
    public static final class Entry {

        private final Meeting meeting;
        private final AgendaItem item;
        private final AgendaItem publicItem;
        /** The Bilag whose text this entry holds; null for the item itself. */
        private final Attachment bilag;
        // Kept so that replacing a meeting removes exactly the words it added, without reading them again.
        private final Set<String> words;
        private final Set<String> publicWords;

        Entry(Meeting meeting, AgendaItem item, AgendaItem publicItem) {
            this.meeting = meeting;
            this.item = item;
            this.publicItem = publicItem;
            this.bilag = null;
            this.words = wordsOf(item);
            // An open item's public copy can still lack something (a closed Bilag's name): compare, do not assume.
            this.publicWords = publicItem.equals(item) ? words : wordsOf(publicItem);
        }

        Entry(Meeting meeting, AgendaItem item, AgendaItem publicItem, Attachment bilag, Set<String> words,
                boolean publicReads) {
            this.meeting = meeting;
            this.item = item;
            this.publicItem = publicItem;
            this.bilag = bilag;
            this.words = words;
            this.publicWords = publicReads ? words : Set.of();
        }

        public Meeting meeting() {
            return meeting;
        }

        /** The item as {@code audience} may see it. */
        public AgendaItem item(Audience audience) {
            return audience == Audience.PUBLIC ? publicItem : item;
        }

        /** The Bilag whose text holds the words; null for a hit in the item itself. */
        public Attachment bilag() {
            return bilag;
        }
    }

    /** {@code bilagWords}: each Bilag file's words, by file id, so that the next change need not read them. */
    private record Indexed(Meeting meeting, List<Entry> entries, Map<String, Set<String>> bilagWords) {
    }

    private final Map<String, Indexed> meetings = new HashMap<>();
    private final NavigableMap<String, Set<Entry>> fullWords = new TreeMap<>();
    private final NavigableMap<String, Set<Entry>> publicWords = new TreeMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Function<Attachment, List<String>> bilagPageTexts;

    /** @param bilagPageTexts each page's text of a Bilag's file, as extracted at upload */
    public SearchIndex(Function<Attachment, List<String>> bilagPageTexts) {
        this.bilagPageTexts = bilagPageTexts;
    }

    /** Indexes the meeting, replacing what was indexed of it, unless what is indexed is newer. */
    public void put(Meeting meeting) {
        Meeting visible = MeetingVisibility.visibleTo(Audience.PUBLIC, meeting);
        Map<String, Set<String>> known = bilagWords(meeting.id());
        Map<String, Set<String>> bilagWords = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (AgendaItem item : meeting.items()) {
            AgendaItem publicItem = visible.item(item.id()).orElseThrow();
            entries.add(new Entry(meeting, item, publicItem));
            for (Attachment bilag : item.attachments()) {
                if (!bilag.hasFile()) {
                    continue;
                }
                boolean publicReads = MeetingVisibility.readableBilag(Audience.PUBLIC, meeting, item.id(), bilag.id())
                        .isPresent();
                Set<String> words = bilagWords.computeIfAbsent(bilag.fileId(),
                        fileId -> known.containsKey(fileId) ? known.get(fileId) : wordsOfFile(bilag));
                if (!words.isEmpty()) {
                    entries.add(new Entry(meeting, item, publicItem, bilag, words, publicReads));
                }
            }
        }
        lock.writeLock().lock();
        try {
            Indexed before = meetings.get(meeting.id());
            if (before != null && before.meeting().lastSeq() > meeting.lastSeq()) {
                return;
            }
            if (before != null) {
                before.entries().forEach(this::remove);
            }
            meetings.put(meeting.id(), new Indexed(meeting, entries, bilagWords));
            entries.forEach(this::add);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Map<String, Set<String>> bilagWords(String meetingId) {
        lock.readLock().lock();
        try {
            Indexed indexed = meetings.get(meetingId);
            return indexed == null ? Map.of() : indexed.bilagWords();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The words of all the file's pages, each word one shared string (interned): the same word in thousands of
     * Bilag would otherwise be thousands of copies, the largest part of the index's heap.
     */
    private Set<String> wordsOfFile(Attachment bilag) {
        return bilagPageTexts.apply(bilag).stream().flatMap(SearchIndex::words).map(String::intern)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The page (from 1) of a Bilag found by {@code query} to open it at: the first that holds every word of the
     * query (each as the start of a word, as the index matches), else the first that holds any, else the first.
     */
    public static int pageHolding(List<String> pageTexts, String query) {
        List<String> terms = words(query).distinct().toList();
        int holdingAny = 0;
        for (int page = 1; page <= pageTexts.size(); page++) {
            Set<String> words = words(pageTexts.get(page - 1)).collect(Collectors.toSet());
            long held = terms.stream().filter(term -> words.stream().anyMatch(word -> word.startsWith(term))).count();
            if (held == terms.size()) {
                return page;
            }
            if (held > 0 && holdingAny == 0) {
                holdingAny = page;
            }
        }
        return Math.max(holdingAny, 1);
    }

    /** The indexed copy of a meeting, to fold its next event onto; null if not indexed. */
    public Meeting meeting(String meetingId) {
        lock.readLock().lock();
        try {
            Indexed indexed = meetings.get(meetingId);
            return indexed == null ? null : indexed.meeting();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The items matching every word of {@code query}, as each meeting's audience may see them: a
     * meeting where the searcher is an insider matches on full content, any other on public content only, and a
     * draft only for its secretariat.
     * Latest meeting first, then agenda order, an item before its Bilag.
     */
    public List<Entry> search(String query, Function<Meeting, Audience> audienceForMeeting, int limit) {
        List<String> terms = words(query).distinct().toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            Set<Entry> inFull = matchingAll(fullWords, terms);
            Set<Entry> inPublic = matchingAll(publicWords, terms);
            Map<String, Audience> audiences = new HashMap<>();
            return inFull.stream()
                    .filter(entry -> {
                        Audience audience = audiences.computeIfAbsent(entry.meeting.id(),
                                id -> audienceForMeeting.apply(entry.meeting));
                        return MeetingVisibility.isVisibleTo(audience, entry.meeting)
                                && (inPublic.contains(entry) || audience != Audience.PUBLIC);
                    })
                    .sorted(Comparator.comparing((Entry entry) -> entry.meeting.startsAt()).reversed()
                            .thenComparingInt(entry -> entry.item.number())
                            .thenComparingInt(entry -> entry.bilag == null ? -1
                                    : entry.item.attachments().indexOf(entry.bilag)))
                    .limit(limit)
                    .toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The words of a text as the index keeps them: lower case letters and digits. */
    public static Stream<String> words(String text) {
        return NOT_A_WORD.splitAsStream(text.toLowerCase(Locale.ROOT)).filter(word -> !word.isEmpty());
    }

    private static Set<Entry> matchingAll(NavigableMap<String, Set<Entry>> words, List<String> terms) {
        Set<Entry> result = null;
        for (String term : terms) {
            Set<Entry> matches = new HashSet<>();
            // Every word starting with the term: the keys from the term up to the term followed by the highest char.
            words.subMap(term, true, term + Character.MAX_VALUE, true).values().forEach(matches::addAll);
            if (result == null) {
                result = matches;
            } else {
                result.retainAll(matches);
            }
            if (result.isEmpty()) {
                break;
            }
        }
        return result;
    }

    private void add(Entry entry) {
        entry.words.forEach(word -> fullWords.computeIfAbsent(word, any -> new HashSet<>()).add(entry));
        entry.publicWords.forEach(word -> publicWords.computeIfAbsent(word, any -> new HashSet<>()).add(entry));
    }

    private void remove(Entry entry) {
        removeFrom(fullWords, entry.words, entry);
        removeFrom(publicWords, entry.publicWords, entry);
    }

    private static void removeFrom(Map<String, Set<Entry>> words, Collection<String> keys, Entry entry) {
        for (String key : keys) {
            Set<Entry> entries = words.get(key);
            if (entries != null && entries.remove(entry) && entries.isEmpty()) {
                words.remove(key);
            }
        }
    }

    /** Everything searchable about an item: title, presenter, sections, attachments, decision. */
    private static Set<String> wordsOf(AgendaItem item) {
        List<String> texts = new ArrayList<>();
        texts.add(item.title());
        texts.add(item.presenter());
        for (Section section : item.sections()) {
            texts.add(section.heading());
            texts.add(section.body());
        }
        item.attachments().stream().map(Attachment::name).forEach(texts::add);
        Decision decision = item.decision();
        if (decision != null) {
            texts.add(decision.text());
            texts.add(decision.publicText());
            texts.add(decision.dissent());
        }
        return texts.stream().filter(Objects::nonNull).flatMap(SearchIndex::words).collect(Collectors.toSet());
    }
}
