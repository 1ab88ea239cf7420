package io.audiences.adapters.rest.audience;

import java.util.List;

/** A page of the audience list: the items, the cursor of the next page ({@code null} on the last), whether more follow. */
record AudiencePageResponse(List<AudienceResponse> items, String nextCursor, boolean hasMore) {
}
