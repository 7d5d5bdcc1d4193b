import { ANSWERS_VERSION } from '../flow/answers';
import { migrateAnswers } from '../flow/migrate';

/**
 * THE migration hook. Every answers object read from an older version — stored on this device
 * (storage.ts, `loadFlow`) or carried in a shared link (share.ts, `decode`) — passes through here
 * exactly once, with the version it was written in. It must return answers of ANSWERS_VERSION.
 *
 * The pure migrations live in src/flow/migrate.ts (`migrateAnswers`, v1 → v2 today); this hook is
 * the one place storage and share links call them.
 * Data from a NEWER version never comes here: callers keep it untouched and read-only.
 */
export function upgradeAnswers(answers: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  if (fromVersion >= ANSWERS_VERSION) return answers;
  return { ...migrateAnswers(fromVersion, answers) };
}
