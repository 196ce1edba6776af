/**
 * The survey as an email to the customer's contact: the five questions on the 1-5 scale, the
 * recommend question and room for comments, answered by reply. Customer text is HTML-escaped.
 */
import { escapeHtml } from './digest';
import { SURVEY_DIMENSIONS } from './records/survey';
import { DIMENSION_LABELS } from './survey-rows';

export interface SurveyEmail {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

const QUESTIONS = [
  ...SURVEY_DIMENSIONS.map((d) => `How satisfied are you with our ${DIMENSION_LABELS[d].toLowerCase()}?`),
  'How likely are you to recommend us?',
];

/** `signedBy`: the Settings "Survey emails signed" ('' for a plain "Thank you."). */
export function surveyEmail(contact: string, company: string, surveyId: string, signedBy = ''): SurveyEmail {
  const greeting = `Dear ${contact || 'customer'},`;
  const thanks = signedBy ? ['Thank you,', signedBy] : ['Thank you.'];
  const intro = `${company ? `We value our work with ${company}. ` : ''}Please rate each question from 1 (very dissatisfied) to 5 (very satisfied) by replying to this email; add any comments below your scores.`;
  const lines = QUESTIONS.map((q, i) => `${i + 1}. ${q} (1-5)`);
  return {
    subject: `${signedBy ? `${signedBy}: a` : 'A'} short survey (${surveyId}): how are we doing?`,
    body: `${greeting}\n\n${intro}\n\n${lines.join('\n')}\n\nComments:\n\n${thanks.join('\n')}\n`,
    htmlBody:
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><ol>` +
      QUESTIONS.map((q) => `<li>${escapeHtml(q)} (1-5)</li>`).join('') +
      `</ol><p>Comments:</p><p>${thanks.map(escapeHtml).join('<br>')}</p>`,
  };
}
