package dk.plenum.meeting;

import dk.plenum.meeting.internal.MeetingEventStore;
import dk.plenum.meeting.internal.MeetingProjectionStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.IntStream;
import dk.plenum.store.StoreReopened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The single way a meeting changes: an event is appended to the meeting's log with the next sequence
 * number, then the projection is moved forward, then the event is published to this instance's
 * listeners. The log is the source of truth; the projection can always be rebuilt from it.
 */
@Service
public class MeetingJournal implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(MeetingJournal.class);

    /** Enough for a burst of commands on one meeting; past it the caller is told to try again. */
    private static final int MAX_ATTEMPTS = 20;
    /** Far more meetings than run at once on one instance. */
    private static final int RECENT_MEETINGS = 256;
    /** Locks that meetings share by their id's hash: few enough to keep, many enough that meetings seldom wait on one another. */
    private static final int WRITER_STRIPES = 64;

    private final MeetingEventStore events;
    private final MeetingProjectionStore projections;
    private final ApplicationEventPublisher publisher;
    private final JournalMeters meters;
    /**
     * The latest state this instance knows of each recently changed meeting: a command starts from it instead
     * of reading the projection and the log. When it is stale (another instance appended), the append's seq
     * is taken, and the command retries on the state read from the store.
     */
    private final Map<String, Meeting> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Meeting> eldest) {
                    return size() > RECENT_MEETINGS;
                }
            });

    /**
     * One writer per meeting at a time on this instance. Racing for the next seq and retrying on the loss is right
     * between instances, but within one it made a burst (50 members casting a ballot in the same second) retry
     * over and over: on a loaded two-core machine one ballot of 50 used up all its attempts and was refused.
     */
    private final Writer[] writers = IntStream.range(0, WRITER_STRIPES).mapToObj(stripe -> new Writer())
            .toArray(Writer[]::new);

    MeetingJournal(MeetingEventStore events, MeetingProjectionStore projections,
            ApplicationEventPublisher publisher, JournalMeters meters) {
        this.events = events;
        this.projections = projections;
        this.publisher = publisher;
        this.meters = meters;
    }

    /**
     * Before the journal is handed to anyone (the search index, the views, the web server, which all start
     * later), every projection agrees with its log: after a crash every read agrees with the log.
     */
    @Override
    public void afterPropertiesSet() {
        reconcileAndReport();
    }

    /** The embedded store lost writes that did not wait for the journal when it failed (a full disk). */
    @EventListener
    void storeReopened(StoreReopened reopened) {
        reconcileAndReport();
    }

    private void reconcileAndReport() {
        int caughtUp = reconcileWithLog();
        if (caughtUp > 0) {
            log.info("Rebuilt {} meeting projection(s) that were missing or behind their event log", caughtUp);
        }
    }

    /**
     * Opens the log of a new meeting with its first event, which takes the council's start time.
     *
     * @throws MeetingSlotTakenException when the council already has a meeting at that start time (another
     *                                    command stored it first); nothing is stored
     */
    public Meeting schedule(MeetingScheduled scheduled, String actor) {
        long started = System.nanoTime();
        try {
            return scheduleMeasured(scheduled, actor, started);
        } catch (CommandRefusedException refused) {
            meters.refused(refused);
            throw refused;
        }
    }

    private Meeting scheduleMeasured(MeetingScheduled scheduled, String actor, long started) {
        CommandKey key = CommandKey.take();
        Optional<Meeting> answered = answeredBefore(key);
        if (answered.isPresent()) {
            return answered.get();
        }
        MeetingEvent first = new MeetingEvent(UUID.randomUUID().toString(), 1, now(), actor, scheduled);
        MeetingProjectionStore.Encoded after = measured(null, first);
        String slot = MeetingEventStore.slotOf(after.meeting());
        for (int attempt = 1; ; attempt++) {
            try {
                meters.timeStoreCommit(() -> events.append(first, key, slot));
                break;
            } catch (DuplicateKeyException sameKeyOrSlot) {
                // A new meeting's seq cannot be taken: either a concurrent retry with the same key stored its event
                // first, or another meeting holds the council's start time.
                answered = answeredBefore(key);
                if (answered.isPresent()) {
                    return answered.get();
                }
                if (attempt == MAX_ATTEMPTS || meetingAt(slot).isPresent()) {
                    throw new MeetingSlotTakenException();
                }
            }
        }
        return commit(after, first, started);
    }

    /**
     * The meeting that is at the slot's time now and holds it. A slot still on the event of a meeting that has
     * moved on or been cancelled since (the process died before it gave the slot up) is given up here, and none is
     * returned, so that the caller can try again.
     */
    private Optional<String> meetingAt(String slot) {
        Optional<MeetingEventStore.SlotHolder> holder = events.holderOf(slot);
        if (holder.isEmpty()) {
            return Optional.empty(); // given up meanwhile
        }
        String meetingId = holder.get().meetingId();
        if (slot.equals(MeetingEventStore.slotOf(get(meetingId)))) {
            return Optional.of(meetingId);
        }
        events.release(holder.get(), slot);
        return Optional.empty();
    }

    /**
     * The store keeps milliseconds: an event's time is cut to them, so the meeting a command answers with
     * is exactly the one its log rebuilds (a retried command's answer comes from the log).
     */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** After the event is stored: store the projection it built (soon) and tell this instance's listeners. */
    private Meeting commit(MeetingProjectionStore.Encoded after, MeetingEvent event, long started) {
        projections.saveSoon(after);
        remember(after.meeting());
        publisher.publishEvent(event);
        meters.committed(event, started);
        return after.meeting();
    }

    /**
     * After losing the race for the next seq: wait a random moment, longer with each loss, so that commands
     * racing on one meeting spread out instead of colliding again on every attempt (a burst of four writers
     * used up all attempts of one of them on a loaded two-core machine).
     */
    private static void backOff(int attempt) {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(attempt * 1_000_000L));
    }

    /**
     * The meeting after the event, encoded as it will be stored, refused before anything is stored if it would
     * pass a {@link MeetingLimits limit}.
     */
    private MeetingProjectionStore.Encoded measured(Meeting before, MeetingEvent event) {
        MeetingProjectionStore.Encoded after = projections.encode(MeetingProjection.apply(before, event));
        MeetingLimits.check(event.change(), after.meeting(), after.size());
        return after;
    }

    /**
     * The meeting as the command with this key left it, when the key's command was already stored: the
     * answer its first attempt got (or would have got, had the process lived to send it).
     *
     * @throws IdempotencyKeyReusedException when the key came with a different request before
     */
    private Optional<Meeting> answeredBefore(CommandKey key) {
        if (key == null) {
            return Optional.empty();
        }
        return events.findByKey(key.scopedKey()).map(stored -> {
            if (!stored.requestHash().equals(key.requestHash())) {
                throw new IdempotencyKeyReusedException();
            }
            return MeetingProjection.applyAll(null, events.upTo(stored.meetingId(), stored.seq()));
        });
    }

    /**
     * The meeting as it was left by this request's command, when the request is a retry of a command whose
     * event is already stored (see {@link CommandKey}): a service whose own checks would refuse the retry
     * (e.g. "already imported") answers with this first.
     *
     * @throws IdempotencyKeyReusedException when the key came with a different request before
     */
    public Optional<Meeting> retriedCommand() {
        return answeredBefore(CommandKey.peek());
    }

    /**
     * Appends the change that {@code decide} makes of the meeting's current state. When another command
     * appended first (its event took the next seq), {@code decide} runs again on the new state, so it
     * can re-check its rules and either apply on top or refuse; nothing is overwritten silently.
     * <p>
     * A request's {@link CommandKey} that already produced an event appends nothing: the meeting as that
     * event left it is returned instead.
     *
     * @param decide validates against the current meeting and returns the change, or throws to refuse
     * @throws MeetingTooLargeException when the change would make the meeting too large; nothing is stored
     */
    public Meeting append(String meetingId, String actor, Function<Meeting, MeetingChange> decide) {
        long started = System.nanoTime();
        try {
            return appendMeasured(meetingId, actor, decide, started);
        } catch (CommandRefusedException refused) {
            meters.refused(refused);
            throw refused;
        }
    }

    /**
     * The command waits for its meeting's writer. Whoever holds the writer carries out every command waiting for
     * it, several of one meeting in one insert ({@link #appendTogether}), so a burst is stored in a few commits of
     * the store instead of one each (50 ballots in the same second: decision 0021).
     */
    private Meeting appendMeasured(String meetingId, String actor, Function<Meeting, MeetingChange> decide,
            long started) {
        WaitingCommand command = new WaitingCommand(meetingId, actor, decide, CommandKey.take(), started);
        Writer writer = writers[Math.floorMod(meetingId.hashCode(), WRITER_STRIPES)];
        writer.waiting.add(command);
        writer.lock.lock();
        try {
            if (!command.done()) {
                carryOutWaiting(writer);
            }
        } finally {
            writer.lock.unlock();
        }
        return command.answer();
    }

    /** With the writer held: every command waiting for it, by meeting, in the order they came. */
    private void carryOutWaiting(Writer writer) {
        Map<String, List<WaitingCommand>> byMeeting = new LinkedHashMap<>();
        for (WaitingCommand waiting = writer.waiting.poll(); waiting != null; waiting = writer.waiting.poll()) {
            byMeeting.computeIfAbsent(waiting.meetingId, id -> new ArrayList<>()).add(waiting);
        }
        byMeeting.forEach((meetingId, commands) -> {
            List<WaitingCommand> left = commands;
            if (commands.size() > 1) {
                try {
                    left = appendTogether(meetingId, commands);
                } catch (RuntimeException storeFailed) {
                    commands.stream().filter(command -> !command.done()).forEach(command -> command.fail(storeFailed));
                    return;
                }
            }
            left.forEach(this::appendAlone);
        });
    }

    private void appendAlone(WaitingCommand command) {
        try {
            command.succeed(appendAloneOrAnswer(command));
        } catch (RuntimeException refusedOrFailed) {
            command.fail(refusedOrFailed);
        }
    }

    /**
     * A retry of a command already stored is not looked for in the log before it is decided again, which cost every
     * command a store read: it either makes a change whose insert the key's unique index refuses, or is refused on the
     * state its first attempt left (a second ballot); either way it is then answered from its first attempt's event.
     */
    private Meeting appendAloneOrAnswer(WaitingCommand command) {
        try {
            return appendAlone(command.meetingId, command.actor, command.decide, command.key, command.started);
        } catch (CommandRefusedException refused) {
            return answeredBefore(command.key).orElseThrow(() -> refused);
        }
    }

    /**
     * Several commands on one meeting, each deciding on the state the one before left, stored in one insert and
     * answered together. A command that this cannot settle is left to be carried out alone, after the others, where
     * the rules for one command apply: one refused on a state not read from the store (another instance may have
     * moved the meeting on), one that moves the meeting's time, a retry of a command in the same insert, and every
     * one not stored because the insert stopped at a taken seq or the meeting would grow too large.
     *
     * @return the commands not yet answered, in their order
     */
    private List<WaitingCommand> appendTogether(String meetingId, List<WaitingCommand> commands) {
        Meeting remembered = recent.get(meetingId);
        Meeting current = remembered != null ? remembered : get(meetingId);
        List<WaitingCommand> together = new ArrayList<>();
        List<MeetingEvent> appended = new ArrayList<>();
        List<Meeting> states = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (WaitingCommand command : commands) {
            if (command.key != null && !keys.add(command.key.scopedKey())) {
                continue; // a retry of a command in this insert: alone, it is answered from that command's event
            }
            MeetingChange change;
            try {
                change = command.decide.apply(current);
            } catch (CommandRefusedException refused) {
                // Alone, a refusal on a remembered state is decided again on the stored one, and a retry's is answered.
                if (remembered == null && command.key == null) {
                    command.fail(refused);
                }
                continue;
            } catch (RuntimeException failed) {
                command.fail(failed);
                continue;
            }
            MeetingEvent event = new MeetingEvent(meetingId, current.lastSeq() + 1, now(), command.actor, change);
            Meeting after = MeetingProjection.apply(current, event);
            if (!Objects.equals(MeetingEventStore.slotOf(current), MeetingEventStore.slotOf(after))) {
                continue;
            }
            together.add(command);
            appended.add(event);
            states.add(after);
            current = after;
        }
        if (together.size() < 2) {
            return notAnswered(commands);
        }
        MeetingProjectionStore.Encoded last = projections.encode(current);
        try {
            MeetingLimits.checkTogether(appended.stream().map(MeetingEvent::change).toList(), current, last.size());
        } catch (MeetingTooLargeException tooLarge) {
            return notAnswered(commands);
        }
        int stored = meters.timeStoreCommitTogether(() -> events.appendInOrder(appended,
                together.stream().map(command -> command.key).toList()));
        if (stored > 0) {
            projections.saveSoon(stored == together.size() ? last : projections.encode(states.get(stored - 1)));
            remember(states.get(stored - 1));
            for (int i = 0; i < stored; i++) {
                publisher.publishEvent(appended.get(i));
                meters.committed(appended.get(i), together.get(i).started);
                together.get(i).succeed(states.get(i));
            }
        }
        return notAnswered(commands);
    }

    private static List<WaitingCommand> notAnswered(List<WaitingCommand> commands) {
        return commands.stream().filter(command -> !command.done()).toList();
    }

    /**
     * With the meeting's writer held, so that a retry sent while its first attempt is still being stored waits for
     * it, and then finds its event ({@link #appendAloneOrAnswer}).
     */
    private Meeting appendAlone(String meetingId, String actor, Function<Meeting, MeetingChange> decide,
            CommandKey key, long started) {
        Meeting remembered = recent.get(meetingId);
        Meeting current = remembered != null ? remembered : get(meetingId);
        for (int attempt = 1; ; attempt++) {
            MeetingChange change;
            try {
                change = decide.apply(current);
            } catch (CommandRefusedException refused) {
                if (current != remembered) {
                    throw refused;
                }
                // Another instance may have moved the meeting on (e.g. started it): refuse only on the stored state.
                current = get(meetingId);
                continue;
            }
            MeetingEvent event = new MeetingEvent(meetingId, current.lastSeq() + 1, now(), actor, change);
            MeetingProjectionStore.Encoded after = measured(current, event);
            String slotBefore = MeetingEventStore.slotOf(current);
            String slotAfter = MeetingEventStore.slotOf(after.meeting());
            boolean slotChanges = !Objects.equals(slotBefore, slotAfter);
            try {
                meters.timeStoreCommit(() -> events.append(event, key, slotChanges ? slotAfter : null));
            } catch (DuplicateKeyException seqKeyOrSlotTaken) {
                Optional<Meeting> answered = answeredBefore(key);
                if (answered.isPresent()) {
                    return answered.get(); // a concurrent retry with the same key was first
                }
                // Another meeting at the new time refuses the move; this meeting there means its seq was taken.
                if (slotChanges && slotAfter != null
                        && meetingAt(slotAfter).filter(holder -> !holder.equals(meetingId)).isPresent()) {
                    throw new MeetingSlotTakenException();
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw new ConcurrentChangeException(meetingId);
                }
                backOff(attempt);
                current = get(meetingId);
                continue;
            }
            Meeting committed = commit(after, event, started);
            if (slotChanges) {
                releaseEarlierSlots(event);
            }
            return committed;
        }
    }

    /**
     * The meeting's earlier time is free for another meeting. If this fails, the event is stored all the same: the
     * slot left behind is given up by the next meeting that wants it ({@link #meetingAt}).
     */
    private void releaseEarlierSlots(MeetingEvent event) {
        try {
            events.releaseSlotsBefore(event.meetingId(), event.seq());
        } catch (RuntimeException notReleased) {
            log.warn("Meeting {} left its earlier start time held; the next meeting there frees it: {}",
                    event.meetingId(), notReleased.toString());
        }
    }

    /**
     * The meeting with every event in its log applied. A projection that the instance which wrote the events
     * will not save (it died between the two writes) is saved here; one that instance is still to save is left
     * to it, or every read on another instance would save it a second time.
     */
    public Optional<Meeting> find(String meetingId) {
        return catchUp(meetingId, false);
    }

    private Optional<Meeting> catchUp(String meetingId, boolean saveAnyLag) {
        Meeting stored = projections.find(meetingId).orElse(null);
        List<MeetingEvent> missed = events.after(meetingId, stored == null ? 0 : stored.lastSeq());
        Meeting current = MeetingProjection.applyAll(stored, missed);
        if (!missed.isEmpty() && (saveAnyLag || stored == null || leftUnsaved(missed.getFirst()))) {
            projections.saveSoon(projections.encode(current));
        }
        if (current != null) {
            remember(current);
        }
        return Optional.ofNullable(current);
    }

    /**
     * Whether the projection after this event should have been saved by now: its writer saves within
     * {@link MeetingProjectionStore#SAVE_DELAY}; the margin covers a slow save and clocks that differ between
     * instances.
     */
    private boolean leftUnsaved(MeetingEvent firstMissed) {
        return firstMissed.at().isBefore(now().minus(MeetingProjectionStore.SAVE_DELAY.multipliedBy(5)));
    }

    /** Commands on one meeting may finish out of order: the newest state stays. */
    private void remember(Meeting meeting) {
        recent.merge(meeting.id(), meeting, (known, offered) -> offered.lastSeq() > known.lastSeq() ? offered : known);
    }

    public Meeting get(String meetingId) {
        return find(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
    }

    /**
     * Brings every projection that is missing or behind its log up to the log, and stores it. Projections
     * are written without waiting for the journal (decision 0005), so after a crash the last ones may be
     * gone while their events are there, and readers of all meetings at once (the list, the search index)
     * read only projections.
     *
     * @return how many projections were rebuilt or caught up
     */
    public int reconcileWithLog() {
        Map<String, Long> projected = projections.lastSeqs();
        int caughtUp = 0;
        for (Map.Entry<String, Long> logged : events.lastSeqOfEveryMeeting().entrySet()) {
            if (projected.getOrDefault(logged.getKey(), 0L) < logged.getValue()) {
                catchUp(logged.getKey(), true);
                caughtUp++;
            }
        }
        return caughtUp;
    }

    /** All meetings, the latest start first. */
    public List<Meeting> findAll() {
        return projections.findAll();
    }

    /** The meetings not over: still to be held, running or paused (not closed, not cancelled). */
    public List<Meeting> findNotOver() {
        return projections.findWithStatus(EnumSet.of(MeetingStatus.SCHEDULED, MeetingStatus.LIVE,
                MeetingStatus.ADJOURNED));
    }

    public boolean exists(String councilId, Instant startsAt) {
        return projections.exists(councilId, startsAt);
    }

    /** The meeting's events with a sequence number above {@code seq}, in order. */
    public List<MeetingEvent> eventsAfter(String meetingId, long seq) {
        return events.after(meetingId, seq);
    }

    /** A stripe's writer and the commands waiting for it. */
    private static final class Writer {
        private final ReentrantLock lock = new ReentrantLock();
        private final Queue<WaitingCommand> waiting = new ConcurrentLinkedQueue<>();
    }

    /**
     * A command handed to its meeting's writer, and its answer once the writer's holder carried it out. The answer is
     * written and read with the writer held, so its caller sees it.
     */
    private static final class WaitingCommand {
        private final String meetingId;
        private final String actor;
        private final Function<Meeting, MeetingChange> decide;
        private final CommandKey key;
        private final long started;
        private Meeting answer;
        private RuntimeException failure;

        WaitingCommand(String meetingId, String actor, Function<Meeting, MeetingChange> decide, CommandKey key,
                long started) {
            this.meetingId = meetingId;
            this.actor = actor;
            this.decide = decide;
            this.key = key;
            this.started = started;
        }

        boolean done() {
            return answer != null || failure != null;
        }

        void succeed(Meeting meeting) {
            answer = meeting;
        }

        void fail(RuntimeException refusedOrFailed) {
            failure = refusedOrFailed;
        }

        /** @throws RuntimeException the refusal or failure the command met, on its caller's thread */
        Meeting answer() {
            if (failure != null) {
                throw failure;
            }
            return answer;
        }
    }
}
