/**
 * A list cut to its first `max` items, the rest counted ("T-00001, T-00002 and 40 more"). Lists
 * that grow with the data go in cells (50,000 characters at most) and in the run outcome kept in
 * a document property (9 KB), so none of them is written whole; nor is a text a person pasted
 * (a whole email as a survey comment) when it is quoted in one.
 */
export function someOf(items: readonly string[], max: number, separator = ', '): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)} and ${items.length - max} more`;
}

/** A text cut to its first `max` characters, marked with "…" when cut. */
export const clipped = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max)}…`;

/** '1 complaint', '2 complaints', 'no complaints'. */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`;

/** '1 row', '0 rows', '1,204 rows': always a number (a count beside another), thousands marked. */
export const counted = (n: number, one: string, many = `${one}s`): string =>
  `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? one : many}`;
