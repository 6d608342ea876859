import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_ADDRESS, type AddressSource } from './client-address';

async function addressOf(source: AddressSource, headers: Record<string, string>): Promise<string> {
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, source)));
  return (await app.request('/', { headers })).text();
}

describe('clientAddress', () => {
  it('ignores forwarding headers unless told to read one', async () => {
    expect(await addressOf(PEER_ADDRESS, { 'x-forwarded-for': '1.2.3.4' })).toBe('unknown');
  });

  it('reads X-Forwarded-For from the right, so a client cannot forge its address', async () => {
    const source = { header: 'x-forwarded-for', xffDepth: 1 };
    expect(await addressOf(source, { 'x-forwarded-for': '6.6.6.6, 10.0.0.7' })).toBe('10.0.0.7');
    expect(await addressOf({ ...source, xffDepth: 2 }, { 'x-forwarded-for': '6.6.6.6, 10.0.0.7, 10.0.0.1' })).toBe(
      '10.0.0.7',
    );
    expect(await addressOf({ ...source, xffDepth: 3 }, { 'x-forwarded-for': '10.0.0.7' })).toBe('unknown');
  });

  it('reads a single-address header as it is', async () => {
    expect(await addressOf({ header: 'x-real-ip', xffDepth: 1 }, { 'x-real-ip': ' 10.0.0.9 ' })).toBe('10.0.0.9');
  });
});
