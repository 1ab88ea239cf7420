-- The list queries filter on account_group_id and order newest first. H2 chooses the index for the
-- filter by cost, and often takes the foreign key's own index on account_group_id; it then reads
-- every audience of the group and sorts them, unless a sorting index differs from the chosen one
-- in the direction of a shared first column, in which case it switches to that index and reads it
-- in order (org.h2.command.query.Select.preparePlan). Descending on account_group_id, with the
-- queries ordered by it too, makes that switch certain; PostgreSQL reads this index in order either
-- way. ListQueryPlanIT keeps both true.
DROP INDEX audiences_by_group_newest_first;
CREATE INDEX audiences_by_group_newest_first ON audiences (account_group_id DESC, created_at DESC, id DESC);
