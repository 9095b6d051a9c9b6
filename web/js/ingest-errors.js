// Ingestion failures arrive as "step: reason" from the pipeline (e.g. "decode: tệp .pdf bị hỏng … (Could not find any
// xref tables …)"). A person reads the step in Vietnamese, the reason without the decoder's English detail, and what to
// do next; the raw text goes to the browser console for whoever investigates.

const STEPS = {
  read: ['Đọc tệp', 'Kiểm tra tệp còn mở được rồi tải lên lại.'],
  decode: ['Đọc tệp', 'Mở thử tệp bằng phần mềm thông thường; nếu mở được, lưu lại (hoặc xuất PDF) từ bản gốc rồi tải lên lại.'],
  repair: ['Sửa lỗi phông chữ', 'Lưu lại tệp từ bản gốc với phông Unicode rồi tải lên lại.'],
  layout: ['Dựng bố cục văn bản', 'Lưu lại tệp từ bản gốc rồi tải lên lại; nếu vẫn lỗi, báo cho quản trị hệ thống.'],
  parse: ['Tách điều khoản', 'Kiểm tra văn bản có nội dung chữ (không chỉ là ảnh quét) rồi tải lên lại.'],
  cite: ['Nhận diện trích dẫn', 'Tải lên lại; nếu vẫn lỗi, báo cho quản trị hệ thống.'],
  save: ['Lưu vào kho', 'Thử lại sau ít phút; nếu vẫn lỗi, báo cho quản trị hệ thống.'],
  index: ['Lập chỉ mục tìm kiếm', 'Thử lại sau ít phút; nếu vẫn lỗi, báo cho quản trị hệ thống.'],
  embed: ['Tính chỉ mục ngữ nghĩa', 'Thử lại sau ít phút; nếu vẫn lỗi, báo cho quản trị hệ thống.'],
};

const HAS_VIETNAMESE = /[à-ỹđĐÀ-Ỹ]/i;

/** { step, reason, advice } in Vietnamese for an ingestion error string. */
export function readableIngestError(text) {
  const raw = String(text ?? '');
  const match = /^([a-z-]+):\s*(.*)$/s.exec(raw);
  const [step, advice] = match && STEPS[match[1]] ? STEPS[match[1]] : ['Nạp văn bản', 'Kiểm tra tệp rồi tải lên lại; nếu vẫn lỗi, báo cho quản trị hệ thống.'];
  let reason = match ? match[2] : raw;
  // Parenthesised detail without any Vietnamese letter is the library's own message: kept for the console only.
  reason = reason.replace(/\s*\(([^()]*)\)/g, (all, inner) => (HAS_VIETNAMESE.test(inner) ? all : '')).trim();
  if (!HAS_VIETNAMESE.test(reason)) reason = 'tệp không đọc được.';
  if (raw) console.info(`PolicyKB ingestion error: ${raw}`);
  return { step, reason, advice };
}
