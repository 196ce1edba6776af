/** Wall-clock text as people read it: '2026-11-23T17:00' becomes '2026-11-23 17:00'; other text is left as it is. */
const WALL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

export const showWall = (text: string): string => text.replace(WALL_TIME, '$1 $2');
