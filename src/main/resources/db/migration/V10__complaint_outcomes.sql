-- Issue #16: outcomes as data. One row per stage a complaint entered (informal, stage 1, 2, 3, or the screening
-- before them), written by the diagrams' listeners as the stage starts and ends, so the reports read Redress's own
-- tables and nothing is lost when the engine's history is cleaned up. No personal data: the reports are counts.
create sequence complaint_stage_seq start with 1 increment by 50;

create table complaint_stage (
    id                  bigint        not null primary key,
    complaint_reference varchar(40)   not null,
    procedure           varchar(100)  not null,
    stage               varchar(40)   not null,
    service_area        varchar(200)  not null,
    channel             varchar(20)   not null,
    received_on         date          not null,
    started_on          date          not null,
    due_on              date,
    finished_on         date,
    working_days        integer,
    on_time             boolean,
    extended            boolean       not null,
    outcome             varchar(30),
    reason              varchar(2000),
    categories          varchar(500),
    remedy_apology      boolean       not null,
    remedy_action       boolean       not null,
    remedy_payment      numeric(12, 2),
    version             bigint        not null
);
create index ix_complaint_stage_reference on complaint_stage (complaint_reference, stage);
create index ix_complaint_stage_received on complaint_stage (received_on, procedure);

-- Actions the council promised in a response and still owed after it (the Code asks they be tracked to completion).
create sequence improvement_action_seq start with 1 increment by 50;

create table improvement_action (
    id                  bigint        not null primary key,
    complaint_reference varchar(40)   not null,
    procedure           varchar(100)  not null,
    stage               varchar(40)   not null,
    service_area        varchar(200)  not null,
    description         varchar(2000) not null,
    agreed_on           date          not null,
    due_on              date,
    completed_on        date,
    version             bigint        not null
);
create index ix_improvement_action_procedure on improvement_action (procedure, agreed_on);
