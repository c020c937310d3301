-- Restrictions on unreasonable complainants (issue: case events).
create sequence restriction_seq start with 1 increment by 50;

create table restriction (
    id                  bigint        not null primary key,
    complaint_reference varchar(40)   not null,
    procedure           varchar(100)  not null,
    restrictions        varchar(2000) not null,
    decided_on          date          not null,
    review_on           date          not null,
    expires_on          date          not null,
    lifted_on           date,
    version             bigint        not null
);
create index ix_restriction_reference on restriction (complaint_reference);
