/** Sidebar call: record a customer's survey answers. */
import { surveyAnswersSchema } from '../domain/records/survey';
import { instantFromWall, wallFromInstant } from '../domain/zone';
import type { Env } from '../sheets/env';
import { SURVEYS } from '../sheets/tables';
import type { Saved, Submit } from './contract';
import { parse, updateRecord } from './records';
import { FieldError, type Result } from './result';

export function recordSurvey(env: Env, submit: Submit<unknown>): Result<Saved> {
  const parsed = parse(surveyAnswersSchema, submit?.record);
  if (!parsed.ok) return parsed;
  const { id, ...answers } = parsed.value;
  const tz = env.ss.getSpreadsheetTimeZone();
  return updateRecord(env, SURVEYS, id, (current, now) => {
    const responded = answers.responded === '' ? now.getTime() : instantFromWall(answers.responded, tz);
    if (current.sent instanceof Date && responded < current.sent.getTime()) {
      const sent = wallFromInstant(current.sent.getTime(), tz).replace('T', ' ');
      throw new FieldError('responded', `The answers cannot come before the survey was sent (${sent}).`);
    }
    return { ...answers, responded: new Date(responded), status: 'Responded' };
  });
}
