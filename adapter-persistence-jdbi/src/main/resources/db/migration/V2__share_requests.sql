-- Share requests across teams. Additive: existing projects stay closed to requests, existing shares
-- keep their status and have no decision.

alter table projects add column accepts_share_requests boolean not null default false;

-- Who decided a request, when, and (for a rejection) why; all null for a share that never was one.
alter table shares add column decided_by varchar(255);
alter table shares add column decided_at timestamptz;
alter table shares add column decision_reason varchar(500);

alter table shares drop constraint shares_status_check;
alter table shares add constraint shares_status_check
    check (status in ('active', 'failed', 'pending', 'rejected'));
alter table shares drop constraint shares_failed_has_message;
alter table shares add constraint shares_message_unless_active check ((status = 'active') = (status_message is null));
alter table shares add constraint shares_decision_whole check (
    (decided_by is null) = (decided_at is null) and (decision_reason is null or decided_at is not null));
alter table shares add constraint shares_pending_undecided check (status <> 'pending' or decided_at is null);
alter table shares add constraint shares_rejected_decided check (status <> 'rejected' or decided_at is not null);

-- The requests list: pending shares by the container or project they ask for, and all of them for
-- an admin, each walked newest first. Partial, so they stay as small as the backlog of requests.
create index shares_pending_by_target_container on shares (target_container_id, created_at desc, id desc)
    where status = 'pending';
create index shares_pending_by_target_project on shares (target_project_id, created_at desc, id desc)
    where status = 'pending';
create index shares_pending_newest_first on shares (created_at desc, id desc) where status = 'pending';
