-- Letters leave from the correspondence log itself (an outbox) instead of a delivery process each: after a failed
-- attempt the row says when the next one is due; a row that has used up its attempts has none and waits for a person.
alter table correspondence add column next_attempt_at timestamp;
create index ix_correspondence_due on correspondence (status, next_attempt_at);
