package io.audiences.application.contract;

import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.plan.Plan;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Builders of valid test data with distinct ids. */
public final class Fixtures {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() & 0xFFFF_FFFFL);

    private Fixtures() {
    }

    public static String newHexId() {
        return String.format("%024x", NEXT.incrementAndGet());
    }

    public static AccountGroup accountGroup(Plan plan, boolean linkedinConnected) {
        return new AccountGroup(new AccountGroupId(newHexId()), "Group " + newHexId(), plan, linkedinConnected);
    }

    public static Audience audience(AccountGroupId group, String name, String type, Instant createdAt) {
        return Audience.create(new AudienceId(newHexId()), group, AudienceDraft.of(name, null, type), createdAt);
    }
}
