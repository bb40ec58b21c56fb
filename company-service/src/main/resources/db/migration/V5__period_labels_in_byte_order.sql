-- Period labels compare byte by byte (they are ASCII; labels of one kind then sort in time order), whatever the
-- database's collation: the key index serves a read of a series' latest periods (ORDER BY period DESC LIMIT n) in
-- the order the service compares labels in. Equality, and so the key, is unchanged.
ALTER TABLE observation ALTER COLUMN period TYPE VARCHAR(10) COLLATE "C";
