// Precedent finder: paste a paragraph (or start from a clause), see how other plans worded it, most alike first (the
// order is the similarity shown), differences marked word by word, or, when fewer than half the words are shared
// (a word diff is then mostly noise), the phrases both texts share; and copy a precedent with its citation.
import { api } from '../api.js';
import { h, render, errorBox, copyText, toast } from '../dom.js';
import { diffNodes, marked } from '../highlight.js';
import { clauseHref, clauseLocator, docName, draftingCitation, formatDate, labelsOfId, withoutLabel } from '../format.js';
import { replaceQuery } from '../router.js';

const SAMPLE = 'Kiện toàn tổ chức bộ máy, nâng cao năng lực đội ngũ cán bộ y tế cơ sở; bảo đảm đủ nhân lực cho trạm y tế xã.';


function hitCard(hit) {
  const labels = [...hit.path, hit.label];
  const where = clauseLocator(labels);
  const quote = `${withoutLabel(hit.text)} ${draftingCitation({
    labels, type: hit.documentType, number: hit.documentNumber, title: hit.documentTitle, issuedOn: hit.issuedOn, issuer: hit.issuer,
  })}`;
  return h('article', { class: 'card similar-hit' },
    h('div', { class: 'similar-hit__head' },
      h('div', {},
        h('p', { class: 'eyebrow' }, [docName(hit.documentType, hit.documentNumber), hit.issuer, hit.issuedOn ? formatDate(hit.issuedOn) : null].filter(Boolean).join(' · ')),
        h('h2', { class: 'similar-hit__title' }, h('a', { href: clauseHref(hit.clauseId) }, where), hit.heading ? ` — ${hit.heading}` : ''),
        hit.documentTitle ? h('p', { class: 'muted small', style: 'margin:0' }, hit.documentTitle) : null),
      h('p', {},
        hit.nearDuplicate ? [h('span', { class: 'badge badge--ok' }, 'Gần trùng'), ' '] : null,
        h('span', { class: 'similarity', title: 'Tỷ lệ từ chung giữa hai đoạn' }, `${Math.round(hit.similarity * 100)}% giống`))),
    hit.view === 'phrases'
      ? [h('p', { class: 'muted small similar-hit__note' }, 'Ít từ chung: tô đậm các cụm từ có cả trong đoạn của bạn.'),
        h('p', { class: 'diff shared' }, marked(hit.text, hit.shared, (t) => h('mark', { class: 'shared__phrase' }, t)))]
      : h('p', { class: 'diff' }, diffNodes(hit.diff)),
    h('div', { class: 'actions' },
      h('button', {
        class: 'btn btn--small', type: 'button', title: quote,
        onclick: async () => toast(await copyText(quote) ? 'Đã sao chép điều khoản kèm trích dẫn.' : 'Trình duyệt không cho sao chép; hãy chọn và sao chép thủ công.'),
      }, 'Sao chép kèm trích dẫn'),
      h('a', { class: 'btn btn--ghost btn--small', href: clauseHref(hit.clauseId) }, 'Mở trong văn bản')));
}

function renderPage(root, ctx) {
  const clauseId = ctx.query.get('clause') ?? '';
  const area = h('textarea', { class: 'textarea', id: 'similar-text', placeholder: `Dán đoạn văn bản đang soạn, ví dụ: ${SAMPLE}` });
  const top = h('select', { class: 'select', id: 'similar-top', style: 'width:auto' }, [5, 10, 20].map((n) => h('option', { value: n, selected: n === 10 }, `${n} kết quả`)));
  const results = h('div', { 'aria-live': 'polite' });
  let controller = null;

  const form = h('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); findByText(); } },
    h('div', { class: 'field' }, h('label', { for: 'similar-text' }, 'Đoạn văn bản'), area),
    h('div', { class: 'actions' },
      h('button', { class: 'btn', type: 'submit' }, 'Tìm tiền lệ'),
      h('label', { class: 'visually-hidden', for: 'similar-top' }, 'Số kết quả'), top,
      h('button', { class: 'btn btn--ghost', type: 'button', onclick: () => { area.value = SAMPLE; area.focus(); } }, 'Dùng ví dụ')),
    h('p', { class: 'muted small', style: 'margin:.5rem 0 0' }, 'Nhấn ', h('kbd', {}, 'Ctrl'), '+', h('kbd', {}, 'Enter'), ' để tìm.'));
  area.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); findByText(); } });

  render(root,
    h('div', { class: 'page-head' }, h('h1', {}, 'Tìm tiền lệ'),
      h('p', {}, 'Xem các kế hoạch khác đã viết nội dung tương tự thế nào. Chỗ khác nhau được đánh dấu: ',
        h('span', { class: 'diff-legend' }, h('del', {}, 'chỉ có trong đoạn của bạn'), ' ', h('ins', {}, 'chỉ có trong văn bản tìm được')),
        '; khi hai đoạn ít từ chung (dưới 50%), các cụm từ giống nhau được ', h('mark', { class: 'shared__phrase' }, 'tô đậm'),
        '. Kết quả xếp theo độ giống.')),
    form, results);

  function show(response) {
    render(results,
      response.clauseId ? h('p', { class: 'note-box' }, 'Tiền lệ cho ', h('a', { href: clauseHref(response.clauseId) }, clauseLocator(labelsOfId(response.clauseId, response.clauseId.split('/')[0]))), ' của văn bản đang xem (không tính chính văn bản đó).') : null,
      h('p', { class: 'muted', role: 'status' }, response.hits.length ? `${response.hits.length} điều khoản tương tự · ${response.tookMs} ms` : 'Không tìm thấy điều khoản tương tự ở văn bản khác.'),
      response.hits.map(hitCard));
  }

  async function run(call) {
    controller?.abort();
    controller = new AbortController();
    render(results, h('p', { class: 'loading', role: 'status' }, 'Đang tìm…'));
    try {
      show(await call(controller.signal));
    } catch (error) {
      if (error.name !== 'AbortError') render(results, errorBox(error));
    }
  }

  function findByText() {
    replaceQuery({});
    run((signal) => api.similarToText({ text: area.value, top: Number(top.value) }, signal));
  }

  if (clauseId) {
    run(async () => {
      const response = await api.similarToClause(clauseId, { top: Number(top.value) });
      area.value = response.input;
      return response;
    });
  } else {
    area.focus();
  }
  return { dispose: () => controller?.abort() };
}

export default { title: 'Tìm tiền lệ', render: renderPage };
