package io.audiences.adapters.rest.prospect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.adapters.rest.audience.AudienceRequest;
import io.audiences.adapters.rest.route.BodyFields;
import io.audiences.application.command.AddProspectsCommand;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.HexIds;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.prospect.ProspectBatch;
import io.audiences.domain.prospect.ProspectId;
import java.util.ArrayList;
import java.util.List;

/** The prospect routes' bodies; a 400 names every problem of the request as a whole (an item's own are its result). */
final class ProspectBodies {

    static final int MAX_REMOVED = 500;

    private ProspectBodies() {
    }

    /** {@code {"prospects": [1–100 items]}}: each item read on its own, a malformed one kept as its outcome. */
    static AddProspectsCommand addProspects(AudienceRequest.Target target, ObjectNode body) {
        JsonNode prospects = body.get("prospects");
        return new BodyFields(body, "prospects").build(() -> {
            if (prospects == null || !prospects.isArray() || prospects.isEmpty()
                    || prospects.size() > AddProspectsCommand.MAX_ITEMS) {
                throw new InvalidInputException(new FieldViolation("prospects",
                        "must be an array of 1 to " + AddProspectsCommand.MAX_ITEMS + " prospects"));
            }
            List<ProspectBatch.Item> items = new ArrayList<>();
            prospects.forEach(item -> items.add(ProspectItems.read(item)));
            return new AddProspectsCommand(target.group(), target.audience(), items);
        });
    }

    /** {@code {"prospectIds": [1–500 ids]}}: one malformed id makes the whole request a 400. */
    static List<ProspectId> removeProspects(ObjectNode body) {
        JsonNode ids = body.get("prospectIds");
        return new BodyFields(body, "prospectIds").build(() -> {
            if (ids == null || !ids.isArray() || ids.isEmpty() || ids.size() > MAX_REMOVED) {
                throw new InvalidInputException(new FieldViolation("prospectIds",
                        "must be an array of 1 to " + MAX_REMOVED + " prospect ids"));
            }
            List<FieldViolation> malformed = new ArrayList<>();
            List<ProspectId> read = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                JsonNode id = ids.get(i);
                if (id.isTextual() && HexIds.isValid(id.textValue())) {
                    read.add(new ProspectId(id.textValue()));
                } else {
                    malformed.add(new FieldViolation("prospectIds[" + i + "]", HexIds.RULE));
                }
            }
            InvalidInputException.throwIfAny(malformed);
            return read;
        });
    }
}
