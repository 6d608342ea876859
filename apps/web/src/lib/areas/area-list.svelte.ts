/**
 * The areas page's state (issue 12): the center's areas as the server last answered, what the last action
 * said (for the page and for screen readers), and the suggestions not taken yet. The API is passed in,
 * bound to the center; every write answers the whole list, so the page never guesses.
 */
import {
  AREA_SUGGESTIONS,
  moveBefore,
  moveInOrder,
  type Area,
  type AreaChanges,
  type BlockingShift,
  type NewArea,
} from '@schichtbrett/domain';
import type { AreaWriteResult } from '$lib/api/areas';
import { m } from '$lib/paraglide/messages';

export interface AreaListApi {
  create(area: NewArea): Promise<AreaWriteResult>;
  change(areaId: string, changes: AreaChanges): Promise<AreaWriteResult>;
  reorder(areaIds: readonly string[]): Promise<AreaWriteResult>;
  archive(areaId: string): Promise<AreaWriteResult>;
  restore(areaId: string): Promise<AreaWriteResult>;
}

/** What the last action said: done (announced), refused (with the shifts in the way) or not reachable. */
export type AreaNotice =
  { kind: 'done'; text: string } | { kind: 'problem'; text: string; shifts: BlockingShift[]; areaId: string | null };

export class AreaList {
  areas = $state.raw<Area[]>([]);
  notice = $state.raw<AreaNotice | null>(null);
  busy = $state(false);
  readonly active = $derived(this.areas.filter((area) => !area.archived));
  readonly archived = $derived(this.areas.filter((area) => area.archived));
  /** Suggestions whose name no area (active or archived) has yet. */
  readonly suggestions = $derived.by(() => {
    const taken = this.areas.map((area) => area.name.toLocaleLowerCase('de'));
    return AREA_SUGGESTIONS.filter((suggestion) => !taken.includes(suggestion.name.toLocaleLowerCase('de')));
  });
  readonly #api: AreaListApi;

  constructor(areas: readonly Area[], api: AreaListApi) {
    this.areas = [...areas];
    this.#api = api;
  }

  /** Replaces the list with the server's (another coordinator changed it). */
  refreshed(areas: readonly Area[]): void {
    this.areas = [...areas];
  }

  async create(area: NewArea): Promise<boolean> {
    return this.#run(null, () => this.#api.create(area), m.areas_created({ area: area.name }));
  }

  async change(area: Area, changes: AreaChanges): Promise<boolean> {
    return this.#run(
      area.id,
      () => this.#api.change(area.id, changes),
      m.areas_saved({ area: changes.name ?? area.name }),
    );
  }

  /** One place up or down; at an end nothing is sent. The announcement names the new position. */
  move(area: Area, direction: 'up' | 'down'): Promise<boolean> {
    return this.#reorder(area, (ids) => moveInOrder(ids, area.id, direction));
  }

  /** Dropped before the active area at `before` (drag and drop); the same call and announcement as `move`. */
  moveBefore(area: Area, before: number): Promise<boolean> {
    return this.#reorder(area, (ids) => moveBefore(ids, area.id, before));
  }

  async #reorder(area: Area, reordered: (ids: readonly string[]) => string[]): Promise<boolean> {
    const ids = this.active.map((entry) => entry.id);
    const order = reordered(ids);
    if (order.every((id, index) => id === ids[index])) return false;
    const position = order.indexOf(area.id) + 1;
    return this.#run(
      area.id,
      () => this.#api.reorder(order),
      m.areas_moved({ area: area.name, position, count: order.length }),
    );
  }

  async archive(area: Area): Promise<boolean> {
    return this.#run(area.id, () => this.#api.archive(area.id), m.areas_archived({ area: area.name }));
  }

  async restore(area: Area): Promise<boolean> {
    return this.#run(area.id, () => this.#api.restore(area.id), m.areas_restored({ area: area.name }));
  }

  async #run(areaId: string | null, write: () => Promise<AreaWriteResult>, done: string): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    const result = await write();
    this.busy = false;
    if (result.ok) {
      this.areas = result.areas;
      this.notice = { kind: 'done', text: done };
      return true;
    }
    this.notice =
      result.reason === 'refused'
        ? { kind: 'problem', text: result.message, shifts: result.shifts, areaId }
        : { kind: 'problem', text: m.areas_unavailable(), shifts: [], areaId };
    return false;
  }
}
