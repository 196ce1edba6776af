/** Test support: a section's settings as its defaults give them, the way parseSettings builds them. */
import type { Section } from '../../src/domain/setting-parsers';

export function defaultsOf<T>(section: Section<T>): T {
  const rows = <V>(name: string) => {
    const def = section.defs.find((d) => d.name === name);
    if (!def) throw new Error(`Unknown setting ${name}`);
    return [{ value: def.parse(def.default) as V, cell: '(default)', text: def.default }];
  };
  const all = <V>(name: string): V[] => rows<V>(name).map((r) => r.value);
  return section.build({ rows, all, one: <V>(name: string) => all<V>(name)[0]! });
}

/** An instant from wall time in Asia/Shanghai (UTC+8, no daylight saving): '2026-11-22T10:00'. */
export const shanghai = (wall: string): number =>
  Date.parse(`${wall.length === 10 ? `${wall}T00:00` : wall}:00+08:00`);

/** Wall time in Asia/Shanghai, as zone.ts's wallFromInstant gives it. */
export const shanghaiWall = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);
