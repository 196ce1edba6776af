/**
 * What is history for alerts: a target missed this long ago (a ticket resolved, a check-back
 * owed) is recorded, but nobody is alerted about it now. Old tickets typed or pasted in, or a
 * first run on an old sheet, so do not flag everything that ever slipped.
 */
import { DAY_MS } from './zone';

export const ALERT_LOOKBACK_MS = 14 * DAY_MS;
