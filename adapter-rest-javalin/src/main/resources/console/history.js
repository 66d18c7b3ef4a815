import { call, enc, query } from './api.js';
import { openDialog } from './dialog.js';
import { h, when } from './dom.js';

// A share's recorded events as a timeline, newest first, with "older" pages fetched on demand.

const WORDS = {
  'share.created': 'Created', 'share.updated': 'Changed', 'share.deleted': 'Deleted',
  'share.mount_toggled': 'Receiver switched', 'share.expiring': 'Expiring soon', 'share.expired': 'Expired',
  'share.failed': 'Failed', 'share.recovered': 'Recovered', 'share.requested': 'Requested',
  'share.approved': 'Approved', 'share.rejected': 'Rejected',
};

export async function openHistory(share) {
  const list = h('ol', { class: 'timeline', 'aria-label': 'Events, newest first' });
  const more = h('button', { type: 'button', hidden: true }, 'Older events');
  const path = `/containers/${enc(share.source_container_id)}/storage/shares/${enc(share.id)}/history`;
  let cursor = null;
  const load = async () => {
    const page = await call('GET', path + query({ limit: 50, cursor }));
    list.append(...page.data.map(event));
    cursor = page.pagination?.next_cursor ?? null;
    more.hidden = !cursor;
  };
  more.addEventListener('click', load);
  await load();
  openDialog(`History of ${share.source_container_id}:${share.source_path}`, list, more);
}

function event(e) {
  const details = Object.entries(e.data ?? {}).map(([key, value]) =>
    h('li', {}, h('span', { class: 'key' }, key), ' ', typeof value === 'object' ? JSON.stringify(value) : String(value)));
  return h('li', { class: `event event-${e.type.replace('share.', '')}` },
    h('time', { datetime: e.at }, when(e.at)),
    h('strong', {}, WORDS[e.type] ?? e.type),
    h('span', { class: 'actor' }, `by ${e.actor}`),
    details.length ? h('ul', { class: 'details' }, details) : null);
}
