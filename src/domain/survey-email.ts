/**
 * Emails to a customer's contact: the survey (the five questions on the 1-5 scale, the recommend
 * question and room for comments, answered by reply), and after a low score what was changed.
 * Customer text is HTML-escaped.
 */
import { escapeHtml } from './digest';
import { SURVEY_DIMENSIONS } from './records/survey';
import { DIMENSION_LABELS, type SurveyDimension } from './survey-rows';

export interface SurveyEmail {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

const QUESTIONS = [
  ...SURVEY_DIMENSIONS.map((d) => `How satisfied are you with our ${DIMENSION_LABELS[d].toLowerCase()}?`),
  'How likely are you to recommend us?',
];

/** A paragraph, or a numbered list. */
type Part = string | readonly string[];

/**
 * One letter to a contact: "Dear …", the parts, and the sign-off. `signedBy`: the Settings "Survey
 * emails signed" ('' for a plain "Thank you."), which also opens the subject.
 */
function letter(contact: string, signedBy: string, subject: string, parts: readonly Part[]): SurveyEmail {
  const greeting = `Dear ${contact || 'customer'},`;
  const thanks = signedBy ? ['Thank you,', signedBy] : ['Thank you.'];
  const plain = (part: Part) =>
    typeof part === 'string' ? part : part.map((line, i) => `${i + 1}. ${line}`).join('\n');
  const html = (part: Part) =>
    typeof part === 'string'
      ? `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`
      : `<ol>${part.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ol>`;
  return {
    subject: signedBy ? `${signedBy}: ${subject}` : subject.charAt(0).toUpperCase() + subject.slice(1),
    body: `${[greeting, ...parts.map(plain), thanks.join('\n')].join('\n\n')}\n`,
    htmlBody: [greeting, ...parts, thanks.map(escapeHtml).join('<br>')]
      .map((part, i, all) => (i === all.length - 1 ? `<p>${part}</p>` : html(part)))
      .join(''),
  };
}

export function surveyEmail(contact: string, company: string, surveyId: string, signedBy = ''): SurveyEmail {
  const intro = `${company ? `We value our work with ${company}. ` : ''}Please rate each question from 1 (very dissatisfied) to 5 (very satisfied) by replying to this email; add any comments below your scores.`;
  return letter(contact, signedBy, `a short survey (${surveyId}): how are we doing?`, [
    intro,
    QUESTIONS.map((q) => `${q} (1-5)`),
    'Comments:',
  ]);
}

// The emulator keeps its own list (tools/emulator/calendar-names.ts): it plays Google, not the add-on.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2026-03' as people say it: "March 2026". */
export const monthName = (month: string): string =>
  `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;

/**
 * Closing the loop on a low score (DOMAIN.md: the customers who answered hear back what changed):
 * `changes` is what the team changed, in its own words.
 */
export function whatChangedEmail(
  contact: string,
  month: string,
  dimension: SurveyDimension,
  changes: string,
  signedBy = '',
): SurveyEmail {
  return letter(contact, signedBy, 'what we changed after your feedback', [
    `Thank you for answering our survey in ${monthName(month)}. Our ${DIMENSION_LABELS[dimension].toLowerCase()} scored lower than we want it to, so we made changes:`,
    changes,
  ]);
}
