import { h } from './dom.js';

// Labelled inputs with a place for the API's message right next to them, shared by the create and
// edit forms.

/** A labelled control; `names` are the API field names whose errors belong here. */
export function field(label, control, { help, names = [control.name] } = {}) {
  const id = `f-${control.name}-${Math.random().toString(36).slice(2, 8)}`;
  control.id = id;
  const error = h('p', { class: 'error', id: `${id}-error`, 'data-error-for': names.join(' ') });
  const helpText = help ? h('p', { class: 'help', id: `${id}-help` }, help) : null;
  control.setAttribute('aria-describedby', [helpText?.id, error.id].filter(Boolean).join(' '));
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, helpText, error);
}

export function clearErrors(form) {
  form.querySelectorAll('[data-error-for], .form-error').forEach((p) => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
}

/** Puts each field message next to its field, and whatever names no field at the top of the form. */
export function showErrors(form, error) {
  clearErrors(form);
  let placed = false;
  for (const [name, message] of Object.entries(error.fields ?? {})) {
    const slot = [...form.querySelectorAll('[data-error-for]')]
      .find((p) => p.dataset.errorFor.split(' ').includes(name));
    if (!slot) continue;
    slot.textContent = message;
    document.getElementById(slot.id.replace(/-error$/, ''))?.setAttribute('aria-invalid', 'true');
    placed = true;
  }
  const top = form.querySelector('.form-error');
  if (!placed || error.status !== 400) top.textContent = error.message;
  (form.querySelector('[aria-invalid="true"]') ?? top).focus?.();
}

/** datetime-local value <-> the API's Unix seconds (null = never expires). */
export function toEpochSeconds(local) {
  return local ? Math.floor(new Date(local).getTime() / 1000) : null;
}

export function toLocalInput(seconds) {
  if (seconds === null || seconds === undefined) return '';
  const d = new Date(seconds * 1000);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

export function modeSelect(value = 'readonly') {
  return h('select', { name: 'mode' },
    h('option', { value: 'readonly', selected: value === 'readonly' }, 'read-only'),
    h('option', { value: 'readwrite', selected: value === 'readwrite' }, 'read-write'));
}
