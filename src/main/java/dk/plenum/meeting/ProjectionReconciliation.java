package dk.plenum.meeting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the web server takes its first request (singletons are initialised before the
 * server starts) and before the search index and the demo data read the projections (both wait for the
 * application to be ready), every projection is brought up to its log: after a crash every read agrees
 * with the log.
 */
@Component
class ProjectionReconciliation implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReconciliation.class);

    private final MeetingJournal journal;

    ProjectionReconciliation(MeetingJournal journal) {
        this.journal = journal;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int caughtUp = journal.reconcileWithLog();
        if (caughtUp > 0) {
            log.info("Rebuilt {} meeting projection(s) that were missing or behind their event log", caughtUp);
        }
    }
}
