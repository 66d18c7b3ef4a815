// The console's only way to the server: the public API under /api/v1, with the signed-in token in the
// Authorization header. There are no console-only endpoints, so whatever the console can do, a script can.

let token = null;

export function useToken(value) {
  token = value;
}

/** An answer other than 2xx, with the API's own message and the fields it names. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.code ?? null;
    this.data = body?.data ?? null;
    this.fields = fieldMessages(this.code, this.message, this.data);
  }
}

// Validation errors name their fields; a few other codes are about one field without saying so,
// and the form should still show them there rather than at the top.
function fieldMessages(code, message, data) {
  const fields = {};
  for (const e of data?.errors ?? []) fields[e.field] = e.message;
  if (Object.keys(fields).length === 0) {
    if (code === 'INVALID_PATH') fields.source_path = message;
    if (code === 'SELF_SHARE') fields.target_container_id = message;
    if (code === 'RESOURCE_NOT_FOUND' && message === 'Project not found') fields.target_project_id = message;
  }
  return fields;
}

/** Sends one request; resolves to the whole envelope ({message, data, pagination}) or throws ApiError. */
export async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
    credentials: 'omit',
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { message: `Unexpected answer from the server (HTTP ${response.status})` };
  }
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

/** "?a=1&b=2" from the entries that have a value; empty filters are simply not sent. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const enc = encodeURIComponent;
