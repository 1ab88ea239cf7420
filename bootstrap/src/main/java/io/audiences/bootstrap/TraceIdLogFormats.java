package io.audiences.bootstrap;

import ch.qos.logback.access.common.spi.IAccessEvent;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.AppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.common.LoggingFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import io.dropwizard.request.logging.RequestLogFactory;
import io.dropwizard.logging.json.AccessAttribute;
import io.dropwizard.logging.json.AccessJsonLayoutBaseFactory;
import io.dropwizard.logging.json.EventJsonLayoutBaseFactory;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every log line written for a request carries its trace id, whatever the configuration file says
 * about logging: an application or request log appender without a {@code logFormat} of its own (and
 * without a layout of another type, such as {@code json}, which writes the trace id as a field from
 * the MDC) gets the service's format. A {@code logFormat} the file sets is kept as written; the
 * README says to include {@code %X{traceId}} in it.
 */
final class TraceIdLogFormats {

    /**
     * The application log line: level, time, the trace id (and the caller's id, when it sent one)
     * for a line written while a request is served, logger, message.
     */
    static final String APPLICATION = "%-5p [%d{ISO8601,UTC}] "
            + "%replace([trace=%X{traceId}%replace( request=%X{requestId}){' request=$', ''}] ){'^.trace=. $', ''}"
            + "%c: %m%n%rEx";
    /** The request log line: Dropwizard's, plus the trace id and the caller's id ({@code -} for none). */
    static final String REQUEST = "%h %l %u [%t{dd/MMM/yyyy:HH:mm:ss Z,UTC}] \"" + escaped("%r") + "\" %s %b "
            + "\"" + escaped("%i{Referer}") + "\" \"" + escaped("%i{User-Agent}") + "\" %D "
            + "trace=%replace(%responseHeader{X-Trace-Id}){'^null$', '-'} request=" + escaped("%reqAttribute{requestId}");

    /** {@code conversion}'s text with {@code "} and {@code \} escaped by a backslash, as Apache's log does. */
    private static String escaped(String conversion) {
        return "%replace(" + conversion + "){'[\\x22\\x5c]', '\\\\$0'}";
    }

    private TraceIdLogFormats() {
    }

    static LoggingFactory fillIn(LoggingFactory logging) {
        if (logging instanceof DefaultLoggingFactory factory) {
            fillIn(factory.getAppenders(), APPLICATION);
        }
        return logging;
    }

    static RequestLogFactory<?> fillIn(RequestLogFactory<?> requestLog) {
        if (requestLog instanceof LogbackAccessRequestLogFactory factory) {
            fillIn(factory.getAppenders(), REQUEST);
        }
        return requestLog;
    }

    /**
     * One format per process: when an application log appender writes JSON, every request log
     * appender that would write the service's text line writes JSON too (Dropwizard's
     * {@code access-json}), with the trace id and the caller's id as fields.
     */
    static void requestLogAsJsonWhereTheLogIs(LoggingFactory logging, ServerFactory server) {
        if (!(logging instanceof DefaultLoggingFactory application) || !(server instanceof DefaultServerFactory defaultServer)
                || !(defaultServer.getRequestLogFactory() instanceof LogbackAccessRequestLogFactory requestLog)
                || application.getAppenders().stream().noneMatch(appender -> appender instanceof AbstractAppenderFactory<?> factory
                        && factory.getLayout() instanceof EventJsonLayoutBaseFactory)) {
            return;
        }
        for (AppenderFactory<IAccessEvent> appender : requestLog.getAppenders()) {
            if (appender instanceof AbstractAppenderFactory<IAccessEvent> textual && REQUEST.equals(textual.getLogFormat())
                    && textual.getLayout() == null) {
                textual.setLogFormat(null);
                textual.setLayout(accessJson());
            }
        }
    }

    private static AccessJsonLayoutBaseFactory accessJson() {
        AccessJsonLayoutBaseFactory json = new AccessJsonLayoutBaseFactory();
        json.setIncludes(EnumSet.of(AccessAttribute.TIMESTAMP, AccessAttribute.REMOTE_ADDRESS, AccessAttribute.METHOD,
                AccessAttribute.PATH_QUERY, AccessAttribute.PROTOCOL, AccessAttribute.STATUS_CODE,
                AccessAttribute.CONTENT_LENGTH, AccessAttribute.REQUEST_TIME, AccessAttribute.USER_AGENT));
        json.setResponseHeaders(Set.of("X-Trace-Id"));
        json.setRequestAttributes(Set.of("requestId"));
        return json;
    }

    private static void fillIn(List<? extends AppenderFactory<?>> appenders, String format) {
        for (AppenderFactory<?> appender : appenders) {
            if (appender instanceof AbstractAppenderFactory<?> textual && textual.getLogFormat() == null
                    && textual.getLayout() == null) {
                textual.setLogFormat(format);
            }
        }
    }
}
