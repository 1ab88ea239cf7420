package io.audiences.bootstrap.server;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.component.ContainerLifeCycle;

/**
 * The request log, given every request: logback-access decodes each request's query parameters
 * before it writes the line, and drops the line when they do not decode ({@code ?a=%zz}: "failed to
 * append … Bad query"), so the very requests an operator looks for were missing. Such a request is
 * logged with its query's {@code %} signs escaped ({@code ?a=%25zz}), which decodes to what was sent.
 */
final class EveryRequestLogged extends ContainerLifeCycle implements RequestLog {

    private final RequestLog requestLog;

    /** Takes over {@code requestLog}'s life cycle (started and stopped with this). */
    EveryRequestLogged(RequestLog requestLog) {
        this.requestLog = requestLog;
        addBean(requestLog);
    }

    @Override
    public void log(Request request, Response response) {
        requestLog.log(hasDecodableQuery(request) ? request : new QueryEscaped(request), response);
    }

    private static boolean hasDecodableQuery(Request request) {
        if (request.getHttpURI().getQuery() == null) {
            return true;
        }
        try {
            Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            return true;
        } catch (RuntimeException undecodable) {
            return false;
        }
    }

    private static final class QueryEscaped extends Request.Wrapper {

        private final HttpURI uri;

        QueryEscaped(Request request) {
            super(request);
            HttpURI original = request.getHttpURI();
            this.uri = HttpURI.build(original).query(original.getQuery().replace("%", "%25")).asImmutable();
        }

        @Override
        public HttpURI getHttpURI() {
            return uri;
        }
    }
}
