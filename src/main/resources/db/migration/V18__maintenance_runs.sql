-- One-off repairs of what an earlier version wrote, each done once per database, by whichever node starts first
-- (the name is the key: a second node waits for the first one's row, then finds the repair done).
create table maintenance_run (
    name        varchar(100) not null primary key,
    finished_at timestamp(6) with time zone not null,
    repaired    integer not null
);
