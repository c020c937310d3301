-- A complaint's latest clock of a name, and the stage it is in, were taken by the highest id. Each node takes ids
-- from the sequences in blocks of 50, so on two nodes a row written later can have a lower id: a stage 2
-- acknowledgement breached on one node could mark the stage 1 one written on the other. Rows now record when they
-- were written and are ordered by that, then by id. Rows written before this change all get the time of the
-- migration and so keep their id order, as before.
alter table deadline add column created_at timestamp(6) with time zone default current_timestamp not null;
alter table complaint_stage add column created_at timestamp(6) with time zone default current_timestamp not null;
