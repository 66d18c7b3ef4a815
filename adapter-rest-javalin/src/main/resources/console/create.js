import { ApiError, call, enc } from './api.js';
import { h, replace } from './dom.js';
import { clearErrors, field, modeSelect, showErrors, toEpochSeconds } from './fields.js';

// Creating a share is two steps on purpose: a dry run through the batch endpoint shows what the server
// would do (or what it would refuse, next to the field), and only then does "Create" commit it.

export function createForm(host, { onCreated }) {
  const target = h('input', { name: 'target_id', type: 'text', required: true, autocomplete: 'off', list: 'known-containers' });
  const form = h('form', { class: 'share-form', novalidate: true },
    h('p', { class: 'error form-error', role: 'alert', tabindex: '-1' }),
    field('Source container', h('input', { name: 'source_container_id', type: 'text', required: true,
      autocomplete: 'off', list: 'known-containers' }), { help: 'The container whose directory is shared.' }),
    field('Source directory', h('input', { name: 'source_path', type: 'text', required: true, placeholder: '/data/reports',
      autocomplete: 'off' })),
    h('fieldset', { class: 'target-type' }, h('legend', {}, 'Share with'),
      h('label', {}, h('input', { type: 'radio', name: 'target_type', value: 'container', checked: true }), ' one container'),
      h('label', {}, h('input', { type: 'radio', name: 'target_type', value: 'project' }), ' every container of a project')),
    field('Target container or project', target, { names: ['target_id', 'target_container_id', 'target_project_id'] }),
    field('Mode', modeSelect()),
    field('Alias', h('input', { name: 'alias', type: 'text', autocomplete: 'off' }), { help: 'Optional: 3–63 of a-z 0-9 _ -' }),
    field('Label', h('input', { name: 'label', type: 'text', autocomplete: 'off' }), { help: 'Optional: 3–63 characters' }),
    field('Description', h('textarea', { name: 'description', rows: 2 })),
    field('Expires', h('input', { name: 'expires_at', type: 'datetime-local' }), { help: 'Optional; empty = never' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Preview (dry run)')));
  const preview = h('section', { class: 'preview', 'aria-live': 'polite', 'aria-label': 'Preview' });
  replace(host, form, preview);

  const sourceOf = () => form.elements.source_container_id.value.trim();
  // Any edit after a preview makes it stale: the user must preview again before committing.
  form.addEventListener('input', () => replace(preview));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    replace(preview);
    if (!sourceOf()) {
      showErrors(form, { status: 400, message: 'Validation failed', fields: { source_container_id: 'Source container is required' } });
      return;
    }
    const body = bodyOf(form);
    try {
      const answer = await call('POST', `/containers/${enc(sourceOf())}/storage/shares/batch`, { shares: [body], dry_run: true });
      const result = answer.data.results[0];
      if (result.share === null) {
        showErrors(form, new ApiError(result.statusCode, result));
        replace(preview, h('p', { class: 'error' }, `The server would refuse this share: ${result.message}`));
        return;
      }
      showPreview(preview, result.share, () => commit(form, body, sourceOf(), preview, onCreated));
    } catch (error) {
      showErrors(form, error);
    }
  });
}

function bodyOf(form) {
  const v = (name) => form.elements[name].value.trim();
  const body = { source_path: v('source_path'), mode: v('mode') };
  body[form.elements.target_type.value === 'project' ? 'target_project_id' : 'target_container_id'] = v('target_id');
  for (const name of ['alias', 'label', 'description']) if (v(name)) body[name] = v(name);
  if (v('expires_at')) body.expires_at = toEpochSeconds(v('expires_at'));
  return body;
}

function showPreview(preview, share, onConfirm) {
  const target = share.target_type === 'project' ? `every container of project ${share.target_project_id}`
    : `container ${share.target_container_id}`;
  replace(preview,
    h('h3', {}, 'Preview: the server would accept this share'),
    h('dl', { class: 'facts' },
      h('dt', {}, 'From'), h('dd', {}, `${share.source_container_id}:${share.source_path}`),
      h('dt', {}, 'To'), h('dd', {}, target),
      h('dt', {}, 'Mode'), h('dd', {}, share.mode === 'readonly' ? 'read-only' : 'read-write'),
      h('dt', {}, 'Status'), h('dd', {}, share.status_message ? `${share.status} — ${share.status_message}` : share.status),
      h('dt', {}, 'Appears at'), h('dd', {}, '/mnt/shares/<share id> in each target')),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: onConfirm }, 'Create share')));
  preview.querySelector('button').focus();
}

async function commit(form, body, source, preview, onCreated) {
  try {
    const answer = await call('POST', `/containers/${enc(source)}/storage/shares`, body);
    form.reset();
    replace(preview);
    onCreated(answer.data);
  } catch (error) {
    replace(preview);
    showErrors(form, error);
  }
}
