import { call, enc, query } from './api.js';
import { badge, h, replace } from './dom.js';
import { Pager } from './pager.js';

// What each of the caller's containers receives, with the receiver's switch and what the mount driver
// last reported for it (GET …/mounts): the switch is the wish, the state is the reality.

export async function renderIncoming(host, containers, { filters, onError }) {
  const blocks = [...containers].sort().map((id) => ({ id, body: h('div', { class: 'body' }) }));
  replace(host, blocks.length ? blocks.map(({ id, body }) => h('section', { class: 'group', 'aria-label': `${id} receives` },
    h('h4', {}, h('span', { class: 'container' }, id), ' receives'), body))
    : h('p', { class: 'empty' }, 'None of your containers receives a share yet.'));
  await Promise.all(blocks.map(({ id, body }) => containerPager(body, id, filters, onError).first()
    .catch((error) => replace(body, h('p', { class: 'error' }, error.message)))));
}

function containerPager(host, container, filters, onError) {
  const pager = new Pager(host, {
    label: `${container} incoming`,
    empty: 'Nothing that matches.',
    load: async (cursor) => {
      const { status, enabled, target_type: targetType, limit } = filters();
      const [incoming, mounts] = await Promise.all([
        call('GET', `/containers/${enc(container)}/storage/incoming${query({ status, limit, cursor, output: 'full' })}`),
        call('GET', `/containers/${enc(container)}/storage/mounts`),
      ]);
      const states = new Map(mounts.data.map((m) => [m.share_id, m]));
      // The incoming list has no enabled/target_type filters of its own; these narrow the page shown.
      const items = incoming.data
        .filter((s) => !status || s.status === status)
        .filter((s) => !enabled || String(s.enabled) === enabled)
        .filter((s) => !targetType || s.target_type === targetType)
        .map((share) => ({ share, state: states.get(share.id) }));
      return { items, next: incoming.pagination?.next_cursor ?? null };
    },
    render: (items) => h('table', {},
      h('thead', {}, h('tr', {}, ['From', 'Mode', 'Appears at', 'Status', 'Mount here', 'Realised'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, items.map((item) => row(container, item, () => pager.show().catch(onError))))),
  });
  return pager;
}

function row(container, { share, state }, reload) {
  const from = `${share.source_container_id}:${share.source_path}`;
  const error = h('span', { class: 'error', role: 'alert' });
  const toggle = h('input', { type: 'checkbox', role: 'switch', checked: share.mount,
    'aria-label': `Mount ${from} in ${container}`, 'aria-describedby': `why-${container}-${share.id}` });
  toggle.addEventListener('change', async () => {
    toggle.disabled = true;
    try {
      await call('PATCH', `/containers/${enc(container)}/storage/incoming/${enc(share.id)}/mount`, { mount: toggle.checked });
      await reload();
    } catch (e) {
      toggle.checked = !toggle.checked;
      toggle.disabled = false;
      error.textContent = e.message;
    }
  });
  return h('tr', { 'data-share-id': share.id, class: share.status === 'failed' || state?.state === 'failed' ? 'failed' : null },
    h('td', {}, h('span', { class: 'kind', title: share.target_type === 'project' ? 'project share' : 'direct share' },
      share.target_type === 'project' ? '⇉ ' : '→ '), from),
    h('td', {}, share.mode === 'readonly' ? 'read-only' : 'read-write'),
    h('td', {}, h('code', {}, share.mount_path)),
    h('td', {}, badge(share.status), share.enabled ? null : h('span', { class: 'message' }, 'switched off by its creator'),
      share.status_message ? h('span', { class: 'message' }, share.status_message) : null),
    h('td', {}, h('label', { class: 'switch' }, toggle, h('span', {}, share.mount ? 'yes' : 'no')), error),
    h('td', { id: `why-${container}-${share.id}` }, realised(share, state)));
}

function realised(share, state) {
  if (state) {
    return [badge(state.state), state.message ? h('span', { class: 'message' }, state.message) : null];
  }
  // Not in /mounts: say why, so "nothing mounted" is never a mystery.
  const why = !share.mount ? 'not mounted: switched off here' : !share.enabled ? 'not mounted: switched off by its creator'
    : share.status !== 'active' ? `not mounted: ${share.status}` : 'not mounted';
  return h('span', { class: 'muted' }, why);
}
