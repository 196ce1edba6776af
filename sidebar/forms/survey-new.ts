/**
 * Schedule a survey the daily job does not: after a project delivery, or ad hoc. It then comes to
 * the customer's owner in My queue like the routine ones.
 */
import { ASKED_SURVEY_REASONS, type SurveyInput, surveySchema } from '../../src/domain/records/survey';
import { churnedRefusal, isChurned } from '../../src/domain/values';
import { SURVEYS, TICKETS } from '../../src/sheets/tables';
import { ask } from '../bridge';
import { fieldsFor } from '../field-spec';
import { createForm, type FormView } from '../form';
import { savedAs } from '../saved';

const KEYS = Object.keys(surveySchema.shape) as (keyof SurveyInput)[];

export function newSurveyForm(): FormView {
  return createForm({
    id: 'survey-new',
    title: 'New survey',
    intro: 'Routine surveys and those after a ticket are scheduled by the add-on; ask for others here.',
    schema: surveySchema,
    fields: fieldsFor(SURVEYS, surveySchema.shape, KEYS, {
      customerId: {
        label: 'Customer',
        message: 'Choose a customer from the list.',
        refusal: ([id, name, , , , status]) => (isChurned(status) ? churnedRefusal(`${name} (${id})`) : ''),
      },
      reason: { options: [...ASKED_SURVEY_REASONS] },
      ticketId: { hint: 'Optional: the ticket it is about, e.g. T-00012.', idOf: TICKETS },
      due: {
        hint: 'Leave empty: after a project delivery, due within the hours set for a survey after a ticket (48 unless changed in Settings); an ad hoc survey, today.',
      },
    }),
    defaults: () => ({ reason: 'Project Delivery' }),
    save: (submit) => ask('sidebarScheduleSurvey', submit),
    saved: (saved, _data, form) => {
      form.reset();
      return savedAs(saved, 'Survey');
    },
  });
}
