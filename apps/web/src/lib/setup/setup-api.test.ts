import { describe, expect, it } from 'vitest';
import { slugFromName } from './setup-api';

describe('slugFromName', () => {
  it('spells umlauts out and joins words with hyphens', () => {
    expect(slugFromName('Mütterzentrum Sonnenhaus')).toBe('muetterzentrum-sonnenhaus');
    expect(slugFromName('  Familien-Café Groß & Klein! ')).toBe('familien-cafe-gross-klein');
  });
});
