-- The prospects of audiences (prospects.md). An audience's prospect_count moves in the same
-- transaction as its prospects' rows, under the audience's row lock; deleting an audience deletes
-- its prospects. prospect_key is who the prospect is within its audience ("in:" and its LinkedIn
-- public identifier, else "email:" and its lower-cased email): unique per audience, and the index
-- the duplicate check and the audience's cascade read. Lengths leave room for 100 (300) code points
-- counted as UTF-16 units, as H2 counts them.
CREATE TABLE prospects (
    id             VARCHAR(24)  NOT NULL PRIMARY KEY,
    audience_id    VARCHAR(24)  NOT NULL,
    prospect_key   VARCHAR(310) NOT NULL,
    linkedin_url   VARCHAR(400),
    email          VARCHAR(254),
    first_name     VARCHAR(200),
    last_name      VARCHAR(200),
    headline       VARCHAR(600),
    company_name   VARCHAR(200),
    company_domain VARCHAR(253),
    added_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT prospects_audience_known FOREIGN KEY (audience_id) REFERENCES audiences (id) ON DELETE CASCADE,
    CONSTRAINT prospects_key_unique UNIQUE (audience_id, prospect_key)
);

-- Newest first, the audience's column DESC too so that H2 reads it in order (see V2).
CREATE INDEX prospects_by_audience_newest_first ON prospects (audience_id DESC, added_at DESC, id DESC);
