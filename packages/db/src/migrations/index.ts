/** Every migration, in order. Static imports so a bundled server carries them (no folder scan at run time). */
import type { Migration } from 'kysely';
import * as initial from './2026-11-26-0600-initial';
import * as accounts from './2026-11-26-0700-accounts';
import * as invitations from './2026-11-26-0800-invitations';
import * as weekProjection from './2026-11-26-1000-week-projection';
import * as calendarFeeds from './2026-11-26-1100-calendar-feeds';
import * as standIn from './2026-11-26-1240-stand-in';
import * as weekRecords from './2026-11-26-1300-week-records';
import * as history from './2026-11-26-1340-history';
import * as shiftRequests from './2026-11-26-1350-shift-requests';
import * as applicationId from './2026-12-07-0900-application-id';
import * as areaDetails from './2026-12-07-1000-area-details';
import * as firstSteps from './2026-12-07-1000-first-steps';
import * as centerSettings from './2026-12-07-1100-center-settings';
import * as invitationLinkShownAgain from './2026-12-08-0900-invitation-link-shown-again';

export const migrations: Record<string, Migration> = {
  '2026-11-26-0600-initial': initial,
  '2026-11-26-0700-accounts': accounts,
  '2026-11-26-0800-invitations': invitations,
  '2026-11-26-1000-week-projection': weekProjection,
  '2026-11-26-1100-calendar-feeds': calendarFeeds,
  '2026-11-26-1240-stand-in': standIn,
  '2026-11-26-1300-week-records': weekRecords,
  '2026-11-26-1340-history': history,
  '2026-11-26-1350-shift-requests': shiftRequests,
  '2026-12-07-0900-application-id': applicationId,
  '2026-12-07-1000-area-details': areaDetails,
  '2026-12-07-1000-first-steps': firstSteps,
  '2026-12-07-1100-center-settings': centerSettings,
  '2026-12-08-0900-invitation-link-shown-again': invitationLinkShownAgain,
};
