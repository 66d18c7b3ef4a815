-- Storage Shares schema. Integrity lives here: uniqueness, cascades and value rules are constraints,
-- so concurrent writers cannot break them whatever the application does.

create table projects (
    id       varchar(128) primary key check (id ~ '^[A-Za-z0-9._-]{1,128}$'),
    realm_id varchar(128) not null check (realm_id ~ '^[A-Za-z0-9._-]{1,128}$'),
    name     varchar(200) not null
);

create table project_members (
    project_id varchar(128) not null references projects (id) on delete cascade,
    user_id    varchar(255) not null,
    role       varchar(16)  not null check (role in ('owner', 'admin', 'member', 'viewer')),
    primary key (project_id, user_id)
);
create index project_members_by_user on project_members (user_id);

create table containers (
    id          varchar(128) primary key check (id ~ '^[A-Za-z0-9._-]{1,128}$'),
    realm_id    varchar(128) not null check (realm_id ~ '^[A-Za-z0-9._-]{1,128}$'),
    project_id  varchar(128) not null references projects (id) on delete cascade,
    owner_id    varchar(255) not null,
    name        varchar(200) not null,
    runtime_ref varchar(255) not null
);
create index containers_by_project on containers (project_id);
create index containers_by_owner on containers (owner_id);

create table shares (
    id                  char(24)      primary key check (id ~ '^[0-9a-f]{24}$'),
    source_container_id varchar(128)  not null references containers (id) on delete cascade,
    source_path         varchar(4096) not null check (source_path ~ '^/[A-Za-z0-9/_.-]+$'),
    target_type         varchar(16)   not null check (target_type in ('container', 'project')),
    target_container_id varchar(128)  references containers (id) on delete cascade,
    target_project_id   varchar(128)  references projects (id) on delete cascade,
    mode                varchar(16)   not null check (mode in ('readonly', 'readwrite')),
    alias               varchar(63)   check (alias ~ '^[a-z0-9_-]{3,63}$'),
    label               varchar(63)   check (char_length(label) >= 3),
    description         varchar(1000),
    enabled             boolean       not null,
    status              varchar(16)   not null check (status in ('active', 'failed')),
    status_message      text,
    expires_at          timestamptz,
    -- the expiring-soon notice went out for the current expires_at
    expiry_notified     boolean       not null default false,
    -- the share.expired event went out for the current expires_at
    expiry_announced    boolean       not null default false,
    created_by          varchar(255)  not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null default 0,
    constraint shares_exactly_one_target check (
        (target_type = 'container' and target_container_id is not null and target_project_id is null)
        or (target_type = 'project' and target_project_id is not null and target_container_id is null)),
    constraint shares_no_self_share check (target_container_id is distinct from source_container_id),
    constraint shares_failed_has_message check ((status = 'failed') = (status_message is not null))
);

-- One share per (source container, source path, target). The path is hashed because a 4096-character
-- path exceeds what a btree index entry may hold; the path charset makes md5 collisions moot.
create unique index shares_one_per_storage_and_target
    on shares (source_container_id, md5(source_path), target_type, coalesce(target_container_id, target_project_id));

create index shares_by_source on shares (source_container_id, created_at desc, id desc);
create index shares_by_target_container on shares (target_container_id) where target_container_id is not null;
create index shares_by_target_project on shares (target_project_id) where target_project_id is not null;
create index shares_newest_first on shares (created_at desc, id desc);
create index shares_to_notify on shares (expires_at) where expires_at is not null and not expiry_notified;
create index shares_to_announce on shares (expires_at) where expires_at is not null and not expiry_announced;

create table mount_overrides (
    id           char(24)     primary key,
    share_id     char(24)     not null references shares (id) on delete cascade,
    container_id varchar(128) not null references containers (id) on delete cascade,
    mount        boolean      not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    constraint mount_overrides_one_per_share_and_container unique (share_id, container_id)
);
create index mount_overrides_by_container on mount_overrides (container_id);

create table mount_states (
    container_id varchar(128) not null references containers (id) on delete cascade,
    share_id     char(24)     not null references shares (id) on delete cascade,
    state        varchar(16)  not null check (state in ('applied', 'pending', 'failed')),
    message      text,
    primary key (container_id, share_id)
);
create index mount_states_by_share on mount_states (share_id);

-- The history of every share and, through the delivery columns, the outbox of events to deliver.
-- No foreign key: the history of a deleted share is still worth keeping.
create table share_events (
    id              char(24)     primary key,
    share_id        char(24)     not null,
    type            varchar(32)  not null,
    at              timestamptz  not null,
    actor           varchar(255) not null,
    data            jsonb        not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    delivered_at    timestamptz,
    abandoned       boolean      not null default false,
    last_error      text
);
create index share_events_history on share_events (share_id, at desc, id desc);
create index share_events_due on share_events (next_attempt_at, id) where delivered_at is null and not abandoned;
