/**
 * Keeps `template_shifts` in step with the template documents: after changes of a template room, that
 * center's rows are rewritten in one SQLite transaction. Bursts are coalesced (one write per center per
 * turn of the event loop); a failed write is logged and the next change tries again, since the document
 * stays the truth.
 */
import { findRoomCenterSync, listAreaIdsSync, replaceTemplateShiftsSync, type DatabaseHandle } from '@schichtbrett/db';
import { readTemplateDoc } from '@schichtbrett/domain';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import { CoalescedWrites } from '../projection/coalesced-writes';
import { rowsOfTemplate } from './template-rows';

type SqliteDatabase = DatabaseHandle['sqlite'];

export class TemplateProjection {
  private readonly sqlite: SqliteDatabase;
  private readonly logger: Logger;
  private readonly writes: CoalescedWrites<Y.Doc>;

  constructor(options: { sqlite: SqliteDatabase; logger: Logger }) {
    this.sqlite = options.sqlite;
    this.logger = options.logger;
    this.writes = new CoalescedWrites(options.sqlite, (center, doc) => this.project(center, doc));
  }

  /** The template document of `center` changed: project it soon. */
  changed(center: string, doc: Y.Doc): void {
    this.writes.schedule(center, doc);
  }

  /** Resolves once every change reported so far is projected (or its failure logged). */
  settled(): Promise<void> {
    return this.writes.settled();
  }

  private project(centerSlug: string, doc: Y.Doc): void {
    try {
      const center = findRoomCenterSync(this.sqlite, centerSlug);
      if (!center) return;
      const { rows, unknownAreaShiftIds } = rowsOfTemplate(
        readTemplateDoc(doc),
        new Set(listAreaIdsSync(this.sqlite, center.id)),
      );
      if (unknownAreaShiftIds.length > 0) {
        this.logger.warn(
          { center: centerSlug, shiftIds: unknownAreaShiftIds },
          'template shifts of unknown areas not projected',
        );
      }
      replaceTemplateShiftsSync(this.sqlite, center.id, rows);
    } catch (error) {
      this.logger.error({ err: error, center: centerSlug }, 'projecting the template to template_shifts failed');
    }
  }
}
