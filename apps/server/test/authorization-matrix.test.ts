/**
 * Who may use which route: one table of every API route and room action × every kind of actor, with the
 * expected status; the tests are generated from it, and a route registered on the app but missing from
 * the table fails the suite, so a new route cannot be forgotten.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { migrateToLatest, openDatabase } from '@schichtbrett/db';
import { createApp } from '../src/app';
import { createSession, SESSION_COOKIE } from '../src/auth/sessions';
import { CenterEvents } from '../src/live/center-events';
import type { RoomRegistry } from '../src/sync';
import { request } from './support/auth-client';
import { createTestAccount, ensureCenter } from './support/auth-fixtures';
import { addPerson } from './support/center-fixtures';
import { TEST_ORIGIN, startAuthTestServer, type AuthTestServer } from './support/auth-server';

const ACTORS = ['anonymous', 'coordinator', 'teamLead', 'volunteer', 'otherCenter'] as const;
type Actor = (typeof ACTORS)[number];
type Expected = Record<Actor, number>;

interface Context {
  /** A fresh session of the demo coordinator, made for the row (e.g. to be deleted). */
  coordinatorSessionId: string;
}

interface Row {
  /** As Hono registers it: `app.routes` method and path. */
  route: string;
  what: string;
  request: (ctx: Context) => { method: string; path: string; body?: unknown } | { websocket: string };
  expected: Expected;
}

const everyone = (status: number): Expected => ({
  anonymous: status,
  coordinator: status,
  teamLead: status,
  volunteer: status,
  otherCenter: status,
});
const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
const membersOfDemo = (status: number): Expected => ({ ...signedIn(status), otherCenter: 403 });

/** A person of demo whom no account is linked to yet (every seeded person has one). */
const PERSON_WITHOUT_ACCOUNT = 'demo-ohne-konto';
/** A one-person list as the import takes it: the file's bytes in base64. */
const IMPORT_BODY = { file: Buffer.from('Vorname;Nachname\nMatrix;Import\n').toString('base64') };

