import { conditions, type ConditionName } from '../flow/conditions';
import { DONT_KNOW, asList, asString, type Answers } from '../flow/answers';
import { applicableAnswers } from '../flow/route';
import { isIsoDate, type IsoDate } from './dates';

/** What the rules read: only answers that still apply, and today's date. */
export interface Facts {
  readonly answers: Answers;
  readonly today: IsoDate;
  is(condition: ConditionName): boolean;
  /** The answer to a choice question, if any. */
  value(id: string): string | undefined;
  /** True when the answer is one of `values`. */
  oneOf(id: string, ...values: string[]): boolean;
  /** True when the question was asked and the answer is not `value` (no answer counts as "not yes"). */
  answeredNot(id: string, value: string): boolean;
  /** The chosen options of a multi question. */
  list(id: string): readonly string[];
  /** A known date; undefined for "weet ik niet" or no answer. */
  date(id: string): IsoDate | undefined;
  /** The parent answered "weet ik niet" to a date question. */
  dateUnknown(id: string): boolean;
}

export function factsFrom(allAnswers: Answers, today: IsoDate): Facts {
  const answers = applicableAnswers(allAnswers);
  return {
    answers,
    today,
    is: (c) => conditions[c](answers),
    value: (id) => asString(answers[id]),
    oneOf: (id, ...values) => values.includes(asString(answers[id]) ?? ''),
    answeredNot: (id, value) => answers[id] !== undefined && asString(answers[id]) !== value,
    list: (id) => asList(answers[id]),
    date: (id) => {
      const v = asString(answers[id]);
      return v !== undefined && isIsoDate(v) ? v : undefined;
    },
    dateUnknown: (id) => asString(answers[id]) === DONT_KNOW,
  };
}
