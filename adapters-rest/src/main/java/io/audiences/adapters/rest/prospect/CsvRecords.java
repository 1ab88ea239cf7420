package io.audiences.adapters.rest.prospect;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read one at a time from a stream: fields separated by commas, records by CRLF
 * or LF, a field in double quotes may hold commas, line breaks and doubled quotes. An optional
 * byte order mark is skipped; blank lines are no records. A record that breaks the format (a quote
 * inside an unquoted field, text after a closing quote, a quoted field never closed, more than
 * {@value #MAX_RECORD_CHARS} characters) is reported as such and reading goes on at the next line.
 */
final class CsvRecords {

    static final int MAX_RECORD_CHARS = 64 * 1024;

    /** A record's values, or ({@code problem} not null) why it is not one. */
    record Record(List<String> values, String problem) {
    }

    private final Reader in;
    private int peeked = -2;
    private int last = -1;
    private boolean started;
    /** Characters of the record being read, quoted ones included. */
    private int chars;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or {@code null} at the end of the stream. */
    Record next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                read();
            }
        }
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                endOfLine();
                continue;
            }
            return record();
        }
    }

    private Record record() throws IOException {
        List<String> values = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        chars = 0;
        while (true) {
            int c = read();
            if (++chars > MAX_RECORD_CHARS) {
                return broken("is longer than " + MAX_RECORD_CHARS + " characters");
            }
            if (c == '"' && field.isEmpty()) {
                String problem = quoted(field);
                if (problem != null) {
                    return broken(problem);
                }
                int after = peek();
                if (after != ',' && after != '\n' && after != '\r' && after >= 0) {
                    return broken("has text after a closing quote");
                }
                continue;
            }
            if (c == ',') {
                values.add(field.toString());
                field.setLength(0);
            } else if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                values.add(field.toString());
                return new Record(values, null);
            } else if (c == '"') {
                return broken("has a quote inside an unquoted field");
            } else {
                field.append((char) c);
            }
        }
    }

    /** Reads a quoted field's text up to its closing quote; the problem if it never closes. */
    private String quoted(StringBuilder field) throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                return "has a quoted field that is never closed";
            }
            if (++chars > MAX_RECORD_CHARS) {
                return "is longer than " + MAX_RECORD_CHARS + " characters";
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    field.append('"');
                } else {
                    return null;
                }
            } else {
                field.append((char) c);
            }
        }
    }

    /** A broken record: the rest of its line is skipped (none, if what broke it ended the line). */
    private Record broken(String problem) throws IOException {
        int c = last;
        while (c >= 0 && c != '\n') {
            c = read();
        }
        return new Record(List.of(), "is not valid CSV: it " + problem);
    }

    private void endOfLine() throws IOException {
        if (read() == '\r' && peek() == '\n') {
            read();
        }
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        last = c;
        return c;
    }
}