const MATRIX: Row[] = [
  {
    route: 'GET /api/health',
    what: 'health',
    request: () => ({ method: 'GET', path: '/api/health' }),
    expected: everyone(200),
  },
  {
    route: 'POST /api/auth/login',
    what: 'log in (as a demo volunteer)',
    request: () => ({
      method: 'POST',
      path: '/api/auth/login',
      body: { email: 'ehrenamt14@demo.test', password: 'schichtbrett' },
    }),
    expected: everyone(200),
  },
  {
    route: 'POST /api/auth/logout',
    what: 'log out',
    request: () => ({ method: 'POST', path: '/api/auth/logout' }),
    expected: everyone(204),
  },
  {
    route: 'POST /api/auth/logout-all',
    what: 'log out everywhere',
    request: () => ({ method: 'POST', path: '/api/auth/logout-all' }),
    expected: signedIn(204),
  },
  {
    route: 'GET /api/auth/me',
    what: 'who am I',
    request: () => ({ method: 'GET', path: '/api/auth/me' }),
    expected: signedIn(200),
  },
  {
    route: 'GET /api/auth/sessions',
    what: 'my sessions',
    request: () => ({ method: 'GET', path: '/api/auth/sessions' }),
    expected: signedIn(200),
  },
  {
    route: 'DELETE /api/auth/sessions/:id',
    what: 'end a session of the coordinator',
    request: (ctx) => ({ method: 'DELETE', path: `/api/auth/sessions/${ctx.coordinatorSessionId}` }),
    expected: { ...signedIn(404), coordinator: 204 },
  },
  {
    route: 'GET /api/centers',
    what: 'my centers',
    request: () => ({ method: 'GET', path: '/api/centers' }),
    expected: signedIn(200),
  },
  {
    route: 'GET /api/centers/:slug',
    what: 'the demo center with its people',
    request: () => ({ method: 'GET', path: '/api/centers/demo' }),
    expected: membersOfDemo(200),
  },
  {
    route: 'GET /api/centers/:slug/people',
    what: 'the people of demo with contact data (coordinators only)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/people' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'POST /api/centers/:slug/people',
    what: 'add a person to demo (coordinators only)',
    request: () => ({
      method: 'POST',
      path: '/api/centers/demo/people',
      body: { firstName: 'Matrix', lastName: 'Test', role: 'volunteer' },
    }),
    expected: { ...membersOfDemo(403), coordinator: 201 },
  },
  {
    route: 'PATCH /api/centers/:slug/people/:id',
    what: 'change a person of demo (coordinators only)',
    request: () => ({ method: 'PATCH', path: '/api/centers/demo/people/demo-anna', body: { phone: '0171 000000' } }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'POST /api/centers/:slug/people/import/preview',
    what: 'preview a people list for demo (coordinators only)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/people/import/preview', body: IMPORT_BODY }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'POST /api/centers/:slug/people/import',
    what: 'import a people list into demo (coordinators only)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/people/import', body: IMPORT_BODY }),
    expected: { ...membersOfDemo(403), coordinator: 201 },
  },
  {
    route: 'GET /api/auth/password',
    what: 'do I have a password',
    request: () => ({ method: 'GET', path: '/api/auth/password' }),
    expected: signedIn(200),
  },
  {
    route: 'POST /api/auth/password',
    what: 'set a password (refused: too short, after sign-in)',
    request: () => ({ method: 'POST', path: '/api/auth/password', body: { password: 'kurz' } }),
    expected: signedIn(400),
  },
  {
    route: 'GET /api/setup',
    what: 'first run: is it needed (no: demo exists)',
    request: () => ({ method: 'GET', path: '/api/setup' }),
    expected: everyone(404),
  },
  {
    route: 'POST /api/setup',
    what: 'first run: create a center (gone once one exists)',
    request: () => ({ method: 'POST', path: '/api/setup', body: {} }),
    expected: everyone(404),
  },
  {
    route: 'POST /api/centers/:slug/people/:personId/invitations',
    what: 'create an invitation link for a demo volunteer without account',
    request: () => ({ method: 'POST', path: `/api/centers/demo/people/${PERSON_WITHOUT_ACCOUNT}/invitations` }),
    expected: { ...membersOfDemo(403), coordinator: 201 },
  },
  {
    route: 'GET /api/centers/:slug/people/:personId/invitations',
    what: 'open invitations of a demo volunteer',
    request: () => ({ method: 'GET', path: '/api/centers/demo/people/demo-anna/invitations' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'GET /api/centers/:slug/people/:personId/invitations/current',
    what: 'the link already printed for a demo volunteer without account',
    request: () => ({ method: 'GET', path: `/api/centers/demo/people/${PERSON_WITHOUT_ACCOUNT}/invitations/current` }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'DELETE /api/centers/:slug/invitations/:id',
    what: 'revoke an invitation (an unknown one: 404 only for the coordinator)',
    request: () => ({ method: 'DELETE', path: '/api/centers/demo/invitations/gibt-es-nicht' }),
    expected: { ...membersOfDemo(403), coordinator: 404 },
  },
  {
    route: 'POST /api/invitations/redeem',
    what: 'redeem an unknown invitation link',
    request: () => ({ method: 'POST', path: '/api/invitations/redeem', body: { token: 'a'.repeat(40) } }),
    expected: everyone(410),
  },
  ...(['offer', 'accept', 'decline'] as const).map((answer): Row => ({
    route: `POST /api/invitations/${answer}`,
    what: `${answer} an unknown invitation link with one's own account`,
    request: () => ({ method: 'POST', path: `/api/invitations/${answer}`, body: { token: 'a'.repeat(40) } }),
    expected: signedIn(410),
  })),
  {
    route: 'POST /api/centers/:center/weeks/:week/plan',
    what: 'plan next week as a copy of this one (coordinators only)',
    request: () => ({
      method: 'POST',
      path: '/api/centers/demo/weeks/2026-W49/plan',
      body: { source: 'previous-week', withPeople: false },
    }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'POST /api/centers/:center/weeks/:week/publish',
    what: 'publish a week (coordinators only)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/weeks/2026-W51/publish' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'POST /api/centers/:center/weeks/:week/unpublish',
    what: 'turn a week back into a draft (coordinators only)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/weeks/2026-W51/unpublish' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'POST /api/centers/:center/weeks/:week/finalize',
    what: 'finalize a week (coordinators only; a draft cannot be)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/weeks/2026-W52/finalize', body: {} }),
    expected: { ...membersOfDemo(403), coordinator: 409 },
  },
  {
    route: 'POST /api/centers/:center/weeks/:week/reopen',
    what: 'reopen a finalized week (coordinators only; this one is not finalized)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/weeks/2026-W52/reopen', body: { reason: 'Versehen' } }),
    expected: { ...membersOfDemo(403), coordinator: 409 },
  },
  {
    route: 'POST /api/centers/:center/weeks/:week/days/:date/close',
    what: 'close a day (coordinators only)',
    request: () => ({
      method: 'POST',
      path: '/api/centers/demo/weeks/2026-W50/days/2026-12-08/close',
      body: { reason: 'Betriebsausflug' },
    }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'POST /api/centers/:center/weeks/:week/days/:date/reopen',
    what: 'reopen a day (coordinators only)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/weeks/2026-W50/days/2026-12-08/reopen' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'POST /api/centers/:center/shifts/:shiftId/claim',
    what: 'claim an unknown shift of demo (members only)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/shifts/gibt-es-nicht/claim' }),
    expected: membersOfDemo(404),
  },
  {
    route: 'DELETE /api/centers/:center/shifts/:shiftId/claim',
    what: 'give back an unknown shift of demo (members only)',
    request: () => ({ method: 'DELETE', path: '/api/centers/demo/shifts/gibt-es-nicht/claim' }),
    expected: membersOfDemo(404),
  },
  {
    route: 'POST /api/centers/:center/shifts/:shiftId/stand-in',
    what: 'ask for a stand-in on an unknown shift of demo (members only)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/shifts/gibt-es-nicht/stand-in' }),
    expected: membersOfDemo(404),
  },
  {
    route: 'DELETE /api/centers/:center/shifts/:shiftId/stand-in',
    what: 'end the search for a stand-in on an unknown shift of demo (members only)',
    request: () => ({ method: 'DELETE', path: '/api/centers/demo/shifts/gibt-es-nicht/stand-in' }),
    expected: membersOfDemo(404),
  },
  {
    route: 'POST /api/centers/:center/shifts/:shiftId/stand-in/take-over',
    what: 'take over an unknown shift of demo (members only)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/shifts/gibt-es-nicht/stand-in/take-over' }),
    expected: membersOfDemo(404),
  },
  {
    route: 'GET /api/centers/:center/open-shifts',
    what: 'the open shifts of demo I may take',
    request: () => ({ method: 'GET', path: '/api/centers/demo/open-shifts' }),
    expected: membersOfDemo(200),
  },
  {
    route: 'GET /api/centers/:center/my-shifts',
    what: 'my upcoming shifts in demo',
    request: () => ({ method: 'GET', path: '/api/centers/demo/my-shifts' }),
    expected: membersOfDemo(200),
  },
  {
    route: 'GET /api/centers/:center/events',
    what: 'the live events of a center (a stream)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/events' }),
    expected: membersOfDemo(200),
  },
  {
    route: 'GET /api/centers/:center/reports/hours',
    what: "the hours report (every person's hours: coordinators only)",
    request: () => ({ method: 'GET', path: '/api/centers/demo/reports/hours?from=2026-11&to=2026-11' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'GET /api/centers/:center/settings',
    what: "the center's settings (coordinators only)",
    request: () => ({ method: 'GET', path: '/api/centers/demo/settings' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'PUT /api/centers/:center/settings',
    what: "change the center's settings (coordinators only; the demo's own values)",
    request: () => ({
      method: 'PUT',
      path: '/api/centers/demo/settings',
      body: {
        name: 'Mütterzentrum Sonnenhaus',
        address: '',
        contact: '',
        stateCode: 'HE',
        openingDays: [1, 2, 3, 4, 5, 6],
        claimCutoffHours: 48,
        fuehrungszeugnisYears: 5,
        boardWeek: 'current',
      },
    }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'GET /api/centers/:center/calendar-feed',
    what: 'do I have a calendar feed (never its URL)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/calendar-feed' }),
    expected: membersOfDemo(200),
  },
  {
    route: 'POST /api/centers/:center/calendar-feed',
    what: 'create (or replace) my calendar feed',
    request: () => ({ method: 'POST', path: '/api/centers/demo/calendar-feed' }),
    expected: membersOfDemo(201),
  },
  {
    route: 'DELETE /api/centers/:center/calendar-feed',
    what: 'revoke my calendar feed',
    request: () => ({ method: 'DELETE', path: '/api/centers/demo/calendar-feed' }),
    expected: membersOfDemo(204),
  },
  {
    route: 'GET /api/centers/:center/shifts/:shiftId/ics',
    what: 'one shift as .ics (an unknown one: 404 for members)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/shifts/gibt-es-nicht/ics' }),
    expected: membersOfDemo(404),
  },
  {
    route: 'GET /api/centers/:center/people/:personId/qualifications',
    what: 'the Nachweise of a demo volunteer (coordinators only)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/people/demo-anna/qualifications' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'GET /api/centers/:center/people/:personId/qualifications',
    what: "my own Nachweise (the volunteer's)",
    request: () => ({ method: 'GET', path: '/api/centers/demo/people/demo-petra/qualifications' }),
    expected: { ...membersOfDemo(403), coordinator: 200, volunteer: 200 },
  },
  {
    route: 'POST /api/centers/:center/people/:personId/qualifications',
    what: 'record a Hygienebelehrung for the volunteer (coordinators only, not the volunteer)',
    request: () => ({
      method: 'POST',
      path: '/api/centers/demo/people/demo-petra/qualifications',
      body: { kind: 'hygiene', date: '2026-11-01' },
    }),
    expected: { ...membersOfDemo(403), coordinator: 201 },
  },
  {
    route: 'DELETE /api/centers/:center/people/:personId/qualifications/:recordId',
    what: 'delete an unknown Nachweis (404 only for the coordinator)',
    request: () => ({ method: 'DELETE', path: '/api/centers/demo/people/demo-anna/qualifications/gibt-es-nicht' }),
    expected: { ...membersOfDemo(403), coordinator: 404 },
  },
  {
    route: 'GET /api/centers/:center/people/:personId/absences',
    what: 'the absences of a demo volunteer',
    request: () => ({ method: 'GET', path: '/api/centers/demo/people/demo-anna/absences' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'GET /api/centers/:center/people/:personId/absences',
    what: "my own absences (the volunteer's)",
    request: () => ({ method: 'GET', path: '/api/centers/demo/people/demo-petra/absences' }),
    expected: { ...membersOfDemo(403), coordinator: 200, volunteer: 200 },
  },
  {
    route: 'POST /api/centers/:center/people/:personId/absences',
    what: 'add an absence for the volunteer (themselves or a coordinator)',
    request: () => ({
      method: 'POST',
      path: '/api/centers/demo/people/demo-petra/absences',
      body: { from: '2027-02-01', to: '2027-02-07' },
    }),
    expected: { ...membersOfDemo(403), coordinator: 201, volunteer: 201 },
  },
  {
    route: 'DELETE /api/centers/:center/people/:personId/absences/:absenceId',
    what: 'delete an unknown absence of the volunteer',
    request: () => ({ method: 'DELETE', path: '/api/centers/demo/people/demo-petra/absences/gibt-es-nicht' }),
    expected: { ...membersOfDemo(403), coordinator: 404, volunteer: 404 },
  },
  {
    route: 'GET /api/centers/:center/people/:personId/availability',
    what: 'the weekly availability of the volunteer',
    request: () => ({ method: 'GET', path: '/api/centers/demo/people/demo-petra/availability' }),
    expected: { ...membersOfDemo(403), coordinator: 200, volunteer: 200 },
  },
  {
    route: 'PUT /api/centers/:center/people/:personId/availability',
    what: "replace the weekly availability of a demo volunteer (not the volunteer's own)",
    request: () => ({
      method: 'PUT',
      path: '/api/centers/demo/people/demo-anna/availability',
      body: { slots: [{ weekday: 1, kind: 'part-of-day', part: 'vormittags' }] },
    }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'GET /api/centers/:center/areas/:areaId/requirements',
    what: 'what a demo area requires (members read)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/areas/demo-cafe/requirements' }),
    expected: membersOfDemo(200),
  },
  {
    route: 'PUT /api/centers/:center/areas/:areaId/requirements',
    what: 'set what a demo area requires (coordinators only)',
    request: () => ({
      method: 'PUT',
      path: '/api/centers/demo/areas/demo-fahrdienst/requirements',
      body: { kinds: ['fuehrerschein'] },
    }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'GET /api/centers/:center/areas',
    what: "the center's areas with descriptions and archived ones (members read)",
    request: () => ({ method: 'GET', path: '/api/centers/demo/areas' }),
    expected: membersOfDemo(200),
  },
  {
    route: 'POST /api/centers/:center/areas',
    what: 'create an area (coordinators only)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/areas', body: { name: 'Matrix', color: '#475569' } }),
    expected: { ...membersOfDemo(403), coordinator: 201 },
  },
  {
    route: 'PATCH /api/centers/:center/areas/:areaId',
    what: 'rename or describe an area (coordinators only)',
    request: () => ({
      method: 'PATCH',
      path: '/api/centers/demo/areas/demo-cafe',
      body: { description: 'Kuchentheke und Kasse' },
    }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'PUT /api/centers/:center/areas/order',
    what: 'reorder the areas (coordinators only; an order naming none of them is refused)',
    request: () => ({ method: 'PUT', path: '/api/centers/demo/areas/order', body: { areaIds: [] } }),
    expected: { ...membersOfDemo(403), coordinator: 409 },
  },
  {
    route: 'POST /api/centers/:center/areas/:areaId/archive',
    what: 'archive an area (coordinators only; an unknown one is not found)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/areas/gibt-es-nicht/archive' }),
    expected: { ...membersOfDemo(403), coordinator: 404 },
  },
  {
    route: 'POST /api/centers/:center/areas/:areaId/restore',
    what: 'restore an archived area (coordinators only; an unknown one is not found)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/areas/gibt-es-nicht/restore' }),
    expected: { ...membersOfDemo(403), coordinator: 404 },
  },
  {
    route: 'GET /api/centers/:center/first-steps',
    what: 'the first-steps guide of the board (coordinators only)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/first-steps' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'POST /api/centers/:center/first-steps/dismiss',
    what: 'close the first-steps guide for oneself (coordinators only)',
    request: () => ({ method: 'POST', path: '/api/centers/demo/first-steps/dismiss' }),
    expected: { ...membersOfDemo(403), coordinator: 204 },
  },
  {
    route: 'GET /api/centers/:center/weeks/:week/people-context',
    what: "the board's people context of a week (those who plan: coordinators and team leads)",
    request: () => ({ method: 'GET', path: '/api/centers/demo/weeks/2026-W48/people-context' }),
    expected: { ...membersOfDemo(403), coordinator: 200, teamLead: 200 },
  },
  {
    route: 'GET /api/centers/:center/weeks/:week/people-context',
    what: 'the people context of a week that does not exist (404 only for those who may ask)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/weeks/2026-W54/people-context' }),
    expected: { ...membersOfDemo(403), coordinator: 404, teamLead: 404 },
  },
  {
    route: 'GET /api/centers/:center/weeks/:week/history',
    what: 'the audit trail of a week (coordinators only)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/weeks/2026-W48/history' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'GET /api/centers/:center/weeks/:week/history',
    what: 'the audit trail of a week that does not exist (404 only for coordinators)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/weeks/2026-W54/history' }),
    expected: { ...membersOfDemo(403), coordinator: 404 },
  },
  {
    route: 'GET /api/centers/:center/weeks/:week/gaps',
    what: 'the gaps and suggestions of a week (those who plan: coordinators and team leads)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/weeks/2026-W48/gaps?areas=all' }),
    expected: { ...membersOfDemo(403), coordinator: 200, teamLead: 200 },
  },
  {
    route: 'POST /api/centers/:center/shifts/:shiftId/assign',
    what: 'assign a person to a shift that does not exist (404 only for those who plan)',
    request: () => ({
      method: 'POST',
      path: '/api/centers/demo/shifts/gibt-es-nicht/assign',
      body: { personId: 'gibt-es-nicht' },
    }),
    expected: { ...membersOfDemo(403), coordinator: 404, teamLead: 404 },
  },
  {
    route: 'POST /api/centers/:center/shifts/:shiftId/requests',
    what: 'ask a person to take a shift that does not exist (404 only for those who plan)',
    request: () => ({
      method: 'POST',
      path: '/api/centers/demo/shifts/gibt-es-nicht/requests',
      body: { personId: 'demo-anna' },
    }),
    expected: { ...membersOfDemo(403), coordinator: 404, teamLead: 404 },
  },
  {
    route: 'GET /api/centers/:center/shift-requests',
    what: "the caller's open requests (every member, their own)",
    request: () => ({ method: 'GET', path: '/api/centers/demo/shift-requests' }),
    expected: membersOfDemo(200),
  },
  {
    route: 'POST /api/centers/:center/shift-requests/:id/accept',
    what: 'accept a request that does not exist',
    request: () => ({ method: 'POST', path: '/api/centers/demo/shift-requests/gibt-es-nicht/accept', body: {} }),
    expected: membersOfDemo(404),
  },
  {
    route: 'POST /api/centers/:center/shift-requests/:id/decline',
    what: 'decline a request that does not exist',
    request: () => ({ method: 'POST', path: '/api/centers/demo/shift-requests/gibt-es-nicht/decline', body: {} }),
    expected: membersOfDemo(404),
  },
  {
    route: 'GET /api/centers/:center/qualifications/expiring',
    what: 'whose Nachweise expire within 8 weeks (coordinators only)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/qualifications/expiring?weeks=8' }),
    expected: { ...membersOfDemo(403), coordinator: 200 },
  },
  {
    route: 'ALL /api/centers/*',
    what: 'anything else under /api/centers (sign-in first)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/extra' }),
    expected: signedIn(404),
  },
  {
    route: 'ALL /api/centers/:center/*',
    what: 'the middleware naming the acting person of center routes (passes on; an unknown path is a 404)',
    request: () => ({ method: 'GET', path: '/api/centers/demo/gibt-es-nicht' }),
    expected: signedIn(404),
  },
  {
    route: 'ALL /api/*',
    what: 'an unknown /api path (middleware and the 404 fallback)',
    request: () => ({ method: 'GET', path: '/api/gibt-es-nicht' }),
    expected: everyone(404),
  },
  {
    route: 'GET /cal/:file',
    what: 'a calendar feed by an unknown secret (no session needed, none helps)',
    request: () => ({ method: 'GET', path: `/cal/${'a'.repeat(40)}.ics` }),
    expected: everyone(404),
  },
  {
    route: 'GET /sync/*',
    what: 'open the week room of demo',
    request: () => ({ websocket: '/sync/week/demo/2026-W48' }),
    expected: membersOfDemo(101),
  },
  {
    route: 'GET /sync/*',
    what: 'open the template room of demo (not for volunteers)',
    request: () => ({ websocket: '/sync/template/demo' }),
    expected: { ...membersOfDemo(101), volunteer: 403 },
  },
];

