package io.audiences.adapters.rest.filter;

import io.audiences.adapters.rest.error.EnvelopeWriter;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.adapters.rest.trace.TraceIds;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Refuses a body that announces more than the limit in {@code Content-Length} before anything else
 * runs, without keeping any of it. Bodies of unannounced length are cut off where they are read.
 */
public final class BodyLimitFilter implements Filter {

    /** Beyond this much of a refused body, or this long, the connection is simply closed (and may be reset). */
    private static final long DISCARD_AT_MOST_BYTES = 16L * 1024 * 1024;
    private static final long DISCARD_AT_MOST_MILLIS = TimeUnit.SECONDS.toMillis(10);

    private final ToLongFunction<String> maxBytes;
    private final EnvelopeWriter envelopes;

    /** @param maxBytes the limit of a request's body, by its path */
    public BodyLimitFilter(ToLongFunction<String> maxBytes, EnvelopeWriter envelopes) {
        this.maxBytes = maxBytes;
        this.envelopes = envelopes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long announced = request.getContentLengthLong();
        long limit = announced <= 0 ? 0 : maxBytes.applyAsLong(((HttpServletRequest) request).getRequestURI());
        if (announced > limit) {
            byte[] answer = envelopes.failure(ErrorCode.PAYLOAD_TOO_LARGE,
                    "the body may be at most " + limit + " bytes", TraceIds.current());
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(ErrorCode.PAYLOAD_TOO_LARGE.status());
            http.setContentType("application/json");
            http.setContentLength(answer.length);
            http.setHeader("Connection", "close");
            http.getOutputStream().write(answer);
            http.flushBuffer();
            if (request.isAsyncSupported()) {
                Discarding.theRestOf(request);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Closing a connection with unread bytes in it makes TCP reset it, and a reset can destroy the
     * 413 on its way or in the client's buffer while the client is still sending (most clients read
     * only once their body is sent). So once the answer is out, the rest of the body is read and
     * dropped as it arrives, without holding a thread, up to a bound in bytes and in time; the
     * connection then closes cleanly, as with nginx's lingering close.
     */
    private static final class Discarding implements ReadListener, AsyncListener {

        private final ServletInputStream body;
        private final AsyncContext async;
        private final AtomicBoolean done = new AtomicBoolean();
        private final byte[] buffer = new byte[8192];
        private long discarded;

        private Discarding(ServletInputStream body, AsyncContext async) {
            this.body = body;
            this.async = async;
        }

        static void theRestOf(ServletRequest request) throws IOException {
            AsyncContext async = request.startAsync();
            async.setTimeout(DISCARD_AT_MOST_MILLIS);
            Discarding discarding = new Discarding(request.getInputStream(), async);
            async.addListener(discarding);
            discarding.body.setReadListener(discarding);
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (body.isReady()) {
                int read = body.read(buffer);
                if (read < 0) {
                    return;
                }
                discarded += read;
                if (discarded > DISCARD_AT_MOST_BYTES) {
                    end();
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            end();
        }

        @Override
        public void onError(Throwable clientGoneOrTooSlow) {
            end();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            end();
        }

        @Override
        public void onError(AsyncEvent event) {
            end();
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }

        private void end() {
            if (done.compareAndSet(false, true)) {
                async.complete();
            }
        }
    }
}
