import type { PeopleImportPreview, PeopleImportResult } from '@schichtbrett/domain';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, type ImportCallResult } from './people-import-api';
import { PeopleImport } from './people-import.svelte';

const preview: PeopleImportPreview = {
  encoding: 'windows-1252',
  delimiter: ';',
  rows: [],
  counts: { new: 1, existing: 0, invalid: 0 },
};
const result: PeopleImportResult = { created: [], existing: 0, invalid: 0 };
const file = (text: string) => new File([text], 'liste.csv', { type: 'text/csv' });

function flow(answers: {
  preview?: ImportCallResult<PeopleImportPreview>;
  confirm?: ImportCallResult<PeopleImportResult>;
}) {
  const sent: string[] = [];
  const importFlow = new PeopleImport({
    preview: async (bytes) => {
      sent.push(`preview ${new TextDecoder().decode(bytes)}`);
      return answers.preview ?? { ok: true, value: preview };
    },
    confirm: async (bytes) => {
      sent.push(`confirm ${new TextDecoder().decode(bytes)}`);
      return answers.confirm ?? { ok: true, value: result };
    },
  });
  return { importFlow, sent };
}

describe('PeopleImport', () => {
  it('previews the chosen file, then confirms the same bytes', async () => {
    const { importFlow, sent } = flow({});
    await importFlow.choose(file('Vorname;Nachname'));
    expect(importFlow.step).toBe('preview');
    expect(importFlow.preview).toEqual(preview);
    await importFlow.confirm();
    expect(importFlow.step).toBe('done');
    expect(sent).toEqual(['preview Vorname;Nachname', 'confirm Vorname;Nachname']);
  });

  it('goes back with the server’s sentence when the file is refused, and keeps the preview on a failed confirm', async () => {
    const refused = flow({ preview: { ok: false, reason: 'refused', message: 'Die erste Zeile braucht …' } });
    await refused.importFlow.choose(file('x'));
    expect(refused.importFlow.step).toBe('choose');
    expect(refused.importFlow.problem).toBe('Die erste Zeile braucht …');

    const offline = flow({ confirm: { ok: false, reason: 'unavailable' } });
    await offline.importFlow.choose(file('x'));
    await offline.importFlow.confirm();
    expect(offline.importFlow.step).toBe('preview');
    expect(offline.importFlow.unavailable).toBe(true);
  });
});

describe('bytesToBase64', () => {
  it('encodes every byte value, also beyond one slice', () => {
    const bytes = new Uint8Array(70_000).map((_, index) => index % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