function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

describe('authorization matrix', () => {
  let test: AuthTestServer;
  const userIds: Partial<Record<Actor, string>> = {
    coordinator: 'user-demo-sabine',
    teamLead: 'user-demo-markus',
    volunteer: 'user-demo-petra',
  };

  beforeAll(async () => {
    test = await startAuthTestServer();
    await ensureCenter(test.database.db, 'andere');
    const stranger = await createTestAccount(test.database.db, { centerSlug: 'andere', role: 'coordinator' });
    userIds.otherCenter = stranger.userId;
    await addPerson(test.database.db, 'demo', {
      id: PERSON_WITHOUT_ACCOUNT,
      firstName: 'Ohne',
      email: 'ohne-konto@example.test',
    });
  });
  afterAll(() => test.close());
  // Rows with unknown invitation links count against the one test address; each cell starts afresh.
  beforeEach(async () => {
    await test.database.db.deleteFrom('login_throttle').execute();
  });

  /** A fresh session per cell, so that rows which end sessions do not affect others. */
  async function cookieOf(actor: Actor): Promise<string | null> {
    const userId = userIds[actor];
    if (!userId) return null;
    const { token } = await createSession(test.database.db, { userId, now: test.clock.now() });
    return `${SESSION_COOKIE}=${token}`;
  }

  for (const row of MATRIX) {
    describe(`${row.route}: ${row.what}`, () => {
      it.each(ACTORS.map((actor) => [actor, row.expected[actor]] as const))('%s → %i', async (actor, status) => {
        const cookie = await cookieOf(actor);
        const coordinatorSession = await createSession(test.database.db, {
          userId: userIds.coordinator!,
          now: test.clock.now(),
        });
        const ctx = { coordinatorSessionId: coordinatorSession.token.split('.')[0]! };
        const spec = row.request(ctx);
        if ('websocket' in spec) {
          const headers: Record<string, string> = { origin: TEST_ORIGIN };
          if (cookie) headers.cookie = cookie;
          expect(await upgradeStatus(`${test.url.replace(/^http/, 'ws')}${spec.websocket}`, headers)).toBe(status);
        } else {
          const response = await request(test.url, spec.method, spec.path, { cookie, body: spec.body });
          // A stream (the live events) would stay open otherwise.
          await response.body?.cancel();
          expect(response.status).toBe(status);
        }
      });
    });
  }

  it('lists only the centers one belongs to', async () => {
    const response = await request(test.url, 'GET', '/api/centers', { cookie: await cookieOf('otherCenter') });
    expect(await response.json()).toMatchObject({ centers: [{ slug: 'andere' }] });
  });

  it('covers every route the app registers', async () => {
    const handle = openDatabase({ file: ':memory:' });
    await migrateToLatest(handle.db);
    const { app } = createApp({
      db: handle.db,
      rooms: {} as RoomRegistry,
      events: new CenterEvents(),
      logger: pino({ level: 'silent' }),
      now: () => new Date(),
      version: '0.0.0-test',
      origin: TEST_ORIGIN,
      webHandler: null,
      maxFrameBytes: 1024,
    });
    const registered = new Set(app.routes.map((route) => `${route.method} ${route.path}`));
    const listed = new Set(MATRIX.map((row) => row.route));
    expect([...registered].filter((route) => !listed.has(route))).toEqual([]);
    expect([...listed].filter((route) => !registered.has(route))).toEqual([]);
    await handle.close();
  });
});
