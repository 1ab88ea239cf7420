-- Folders group audiences of one type inside an account group. Every change to a group's folders
-- or audiences first takes the group's row lock (as a creation does), so the folder limit, unique
-- names and "no audience in a missing folder" hold across processes; the constraints below are
-- the last line of defence. name_key is stored as for audiences (SHA-256 hex of the NameKey).
CREATE TABLE folders (
    id               VARCHAR(24)  NOT NULL PRIMARY KEY,
    account_group_id VARCHAR(24)  NOT NULL REFERENCES account_groups (id),
    name             VARCHAR(400) NOT NULL,
    name_key         VARCHAR(64)  NOT NULL,
    audience_type    VARCHAR(16)  NOT NULL,
    is_pinned        BOOLEAN      NOT NULL,
    position         BIGINT       NOT NULL,
    created_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT folders_type_known CHECK (audience_type IN ('on_demand', 'monitoring')),
    CONSTRAINT folders_name_unique UNIQUE (account_group_id, name_key),
    -- Also the order of the navigation, and what counts a group's folders.
    CONSTRAINT folders_position_unique UNIQUE (account_group_id, position)
);

ALTER TABLE audiences ADD CONSTRAINT audiences_folder_known FOREIGN KEY (folder_id) REFERENCES folders (id);

-- Deleting a folder ungroups its audiences without reading the whole group.
CREATE INDEX audiences_by_folder ON audiences (folder_id);
