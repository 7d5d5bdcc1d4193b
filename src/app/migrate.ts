import { ANSWERS_VERSION } from '../flow/answers';

/**
 * THE migration hook. Every answers object read from an older version — stored on this device
 * (storage.ts, `loadFlow`) or carried in a shared link (share.ts, `decode`) — passes through here
 * exactly once, with the version it was written in. It must return answers of ANSWERS_VERSION.
 *
 * Today ANSWERS_VERSION is 1 and there is nothing to change: identity. When the schema changes,
 * plug the pure migration from src/flow/ in here (e.g. `return migrateAnswers(answers, fromVersion)`).
 * Data from a NEWER version never comes here: callers keep it untouched and read-only.
 */
export function upgradeAnswers(answers: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  if (fromVersion >= ANSWERS_VERSION) return answers;
  return answers;
}
