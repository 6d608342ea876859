/**
 * Whose records a page shows (issue 13): texts meant for the person ("Wann ich meistens kann") are never
 * read by a coordinator looking at someone else's page; she reads them about that person.
 */
export type RecordsSubject = { kind: 'self' } | { kind: 'other'; firstName: string };
