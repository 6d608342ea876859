/**
 * Issue 11, item 5: /api bodies are capped at the edge, before authentication and before anything parses
 * them. Large bodies are streamed (never held in this process): with a declared Content-Length, and
 * chunked without one. The built server answers 413 with a German message, and its memory does not grow
 * by the body's size.
 */
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BODY_LIMIT_BYTES } from '../src/api/body-size';
import { createDataDir, removeDataDir } from './support/sync-test-server';
import { ensureServerBuilt, startServerProcess, type ServerProcess } from './support/server-process';

const MB = 1024 * 1024;
/** Far more than the server may keep: the old code held all of it (and more) as a string. */
const STREAMED_BYTES = 256 * MB;
/** Generous for GC noise, far below STREAMED_BYTES. */
const ALLOWED_GROWTH = 64 * MB;

let dataDir: string;
let server: ServerProcess;

beforeAll(async () => {
  ensureServerBuilt();
  dataDir = createDataDir();
  server = await startServerProcess(dataDir);
}, 120_000);

afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
  removeDataDir(dataDir);
});

/** Resident memory of the server process, from /proc. */
function serverRss(): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kilobytes) throw new Error('no VmRSS in /proc status');
  return Number(kilobytes) * 1024;
}

interface Answer {
  status: number;
  body: unknown;
  /** Bytes this client had handed to the socket when the answer came. */
  sent: number;
}

/**
 * POSTs a JSON-looking body of `total` bytes in 1 MB chunks, stopping as soon as the server answers.
 * `contentLength` declares a length (possibly larger than what is sent); without it the body is chunked.
 */
function streamBody(path: string, total: number, contentLength?: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', origin: server.origin };
    if (contentLength !== undefined) headers['content-length'] = String(contentLength);
    const req = httpRequest(`${server.origin}${path}`, { method: 'POST', headers });
    const chunk = Buffer.alloc(MB, 'a');
    let sent = 0;
    let answered = false;
    req.on('response', (response) => {
      answered = true;
      const sentWhenAnswered = sent;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (part: string) => (text += part));
      response.on('end', () => {
        req.destroy();
        resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : null, sent: sentWhenAnswered });
      });
    });
    // The server may close the connection after answering: what matters is the answer.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered && contentLength === undefined) req.end();
    };
    pump();
  });
}

const TOO_LARGE = {
  error: 'payload-too-large',
  message: 'Die Anfrage ist zu groß (höchstens 64 KB). Es wurde nichts gespeichert.',
};

describe('request body limit', () => {
  it('passes a body below the limit on to the route', async () => {
    const response = await fetch(`${server.origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.origin },
      body: JSON.stringify({ email: 'koordination@demo.test', password: 'x'.repeat(API_BODY_LIMIT_BYTES - 100) }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-input', message: 'Das Passwort ist zu lang.' });
  });

  it('refuses a declared Content-Length over the limit before reading the body, on any /api route', async () => {
    const rssBefore = serverRss();
    const answer = await streamBody('/api/auth/login', 64 * MB, 600 * 1024 * MB);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual(TOO_LARGE);
    expect(serverRss() - rssBefore).toBeLessThan(ALLOWED_GROWTH);

    const setup = await streamBody('/api/setup', 4 * MB, 4 * MB);
    expect(setup.status).toBe(413);
  });

  it('stops a chunked body without Content-Length once it passes the limit', async () => {
    const rssBefore = serverRss();
    const answer = await streamBody('/api/auth/login', STREAMED_BYTES);
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual(TOO_LARGE);
    expect(answer.sent).toBeLessThan(STREAMED_BYTES);
    expect(serverRss() - rssBefore).toBeLessThan(ALLOWED_GROWTH);

    // The server is still well.
    expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
  });
});
