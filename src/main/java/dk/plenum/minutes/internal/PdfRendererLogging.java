package dk.plenum.minutes.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log through SLF4J like the rest of the app, instead of its own console
 * handler, and one step quieter: its INFO ("Prepare to fly") on every PDF is DEBUG here.
 */
final class PdfRendererLogging implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        LoggerFactory.getLogger(where).atLevel(slf4j(level)).setCause(failure).log(message);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are configured in Spring Boot's logging, not by the renderer.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        return logger.isEnabledForLevel(slf4j(diagnostic.getLevel()));
    }

    private static org.slf4j.event.Level slf4j(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return org.slf4j.event.Level.ERROR;
        }
        return level.intValue() >= Level.WARNING.intValue() ? org.slf4j.event.Level.WARN : org.slf4j.event.Level.DEBUG;
    }
}
