-- A complaint's representative and reasonable adjustments, recorded at intake (issue #15). One row per complaint
-- that has any; none for the rest.
create table contact_arrangements (
    complaint_reference    varchar(40)   not null primary key,
    representative_name    varchar(200),
    representative_role    varchar(20),
    representative_email   varchar(320),
    representative_phone   varchar(40),
    representative_address varchar(1000),
    preferred_contact      varchar(20),
    letter_format          varchar(20),
    other_adjustments      varchar(1000)
);
