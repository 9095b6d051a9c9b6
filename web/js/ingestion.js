// While the server ingests its content folder at start, says how far it has come ("Đang nạp văn bản: 3/5"):
// searches meanwhile answer from what is stored so far, so an empty result is explained.
const notice = document.getElementById('ingestion-notice');
const POLL_MS = 2000;

async function poll() {
  let health;
  try {
    // Not through api.js: a degraded server answers 503 with the same report, which is still worth reading.
    const response = await fetch('/api/health', { headers: { Accept: 'application/json' } });
    health = await response.json();
  } catch {
    return; // No report, no notice; the pages show their own errors.
  }
  const ingestion = health?.ingestion;
  if (ingestion?.state !== 'running') {
    notice.hidden = true;
    return;
  }
  notice.textContent = ingestion.total > 0
    ? `Đang nạp văn bản: ${ingestion.done}/${ingestion.total}. Kết quả tìm kiếm chỉ gồm các văn bản đã nạp xong.`
    : 'Đang nạp văn bản…';
  notice.hidden = false;
  setTimeout(poll, POLL_MS);
}

if (notice) poll();
