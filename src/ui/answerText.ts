import type { T } from '../app/i18n';
import { DONT_KNOW, asList, type AnswerValue } from '../flow/answers';
import type { Question } from '../flow/questions';
import { formatDateShort, isIsoDate } from '../rules/dates';

/** An answer as the parent reads it on the check page. */
export function answerText(q: Question, value: AnswerValue | undefined, t: T): string {
  if (value === undefined) return t('review.unanswered');
  if (q.type === 'date') {
    if (value === DONT_KNOW) return t('review.dontKnow');
    return typeof value === 'string' && isIsoDate(value) ? formatDateShort(value, t.lang) : t('review.unanswered');
  }
  return asList(value)
    .map((v) => t.raw(`questions:${q.id}.options.${v}`))
    .join(', ');
}
