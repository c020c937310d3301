-- Six years of finished complaints (docs/performance.md, "Six years of history"): the workspace list reads the
-- complaints without a running clock in the order it shows them, and the running clocks by their state, instead of
-- sorting every readable complaint for each page.
create index ix_complaint_received on complaint (received_on, reference);
create index ix_deadline_state on deadline (state, complaint_reference, due_on);
