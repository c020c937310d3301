-- Issue #17: documents a complainant sends with an online complaint (photographs, letters), kept with the complaint.
create table complaint_document (
    id                  varchar(36)   not null primary key,
    complaint_reference varchar(40)   not null,
    file_name           varchar(255)  not null,
    content_type        varchar(100)  not null,
    size_bytes          bigint        not null,
    content             bytea         not null,
    added_at            timestamp(6) with time zone not null,
    added_by            varchar(20)   not null
);
create index ix_complaint_document_reference on complaint_document (complaint_reference, added_at);
