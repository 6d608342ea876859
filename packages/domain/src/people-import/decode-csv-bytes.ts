/**
 * Spreadsheets save CSV as UTF-8 (with or without BOM) or, in German Excel's "CSV (Trennzeichen-getrennt)",
 * as Windows-1252. Strict UTF-8 first: Windows-1252 umlauts are never valid UTF-8, so a failure says which.
 */

export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (WHATWG encoding table; the five undefined ones stay C1 controls).
 * Decoded by hand: Node 20's TextDecoder('windows-1252') reads them as Latin-1 C1 controls, so "€" would
 * become U+0080 there (nodejs/node#56542); bytes 0xA0–0xFF are the same code points in both.
 */
const HIGH_CONTROLS_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  try {
    // TextDecoder drops a leading BOM itself (ignoreBOM: false is the default).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? (HIGH_CONTROLS_1252[byte - 0x80] ?? byte) : byte);
  }
  return text;
}
