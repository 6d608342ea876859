import { describe, expect, it } from 'vitest';
import type { PeopleContext } from '@schichtbrett/domain';
import { PeopleContextLoader } from './people-context.svelte';

const contextWith = (personId: string): PeopleContext => ({
  week: '2026-W48',
  requirements: {},
  people: [{ personId, qualifications: [], absences: [{ from: '2026-11-26', to: '2026-11-27' }], availability: [] }],
});

/** A load function whose answers the test hands out one by one. */
function scriptedLoad() {
  const pending: ((value: PeopleContext | null) => void)[] = [];
  return {
    load: () => new Promise<PeopleContext | null>((resolve) => pending.push(resolve)),
    answer: async (value: PeopleContext | null, index = 0) => {
      pending.splice(index, 1)[0]?.(value);
      await Promise.resolve();
      await Promise.resolve();
    },
    get waiting() {
      return pending.length;
    },
  };
}

describe('PeopleContextLoader', () => {
  it('reads on start and on every focus, and tells only real changes', async () => {
    const script = scriptedLoad();
    const seen: PeopleContext[] = [];
    const loader = new PeopleContextLoader({ load: script.load, onChange: (context) => seen.push(context) });
    const target = new EventTarget();
    loader.start(target);
    await script.answer(contextWith('anna'));
    expect(loader.context.people[0]?.personId).toBe('anna');

    target.dispatchEvent(new Event('focus'));
    expect(script.waiting).toBe(1);
    await script.answer(contextWith('anna'));
    expect(seen).toHaveLength(1);

    target.dispatchEvent(new Event('focus'));
    await script.answer(contextWith('ben'));
    expect(seen.map((context) => context.people[0]?.personId)).toEqual(['anna', 'ben']);
    loader.destroy();
    target.dispatchEvent(new Event('focus'));
    expect(script.waiting).toBe(0);
  });

  it('keeps what it knew when a read fails, and drops an answer overtaken by a newer one', async () => {
    const script = scriptedLoad();
    const loader = new PeopleContextLoader({ load: script.load });
    loader.start(new EventTarget());
    await script.answer(contextWith('anna'));
    void loader.refresh();
    await script.answer(null);
    expect(loader.context.people[0]?.personId).toBe('anna');

    void loader.refresh();
    void loader.refresh();
    await script.answer(contextWith('new'), 1);
    await script.answer(contextWith('old'), 0);
    expect(loader.context.people[0]?.personId).toBe('new');
  });
});
