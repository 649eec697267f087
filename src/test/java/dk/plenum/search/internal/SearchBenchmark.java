package dk.plenum.search.internal;

import dk.plenum.meeting.AgendaItem;
import dk.plenum.meeting.Attachment;
import dk.plenum.meeting.Decision;
import dk.plenum.meeting.DecisionOutcome;
import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Meeting;
import dk.plenum.meeting.MeetingKind;
import dk.plenum.meeting.MeetingStatus;
import dk.plenum.meeting.Section;
import dk.plenum.meeting.Visibility;
import dk.plenum.visibility.Audience;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How fast search answers over five years of one council: 250 meetings of 12 items (3,000 items),
 * each with three sections of 75 to 400 words and a decision, a tenth of them closed, and two Bilag PDFs of ten
 * pages of 150 to 300 words each (6,000 Bilag, 60,000 pages), a tenth of those closed. Runs 1,000
 * queries of one to three words (whole words and prefixes), half as the public and half as a member,
 * and prints p50/p95/p99 and the heap the index holds. Not a unit test: timings depend on the machine. Run it with
 *
 * <pre>./mvnw -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.mainClass=dk.plenum.search.internal.SearchBenchmark -Dexec.classpathScope=test</pre>
 */
public final class SearchBenchmark {

    private static final int MEETINGS = 250;
    private static final int ITEMS_PER_MEETING = 12;
    private static final int BILAG_PER_ITEM = 2;
    private static final int PAGES_PER_BILAG = 10;
    private static final int QUERIES = 1_000;
    private static final int WARM_UP = 300;
    private static final String COUNCIL = "council";
    private static final List<String> WORDS = vocabulary();

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(20261127);
        List<Meeting> meetings = IntStream.range(0, MEETINGS).mapToObj(number -> meeting(number, random)).toList();
        // Each file's pages made from its id when the index asks, as the store would give them: not kept here.
        SearchIndex index = new SearchIndex(bilag -> {
            Random pages = new Random(bilag.fileId().hashCode());
            return IntStream.range(0, PAGES_PER_BILAG).mapToObj(page -> text(pages, 300)).toList();
        });
        long heapBefore = usedHeap();
        long buildStart = System.nanoTime();
        meetings.forEach(index::put);
        Duration build = Duration.ofNanos(System.nanoTime() - buildStart);
        long indexHeap = usedHeap() - heapBefore;

