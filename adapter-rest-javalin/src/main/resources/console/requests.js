import { call, enc, query } from './api.js';
import { h, when } from './dom.js';
import { Pager } from './pager.js';
import { targetText } from './outgoing.js';

// Shares other teams asked for that the caller may decide: approve, or reject with a reason.

export function requestsPager(host, { filters, onChange, onError }) {
  const pager = new Pager(host, {
    label: 'Requests',
    empty: 'Nothing waits for your approval.',
    load: async (cursor) => {
      const page = await call('GET', `/storage/requests${query({ limit: filters().limit, cursor })}`);
      return { items: page.data, next: page.pagination?.next_cursor ?? null };
    },
    render: (items) => h('table', {},
      h('thead', {}, h('tr', {}, ['From', 'To', 'Mode', 'Asked by', 'Asked on', 'Decision'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, items.map((r) => row(r, onChange, onError)))),
  });
  return { first: () => pager.first() };
}

function row(share, onChange, onError) {
  const name = `${share.source_container_id}:${share.source_path} → ${targetText(share)}`;
  const reason = h('input', { type: 'text', maxlength: '500', 'aria-label': `Reason for rejecting ${name}`, placeholder: 'reason (optional)' });
  const decide = (verb, body) => async () => {
    try {
      await call('POST', `/storage/requests/${enc(share.id)}/${verb}`, body);
      onChange();
    } catch (error) {
      onError(error);
    }
  };
  return h('tr', { 'data-share-id': share.id },
    h('td', {}, `${share.source_container_id}:${share.source_path}`),
    h('td', {}, targetText(share)),
    h('td', {}, share.mode === 'readonly' ? 'read-only' : 'read-write'),
    h('td', {}, share.created_by),
    h('td', {}, when(share.created_at)),
    h('td', { class: 'row-actions' },
      h('button', { type: 'button', class: 'primary', onclick: decide('approve'), 'aria-label': `Approve ${name}` }, 'Approve'),
      reason,
      h('button', { type: 'button', class: 'danger', onclick: () => decide('reject', reason.value.trim() ? { reason: reason.value.trim() } : undefined)(),
        'aria-label': `Reject ${name}` }, 'Reject')));
}
