import { h, replace } from './dom.js';

// One modal <dialog> for edit, history and confirmations: the browser gives it focus trapping and Esc
// to close, and we give focus back to the control that opened it.

const dialog = document.getElementById('dialog');
const title = document.getElementById('dialog-title');
const body = dialog.querySelector('.dialog-body');
let opener = null;

dialog.querySelector('[data-close]').addEventListener('click', () => dialog.close());
dialog.addEventListener('close', () => opener?.isConnected && opener.focus());

export function openDialog(heading, ...content) {
  opener = document.activeElement;
  title.textContent = heading;
  replace(body, ...content);
  if (!dialog.open) dialog.showModal();
  (body.querySelector('input, select, textarea, button') ?? dialog.querySelector('[data-close]')).focus();
}

export function closeDialog() {
  dialog.close();
}

/** Resolves true when the user confirms, false when they cancel or press Esc. */
export function confirmDialog(heading, text, confirmLabel) {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (value) => {
      answered = true;
      closeDialog();
      resolve(value);
    };
    dialog.addEventListener('close', () => answered || resolve(false), { once: true });
    openDialog(heading, h('p', {}, text), h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'danger', onclick: () => answer(true) }, confirmLabel),
      h('button', { type: 'button', onclick: () => answer(false) }, 'Cancel')));
  });
}
