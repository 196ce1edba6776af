/**
 * A share of all (0 to 1) shown as a percent: whole percents, with a decimal or two more only
 * where rounding would otherwise show all for a share short of all (199 of 200 tickets met reading
 * "100%") or none for a share above none. A manager reads 100% as "none missed".
 */
const FORMATS = ['0%', '0.0%', '0.00%'] as const;

/** How many decimals the percent needs: 0, 1 or 2. */
export function percentDecimals(share: number): number {
  for (let decimals = 0; decimals < FORMATS.length - 1; decimals++) {
    const shown = Math.round(share * 100 * 10 ** decimals) / 10 ** decimals;
    if (!((share < 1 && shown >= 100) || (share > 0 && shown <= 0))) return decimals;
  }
  return FORMATS.length - 1;
}

/** The Sheets number format that shows `share` so. */
export const percentFormat = (share: number): (typeof FORMATS)[number] => FORMATS[percentDecimals(share)]!;
