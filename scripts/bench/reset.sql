-- Undoes what earlier benchmark runs wrote, so that every run measures the dataset as it was loaded:
-- the loader writes no events and no mount states, and only the benchmark's own creates use these paths.
delete from shares where source_path like '/data/bench/%' or source_path like '/data/pgbench/%';
delete from share_events;
delete from mount_states;
vacuum analyze shares, share_events, mount_states;
