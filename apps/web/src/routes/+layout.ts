// The board is a live client app on a Yjs document; nothing here needs server rendering.
export const ssr = false;
