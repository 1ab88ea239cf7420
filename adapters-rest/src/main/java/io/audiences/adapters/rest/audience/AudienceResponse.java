package io.audiences.adapters.rest.audience;

import io.audiences.adapters.rest.route.Timestamps;
import io.audiences.domain.audience.Audience;

/** An audience as the API shows it: all seven fields, always present, {@code null} where empty. */
record AudienceResponse(
        String id,
        String name,
        String type,
        String description,
        String folderId,
        long prospectCount,
        String createdAt) {

    static AudienceResponse of(Audience audience) {
        return new AudienceResponse(audience.id().value(), audience.name().value(), audience.type().value(),
                audience.description() == null ? null : audience.description().value(), audience.folderId(),
                audience.prospectCount(),
                Timestamps.of(audience.createdAt()));
    }
}
