/**
 * What the app's plan page reads from the device at boot, with the app's own code (src/app/storage.ts, sync.ts,
 * contact.ts): the answers with their migration check, the ticks and the letter fields in the two-tab-safe records,
 * the contact card, the language and the stored timeline. planlogic.tsx and planview.tsx both start here, so the two
 * floors read the store alike (issue 17, twenty-ninth and thirtieth rounds in ROUNDS.md).
 */
import { KEYS, flowCodec, loadFlow, loadJson, openStore } from '../../../src/app/storage';
import { SyncedRecord, plainCodec } from '../../../src/app/sync';
import { contactFromStore } from '../../../src/app/contact';
import { isLang } from '../../../src/app/i18n';
import { canShow } from '../../../src/flow/route';
import type { Answers } from '../../../src/flow/answers';

const isRecord = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, never>) : undefined);

/** Throws when the stored answers do not allow the plan (the bench stores the largest set first). */
export function readKept(page: string) {
  const { store } = openStore(() => localStorage);
  const loaded = loadFlow(store);
  const answers = new SyncedRecord(store, KEYS.answers, flowCodec(() => loaded.saved?.position ?? 'start')).load() as Answers;
  const kept = {
    answers,
    ticks: new SyncedRecord(store, KEYS.ticks, plainCodec(isRecord)).load() as Record<string, true>,
    letterFields: new SyncedRecord(store, KEYS.letterFields, plainCodec(isRecord)).load() as Record<string, string>,
    contact: loadJson(store, KEYS.contact, contactFromStore),
    lang: loadJson(store, KEYS.lang, (v) => (isLang(v) ? v : undefined)),
    timeline: loadJson(store, 'wegwijzer.timeline', (v) => v),
  };
  if (!canShow('plan', answers)) throw new Error(`${page}: no answers that allow the plan are stored`);
  return kept;
}
