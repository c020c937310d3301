-- Issue #13: the process instances Redress itself started for each complaint (its procedure, a re-opened
-- procedure, an Ombudsman enquiry, a behaviour process). A process is the complaint's only if its root instance is
-- recorded here against that reference: a process started some other way with a complaint's reference as its
-- business key can neither read nor change that complaint.
create table complaint_process (
    process_instance_id varchar(64)  not null primary key,
    complaint_reference varchar(40)  not null,
    definition_key      varchar(255) not null,
    started_at          timestamp(6) with time zone not null
);
create index ix_complaint_process_reference on complaint_process (complaint_reference);

-- complaints already running: their procedure's process
insert into complaint_process (process_instance_id, complaint_reference, definition_key, started_at)
select process_instance_id, reference, procedure, created_at from complaint where process_instance_id is not null;
