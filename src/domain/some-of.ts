/**
 * A list cut to its first `max` items, the rest counted ("T-00001, T-00002 and 40 more"). Lists
 * that grow with the data go in cells (50,000 characters at most) and in the run outcome kept in
 * a document property (9 KB), so none of them is written whole.
 */
export function someOf(items: readonly string[], max: number, separator = ', '): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)} and ${items.length - max} more`;
}
