-- Issue #16: the Ombudsman's decisions as data, for the council's Ombudsman figures and the annual review letter's
-- (complaints upheld, satisfactory remedy already provided by the council). Written as the Link Officer records a
-- decision; the enquiries and the remedies' compliance come from their clocks in the deadline table.
create sequence ombudsman_decision_seq start with 1 increment by 50;

create table ombudsman_decision (
    id                  bigint       not null primary key,
    complaint_reference varchar(40)  not null,
    procedure           varchar(100) not null,
    service_area        varchar(200) not null,
    decided_on          date         not null,
    decision            varchar(30)  not null,
    remedied_by_council boolean      not null,
    version             bigint       not null
);
create index ix_ombudsman_decision_procedure on ombudsman_decision (procedure, decided_on);
