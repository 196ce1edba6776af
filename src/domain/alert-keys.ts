/**
 * The keys of alerts a person's save can settle: the job raises each under its key once, and the
 * sidebar save that does what it asks finds it by the same key.
 */
export const alertKeys = {
  surveyReminder: (surveyId: string) => `survey-reminder:${surveyId}`,
  winBackCheck: (winBackId: string) => `win-back-check:${winBackId}`,
  noSolution: (ticketId: string) => `no-solution:${ticketId}`,
  /** `about`: what the missed follow-up counts from (follow-ups.ts); '' gives the customer's prefix. */
  followUp: (customerId: string, about: string) => `follow-up:${customerId}:${about}`,
} as const;
