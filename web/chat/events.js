// Reading the answer stream (server-sent events) and error replies of POST /api/ask/stream.

/** Parses a server-sent event stream into {event, data} objects (data parsed as JSON). */
export async function* readEvents(stream) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value ?? new Uint8Array(), { stream: !done });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) yield { event, data: JSON.parse(data.join('\n')) };
    }
    if (done) return;
  }
}

/** The Vietnamese detail of a ProblemDetails reply, or the status. */
export async function problemText(response) {
  try {
    const problem = await response.json();
    return problem.detail ?? problem.title ?? `Lỗi ${response.status}`;
  } catch {
    return `Lỗi ${response.status}`;
  }
}
