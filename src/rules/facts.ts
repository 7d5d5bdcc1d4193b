import { conditions, type ConditionName } from '../flow/conditions';
import { DONT_KNOW, asList, asString, answersMemo, type AnswerValue, type Answers } from '../flow/answers';
import { questions } from '../flow/questions';
import { isAsked, isKeptUnasked, isValidAnswer } from '../flow/route';
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
  /** True when the question is asked and the answer is not `value` (no answer counts as "not yes"). */
  answeredNot(id: string, value: string): boolean;
  /** The chosen options of a multi question. */
  list(id: string): readonly string[];
  /** A known date; undefined for "weet ik niet" or no answer. */
  date(id: string): IsoDate | undefined;
  /** The date is asked and not known: "weet ik niet", or no answer. */
  dateUnknown(id: string): boolean;
  /**
   * An answer as stored, also where its question is not asked now (session 35). Only for an answer that stays true when a
   * later answer stops its question: the school's extension (A05) after a refusal by phone, which is no decision (A20).
   */
  stored(id: string): string | undefined;
}

/**
 * The answers the rules read: one forward pass in question order (as applicableAnswers), where an
 * asked question without an answer counts as "weet ik niet" when it offers that (a partial walk, an
 * old answers file, a new question after a schema migration). Also returns which questions are asked.
 */
export const resolvedAnswers: (answers: Answers) => { answers: Answers; asked: ReadonlySet<string> } = answersMemo((answers) => {
  const kept: Record<string, AnswerValue> = {};
  const asked = new Set<string>();
  for (const q of questions) {
    const v = answers[q.id];
    if (!isAsked(q, kept)) {
      // Not asked, but written by the timeline where its term runs all the same (route.ts isKeptUnasked).
      if (v !== undefined && isValidAnswer(q, v) && isKeptUnasked(q, kept, v)) kept[q.id] = v;
      continue;
    }
    asked.add(q.id);
    if (v !== undefined && isValidAnswer(q, v)) kept[q.id] = v;
    else if (q.type === 'date' ? q.dontKnow : q.options?.includes(DONT_KNOW) && q.type === 'choice') kept[q.id] = DONT_KNOW;
  }
  return Object.freeze({ answers: Object.freeze(kept), asked });
});

/**
 * Session 47 (hunt-s47 found 3): answers the plan reads while their question is no longer asked (Facts.stored, and the
 * timeline's replayed answers): the school's extension after a refusal by phone (admission.ts admissionExtension), a request
 * to the Geschillencommissie about the OPP (steps/geschil.ts), whether the parent agrees with a TLV decision after a new
 * application (src/timeline/earlier.ts). A shared link carries them beside the answers that apply (linkAnswers, src/app/share.ts), so the
 * plan it opens counts the same terms as the parent's. Before, the link's plan lost a TLV bezwaar term and called the
 * school late four weeks early.
 */
export const READ_WHEN_UNASKED: readonly string[] = ['aanmelding-verlengd', 'gpo-ingediend', 'tlv-eens'];

export function factsFrom(allAnswers: Answers, today: IsoDate): Facts {
  const { answers, asked } = resolvedAnswers(allAnswers);
  return {
    answers,
    today,
    is: (c) => conditions[c](answers),
    value: (id) => asString(answers[id]),
    oneOf: (id, ...values) => values.includes(asString(answers[id]) ?? ''),
    answeredNot: (id, value) => asked.has(id) && asString(answers[id]) !== value,
    list: (id) => asList(answers[id]),
    date: (id) => {
      const v = asString(answers[id]);
      return v !== undefined && isIsoDate(v) ? v : undefined;
    },
    dateUnknown: (id) => asString(answers[id]) === DONT_KNOW,
    stored: (id) => asString(allAnswers[id]),
  };
}
