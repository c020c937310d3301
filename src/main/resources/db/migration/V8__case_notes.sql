-- Issue #15: the complaints list at 100,000 complaints, and staff notes on the case page.

-- The list sorts by each complaint's next running deadline and filters by overdue / due this week: both read a
-- complaint's open clocks, and this index answers them without visiting the table.
create index ix_deadline_next_due on deadline (complaint_reference, state, due_on);
-- Filters by stage within the readable procedures.
create index ix_complaint_procedure_stage on complaint (procedure, stage);

-- Notes staff write on a complaint (plain text), with who wrote them and when.
create table case_note (
    id                  varchar(36)   not null primary key,
    complaint_reference varchar(40)   not null,
    body                varchar(2000) not null,
    written_by          varchar(255)  not null,
    written_at          timestamp(6) with time zone not null
);
create index ix_case_note_reference on case_note (complaint_reference, written_at);

-- Documents staff add from the case page: who added them (the residents' own have none).
alter table complaint_document add column added_by_user varchar(255);
