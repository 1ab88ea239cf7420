package io.audiences.adapters.rest.error;

import io.audiences.adapters.rest.trace.ResponseHeaders;
import io.audiences.adapters.rest.trace.TraceIds;
import java.nio.ByteBuffer;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers on its own (a malformed URI, headers too large, …), in the envelope instead
 * of Jetty's HTML page, for the paths that are the API's; other paths go to the error handler that
 * was there before (Jetty's own when there was none).
 */
public final class JettyErrorHandler extends ErrorHandler {

    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON.asString());

    private final EnvelopeWriter envelopes;
    private final Predicate<String> ours;
    private final Request.Handler others;

    public JettyErrorHandler(EnvelopeWriter envelopes, Predicate<String> ours, Request.Handler others) {
        this.envelopes = envelopes;
        this.ours = ours;
        this.others = others != null ? others : new ErrorHandler();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!ours.test(Request.getPathInContext(request))) {
            return others.handle(request, response, callback);
        }
        return super.handle(request, response, callback);
    }

    /** Jetty writes error bodies for GET, POST and HEAD only; the envelope goes out for every method. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
            Callback callback) {
        Object traceAttribute = request.getAttribute(TraceIds.MDC_KEY);
        String traceId = traceAttribute instanceof String known ? known : TraceIds.newTraceId();
        response.getHeaders().put(JSON);
        response.getHeaders().put(TraceIds.HEADER, traceId);
        ResponseHeaders.ALWAYS.forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(body(status, traceId)), callback);
    }

    private byte[] body(int status, String traceId) {
        return envelopes.failure(ErrorCode.forStatus(status), null, traceId);
    }
}
