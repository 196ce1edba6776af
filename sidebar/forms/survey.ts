/** Record a survey's answers: five scores and the recommend score, 1 (poor) to 5 (excellent). */
import { type SurveyAnswers, surveyAnswersSchema } from '../../src/domain/records/survey';
import { SURVEYS } from '../../src/sheets/tables';
import { ask } from '../bridge';
import { fieldsFor, type Override } from '../field-spec';
import { createForm } from '../form';
import { attachLoader, type Opener } from '../loader';
import { savedAs } from '../saved';

const KEYS = Object.keys(surveyAnswersSchema.shape) as (keyof SurveyAnswers)[];
const score: Override = { control: 'select', options: ['1', '2', '3', '4', '5'] };

export function surveyForm(): Opener {
  const view = createForm({
    id: 'survey',
    title: 'Survey answers',
    intro: 'Scores run from 1 (very dissatisfied) to 5 (very satisfied).',
    schema: surveyAnswersSchema,
    fields: fieldsFor(SURVEYS, surveyAnswersSchema.shape, KEYS, {
      id: { label: 'Survey ID', hint: 'e.g. S-00007; press Open.' },
      responded: { hint: 'Leave empty to use the time of saving.' },
      responseSpeed: score,
      resolution: score,
      professionalism: score,
      productFit: score,
      proactiveCare: score,
      recommend: { ...score, hint: 'From 1 (would not recommend us) to 5 (would surely recommend us).' },
      comments: { control: 'textarea' },
    }),
    ready: (raw) => loader.check(raw.id ?? ''),
    save: (submit) => ask('sidebarRecordSurvey', { ...submit, record: loader.changed(submit.record) }),
    saved: async (saved) => {
      const unseen = await loader.reload();
      return savedAs(saved, 'Survey') + unseen;
    },
  });
  const loader = attachLoader(view, SURVEYS, ['customerId', 'reason', 'ticketId', 'due', 'sent', 'status']);
  return { view, open: loader.open };
}
