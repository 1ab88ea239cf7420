package io.audiences.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MessageFormatter;

/**
 * No credential reaches a log line, whatever level an operator sets: at {@code DEBUG} and below,
 * Jetty logs every header it parses ({@code Authorization: Bearer sk_live_…}) and dumps the bytes of
 * its buffers. A line that would show an {@code Authorization} value, a bearer token, an API key or
 * a buffer's bytes is written with those parts replaced by {@value #REDACTED}, by the same logger at
 * the same level, with the same trace id; every other line is left alone.
 * <p>
 * A turbo filter sees each call before its level is checked; this one gives up at once on calls
 * whose level is off, so it costs nothing on lines that are not written.
 */
public final class CredentialRedaction extends TurboFilter {

    static final String REDACTED = "[redacted]";

    private static final String FQCN = CredentialRedaction.class.getName();

    /** What gives a secret away, and what each is replaced by. */
    private static final List<Redaction> REDACTIONS = List.of(
            // Jetty's buffer dumps, "…={<<<GET / HTTP/1.1\r\nAuthorization: …>>>…}": any request's bytes.
            new Redaction(Pattern.compile("=\\{[^{<]{0,96}<<<.*", Pattern.DOTALL), "={bytes " + REDACTED + "}"),
            new Redaction(Pattern.compile("(?i)(authorization\\s*[:=]\\s*)[^)\\]},;\"'\\r\\n]+"), "$1" + REDACTED),
            new Redaction(Pattern.compile("(?i)(bearer\\s+)[^\\s)\\]},;\"']+"), "$1" + REDACTED),
            new Redaction(Pattern.compile("sk_live_[A-Za-z0-9_-]*"), "sk_live_" + REDACTED));

    private record Redaction(Pattern pattern, String replacement) {
    }

    /** Adds the filter to the logging in use, once. */
    public static void install() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        if (context.getTurboFilterList().stream().noneMatch(CredentialRedaction.class::isInstance)) {
            CredentialRedaction filter = new CredentialRedaction();
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    /** {@code text} with every credential in it replaced; {@code text} itself when it holds none. */
    static String redact(String text) {
        String redacted = text;
        for (Redaction redaction : REDACTIONS) {
            Matcher matcher = redaction.pattern().matcher(redacted);
            if (matcher.find()) {
                redacted = matcher.replaceAll(redaction.replacement());
            }
        }
        return redacted;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null || level.levelInt < logger.getEffectiveLevel().levelInt) {
            return FilterReply.NEUTRAL;
        }
        FormattingTuple formatted = t == null ? MessageFormatter.arrayFormat(format, params)
                : MessageFormatter.arrayFormat(format, params, t);
        String message = formatted.getMessage();
        String redacted = redact(message);
        if (redacted == message) {
            return FilterReply.NEUTRAL;
        }
        LoggingEvent event = new LoggingEvent(FQCN, logger, level, redacted, formatted.getThrowable(), null);
        if (marker != null) {
            event.addMarker(marker);
        }
        logger.callAppenders(event);
        return FilterReply.DENY;
    }
}
