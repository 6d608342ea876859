/** State of the import page: the chosen file, its preview, and the invitations of the people it created. */
import type { PeopleImportPreview, PeopleImportResult } from '@schichtbrett/domain';
import type { ImportCallResult } from './people-import-api';

export type ImportStep = 'choose' | 'checking' | 'preview' | 'importing' | 'done';

export interface PeopleImportCalls {
  preview(bytes: Uint8Array): Promise<ImportCallResult<PeopleImportPreview>>;
  confirm(bytes: Uint8Array): Promise<ImportCallResult<PeopleImportResult>>;
}

export class PeopleImport {
  step = $state<ImportStep>('choose');
  fileName = $state<string | null>(null);
  preview = $state<PeopleImportPreview | null>(null);
  result = $state<PeopleImportResult | null>(null);
  /** The server's German sentence, or null with `unavailable`. */
  problem = $state<string | null>(null);
  unavailable = $state(false);
  #bytes: Uint8Array | null = null;

  constructor(private readonly calls: PeopleImportCalls) {}

  /** Reads the file and asks for its preview; nothing is stored yet. */
  async choose(file: File): Promise<void> {
    this.fileName = file.name;
    this.#bytes = new Uint8Array(await file.arrayBuffer());
    this.result = null;
    await this.#run(
      'checking',
      () => this.calls.preview(this.#bytes!),
      (preview) => {
        this.preview = preview;
        this.step = 'preview';
      },
    );
  }

  async confirm(): Promise<void> {
    if (!this.#bytes) return;
    const bytes = this.#bytes;
    await this.#run(
      'importing',
      () => this.calls.confirm(bytes),
      (result) => {
        this.result = result;
        this.step = 'done';
      },
    );
  }

  reset(): void {
    this.step = 'choose';
    this.fileName = null;
    this.preview = null;
    this.problem = null;
    this.unavailable = false;
    this.#bytes = null;
  }

  async #run<T>(step: ImportStep, call: () => Promise<ImportCallResult<T>>, done: (value: T) => void): Promise<void> {
    const back = this.step === 'checking' || step === 'checking' ? 'choose' : this.step;
    this.step = step;
    this.problem = null;
    this.unavailable = false;
    const outcome = await call();
    if (outcome.ok) return done(outcome.value);
    this.step = back;
    if (outcome.reason === 'refused') this.problem = outcome.message;
    else this.unavailable = true;
  }
}
