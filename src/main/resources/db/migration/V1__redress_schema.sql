-- Redress's own tables (the Camunda engine manages its ACT_* tables itself). Portable across H2 and PostgreSQL.

create sequence complaint_seq start with 1 increment by 50;
create sequence deadline_seq start with 1 increment by 50;

create table complaint (
    id                     bigint        not null primary key,
    reference              varchar(40)   not null,
    procedure              varchar(100)  not null,
    process_instance_id    varchar(64),
    received_on            date          not null,
    channel                varchar(20)   not null,
    complainant_name       varchar(200),
    complainant_email      varchar(320),
    complainant_phone      varchar(40),
    complainant_address    varchar(1000),
    complainant_anonymous  boolean       not null,
    service_area           varchar(200)  not null,
    summary                varchar(10000) not null,
    outcome_sought         varchar(5000),
    event_date             date,
    about_staff_behaviour  boolean       not null,
    subject                varchar(40)   not null,
    concurrent_proceedings varchar(300)  not null,
    stage                  varchar(40)   not null,
    status                 varchar(20)   not null,
    outcome                varchar(60),
    created_at             timestamp(6) with time zone not null,
    closed_at              timestamp(6) with time zone,
    version                bigint        not null,
    constraint uk_complaint_reference unique (reference)
);
-- the repeat check looks for earlier closed complaints under a procedure about a service area
create index ix_complaint_procedure_status on complaint (procedure, status);

create table reference_counter (
    series      varchar(40) not null primary key,
    last_number bigint      not null
);

create table deadline (
    id                  bigint      not null primary key,
    complaint_reference varchar(40) not null,
    process_instance_id varchar(64) not null,
    name                varchar(40) not null,
    opened_on           date        not null,
    day_zero            date        not null,
    due_on              date        not null,
    state               varchar(10) not null,
    paused_on           date,
    paused_working_days integer     not null,
    breached            boolean     not null,
    closed_on           date,
    version             bigint      not null
);
create index ix_deadline_reference on deadline (complaint_reference, name, state);
