-- A posted letter, once printed and put in the post by a member of staff: who did it and when (the print queue).
alter table correspondence add column printed_by varchar(100);
alter table correspondence add column printed_at timestamp;
-- the print queue: posted letters ready to print and not yet printed, oldest first
create index ix_correspondence_print_queue on correspondence (route, status, printed_at, queued_at);
