package io.audiences.adapters.rest.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 records from a stream: what a valid file holds, and a broken record costing only its own line. */
class CsvRecordsTest {

    private static List<CsvRecords.Record> all(String text) throws IOException {
        CsvRecords records = new CsvRecords(new StringReader(text));
        List<CsvRecords.Record> read = new ArrayList<>();
        for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
            read.add(record);
        }
        return read;
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws IOException {
        List<CsvRecords.Record> records = all("\uFEFFa,b\r\n\"x, y\",\"line\nbreak \"\"quoted\"\"\"\n\nlast,\n");

        assertThat(records).extracting(CsvRecords.Record::values).containsExactly(List.of("a", "b"),
                List.of("x, y", "line\nbreak \"quoted\""), List.of("last", ""));
    }

    @Test
    void aBrokenRecordIsReportedAndTheNextLineIsReadAsUsual() throws IOException {
        List<CsvRecords.Record> records = all("a\"b,c\n\"q\"x,c\nok,1\n\"never closed\n");

        assertThat(records).extracting(CsvRecords.Record::problem).containsExactly(
                "is not valid CSV: it has a quote inside an unquoted field",
                "is not valid CSV: it has text after a closing quote", null,
                "is not valid CSV: it has a quoted field that is never closed");
        assertThat(records.get(2).values()).containsExactly("ok", "1");
    }

    /** Quoted text counted too: one record could hold the whole file in memory. */
    @Test
    void aRecordIsAtMostItsLimitQuotedFieldsIncluded() throws IOException {
        String quoted = ("\"" + "x".repeat(1000) + "\",").repeat(70);
        String atTheLimit = "y".repeat(CsvRecords.MAX_RECORD_CHARS - 1);

        List<CsvRecords.Record> records = all(quoted + "\nnext\n" + atTheLimit + "\nafter\n");

        assertThat(records.get(0).problem()).isEqualTo("is not valid CSV: it is longer than 65536 characters");
        assertThat(records.get(1).values()).containsExactly("next");
        assertThat(records.get(2).values()).containsExactly(atTheLimit);
        assertThat(records.get(3).values()).as("the line after a record that ends at the limit").containsExactly("after");
    }
}
