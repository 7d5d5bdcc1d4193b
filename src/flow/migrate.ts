import { ANSWERS_VERSION, type AnswerValue } from './answers';

/**
 * Brings answers of an older schema version up to ANSWERS_VERSION. Pure: no storage, no DOM.
 * Storage, share links and the plan command all call this one function, so old data means the same
 * everywhere. Values it does not recognise are passed through untouched: the caller's own validation
 * (applicableAnswers, parseAnswersFile) decides what to do with them.
 *
 * Version 1 → 2:
 * - `klacht` ja/nee ("Heb je al een klacht ingediend?") becomes ingediend/nee. The date of the complaint
 *   was never asked, so `klacht-datum` stays unanswered (the plan treats it as unknown).
 * - Every new question of version 2 (verwijdering-besluit, bezwaar-ingediend, gpo-ingediend, dossier-gevraagd,
 *   aanbod-geweigerd, opp-onenigheid, weigering-schriftelijk, …) stays unanswered: the app asks it when the
 *   parent next walks the questions, and the plan command counts it as "weet ik niet".
 */
export function migrateAnswers(version: number, answers: unknown): Record<string, AnswerValue> {
  if (!Number.isInteger(version) || version < 1) throw new Error(`unknown answers version ${String(version)}`);
  if (version > ANSWERS_VERSION) throw new Error(`answers version ${version} is newer than this app (${ANSWERS_VERSION})`);
  const src = typeof answers === 'object' && answers !== null && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
  let out: Record<string, unknown> = { ...src };
  if (version < 2) out = v1to2(out);
  return out as Record<string, AnswerValue>;
}

function v1to2(a: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  if (out['klacht'] === 'ja') out['klacht'] = 'ingediend';
  return out;
}
