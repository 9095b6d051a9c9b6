// Admin: API key, drag-and-drop upload with per-file progress and result, document removal.
import { api, apiKey, toError } from '../api.js';
import { h, render, errorBox, toast } from '../dom.js';
import { count, docHref, docShort } from '../format.js';
import { readableIngestError } from '../ingest-errors.js';
import { issuedOnText } from '../inferred.js';

const ACCEPT = '.txt,.md,.markdown,.docx,.pdf,.doc,.png,.jpg,.jpeg,.tif,.tiff';
const STATUS = { stored: ['Đã nạp', 'badge--ok'], replaced: ['Đã thay bản cũ', 'badge--ok'], unchanged: ['Đã có, không đổi', 'badge--warn'], failed: ['Không nạp được', 'badge--err'] };
// What each outcome means for the person who uploaded the file.
const EXPLAIN = {
  stored: 'Văn bản mới đã vào kho.',
  replaced: 'Văn bản đã có cùng tên tệp được thay bằng tệp này.',
  unchanged: 'Kho đã có đúng nội dung này; không có gì thay đổi.',
};

const size = (bytes) => (bytes >= 1048576 ? `${(bytes / 1048576).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** A fresh id under which the server posts this upload's OCR progress (8–64 letters, digits, dashes). */
const progressId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * Asks every second how the OCR of upload `id` stands ("OCR trang 3/12 — còn khoảng 40 s") and hands the text to
 * `onPage`; returns the function that stops asking. 204 means no page is being recognised (yet, or any more).
 */
function followPages(id, onPage) {
  let stopped = false;
  const ask = async () => {
    if (stopped) return;
    try {
      const headers = apiKey.get() ? { 'X-Api-Key': apiKey.get() } : {};
      const response = await fetch(`/api/ingest/progress/${encodeURIComponent(id)}`, { headers });
      if (!stopped && response.status === 200) onPage((await response.json()).text);
    } catch { /* a missed poll only delays the next report */ }
    if (!stopped) setTimeout(ask, 1000);
  };
  setTimeout(ask, 500);
  return () => { stopped = true; };
}

/** Uploads one file with XMLHttpRequest, which (unlike fetch) reports upload progress; OCR pages are reported to `onPage`. */
function upload(file, replace, onProgress, onPage) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const id = progressId();
    let stop = () => {};
    xhr.open('POST', `/api/ingest?progress=${id}${replace ? '&replace=true' : ''}`);
    xhr.setRequestHeader('Accept', 'application/json');
    if (apiKey.get()) xhr.setRequestHeader('X-Api-Key', apiKey.get());
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    // Once the bytes are sent the server is reading them; a scan's pages go through OCR one by one.
    xhr.upload.onload = () => { stop = followPages(id, onPage); };
    xhr.onloadend = () => stop();
    xhr.onload = async () => {
      const response = new Response(xhr.responseText, { status: xhr.status });
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText));
      else reject(await toError(response));
    };
    xhr.onerror = () => reject({ title: 'Không kết nối được máy chủ', detail: 'Kiểm tra mạng rồi tải lại tệp.' });
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.send(form);
  });
}

/**
 * The pipeline's note about a file's identity, without the internal document id it quotes ("… văn bản đã lưu
 * 'ha-tinh-…' (tệp.txt) …"): the file name says which document, and "Mở văn bản" opens it.
 */
function readableNote(note) {
  const text = note.replace(/\s*'[a-z0-9]+(?:-[a-z0-9]+)+'/g, '').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A failed file: the step in Vietnamese, the reason, what to do. */
function failure(error) {
  const { step, reason, advice } = readableIngestError(error);
  return [h('strong', {}, `${step}: `), reason, h('p', { class: 'small' }, advice)];
}

function renderPage(root) {
  const keyInput = h('input', { class: 'input', id: 'api-key', type: 'password', autocomplete: 'off', value: apiKey.get() });
  keyInput.addEventListener('input', () => apiKey.set(keyInput.value.trim()));
  // The native input stays out of the tab order and the accessibility tree: the "Chọn tệp…" button opens it.
  const fileInput = h('input', { type: 'file', id: 'upload-input', multiple: true, accept: ACCEPT, class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true' });
  const zone = h('div', { class: 'dropzone', id: 'dropzone' },
    h('p', {}, h('strong', {}, 'Kéo thả tệp vào đây')),
    h('p', { class: 'muted small' }, 'Nhận .txt, .md, .docx, .pdf; có thể chọn nhiều tệp. Tệp được kiểm tra theo nội dung.'),
    h('p', {}, h('button', { class: 'btn', type: 'button', onclick: () => fileInput.click() }, 'Chọn tệp…'), fileInput));
  const replaceBox = h('input', { type: 'checkbox', id: 'upload-replace' });
  const replaceField = h('p', { class: 'small' }, h('label', { for: 'upload-replace' }, replaceBox,
    ' Thay văn bản đã có cùng tên tệp (nếu không chọn, văn bản khác cùng tên được lưu thành văn bản mới)'));
  const queue = h('ul', { class: 'uploads', 'aria-label': 'Tệp đang tải lên', 'aria-live': 'polite' });
  const tally = { stored: 0, replaced: 0, unchanged: 0, failed: 0 };
  const summary = h('p', { class: 'upload-summary small', role: 'status', hidden: true });
  const docs = h('div', {});
  let chain = Promise.resolve();

  render(root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Quản trị kho văn bản'), h('p', {}, 'Nạp văn bản mới, xoá văn bản. Các thao tác này cần khoá quản trị.')),
    h('div', { class: 'layout-2' },
      h('section', { class: 'card', 'aria-labelledby': 'key-title' },
        h('h2', { class: 'card__title', id: 'key-title' }, 'Khoá quản trị'),
        h('div', { class: 'field' }, h('label', { for: 'api-key' }, 'Khoá quản trị'), keyInput),
        h('p', { class: 'muted small' }, 'Khoá chỉ lưu trong thẻ trình duyệt này. Nếu máy chủ chưa cấu hình khoá, khoá tạm thời được in ra khi khởi động.')),
      h('section', { class: 'card', 'aria-labelledby': 'upload-title' },
        h('h2', { class: 'card__title', id: 'upload-title' }, 'Nạp văn bản'), zone, replaceField, summary, queue)),
    h('section', { class: 'card', style: 'margin-top:1rem', 'aria-labelledby': 'docs-title' },
      h('h2', { class: 'card__title', id: 'docs-title' }, 'Văn bản trong kho'), docs));

  function enqueue(files) {
    for (const file of files) {
      const bar = h('progress', { max: 1, value: 0, 'aria-label': `Tiến độ tải ${file.name}` });
      const msg = h('div', { class: 'upload__msg muted' }, 'Đang chờ…');
      const badge = h('span', { class: 'badge' }, size(file.size));
      queue.prepend(h('li', { class: 'upload' }, h('div', { class: 'upload__head' }, h('strong', {}, file.name), badge), bar, msg));
      chain = chain.then(async () => {
        msg.textContent = 'Đang tải lên…';
        try {
          const result = await upload(file, replaceBox.checked, (p) => { bar.value = p; if (p >= 1) msg.textContent = 'Đang phân tích văn bản…'; },
            (page) => { msg.textContent = page; });
          bar.value = 1;
          const r = result.files[0];
          const [label, cls] = STATUS[r.status] ?? [r.status, ''];
          badge.className = `badge ${cls}`;
          badge.textContent = label;
          render(msg, r.status === 'failed' ? failure(r.error) : [`${EXPLAIN[r.status] ?? ''} `,
            r.status === 'unchanged' ? null : `${count(r.clauses, 'điều khoản')}, ${count(r.citations, 'trích dẫn')}. `,
            h('a', { href: docHref(r.documentId) }, 'Mở văn bản'), r.ocr ? h('p', { class: 'small' }, `Nhận dạng ký tự (OCR): ${r.ocr.text}`) : null, r.note ? h('p', { class: 'small' }, readableNote(r.note)) : null, r.warnings.length ? h('ul', { class: 'small' }, r.warnings.map((w) => h('li', {}, w))) : null]);
          msg.classList.toggle('muted', false);
          tallyFile(r.status in tally ? r.status : 'failed');
          if (r.status === 'stored' || r.status === 'replaced') loadDocs();
        } catch (error) {
          bar.value = 0;
          badge.className = 'badge badge--err';
          badge.textContent = 'Bị từ chối';
          tallyFile('failed');
          render(msg, errorBox(error));
        }
      });
    }
  }

  /** Counts one finished file and says, for the whole session, how many were stored, replaced, unchanged, refused. */
  function tallyFile(status) {
    tally[status] += 1;
    const parts = [['stored', 'đã nạp mới'], ['replaced', 'đã thay bản cũ'], ['unchanged', 'không đổi'], ['failed', 'không nạp được']]
      .filter(([key]) => tally[key] > 0).map(([key, label]) => `${tally[key]} ${label}`);
    summary.textContent = `Kết quả: ${parts.join(' · ')}.`;
    summary.hidden = false;
  }

  fileInput.addEventListener('change', () => { enqueue([...fileInput.files]); fileInput.value = ''; });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('is-over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
  zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('is-over'); enqueue([...e.dataTransfer.files]); });

  async function loadDocs() {
    try {
      const page = await api.documents({ pageSize: 100 });
      render(docs, h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Văn bản'), h('th', {}, 'Cơ quan'), h('th', {}, 'Ngày'), h('th', {}, 'Điều khoản'), h('th', {}, h('span', { class: 'visually-hidden' }, 'Thao tác')))),
        h('tbody', {}, page.items.map((d) => h('tr', {},
          h('td', {}, h('a', { href: docHref(d.id) }, docShort(d)), h('div', { class: 'muted small' }, d.source)),
          h('td', {}, d.issuer ?? ''), h('td', {}, issuedOnText(d)), h('td', {}, String(d.clauseCount)),
          h('td', {}, h('button', {
            class: 'btn btn--danger btn--small', type: 'button', 'aria-label': `Xoá ${docShort(d)}`,
            onclick: async () => {
              if (!confirm(`Xoá "${docShort(d)}" khỏi kho? Điều khoản, trích dẫn và chỉ mục của văn bản sẽ bị xoá.`)) return;
              try { await api.deleteDocument(d.id); toast('Đã xoá văn bản.'); loadDocs(); } catch (error) { toast(`${error.title}: ${error.detail}`); }
            },
          }, 'Xoá'))))))));
    } catch (error) {
      render(docs, errorBox(error));
    }
  }
  loadDocs();
}

export default { title: 'Quản trị', render: renderPage };
