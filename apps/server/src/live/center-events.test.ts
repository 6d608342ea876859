/** Who hears which center event: weeks go to every member of the center, requests to their addressee only. */
import { describe, expect, it } from 'vitest';
import { CenterEvents, type CenterEvent, type EventHolder } from './center-events';

function holder(center: string, personId: string): EventHolder {
  return { userId: `user-${personId}`, sessionId: `session-${personId}`, center, personId };
}

describe('CenterEvents', () => {
  it('tells a request only to the streams of the person it is addressed to', () => {
    const events = new CenterEvents();
    const heard = new Map<string, CenterEvent[]>();
    for (const who of [holder('demo', 'anna'), holder('demo', 'ben'), holder('andere', 'anna')]) {
      const list: CenterEvent[] = [];
      heard.set(`${who.center}/${who.personId}`, list);
      events.subscribe(who, (event) => list.push(event));
    }
    events.requestsChanged('demo', 'anna');
    expect(heard.get('demo/anna')).toEqual([{ kind: 'requests-changed' }]);
    expect(heard.get('demo/ben')).toEqual([]);
    expect(heard.get('andere/anna')).toEqual([]);

    events.weekChanged('demo', '2026-W49');
    expect(heard.get('demo/ben')).toEqual([{ kind: 'week-changed', week: '2026-W49' }]);
    expect(heard.get('andere/anna')).toEqual([]);
  });
});
