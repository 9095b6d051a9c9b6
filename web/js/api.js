// Fetch wrapper: JSON in and out; RFC 7807 problems become ApiError with the server's Vietnamese title and detail.

/** An API failure with the problem's title and detail. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

const KEY_STORAGE = 'policykb.apiKey';

/** The API key the user typed on the admin page (kept for the browser session only). */
export const apiKey = {
  get: () => sessionStorage.getItem(KEY_STORAGE) ?? '',
  set: (value) => (value ? sessionStorage.setItem(KEY_STORAGE, value) : sessionStorage.removeItem(KEY_STORAGE)),
};

function headers(extra = {}) {
  const result = { Accept: 'application/json', ...extra };
  const key = apiKey.get();
  if (key) result['X-Api-Key'] = key;
  return result;
}

// What a person can do about a failure, by status, when the server's own advice was meant for API clients.
const ADVICE = {
  401: 'Nhập khoá quản trị ở trang Quản trị rồi thử lại.',
  403: 'Khoá quản trị chưa đúng; nhập lại khoá ở trang Quản trị rồi thử lại.',
  404: 'Kiểm tra lại đường dẫn, hoặc mở trang Văn bản để xem danh sách.',
  429: 'Chờ ít phút rồi thử lại.',
};

/**
 * The problem's detail as a person reads it: sentences addressed to API clients (an /api/ path, a configuration key,
 * a header name) are left for the console, and what to do instead is said in words.
 */
export function forPeople(detail, status) {
  const sentences = String(detail ?? '').split(/(?<=[.!?])\s+/).filter(Boolean);
  const kept = sentences.filter((s) => !/\/api\/|PolicyKB:|X-Api-Key/i.test(s));
  if (kept.length === sentences.length && kept.length) return kept.join(' ');
  console.info(`PolicyKB: ${detail}`);
  const advice = ADVICE[status] ?? (status >= 500 ? 'Thử lại sau ít phút; nếu vẫn lỗi, báo quản trị hệ thống.' : 'Kiểm tra lại rồi thử lại.');
  return [...kept, advice].join(' ');
}

/** Turns a failed response into an ApiError. */
export async function toError(response) {
  let problem = {};
  try { problem = await response.json(); } catch { /* not JSON */ }
  const title = problem.title ?? `Lỗi ${response.status}`;
  const detail = problem.detail ? forPeople(problem.detail, response.status) : 'Máy chủ không trả lời như mong đợi. Hãy thử lại.';
  return new ApiError(response.status, title, detail);
}

async function request(method, url, body, signal) {
  let response;
  try {
    response = await fetch(url, {
      method,
      signal,
      headers: headers(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Không kết nối được máy chủ', 'Kiểm tra mạng hoặc máy chủ PolicyKB rồi thử lại.');
  }
  if (!response.ok) throw await toError(response);
  return response.status === 204 ? null : response.json();
}

/** Builds a query string from an object, skipping empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Encodes a clause id or citation key for a catch-all route: each segment encoded, slashes kept. */
export const pathOf = (value) => value.split('/').map(encodeURIComponent).join('/');

export const api = {
  health: () => request('GET', '/api/health'),
  search: (params, signal) => request('GET', `/api/search${query(params)}`, undefined, signal),
  documents: (params = {}) => request('GET', `/api/documents${query(params)}`),
  document: (id) => request('GET', `/api/documents/${encodeURIComponent(id)}`),
  correctMetadata: (id, body) => request('PATCH', `/api/documents/${encodeURIComponent(id)}/metadata`, body),
  metadataHistory: (id) => request('GET', `/api/documents/${encodeURIComponent(id)}/metadata/history`),
  deleteDocument: (id) => request('DELETE', `/api/documents/${encodeURIComponent(id)}`),
  clause: (id) => request('GET', `/api/clauses/${pathOf(id)}`),
  citedKeys: (documentId) => request('GET', `/api/citations${query({ documentId })}`),
  citation: (key) => request('GET', `/api/citations/${pathOf(key)}`),
  relations: (id) => request('GET', `/api/documents/${encodeURIComponent(id)}/relations`),
  facts: (id) => request('GET', `/api/documents/${encodeURIComponent(id)}/facts`),
  tasks: (params = {}) => request('GET', `/api/tasks${query(params)}`),
  taskAgencies: () => request('GET', '/api/tasks/agencies'),
  targets: (params = {}) => request('GET', `/api/targets${query(params)}`),
  indicators: () => request('GET', '/api/targets/indicators'),
  status: (key) => request('GET', `/api/status/${pathOf(key)}`),
  statuses: async (keys) => {
    // The server answers at most 300 keys per request; a longer list goes in several.
    const parts = [];
    for (let i = 0; i < keys.length; i += 300) {
      const search = new URLSearchParams(keys.slice(i, i + 300).map((key) => ['key', key]));
      parts.push(request('GET', `/api/statuses?${search}`));
    }
    return (await Promise.all(parts)).flat();
  },
  graph: (documentId) => request('GET', `/api/citations/graph${query({ documentId })}`),
  similarToText: (body, signal) => request('POST', '/api/similar', body, signal),
  similarToClause: (clauseId, params = {}) => request('GET', `/api/similar/${pathOf(clauseId)}${query(params)}`),
};
