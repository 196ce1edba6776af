/**
 * The After Ticket survey of a ticket reopened before the survey went out (src/api/queue.ts,
 * src/api/surveys.ts): the customer is not asked how a resolution went while the problem is being
 * worked on again. Now is Monday 2026-11-23 10:00 in Shanghai.
 */
import { describe, expect, it } from 'vitest';
import { at, customer, daily, ticket, updateTicket } from './daily-fixtures';
import { type Harness, startAddon } from './harness';

type QueueSurvey = { id: string; reason: string };

const queuedSurveys = (h: Harness) =>
  (h.addon.serve('sidebarBootstrap') as { value: { queue: { surveys: QueueSurvey[] } } }).value.queue.surveys;

/** A complaint resolved Monday, its After Ticket survey scheduled Tuesday morning, the ticket reopened at 10:00. */
function reopenedAfterSurvey() {
  const h = startAddon();
  const c = customer(h, { name: 'Acme', owner: 'agent@example.com', email: 'li@acme.example' });
  const t = ticket(h, { customerId: c, type: 'Complaint', owner: 'agent@example.com' });
  updateTicket(h, { id: t, status: 'Resolved', solution: 'Replaced the roller; printed 50 pages fine.' });
  daily(h, '2026-11-24T07:00');
  const [survey] = queuedSurveys(h);
  expect(survey).toMatchObject({ reason: 'After Ticket' });
  at(h, '2026-11-24T10:00');
  updateTicket(h, { id: t, status: 'In Progress' });
  return { h, t, surveyId: survey!.id };
}

describe('the After Ticket survey of a ticket reopened before it was sent', () => {
  it('leaves My queue while the ticket is open again, and is back once it is resolved again', () => {
    const { h, t, surveyId } = reopenedAfterSurvey();
    expect(queuedSurveys(h)).toEqual([]);
    at(h, '2026-11-24T15:00');
    updateTicket(h, { id: t, status: 'Resolved' });
    expect(queuedSurveys(h).map((s) => s.id)).toEqual([surveyId]);
  });

  it('is refused by Email and Mark sent, in words, and nothing is sent or marked', () => {
    const { h, t, surveyId } = reopenedAfterSurvey();
    for (const sendEmail of [true, false]) {
      const answer = h.addon.serve('sidebarMarkSurveySent', {
        requestId: `reopened-${sendEmail}`,
        record: { id: surveyId, sendEmail },
      });
      expect(answer).toMatchObject({
        ok: false,
        fields: {
          id: `Ticket ${t} was reopened (In Progress): send survey ${surveyId} once it is resolved again.`,
        },
      });
    }
    expect(h.emu.mail.filter((m) => m.to.includes('li@acme.example'))).toEqual([]);
    expect(h.records('Surveys')[0]).toMatchObject({ Status: 'Due', Sent: '' });
  });
});