        List<String> queries = IntStream.range(0, WARM_UP + QUERIES).mapToObj(any -> query(random)).toList();
        long[] nanos = new long[QUERIES];
        int found = 0;
        for (int i = 0; i < queries.size(); i++) {
            Audience audience = i % 2 == 0 ? Audience.PUBLIC : Audience.MEMBER;
            long start = System.nanoTime();
            int hits = index.search(queries.get(i), council -> audience, 50).size();
            long took = System.nanoTime() - start;
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
                found += hits;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("corpus: %d meetings, %d items, %d Bilag of %d pages, %d distinct words; index built in %d ms,"
                + " holding %d MB of heap%n", MEETINGS, MEETINGS * ITEMS_PER_MEETING,
                MEETINGS * ITEMS_PER_MEETING * BILAG_PER_ITEM, PAGES_PER_BILAG, WORDS.size(), build.toMillis(),
                indexHeap / (1024 * 1024));
        System.out.printf("%d queries (after %d warm-up), %.1f hits on average%n", QUERIES, WARM_UP,
                (double) found / QUERIES);
        System.out.printf("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", millis(nanos, 0.50),
                millis(nanos, 0.95), millis(nanos, 0.99), nanos[QUERIES - 1] / 1e6);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double millis(long[] sorted, double percentile) {
        return sorted[(int) Math.ceil(percentile * sorted.length) - 1] / 1e6;
    }

    private static Meeting meeting(int number, Random random) {
        Instant startsAt = Instant.parse("2020-01-09T09:30:00Z").plus(Duration.ofDays(7L * number));
        List<AgendaItem> items = IntStream.rangeClosed(1, ITEMS_PER_MEETING).mapToObj(item -> {
            Visibility visibility = random.nextInt(10) == 0 ? Visibility.CLOSED : Visibility.OPEN;
            List<Section> sections = List.of(new Section("Indstilling", text(random, 150)),
                    new Section("Baggrund", text(random, 250)), new Section("Sagsbeskrivelse", text(random, 400)));
            Decision decision = new Decision(DecisionOutcome.APPROVED, text(random, 40),
                    visibility == Visibility.CLOSED ? text(random, 8) : null, null, List.of(), startsAt, "bench", 1,
                    List.of());
            List<Attachment> bilag = IntStream.rangeClosed(1, BILAG_PER_ITEM).mapToObj(b -> new Attachment(
                    "m" + number + "-i" + item + "-b" + b, text(random, 4),
                    random.nextInt(10) == 0 ? Visibility.CLOSED : Visibility.OPEN, "f-m" + number + "-i" + item + "-" + b,
                    PAGES_PER_BILAG, 100_000L, "sha")).toList();
            return new AgendaItem("m" + number + "-i" + item, item, text(random, 6), ItemKind.REGULAR, visibility,
                    null, sections, bilag, decision, false);
        }).toList();
        return new Meeting("m" + number, COUNCIL, "Erhvervsrådet", "Møde " + number, MeetingKind.ORDINARY, startsAt,
                startsAt.plus(Duration.ofHours(2)), "Rådhuset", MeetingStatus.CLOSED, List.of(), items, null, List.of(),
                startsAt, startsAt.plus(Duration.ofHours(2)), null, false, 40);
    }

    /** Up to {@code maxWords} words; a few words are frequent, most are rare, as in real text (Zipf-like). */
    private static String text(Random random, int maxWords) {
        int words = maxWords / 2 + random.nextInt(maxWords / 2 + 1);
        return IntStream.range(0, words).mapToObj(any -> word(random)).collect(Collectors.joining(" "));
    }

    private static String word(Random random) {
        double skewed = Math.pow(random.nextDouble(), 3);
        return WORDS.get((int) (skewed * WORDS.size()));
    }

    /** One to three words; every third term cut to a prefix, as people type "erhverv" for "erhvervsstrategien". */
    private static String query(Random random) {
        return IntStream.range(0, 1 + random.nextInt(3)).mapToObj(term -> {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            return term % 3 == 2 && word.length() > 5 ? word.substring(0, 4 + random.nextInt(word.length() - 4)) : word;
        }).collect(Collectors.joining(" "));
    }

    /** Danish stems with endings and compounds: about 6,000 distinct words, like a council's minutes. */
    private static List<String> vocabulary() {
        List<String> stems = List.of("erhverv", "strategi", "råd", "kommune", "vækst", "job", "uddannelse",
                "virksomhed", "borger", "plan", "grøn", "omstilling", "energi", "arbejdskraft", "international",
                "byggesag", "areal", "lokalplan", "budget", "økonomi", "indsats", "partnerskab", "samarbejde",
                "turisme", "kultur", "handel", "midtby", "havn", "infrastruktur", "forbindelse", "limfjord",
                "beskæftigelse", "iværksætter", "kompetence", "skole", "ungdom", "fremtid", "klima", "vand",
                "forsyning", "digital", "service", "sagsbehandling", "tilfredshed", "direktør", "sekretariat",
                "borgmester", "orientering", "beslutning", "indstilling", "baggrund", "bilag", "referat", "møde");
        List<String> endings = List.of("", "en", "et", "er", "erne", "s", "ens", "ets", "ing", "ingen");
        List<String> words = new ArrayList<>();
        for (String stem : stems) {
            for (String ending : endings) {
                words.add(stem + ending);
            }
            for (String other : stems) {
                if (!other.equals(stem)) {
                    words.add(stem + other);
                    words.add(stem + "s" + other + "en");
                }
            }
        }
        return List.copyOf(words);
    }
}
