package io.audiences.adapters.rest.route;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The API's timestamps: ISO-8601 in UTC with exactly three fraction digits and a {@code Z}, even at a whole second. */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String of(Instant instant) {
        return FORMAT.format(instant);
    }
}
