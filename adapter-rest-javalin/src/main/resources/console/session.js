// Who is signed in. The token lives in sessionStorage: it survives a reload of this tab, is gone when
// the tab closes, and is never put in a URL the browser sends (a fragment never leaves the browser,
// and we remove it from the address bar at once so it is not kept in history or bookmarks).

const TOKEN = 'storage-shares.token';
const CONTAINERS = 'storage-shares.containers';

/** Takes "#token=…" from the address, if present, and forgets it there. */
export function adoptTokenFromFragment() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match) return false;
  signIn(decodeURIComponent(match[1]));
  history.replaceState(null, '', `${location.pathname}${location.search}#shares`);
  return true;
}

export function token() {
  return sessionStorage.getItem(TOKEN);
}

export function signIn(value) {
  // Another user's containers are not this user's: start the remembered list afresh.
  if (token() !== value.trim()) sessionStorage.removeItem(CONTAINERS);
  sessionStorage.setItem(TOKEN, value.trim());
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(CONTAINERS);
}

/** The token's claims, for showing who is signed in. The server checks the signature; we only read. */
export function claims(value) {
  try {
    const payload = value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload.padEnd(payload.length + ((4 - (payload.length % 4)) % 4), '=')));
  } catch {
    return {};
  }
}

// No API lists "my containers" for a non-admin caller, so the console remembers the containers it has
// seen in shares plus the ones the user asked for, to show their incoming shares and use them in forms.
export function knownContainers() {
  return new Set(JSON.parse(sessionStorage.getItem(CONTAINERS) ?? '[]'));
}

export function rememberContainers(ids) {
  const known = knownContainers();
  ids.filter(Boolean).forEach((id) => known.add(id));
  sessionStorage.setItem(CONTAINERS, JSON.stringify([...known].sort()));
  const list = document.getElementById('known-containers');
  list.replaceChildren(...[...known].sort().map((id) => new Option(id, id)));
  return known;
}
