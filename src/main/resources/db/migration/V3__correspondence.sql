-- Letters and notifications (issue #6): each row is one message to one recipient. Its id is the idempotency key:
-- the delivery job sends a row at most once and records the outcome in a transaction of its own.
create table correspondence (
    id                  varchar(36)   not null primary key,
    complaint_reference varchar(40)   not null,
    procedure           varchar(100)  not null,
    letter              varchar(60)   not null,
    audience            varchar(20)   not null,
    route               varchar(20)   not null,
    recipient           varchar(1000),
    subject             varchar(300)  not null,
    body                varchar(20000) not null,
    document            bytea,
    status              varchar(20)   not null,
    queued_at           timestamp(6) with time zone not null,
    sent_at             timestamp(6) with time zone,
    deemed_received_on  date,
    attempts            integer       not null,
    attempt_started_at  timestamp(6) with time zone,
    last_error          varchar(1000),
    provider_id         varchar(200),
    version             bigint        not null
);
create index ix_correspondence_reference on correspondence (complaint_reference, queued_at);
