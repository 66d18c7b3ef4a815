import { call, enc, query } from './api.js';

// What the topology picture shows, gathered from the public API only: the caller's outgoing and
// incoming shares, and which of the known containers belong to which project (learnt from the
// project shares each container receives, since only admins may read the catalog).

export async function loadTopology(containers) {
  const [outgoing, incoming] = await Promise.all([
    call('GET', `/storage/shares${query({ limit: 500, output: 'full' })}`),
    call('GET', `/storage/incoming${query({ limit: 500 })}`),
  ]);
  const shares = new Map();
  for (const s of [...incoming.data, ...outgoing.data]) shares.set(s.id, { ...shares.get(s.id), ...s });

  const members = new Map(); // project id -> Set of container ids
  await Promise.all([...containers].map(async (id) => {
    const received = await call('GET', `/containers/${enc(id)}/storage/incoming${query({ limit: 500, output: 'full' })}`)
      .catch(() => ({ data: [] }));
    for (const s of received.data) {
      if (s.target_type === 'project' && s.source_container_id !== id) {
        if (!members.has(s.target_project_id)) members.set(s.target_project_id, new Set());
        members.get(s.target_project_id).add(id);
      }
      // Only the receiver's own view reports a failed mount for a share someone else created.
      const known = shares.get(s.id) ?? s;
      if ((s.mounts ?? []).some((m) => m.state === 'failed')) known.mountFailed = true;
      shares.set(s.id, known);
    }
  }));
  return { shares: [...shares.values()], members };
}

/** The shares to draw for one project (or all when project is empty), and the nodes they touch. */
export function graphOf({ shares, members }, project) {
  const inProject = (c) => members.get(project)?.has(c);
  const picked = project
    ? shares.filter((s) => s.target_project_id === project || inProject(s.source_container_id) || inProject(s.target_container_id))
    : shares;
  const nodes = new Map();
  const node = (id, kind) => nodes.has(`${kind}:${id}`) || nodes.set(`${kind}:${id}`, { key: `${kind}:${id}`, id, kind, failed: false });
  for (const s of picked) {
    node(s.source_container_id, 'container');
    if (s.target_type === 'project') node(s.target_project_id, 'project');
    else node(s.target_container_id, 'container');
  }
  if (project) {
    node(project, 'project');
    for (const c of members.get(project) ?? []) node(c, 'container');
  }
  const edges = picked.map((s) => ({
    share: s,
    from: `container:${s.source_container_id}`,
    to: s.target_type === 'project' ? `project:${s.target_project_id}` : `container:${s.target_container_id}`,
    failed: s.status === 'failed' || s.mountFailed || (s.mounts ?? []).some((m) => m.state === 'failed'),
  }));
  for (const e of edges.filter((x) => x.failed)) nodes.get(e.to).failed = true;
  const memberships = [];
  for (const [p, cs] of members) {
    if (!nodes.has(`project:${p}`)) continue;
    for (const c of cs) if (nodes.has(`container:${c}`)) memberships.push({ from: `project:${p}`, to: `container:${c}` });
  }
  return { nodes: [...nodes.values()], edges, memberships };
}
