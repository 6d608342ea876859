/** The 16 German states by their ISO 3166-2 code without "DE-": a center's state picks its public holidays. */
export const GERMAN_STATE_CODES = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;

export type GermanStateCode = (typeof GERMAN_STATE_CODES)[number];
