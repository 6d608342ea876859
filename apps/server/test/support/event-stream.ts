/**
 * Reads a server-sent events response as a test would watch it: each event (or comment line) as it
 * arrives, with a wait for the next one that matches, and the end of the stream.
 */

export interface StreamedEvent {
  /** `event:` of the message; `comment` for a line starting with ":" (the heartbeat). */
  event: string;
  data: string;
}

export interface EventReader {
  /** Waits for the next event that matches (skipping others); rejects after `timeoutMs` or at the end. */
  next(match?: (event: StreamedEvent) => boolean, timeoutMs?: number): Promise<StreamedEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  /** Closes the stream from the client side. */
  cancel(): Promise<void>;
}

export function readEvents(response: Response): EventReader {
  const body = response.body;
  if (!body) throw new Error('response has no body');
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  const queue: StreamedEvent[] = [];
  const waiters = new Set<() => void>();
  let done = false;
  const wake = () => {
    for (const waiter of [...waiters]) waiter();
  };
  const ended = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        buffer += chunk.value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          queue.push(parseBlock(buffer.slice(0, cut)));
          buffer = buffer.slice(cut + 2);
        }
        wake();
      }
    } catch {
      // Cancelled by the test or cut by the server: both are the end of the stream.
    } finally {
      done = true;
      wake();
    }
  })();

  async function next(match: (event: StreamedEvent) => boolean = () => true, timeoutMs = 3000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = queue.findIndex(match);
      if (index >= 0) return queue.splice(0, index + 1).at(-1)!;
      queue.length = 0;
      if (done) throw new Error('the stream ended');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('no matching event in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(finish, left);
        function finish() {
          clearTimeout(timer);
          waiters.delete(finish);
          resolve();
        }
        waiters.add(finish);
      });
    }
  }

  return { next, ended, cancel: () => reader.cancel() };
}

function parseBlock(block: string): StreamedEvent {
  if (block.startsWith(':')) return { event: 'comment', data: block.slice(1).trim() };
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) event = line.slice('event: '.length);
    else if (line.startsWith('data: ')) data.push(line.slice('data: '.length));
  }
  return { event, data: data.join('\n') };
}
