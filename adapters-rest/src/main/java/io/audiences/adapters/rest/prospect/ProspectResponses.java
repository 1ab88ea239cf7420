package io.audiences.adapters.rest.prospect;

import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.application.command.ProspectBatchResult;
import io.audiences.application.command.ProspectsRemoved;
import io.audiences.domain.prospect.ProspectId;
import java.util.List;

/** The prospect routes' answers besides a prospect itself. */
final class ProspectResponses {

    private ProspectResponses() {
    }

    /** A page of the prospect list: the items, the cursor of the next page ({@code null} on the last), whether more follow. */
    record Page(List<ProspectResponse> items, String nextCursor, boolean hasMore) {
    }

    /** A batch's result, one entry per item by its index. */
    record Batch(List<Added> added, List<AlreadyPresent> alreadyPresent, List<Rejected> rejected, long prospectCount) {

        static Batch of(ProspectBatchResult result) {
            return new Batch(
                    result.added().stream().map(added -> new Added(added.index(), ProspectResponse.of(added.prospect()))).toList(),
                    result.alreadyPresent().stream().map(present -> new AlreadyPresent(present.index(), present.id().value()))
                            .toList(),
                    result.rejected().stream().map(rejected -> new Rejected(rejected.index(), rejected.code(),
                            ErrorCode.valueOf(rejected.code()).message(), rejected.details())).toList(),
                    result.prospectCount());
        }
    }

    record Added(int index, ProspectResponse prospect) {
    }

    record AlreadyPresent(int index, String id) {
    }

    /** As an error's envelope says it: the code, its message, and the details ({@code null} for a rule's). */
    record Rejected(int index, String code, String message, String details) {
    }

    /** What deleting one prospect answers. */
    record Deleted(boolean deleted, long prospectCount) {
    }

    /** What a batch removal answers. */
    record Removed(List<String> removed, List<String> notFound, long prospectCount) {

        static Removed of(ProspectsRemoved removed) {
            return new Removed(removed.removed().stream().map(ProspectId::value).toList(),
                    removed.notFound().stream().map(ProspectId::value).toList(), removed.prospectCount());
        }
    }
}
