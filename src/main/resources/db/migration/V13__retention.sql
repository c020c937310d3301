-- when a complaint's personal details were removed at the end of its retention period (uk.redress.retention)
alter table complaint add column anonymised_at timestamp(6) with time zone;
create index ix_complaint_retention on complaint (status, closed_at);
