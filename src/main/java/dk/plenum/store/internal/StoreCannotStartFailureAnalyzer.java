package dk.plenum.store.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one line why the application did not start on an unwritable store, instead of a long stack trace. */
final class StoreCannotStartFailureAnalyzer extends AbstractFailureAnalyzer<StoreCannotStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreCannotStartException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Free space on the disk of plenum.store.data-dir (or point it at another disk) and start again.",
                cause);
    }
}
