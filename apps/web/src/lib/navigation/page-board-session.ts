/**
 * A BoardSession wired to the app the way every page that shows a live week needs it: sign-in on a lost
 * session, reload of who someone is when their rights change. The board and its day sheets share it,
 * so the sync setup lives in one place.
 */
import { goto, invalidateAll } from '$app/navigation';
import { page } from '$app/state';
import { fetchMe } from '$lib/api/auth';
import { loginPath } from '$lib/auth/next-path';
import { BoardSession, type BoardSessionBaseOptions, type BoardSessionRoom } from '$lib/board/board-session.svelte';
import { newShiftId } from '$lib/board/new-shift-id';
import { syncServerUrl } from '$lib/sync/sync-url';

/** Creates (does not connect) the session of one room; the caller connects and destroys it. */
export function pageBoardSession(options: Pick<BoardSessionBaseOptions, 'details'> & BoardSessionRoom): BoardSession {
  return new BoardSession({
    ...options,
    serverUrl: syncServerUrl(location),
    now: Date.now,
    newId: () => newShiftId(),
    // eslint-disable-next-line svelte/no-navigation-without-resolve -- loginPath builds on resolve('/login')
    onSignedOut: () => void goto(loginPath(page.url), { invalidateAll: true, replaceState: true }),
    isSignedIn: async () => (await fetchMe(fetch)) !== null,
    // Reloads /api/auth/me and the center (with `me`); the new data makes a new session with the new access.
    onAccessChanged: () => void invalidateAll(),
  });
}
