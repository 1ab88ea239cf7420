package io.audiences.adapters.persistence;

import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** The SQL of {@code audiences}, run on one handle. */
final class AudienceDao {

    /** {@link AudienceRow}'s components, in order: a column each, and a parameter each of an insert. */
    private static final List<RecordComponent> COMPONENTS = List.of(AudienceRow.class.getRecordComponents());
    private static final List<String> FIELDS = COMPONENTS.stream().map(RecordComponent::getName).toList();
    /** The columns of {@code audiences}: the row's components in snake case ({@code accountGroupId}: {@code account_group_id}). */
    private static final String COLUMNS = FIELDS.stream()
            .map(field -> field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    private static final String INSERT = "INSERT INTO audiences (" + COLUMNS + ") VALUES ("
            + FIELDS.stream().map(field -> ":" + field).collect(Collectors.joining(", ")) + ")";

    /**
     * Newest first, in the order of the index {@code (account_group_id DESC, created_at DESC, id DESC)}.
     * The group is fixed by the query, but H2 reads the index in order only when the order names its
     * first column too (see migration V2); otherwise it reads every row of the group and sorts them.
     */
    private static final String NEWEST_FIRST_ORDER =
            " ORDER BY account_group_id DESC, created_at DESC, id DESC LIMIT ?";

    /** The whole group, for the navigation. */
    static final String ALL_NEWEST_FIRST = "SELECT " + COLUMNS + " FROM audiences WHERE account_group_id = :accountGroupId"
            + " ORDER BY account_group_id DESC, created_at DESC, id DESC";

    /** The first page, run on {@link PlainReads}: the group, then the limit. */
    static final String NEWEST_FIRST = "SELECT " + COLUMNS + " FROM audiences WHERE account_group_id = ?"
            + NEWEST_FIRST_ORDER;

    /**
     * The keyset step, run on {@link PlainReads}: rows strictly after (createdAt, id) in newest-first
     * order; the group, createdAt, id, then the limit. The row-value comparison lets both databases
     * read the index as one range, already in order.
     */
    static final String NEWEST_FIRST_AFTER = "SELECT " + COLUMNS + " FROM audiences "
            + "WHERE account_group_id = ? AND (created_at, id) < (?, ?)" + NEWEST_FIRST_ORDER;

    private final Handle handle;

    AudienceDao(Handle handle) {
        this.handle = handle;
    }

    void insert(AudienceRow row) {
        Update insert = handle.createUpdate(INSERT);
        for (RecordComponent component : COMPONENTS) {
            insert.bindByType(component.getName(), value(component, row), component.getGenericType());
        }
        insert.execute();
    }

    private static Object value(RecordComponent component, AudienceRow row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record's accessor answers", e);
        }
    }

    void update(AudienceRow row) {
        handle.createUpdate("UPDATE audiences SET name = :name, name_key = :nameKey, description = :description, "
                        + "folder_id = :folderId WHERE account_group_id = :accountGroupId AND id = :id")
                .bind("id", row.id()).bind("accountGroupId", row.accountGroupId()).bind("name", row.name())
                .bind("nameKey", row.nameKey()).bind("description", row.description()).bind("folderId", row.folderId())
                .execute();
    }

    void delete(String accountGroupId, String id) {
        handle.createUpdate("DELETE FROM audiences WHERE account_group_id = :accountGroupId AND id = :id")
                .bind("accountGroupId", accountGroupId).bind("id", id).execute();
    }

    /** Whether an audience other than {@code self} holds the name key; served by the unique index. */
    boolean nameHeldByAnother(String accountGroupId, String nameKey, String self) {
        return handle.createQuery("SELECT COUNT(*) FROM audiences WHERE account_group_id = :accountGroupId "
                        + "AND name_key = :nameKey AND id <> :self")
                .bind("accountGroupId", accountGroupId).bind("nameKey", nameKey).bind("self", self)
                .mapTo(Integer.class).one() > 0;
    }

    /** Every audience of the group, newest first (the navigation's one read of audiences). */
    List<AudienceRow> allNewestFirst(String accountGroupId) {
        return handle.createQuery(ALL_NEWEST_FIRST).bind("accountGroupId", accountGroupId).map(AudienceRow::map).list();
    }

    /** Served by the unique index on (account_group_id, name_key). */
    boolean nameTaken(String accountGroupId, String nameKey) {
        return handle.createQuery("SELECT COUNT(*) FROM audiences WHERE account_group_id = :accountGroupId "
                        + "AND name_key = :nameKey")
                .bind("accountGroupId", accountGroupId).bind("nameKey", nameKey)
                .mapTo(Integer.class).one() > 0;
    }

    Optional<AudienceRow> find(String accountGroupId, String id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM audiences WHERE account_group_id = :accountGroupId "
                        + "AND id = :id")
                .bind("accountGroupId", accountGroupId).bind("id", id)
                .map(AudienceRow::map).findOne();
    }

    /** The rows of {@link #NEWEST_FIRST} or {@link #NEWEST_FIRST_AFTER}. */
    static List<AudienceRow> rows(ResultSet rs) throws SQLException {
        List<AudienceRow> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(AudienceRow.map(rs, null));
        }
        return rows;
    }
}
