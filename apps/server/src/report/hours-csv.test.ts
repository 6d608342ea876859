import { describe, expect, it } from 'vitest';
import { hoursCell, percentCell, textCell } from './hours-csv';

describe('CSV cells', () => {
  it('quotes separators, quotes and line breaks, doubling quotes', () => {
    expect(textCell('Anna Kunz')).toBe('Anna Kunz');
    expect(textCell('Müller; Anna')).toBe('"Müller; Anna"');
    expect(textCell('Ben "Benni" Maier')).toBe('"Ben ""Benni"" Maier"');
    expect(textCell('Zeile\r\nzwei')).toBe('"Zeile\r\nzwei"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(textCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(textCell('+49 170')).toBe("'+49 170");
    expect(textCell('-Team')).toBe("'-Team");
    expect(textCell('@Café')).toBe("'@Café");
  });

  it('also defuses formulas behind blanks, full-width formula signs and leading line breaks, and drops controls', () => {
    expect(textCell(' =1+1')).toBe("' =1+1");
    expect(textCell('\u00A0\u200B=1+1')).toBe("'\u00A0\u200B=1+1");
    expect(textCell('\uFF1DSUMME(A1)')).toBe("'\uFF1DSUMME(A1)");
    expect(textCell('\n=1+1')).toBe(`"'\n=1+1"`);
    expect(textCell('\t=1')).toBe("'\t=1");
    expect(textCell('An\u0000na\u001B')).toBe('Anna');
    expect(textCell('Anna-Lena')).toBe('Anna-Lena');
  });

  it('writes hours and percent with a decimal comma', () => {
    expect(hoursCell(90)).toBe('1,50');
    expect(hoursCell(20)).toBe('0,33');
    expect(hoursCell(0)).toBe('0,00');
    expect(percentCell(2 / 3)).toBe('66,7');
    expect(percentCell(null)).toBe('');
  });
});
