import { afterEach, describe, expect, it } from 'vitest';
import { cardRenders, totalCardRenders } from '$lib/board/render-count';
import { busyWeek, mountBoard, remoteChange, type MountedBoard } from './board-fixture';

describe('the board with 150 shifts', () => {
  let mounted: MountedBoard | null = null;
  afterEach(() => {
    mounted?.destroy();
    mounted = null;
    cardRenders.clear();
  });

  it('renders every card once, and only the changed card again after a remote change', async () => {
    const source = busyWeek();
    mounted = mountBoard(source);
    expect(mounted.target.querySelectorAll('article[data-shift-id]')).toHaveLength(150);
    expect(totalCardRenders()).toBe(150);

    cardRenders.clear();
    await remoteChange(source, mounted, 's42', 5);
    expect(mounted.target.querySelector('#schicht-s42')?.textContent).toContain('5');
    expect([...cardRenders.entries()]).toEqual([['s42', 1]]);
  });
});
