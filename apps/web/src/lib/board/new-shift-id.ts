/**
 * Random shift ids. `crypto.randomUUID` exists only in secure contexts, and a center may well run the
 * board over plain http on its own network; `getRandomValues` works everywhere.
 */
export function newShiftId(random: Pick<Crypto, 'getRandomValues'> = crypto): string {
  const bytes = random.getRandomValues(new Uint8Array(12));
  return `s-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
