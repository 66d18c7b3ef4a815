-- pgbench: one transaction inserting a share row and its event row, as a create does.
\set n random(0, 199)
begin;
insert into shares (id, source_container_id, source_path, target_type, target_container_id, mode, enabled, status,
                    created_by, created_at, updated_at)
values (substr(md5(random()::text || clock_timestamp()::text), 1, 24), 'c' || :n,
        '/data/pgbench/' || md5(random()::text || clock_timestamp()::text), 'container',
        'c' || (:n - :n % 10 + (:n + 1) % 10), 'readonly', true, 'active', 'user0', now(), now());
insert into share_events (id, share_id, type, at, actor, data, next_attempt_at)
values (substr(md5(random()::text || clock_timestamp()::text), 1, 24),
        substr(md5(random()::text || clock_timestamp()::text), 1, 24), 'share.created', now(), 'user0', '{}', now());
end;
