/** Case- and accent-blind search text: "jurgen" finds "Jürgen". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

/** The people whose display name contains the query, case- and accent-blind; everyone for an empty query. */
export function peopleMatching<P extends { displayName: string }>(people: readonly P[], query: string): P[] {
  const needle = foldForSearch(query.trim());
  return needle ? people.filter((person) => foldForSearch(person.displayName).includes(needle)) : [...people];
}
