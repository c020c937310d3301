-- A complaint's latest clock of a name, and the stage it is in, were taken by the highest id. Each node takes ids
-- from the sequences in blocks of 50, so on two nodes a row written later can have a lower id: a stage 2
-- acknowledgement breached on one node could mark the stage 1 one written on the other. Rows now record when they
-- were written (each after the complaint's rows before it, whatever the nodes' clocks say) and are ordered by that,
-- then by id. Rows written before this change get the earliest time there is, so they come before every new row
-- and keep their id order among themselves; rows inserted without the column (by hand) get the time of insertion.
alter table deadline add column created_at timestamp(6) with time zone default timestamp with time zone '1970-01-01 00:00:00+00' not null;
alter table deadline alter column created_at set default current_timestamp;
alter table complaint_stage add column created_at timestamp(6) with time zone default timestamp with time zone '1970-01-01 00:00:00+00' not null;
alter table complaint_stage alter column created_at set default current_timestamp;
