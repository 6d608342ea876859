/**
 * The board's render cost (issue 4: a week of 150 shifts renders in under 100 ms, and a remote change to
 * one shift re-renders only that card). Mounts the grid in happy-dom; board-render.test.ts checks the
 * render count without timing.
 */
import { afterAll, bench, describe } from 'vitest';
import { cardRenders, totalCardRenders } from '$lib/board/render-count';
import { busyWeek, mountBoard, remoteChange } from './board-fixture';

const source = busyWeek();

describe('board with 150 shifts', () => {
  bench('mount the week grid', () => {
    const mounted = mountBoard(source);
    mounted.destroy();
  });

  const mounted = mountBoard(source);
  let needed = 2;
  let changes = 0;
  cardRenders.clear();
  afterAll(() => {
    // Printed so a run shows that each remote change re-rendered one card, not 150.
    console.log(`card renders per remote change: ${(totalCardRenders() / Math.max(1, changes)).toFixed(2)}`);
    mounted.destroy();
  });

  bench('apply a remote change to one shift and re-render', async () => {
    needed = needed === 2 ? 3 : 2;
    changes += 1;
    await remoteChange(source, mounted, 's42', needed);
  });
});
