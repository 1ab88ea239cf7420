package io.audiences.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** The SQL of {@code prospects} and of the audience's count of them, run on one handle. */
final class ProspectDao {

    static final String INSERT = "INSERT INTO prospects (" + ProspectRow.COLUMNS + ") VALUES (:id, :audienceId, "
            + ":prospectKey, :linkedinUrl, :email, :firstName, :lastName, :headline, :companyName, :companyDomain, :addedAt)";

    /**
     * Which of {@code count} keys the audience holds: one probe of the unique index per key. Asked
     * as pairs, since H2 turns {@code audience_id = ? AND prospect_key IN (…)} into a read of the
     * audience's whole part of the index.
     */
    static String held(int count) {
        return "SELECT prospect_key, id FROM prospects WHERE (audience_id, prospect_key) IN ("
                + IntStream.range(0, count).mapToObj(i -> "(:audienceId, :key" + i + ")").collect(Collectors.joining(", ")) + ")";
    }

    /** Newest first, in the order of the index, which H2 reads in order only when the order names its first column. */
    private static final String NEWEST_FIRST_ORDER = " ORDER BY audience_id DESC, added_at DESC, id DESC LIMIT :limit";

    static final String NEWEST_FIRST = "SELECT " + ProspectRow.COLUMNS + " FROM prospects WHERE audience_id = :audienceId"
            + NEWEST_FIRST_ORDER;

    /** The keyset step: rows strictly after (addedAt, id) in newest-first order, one range of the index. */
    static final String NEWEST_FIRST_AFTER = "SELECT " + ProspectRow.COLUMNS + " FROM prospects "
            + "WHERE audience_id = :audienceId AND (added_at, id) < (:addedAt, :id)" + NEWEST_FIRST_ORDER;

    private final Handle handle;

    ProspectDao(Handle handle) {
        this.handle = handle;
    }

    /**
     * Locks the audience's row until the transaction ends and reads its count; empty when the
     * group holds no such audience.
     */
    Optional<Long> lockCount(String accountGroupId, String audienceId) {
        return handle.createQuery("SELECT prospect_count FROM audiences WHERE account_group_id = :accountGroupId "
                        + "AND id = :audienceId FOR UPDATE")
                .bind("accountGroupId", accountGroupId).bind("audienceId", audienceId)
                .mapTo(Long.class).findOne();
    }

    /** Whether the group holds the audience. */
    boolean audienceExists(String accountGroupId, String audienceId) {
        return handle.createQuery("SELECT COUNT(*) FROM audiences WHERE account_group_id = :accountGroupId AND id = :audienceId")
                .bind("accountGroupId", accountGroupId).bind("audienceId", audienceId)
                .mapTo(Integer.class).one() > 0;
    }

    void count(String audienceId, long change) {
        handle.createUpdate("UPDATE audiences SET prospect_count = prospect_count + :change WHERE id = :audienceId")
                .bind("audienceId", audienceId).bind("change", change).execute();
    }

    /** The ids of those of {@code keys} the audience holds, by key. */
    Map<String, String> held(String audienceId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Query query = handle.createQuery(held(keys.size())).bind("audienceId", audienceId);
        int i = 0;
        for (String key : keys) {
            query.bind("key" + i++, key);
        }
        return query.map((rs, ctx) -> Map.entry(rs.getString("prospect_key"), rs.getString("id")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void insert(List<ProspectRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT);
        for (ProspectRow row : rows) {
            batch.bind("id", row.id()).bind("audienceId", row.audienceId()).bind("prospectKey", row.prospectKey())
                    .bind("linkedinUrl", row.linkedinUrl()).bind("email", row.email()).bind("firstName", row.firstName())
                    .bind("lastName", row.lastName()).bind("headline", row.headline()).bind("companyName", row.companyName())
                    .bind("companyDomain", row.companyDomain()).bind("addedAt", row.addedAt()).add();
        }
        batch.execute();
    }

    /** Deletes those of {@code ids} the audience holds; returns their ids. */
    List<String> delete(String audienceId, Collection<String> ids) {
        List<String> held = handle.createQuery("SELECT id FROM prospects WHERE audience_id = :audienceId AND id IN (<ids>)")
                .bind("audienceId", audienceId).bindList("ids", ids).mapTo(String.class).list();
        if (!held.isEmpty()) {
            handle.createUpdate("DELETE FROM prospects WHERE audience_id = :audienceId AND id IN (<ids>)")
                    .bind("audienceId", audienceId).bindList("ids", held).execute();
        }
        return held;
    }

    Optional<ProspectRow> find(String audienceId, String id) {
        return handle.createQuery("SELECT " + ProspectRow.COLUMNS + " FROM prospects WHERE audience_id = :audienceId AND id = :id")
                .bind("audienceId", audienceId).bind("id", id).map(ProspectRow::map).findOne();
    }

    List<ProspectRow> newestFirst(String audienceId, int limit) {
        return handle.createQuery(NEWEST_FIRST).bind("audienceId", audienceId).bind("limit", limit)
                .map(ProspectRow::map).list();
    }

    List<ProspectRow> newestFirstAfter(String audienceId, OffsetDateTime addedAt, String id, int limit) {
        return handle.createQuery(NEWEST_FIRST_AFTER).bind("audienceId", audienceId).bind("addedAt", addedAt)
                .bind("id", id).bind("limit", limit).map(ProspectRow::map).list();
    }

    /** The audiences whose counts differ from their prospect rows. */
    List<String> audiencesCountedUnlikeTheirRows() {
        return handle.createQuery("SELECT a.id FROM audiences a "
                        + "WHERE a.prospect_count <> (SELECT COUNT(*) FROM prospects p WHERE p.audience_id = a.id)")
                .mapTo(String.class).list();
    }

    /** Sets the audience's count to that of its rows, under its row lock. */
    void recount(String audienceId) {
        handle.createQuery("SELECT id FROM audiences WHERE id = :audienceId FOR UPDATE").bind("audienceId", audienceId)
                .mapTo(String.class).findOne();
        handle.createUpdate("UPDATE audiences SET prospect_count = "
                        + "(SELECT COUNT(*) FROM prospects p WHERE p.audience_id = :audienceId) WHERE id = :audienceId")
                .bind("audienceId", audienceId).execute();
    }
}
