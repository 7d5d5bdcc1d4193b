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
