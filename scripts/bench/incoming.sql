-- pgbench: ONE statement returning a container's incoming view (the shares reaching one of the 200
-- benchmark containers, each with the receiver's switch), for the database's share of the ceiling.
\set n random(0, 199)
select s.id, s.source_container_id, s.source_path, s.target_type, s.target_container_id, s.target_project_id,
       s.mode, s.enabled, s.status, s.status_message, s.expires_at, s.created_by, s.created_at, s.updated_at,
       o.mount
from (select * from shares where target_container_id = 'c' || :n and (expires_at is null or expires_at > now())
      union all
      select * from shares where target_project_id = 'p' || (:n / 10) and (expires_at is null or expires_at > now())) s
left join mount_overrides o on o.share_id = s.id and o.container_id = 'c' || :n
order by s.created_at desc, s.id desc;
