-- Issue #17: residents follow their complaint online through a link in their emails. The link carries a random
-- token; only its SHA-256 is kept, so the table alone opens no complaint.
create table public_access (
    token_hash          varchar(64)  not null primary key,
    complaint_reference varchar(40)  not null,
    created_at          timestamp(6) with time zone not null
);
create index ix_public_access_reference on public_access (complaint_reference);
