import { call, enc, query } from './api.js';
import { confirmDialog } from './dialog.js';
import { badge, expiry, h } from './dom.js';
import { openEdit } from './edit.js';
import { openHistory } from './history.js';
import { Pager } from './pager.js';

// The caller's outgoing shares, one group per shared directory, each with its status, where it is
// actually mounted (output=full) and the creator's actions.

export function outgoingPager(host, { filters, onChange, onError, onSources }) {
  return new Pager(host, {
    label: 'Outgoing',
    empty: 'You share nothing that matches.',
    load: async (cursor) => {
      const page = await call('GET', `/storage/shares${query({ ...filters(), group_by: 'source_path', output: 'full', cursor })}`);
      const groups = page.data;
      onSources(groups.map((g) => g.source_container_id));
      return { items: groups, next: page.pagination?.next_cursor ?? null };
    },
    render: (groups) => h('div', { class: 'groups' }, groups.map((g) => group(g, { onChange, onError }))),
  });
}

function group(g, handlers) {
  return h('section', { class: 'group', 'aria-label': `${g.source_container_id}:${g.source_path}` },
    h('h4', {}, h('span', { class: 'container' }, g.source_container_id), h('code', {}, g.source_path)),
    h('table', {},
      h('thead', {}, h('tr', {}, ['Shared with', 'Mode', 'Switch', 'Status', 'Mounted in', 'Expires', 'Actions'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, g.shares.map((s) => row(s, handlers)))));
}

export function targetText(share) {
  return share.target_type === 'project' ? `project ${share.target_project_id}` : share.target_container_id;
}

function row(share, { onChange, onError }) {
  const name = `${share.source_path} → ${targetText(share)}`;
  const act = (fn) => async () => {
    try {
      await fn();
      onChange();
    } catch (error) {
      onError(error);
    }
  };
  const toggle = act(() => call('PATCH', `/containers/${enc(share.source_container_id)}/storage/shares/${enc(share.id)}`,
    { enabled: !share.enabled }));
  const remove = act(async () => {
    if (await confirmDialog('Delete share', `Delete the share of ${name}? It is unmounted from every target.`, 'Delete')) {
      await call('DELETE', `/storage/shares/${enc(share.id)}`);
    }
  });
  return h('tr', { 'data-share-id': share.id, class: share.status === 'failed' ? 'failed' : null },
    h('td', {}, h('span', { class: `kind kind-${share.target_type}`, title: share.target_type === 'project' ? 'project share' : 'direct share' },
      share.target_type === 'project' ? '⇉ ' : '→ '), targetText(share),
      share.label ? h('span', { class: 'label' }, share.label) : null),
    h('td', {}, share.mode === 'readonly' ? 'read-only' : 'read-write'),
    h('td', {}, share.enabled ? 'on' : h('span', { class: 'off' }, 'off')),
    h('td', {}, badge(share.status), share.status_message ? h('span', { class: 'message' }, share.status_message) : null),
    h('td', {}, mounts(share)),
    h('td', {}, expiry(share.expires_at)),
    h('td', { class: 'row-actions' },
      h('button', { type: 'button', onclick: () => openEdit(share, onChange), 'aria-label': `Edit ${name}` }, 'Edit'),
      h('button', { type: 'button', onclick: toggle, 'aria-label': `${share.enabled ? 'Switch off' : 'Switch on'} ${name}` },
        share.enabled ? 'Switch off' : 'Switch on'),
      h('button', { type: 'button', onclick: () => openHistory(share).catch(onError), 'aria-label': `History of ${name}` }, 'History'),
      h('button', { type: 'button', class: 'danger', onclick: remove, 'aria-label': `Delete ${name}` }, 'Delete')));
}

// output=full lists where the share is realised: one entry per container whose mounts list it.
function mounts(share) {
  if (share.mounts.length === 0) return h('span', { class: 'muted' }, 'nowhere');
  return h('ul', { class: 'mounts' }, share.mounts.map((m) => h('li', {}, m.container_id, ' ', badge(m.state, m.message ?? undefined),
    m.state === 'failed' && m.message ? h('span', { class: 'message' }, m.message) : null)));
}
