package io.audiences.bootstrap;

import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.AppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.common.LoggingFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import io.dropwizard.request.logging.RequestLogFactory;
import java.util.List;

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
    static final String REQUEST = "%h %l %u [%t{dd/MMM/yyyy:HH:mm:ss Z,UTC}] \"%r\" %s %b "
            + "\"%i{Referer}\" \"%i{User-Agent}\" %D trace=%replace(%responseHeader{X-Trace-Id}){'^null$', '-'} request=%reqAttribute{requestId}";

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

    private static void fillIn(List<? extends AppenderFactory<?>> appenders, String format) {
        for (AppenderFactory<?> appender : appenders) {
            if (appender instanceof AbstractAppenderFactory<?> textual && textual.getLogFormat() == null
                    && textual.getLayout() == null) {
                textual.setLogFormat(format);
            }
        }
    }
}
