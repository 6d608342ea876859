import type { PageLoad } from './$types';

/**
 * Opening the link does nothing yet: messengers fetch links for previews, and a GET that signed in would
 * use the one-time token up. Only the button on the page (a POST) does.
 */
export const load: PageLoad = ({ params }) => ({ token: params.token });
