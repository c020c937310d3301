-- The complaints list's first pages: running clocks in the order they fall due, so that a page of the soonest-due
-- complaints reads about a page of clocks however many complaints are open (ComplaintSearch).
create index ix_deadline_open_due on deadline (state, due_on, complaint_reference);
