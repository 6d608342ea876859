/**
 * What a shift's key in the week document (its id) may look like. Keys reach URLs, iCal UIDs, SQL rows and
 * logs, and any coordinator or team lead can create one, so the sync room refuses every other key
 * (docs/sync-protocol.md, "Keys and texts"). Every creator in our code makes keys of this form.
 */

/**
 * ASCII letters and digits first, then up to 63 more of letters, digits and `_ . @ : -`. Our creators:
 * the board's random `s-<24 hex>`, the seed's `demo-<pattern>-<weekday>`, and `<id>@<YYYY-MM-DD>` for
 * shifts planned from the template or copied from another week (`shiftIdForDate`).
 */
export const SHIFT_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.@:-]{0,63}$/;

export const MAX_SHIFT_KEY_LENGTH = 64;

export function isShiftKey(key: string): boolean {
  return SHIFT_KEY_PATTERN.test(key);
}
