/**
 * The local guest identity `{ name, color }` of this browser, kept in localStorage until accounts
 * exist. Storage and randomness are passed in, so the class has no hidden I/O.
 */
import { MAX_PRESENCE_NAME_LENGTH, decodePresenceUser, type PresenceUser } from '$lib/sync/presence';

export const GUEST_STORAGE_KEY = 'schichtbrett.guest';

/** Dark enough for white initials on top (contrast ≥ 4.5:1 each). */
export const GUEST_COLORS = [
  '#1e40af',
  '#9d174d',
  '#065f46',
  '#6d28d9',
  '#92400e',
  '#155e75',
  '#3f6212',
  '#86198f',
] as const;

export type RenameResult = { ok: true } | { ok: false; reason: 'empty' | 'too-long' };

export interface GuestIdentityOptions {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  random: () => number;
  /** Builds the default name from a number, e.g. "Gast 42" (localized by the caller). */
  defaultName: (number: number) => string;
}

export class GuestIdentity {
  name = $state('');
  color = $state('');
  readonly #storage: GuestIdentityOptions['storage'];

  constructor({ storage, random, defaultName }: GuestIdentityOptions) {
    this.#storage = storage;
    const stored = readStored(storage);
    const user = stored ?? {
      name: defaultName(10 + Math.floor(random() * 90)),
      color: GUEST_COLORS[Math.floor(random() * GUEST_COLORS.length)] ?? GUEST_COLORS[0],
    };
    this.name = user.name;
    this.color = user.color;
    if (!stored) this.#save();
  }

  get user(): PresenceUser {
    return { name: this.name, color: this.color };
  }

  rename(name: string): RenameResult {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (!trimmed) return { ok: false, reason: 'empty' };
    if (trimmed.length > MAX_PRESENCE_NAME_LENGTH) return { ok: false, reason: 'too-long' };
    this.name = trimmed;
    this.#save();
    return { ok: true };
  }

  #save(): void {
    try {
      this.#storage?.setItem(GUEST_STORAGE_KEY, JSON.stringify(this.user));
    } catch {
      // Private mode or a full quota: the name then lasts for this page only, which is fine for a guest.
    }
  }
}

function readStored(storage: GuestIdentityOptions['storage']): PresenceUser | null {
  try {
    const raw = storage?.getItem(GUEST_STORAGE_KEY);
    return raw ? decodePresenceUser(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}
