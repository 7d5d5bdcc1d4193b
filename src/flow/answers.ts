/**
 * The answers object: the single source of truth for everything the parent told us.
 * Keys are question ids (see questions.ts); values are option ids, lists of option ids,
 * ISO calendar dates ("2026-03-03") or the option "weet-niet".
 * The schema is versioned: storage and share links carry ANSWERS_VERSION and migrate older data.
 */
/** 2: new facts (removal decision, bezwaar/GPO/complaint filed, dossier request, refused offer, OPP dispute); migrate with migrateAnswers (migrate.ts). */
export const ANSWERS_VERSION = 2;

export type AnswerValue = string | string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

/** "I don't know": offered on every factual question, and turned into a step to find out. */
export const DONT_KNOW = 'weet-niet';

export function asString(v: AnswerValue | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function asList(v: AnswerValue | undefined): readonly string[] {
  if (Array.isArray(v)) return v;
  return typeof v === 'string' ? [v] : [];
}

/** The same answers: the same questions, each with the same value (a text, or the same texts in the same order). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
  }
  return true;
}

/**
 * `f` worked out once for the last answers it saw, in the same object or another (issue 17, nineteenth round): a plan
 * opened from a link passes the same answers, each time in a new object, to applicableAnswers five times and to
 * resolvedAnswers four times at boot; the machine's guards ask for the same context answers hundreds of times per event.
 * Answers are never changed in place (every change makes a new object), so the object seen last is kept as it is. `f`
 * must depend on the answers alone, and its result is shared by every caller (so it must not be changed: freeze it).
 */
export function answersMemo<T>(f: (answers: Answers) => T): (answers: Answers) => T {
  let seen: Answers | undefined;
  let result: T;
  return (answers) => {
    // On a hit the newest equal object is kept, so the next call with it is answered by `===` alone.
    if (seen === undefined || (seen !== answers && !sameAnswers(seen, answers))) result = f(answers);
    seen = answers;
    return result;
  };
}
