package io.audiences.adapters.rest.resource;

import io.audiences.domain.audience.Audience;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An audience as the API shows it: all seven fields, always present, {@code null} where empty. */
record AudienceResponse(
        String id,
        String name,
        String type,
        String description,
        String folderId,
        long prospectCount,
        String createdAt) {

    /** ISO-8601 in UTC with exactly three fraction digits and a {@code Z}, even at a whole second. */
    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    static AudienceResponse of(Audience audience) {
        return new AudienceResponse(audience.id().value(), audience.name().value(), audience.type().value(),
                audience.description() == null ? null : audience.description().value(), audience.folderId(),
                audience.prospectCount(),
                CREATED_AT.format(audience.createdAt()));
    }
}
