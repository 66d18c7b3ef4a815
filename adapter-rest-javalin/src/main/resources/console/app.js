import { ApiError, call, query, useToken } from './api.js';
import { createForm } from './create.js';
import { h, replace } from './dom.js';
import { renderIncoming } from './incoming.js';
import { outgoingPager } from './outgoing.js';
import { requestsPager } from './requests.js';
import * as session from './session.js';
import { drawTopology } from './topology.js';
import { graphOf, loadTopology } from './topology-model.js';

// Start-up, sign-in, the three views (switched by the address fragment so the back button works), and
// one refresh that every change goes through, so the page never shows a half-updated state.

const $ = (id) => document.getElementById(id);
const statusLine = $('status');
const filterForm = $('filters');
const filters = () => Object.fromEntries(new FormData(filterForm));

function say(text, isError = false) {
  statusLine.textContent = text;
  statusLine.classList.toggle('error', isError);
}

const onError = (error) => say(error.message, true);
const views = {};

async function boot() {
  session.adoptTokenFromFragment();
  // A sign-in link opened in a tab that already shows the console changes only the fragment: no new page.
  window.addEventListener('hashchange', () => session.adoptTokenFromFragment() && location.reload());
  $('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    session.signIn($('token').value);
    start();
  });
  $('sign-out').addEventListener('click', () => {
    session.signOut();
    location.hash = '';
    location.reload();
  });
  await start();
}

async function start() {
  const token = session.token();
  if (!token) return showSignIn('');
  useToken(token);
  try {
    await call('GET', `/storage/shares${query({ limit: 1 })}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      session.signOut();
      return showSignIn(`${error.message}. Paste a valid token.`);
    }
    throw error;
  }
  const claims = session.claims(token);
  replace($('who'), 'Signed in as ', h('strong', {}, claims.sub ?? '?'), (claims.roles ?? []).includes('admin') ? ' (admin)' : '');
  $('who').hidden = false;
  $('sign-out').hidden = false;
  $('sign-in').hidden = true;
  $('app').hidden = false;
  wireViews();
  showView();
  await refresh();
}

function showSignIn(message) {
  $('sign-in').hidden = false;
  $('app').hidden = true;
  $('token-error').textContent = message;
  $('token').focus();
}

function wireViews() {
  session.rememberContainers([]);
  views.requests = requestsPager($('requests').querySelector('.body'), { filters, onChange: changed, onError });
  views.outgoing = outgoingPager($('outgoing').querySelector('.body'), {
    filters, onChange: changed, onError, onSources: (ids) => session.rememberContainers(ids),
  });
  createForm($('create'), {
    onCreated: (share) => {
      location.hash = '#shares';
      changed(`Share of ${share.source_container_id}:${share.source_path} created`);
    },
  });
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    refresh().catch(onError);
  });
  $('add-container').addEventListener('submit', (event) => {
    event.preventDefault();
    const id = event.target.elements.id.value.trim();
    if (id) session.rememberContainers([id]);
    event.target.reset();
    refresh().catch(onError);
  });
  $('topology-project').addEventListener('change', () => drawProject().catch(onError));
  window.addEventListener('hashchange', showView);
}

function showView() {
  const name = ['shares', 'topology', 'new'].find((v) => location.hash === `#${v}`) ?? 'shares';
  document.querySelectorAll('[data-view-panel]').forEach((p) => { p.hidden = p.dataset.viewPanel !== name; });
  document.querySelectorAll('[data-view]').forEach((a) => {
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (name === 'topology') drawProject().catch(onError);
}

/** After any change: say what happened, then reload everything the change may have touched. */
function changed(message = 'Saved') {
  refresh().then(() => say(message)).catch(onError);
}

async function refresh() {
  // aria-busy tells assistive technology (and the browser tests) when the lists are being reloaded.
  $('app').setAttribute('aria-busy', 'true');
  say('Loading…');
  // The global incoming list names the containers of ours that receive direct shares.
  const incoming = await call('GET', `/storage/incoming${query({ limit: 500 })}`);
  session.rememberContainers(incoming.data.map((s) => s.target_container_id));
  await Promise.all([views.requests.first(), views.outgoing.first()]);
  await renderIncoming($('incoming').querySelector('.body'), session.knownContainers(), { filters, onError });
  if (!$('view-topology').hidden) await drawProject();
  say('');
  $('app').setAttribute('aria-busy', 'false');
}

let topology = null;

async function drawProject() {
  topology = await loadTopology(session.knownContainers());
  const select = $('topology-project');
  const chosen = select.value;
  const projects = new Set([...topology.members.keys(), ...topology.shares.map((s) => s.target_project_id).filter(Boolean)]);
  replace(select, h('option', { value: '' }, 'every share I can see'),
    [...projects].sort().map((p) => h('option', { value: p, selected: p === chosen }, `project ${p}`)));
  drawTopology($('topology-picture'), graphOf(topology, select.value));
}

boot().catch(onError);
