package io.audiences.adapters.rest.filter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.text.ParseException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.message.internal.HttpHeaderReader;

/**
 * Jersey parses {@code Content-Type} before anything else runs (and {@code Accept} while it matches
 * a route), and refuses one it cannot parse with a 400 before authentication. The contract puts
 * authentication first, so such a header is hidden from Jersey here: without a
 * {@code Content-Type} the route answers 415 in its place among the checks, and without an
 * {@code Accept} it answers as to a client that accepts anything (every answer is JSON).
 */
public final class UnparsableHeadersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Set<String> hidden = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (!parses(http.getHeader(HttpHeaders.CONTENT_TYPE), MediaType::valueOf)) {
            hidden.add(HttpHeaders.CONTENT_TYPE);
        }
        if (!parses(http.getHeader(HttpHeaders.ACCEPT), HttpHeaderReader::readAcceptMediaType)) {
            hidden.add(HttpHeaders.ACCEPT);
        }
        chain.doFilter(hidden.isEmpty() ? request : new Hiding(http, hidden), response);
    }

    private static boolean parses(String value, Parser parser) {
        try {
            if (value != null) {
                parser.parse(value);
            }
            return true;
        } catch (ParseException | RuntimeException unparsable) {
            return false;
        }
    }

    @FunctionalInterface
    private interface Parser {
        void parse(String value) throws ParseException;
    }

    /** The request without the named headers. */
    private static final class Hiding extends HttpServletRequestWrapper {

        private final Set<String> hidden;

        Hiding(HttpServletRequest request, Set<String> hidden) {
            super(request);
            this.hidden = hidden;
        }

        @Override
        public String getHeader(String name) {
            return hidden.contains(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden.contains(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden.contains(name)).toList());
        }

        @Override
        public String getContentType() {
            return hidden.contains(HttpHeaders.CONTENT_TYPE) ? null : super.getContentType();
        }
    }
}
