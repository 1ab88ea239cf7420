package io.audiences.adapters.rest.prospect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.error.ApiException;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.adapters.rest.route.JsonBodies;
import io.audiences.application.command.ImportRow;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.prospect.CsvColumns;
import io.audiences.domain.prospect.ImportFormat;
import io.audiences.domain.prospect.ProspectBatch;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The two formats of an import's file, read as a stream of rows: CSV with a header, and one JSON object per line. */
final class ImportFiles {

    static final MediaType CSV = new MediaType("text", "csv");
    static final MediaType NDJSON = new MediaType("application", "x-ndjson");
    private static final char REPLACEMENT = '\uFFFD';

    private ImportFiles() {
    }

    /** @throws ApiException 415 unless {@code contentType} is {@code text/csv} or {@code application/x-ndjson} (UTF-8) */
    static ImportFormat format(String contentType) {
        try {
            MediaType type = MediaType.valueOf(contentType);
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset == null || charset.equalsIgnoreCase("utf-8")) {
                if (type.isCompatible(CSV) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                    return ImportFormat.CSV;
                }
                if (type.isCompatible(NDJSON) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                    return ImportFormat.NDJSON;
                }
            }
        } catch (IllegalArgumentException | NullPointerException malformed) {
            // Refused below.
        }
        throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "send the file as text/csv or application/x-ndjson, in UTF-8");
    }

    /**
     * The file's rows, read as they are asked for. A CSV file's header is read at once.
     *
     * @throws InvalidInputException (400) for a CSV header that names no prospect field rightly
     */
    static Iterator<ImportRow> rows(ImportFormat format, Reader file) {
        return format == ImportFormat.CSV ? csv(file) : ndjson(file);
    }

    private static Iterator<ImportRow> csv(Reader file) {
        CsvRecords records = new CsvRecords(file);
        CsvRecords.Record header = read(records);
        if (header == null || header.problem() != null) {
            throw new InvalidInputException(new FieldViolation("header", header == null ? "the file is empty: it needs a header row"
                    : "the first row " + header.problem()));
        }
        CsvColumns columns = CsvColumns.of(header.values());
        return new Rows() {
            @Override
            ProspectBatch.Item read() {
                CsvRecords.Record record = ImportFiles.read(records);
                if (record == null) {
                    return null;
                }
                if (record.problem() != null) {
                    return new ProspectBatch.Malformed("row: " + record.problem());
                }
                if (record.values().stream().anyMatch(value -> value.indexOf(REPLACEMENT) >= 0)) {
                    return notUtf8();
                }
                return columns.item(record.values());
            }
        };
    }

    private static Iterator<ImportRow> ndjson(Reader file) {
        Lines lines = new Lines(file);
        return new Rows() {
            @Override
            ProspectBatch.Item read() {
                String line;
                do {
                    line = lines.next();
                } while (line != null && line.isBlank());
                if (line == null) {
                    return null;
                }
                if (line == Lines.TOO_LONG) {
                    return new ProspectBatch.Malformed("row: is longer than " + CsvRecords.MAX_RECORD_CHARS + " characters");
                }
                if (line.indexOf(REPLACEMENT) >= 0) {
                    return notUtf8();
                }
                try {
                    JsonNode node = JsonBodies.strict().readTree(line);
                    return node != null && node.isObject() ? ProspectItems.read(node)
                            : new ProspectBatch.Malformed("row: must be one JSON object");
                } catch (JsonProcessingException e) {
                    return new ProspectBatch.Malformed("row: must be one well-formed JSON object");
                }
            }
        };
    }

    private static ProspectBatch.Item notUtf8() {
        return new ProspectBatch.Malformed("row: is not valid UTF-8");
    }

    private static CsvRecords.Record read(CsvRecords records) {
        try {
            return records.next();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a spooled import", e);
        }
    }

    /** Rows numbered from 1 as {@link #read} yields their items, until it yields none. */
    private abstract static class Rows implements Iterator<ImportRow> {

        private ProspectBatch.Item next;
        private boolean done;
        private long number;

        abstract ProspectBatch.Item read();

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = read();
                done = next == null;
            }
            return next != null;
        }

        @Override
        public ImportRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ProspectBatch.Item item = next;
            next = null;
            return new ImportRow(++number, item);
        }
    }

    /** Lines of at most {@value CsvRecords#MAX_RECORD_CHARS} characters; a longer one is {@link #TOO_LONG}, skipped whole. */
    private static final class Lines {

        static final String TOO_LONG = new String("too long");

        private final Reader in;

        Lines(Reader in) {
            this.in = in;
        }

        String next() {
            try {
                StringBuilder line = new StringBuilder();
                boolean tooLong = false;
                int c = in.read();
                if (c < 0) {
                    return null;
                }
                while (c >= 0 && c != '\n') {
                    if (line.length() < CsvRecords.MAX_RECORD_CHARS) {
                        line.append((char) c);
                    } else {
                        tooLong = true;
                    }
                    c = in.read();
                }
                if (tooLong) {
                    return TOO_LONG;
                }
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read a spooled import", e);
            }
        }
    }
}
