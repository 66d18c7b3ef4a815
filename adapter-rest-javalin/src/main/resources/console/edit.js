import { call, enc } from './api.js';
import { closeDialog, openDialog } from './dialog.js';
import { h } from './dom.js';
import { clearErrors, field, modeSelect, showErrors, toEpochSeconds, toLocalInput } from './fields.js';

// Editing sends only what changed (PATCH: an absent field stays as it is, null clears it), so an
// untouched form changes nothing on the server.

export function openEdit(share, onSaved) {
  const form = h('form', { class: 'share-form', novalidate: true },
    h('p', { class: 'error form-error', role: 'alert', tabindex: '-1' }),
    field('Mode', modeSelect(share.mode)),
    h('div', { class: 'field' }, h('label', {},
      h('input', { type: 'checkbox', name: 'enabled', checked: share.enabled }), ' Switched on (mounted in its targets)'),
    h('p', { class: 'error', id: 'edit-enabled-error', 'data-error-for': 'enabled' })),
    field('Alias', h('input', { name: 'alias', type: 'text', value: share.alias ?? '' })),
    field('Label', h('input', { name: 'label', type: 'text', value: share.label ?? '' })),
    field('Description', h('textarea', { name: 'description', rows: 3 }, share.description ?? '')),
    field('Expires', h('input', { name: 'expires_at', type: 'datetime-local', value: toLocalInput(share.expires_at) }),
      { help: 'Empty = never' }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Save'),
      h('button', { type: 'button', onclick: closeDialog }, 'Cancel')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const changes = changesOf(form, share);
      if (Object.keys(changes).length > 0) {
        await call('PATCH', `/containers/${enc(share.source_container_id)}/storage/shares/${enc(share.id)}`, changes);
      }
      closeDialog();
      onSaved();
    } catch (error) {
      showErrors(form, error);
    }
  });
  openDialog(`Edit share ${share.source_container_id}:${share.source_path}`, form);
}

function changesOf(form, share) {
  const changes = {};
  const text = (name) => form.elements[name].value.trim() || null;
  if (form.elements.mode.value !== share.mode) changes.mode = form.elements.mode.value;
  if (form.elements.enabled.checked !== share.enabled) changes.enabled = form.elements.enabled.checked;
  for (const name of ['alias', 'label', 'description']) {
    if (text(name) !== (share[name] ?? null)) changes[name] = text(name);
  }
  // Compare at minute precision, as the input shows it, so reopening and saving does not move the expiry.
  if (form.elements.expires_at.value !== toLocalInput(share.expires_at)) {
    changes.expires_at = toEpochSeconds(form.elements.expires_at.value);
  }
  return changes;
}
