/**
 * The bare stack drawing the app's question page (as page.tsx), and on every tap doing what the app's
 * tap cannot skip: check the answer against its question, decide which question comes next among
 * every question and its condition, count "Stap x van y", and save the answers with the app's own
 * two-tab-safe record in localStorage. All with the app's own code (src/flow/route.ts, src/app/sync.ts,
 * src/app/storage.ts); the machine, the page and the tap are the bare stack's. `npm run bench` measures
 * it as "bare stack, app's page, route and save": the floor for a tap of this app (issue 17).
 */
import '../../../src/ui/styles.css';
import '../../../src/ui/languages.css';
import questions from '../../../src/content/generated/questions.nl';
import type { Answers } from '../../../src/flow/answers';
import { questionById } from '../../../src/flow/questions';
import { isValidAnswer, progress, type Position } from '../../../src/flow/route';
import { nextPosition } from '../../../src/flow/walk';
import { KEYS, flowCodec, openStore } from '../../../src/app/storage';
import { SyncedRecord } from '../../../src/app/sync';
import { mount } from './main';
// The same five questions as page.tsx, answered as in a walk of thuiszitten.
import { APP_PAGE_IDS as ids } from './app-page-ids';

let answers: Answers = { situatie: ['thuiszitten'] } as Answers;
let position: Position = 'situatie';
const record = new SyncedRecord(openStore(() => localStorage).store, KEYS.answers, flowCodec(() => position));
record.load();

mount({
  ids,
  questions: Object.fromEntries(ids.map((id) => [id, { options: {}, ...questions[id]! }])),
  logic: {
    answer(id, value) {
      const q = questionById.get(id);
      if (!q || !isValidAnswer(q, value)) return;
      answers = { ...answers, [id]: value } as Answers;
      position = nextPosition(id, answers, false);
      record.write(answers as Parameters<typeof record.write>[0]);
    },
    step: (id) => progress(id, answers),
  },
});
