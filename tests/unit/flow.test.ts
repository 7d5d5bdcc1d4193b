import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { flowMachine, positionOf, type FlowEvent, type FlowSnapshot } from '../../src/flow/machine';
import { questions, questionById, type Question } from '../../src/flow/questions';
import { applicableAnswers, askedQuestions, canShow, firstUnanswered, isComplete, progress } from '../../src/flow/route';
import { nextPosition, previousPosition } from '../../src/flow/walk';
import { conditions } from '../../src/flow/conditions';
import type { AnswerValue, Answers } from '../../src/flow/answers';
import { buildPlan } from '../../src/rules/plan';

const TODAY = '2026-11-23';
const PAST = '2026-10-01';

/** Walks the real machine with a list of answers; returns the positions it went through. */
function walk(values: AnswerValue[], start: Answers = {}) {
  const actor = createActor(flowMachine, { input: { answers: start } }).start();
  actor.send({ type: 'BEGIN' });
  const seen: string[] = [positionOf(actor.getSnapshot())];
  for (const value of values) {
    actor.send({ type: 'ANSWER', value });
    seen.push(positionOf(actor.getSnapshot()));
  }
  return { actor, seen };
}

describe('next question, per question (GOV.UK Smart Answers style)', () => {
  // [answers so far, question just answered, expected next position]
  const table: [Answers, string, string][] = [
    [{ situatie: ['aanmelden'] }, 'situatie', 'aanmelding-hoe'],
    [{ situatie: ['handelingsverlegen'] }, 'situatie', 'hv-schriftelijk'],
    [{ situatie: ['thuiszitten'] }, 'situatie', 'thuis-reden'],
    [{ situatie: ['tlv'] }, 'situatie', 'tlv-fase'],
    [{ situatie: ['lezen'] }, 'situatie', 'reading'],
    [{ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk' }, 'aanmelding-hoe', 'aanmelding-datum'],
    [{ situatie: ['aanmelden'], 'aanmelding-hoe': 'telefonisch' }, 'aanmelding-hoe', 'ondersteuning-gemeld'],
    [{ situatie: ['aanmelden'], 'aanmelding-hoe': 'nog-niet' }, 'aanmelding-hoe', 'school-zegt'],
    [{ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'nog-niet' }, 'aanmelding-besluit', 'aanmelding-verlengd'],
    [{ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'geweigerd' }, 'aanmelding-besluit', 'weigering-schriftelijk'],
    [{ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'toegelaten' }, 'aanmelding-besluit', 'ondersteuning-gemeld'],
    [{ situatie: ['handelingsverlegen'], opp: 'ja' }, 'opp', 'opp-besproken'],
    [{ situatie: ['handelingsverlegen'], opp: 'nee' }, 'opp', 'onderzoek'],
    [{ situatie: ['thuiszitten'], opp: 'nee' }, 'opp', 'swv-betrokken'],
    [{ situatie: ['tlv'], opp: 'nee' }, 'opp', 'onderzoek'],
    [{ situatie: ['thuiszitten'], 'thuis-reden': 'geschorst' }, 'thuis-reden', 'thuis-sinds'],
    [{ situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd' }, 'thuis-reden', 'thuis-sinds'],
    [{ situatie: ['thuiszitten'], 'thuis-reden': 'wachtlijst' }, 'thuis-reden', 'thuis-sinds'],
    [{ situatie: ['thuiszitten'], 'gesprek-gepland': 'ja' }, 'gesprek-gepland', 'gesprek-datum'],
    [{ situatie: ['thuiszitten'], 'gesprek-gepland': 'nee' }, 'gesprek-gepland', 'tekenen'],
    [{ situatie: ['aanmelden'], 'gesprek-gepland': 'nee' }, 'gesprek-gepland', 'jeugdhulp'],
    [{ situatie: ['tlv'], 'tlv-fase': 'school-wil-aanvragen' }, 'tlv-fase', 'tlv-aanvraag-gezien'],
    [{ situatie: ['tlv'], 'tlv-fase': 'aangevraagd' }, 'tlv-fase', 'tlv-aanvraag-gezien'],
    [{ situatie: ['tlv'], 'tlv-fase': 'besluit' }, 'tlv-fase', 'tlv-gehoord'],
    [{ situatie: ['tlv'], 'tlv-fase': 'weet-niet' }, 'tlv-fase', 'tlv-soort'],
    [{ situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'afgewezen' }, 'tlv-soort', 'opp'],
    [{ situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'toegekend' }, 'tlv-soort', 'tlv-plek'],
    [{ situatie: ['thuiszitten'] }, 'jeugdhulp', 'klacht'],
    [{ situatie: ['thuiszitten'] }, 'groep', 'review'],
    // Schema 2: the removal decision wherever the school wants the child to leave; what the parent already filed.
    [{ situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja' }, 'hv-wil-weg', 'verwijdering-besluit'],
    [{ situatie: ['handelingsverlegen'], 'hv-wil-weg': 'nee' }, 'hv-wil-weg', 'opp'],
    [{ situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk' }, 'verwijdering-besluit', 'verwijdering-datum'],
    [{ situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'mondeling' }, 'verwijdering-besluit', 'verwijdering-andere-school'],
    [{ situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk' }, 'verwijdering-andere-school', 'bezwaar-ingediend'],
    [{ situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'bezwaar-ingediend': 'ja' }, 'bezwaar-ingediend', 'bezwaar-datum'],
    [{ situatie: ['handelingsverlegen'], 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'bezwaar-ingediend': 'nee' }, 'bezwaar-ingediend', 'gpo-ingediend'],
    [{ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'nee' }, 'weigering-schriftelijk', 'weigering-andere-school'],
    [{ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja' }, 'weigering-schriftelijk', 'weigering-datum'],
    [{ situatie: ['thuiszitten'], 'dossier-gezien': 'nee' }, 'dossier-gezien', 'dossier-gevraagd'],
    [{ situatie: ['thuiszitten'], klacht: 'ingediend' }, 'klacht', 'klacht-datum'],
    [{ situatie: ['thuiszitten'], klacht: 'wil' }, 'klacht', 'groep'],
  ];
  it.each(table)('%j: after %s comes %s', (answers, from, next) => {
    expect(nextPosition(from, answers, false)).toBe(next);
  });
});

describe('the machine', () => {
  it('has one state per place and nothing else (session 73, issue 17: its 233 checkpoint states were most of the question page\'s script)', () => {
    const places = ['start', ...questions.map((q) => q.id), 'reading', 'review', 'plan'];
    expect(Object.keys(flowMachine.root.states).sort()).toEqual([...places].sort());
    // Every transition a state has is for an event the app sends, or the machine's own GO (at the root).
    const nodes = [flowMachine.root, ...Object.values(flowMachine.root.states)];
    expect(nodes.every((node) => !node.always), 'no pass-through state').toBe(true);
    const transitions = nodes.reduce((n, node) => n + [...node.transitions.values()].flat().length, 0);
    // One per event each question has (ANSWER, BACK), a few for the pages, and one GO per place.
    expect(transitions).toBeLessThanOrEqual(2 * questions.length + places.length + 12);
  });
  it('walks a written registration to the plan, and back', () => {
    const { actor, seen } = walk([['aanmelden'], 'schriftelijk', PAST, 'ja', 'nog-niet', 'nee', 'ja', 'nee', ['geen'], 'nee', 'nee', 'nee', 'nee', 'groep-3-6']);
    expect(seen).toEqual([
      'situatie', 'aanmelding-hoe', 'aanmelding-datum', 'aanmelding-bevestiging', 'aanmelding-besluit', 'aanmelding-verlengd',
      'ondersteuning-gemeld', 'meer-scholen', 'school-zegt', 'gesprek-gepland', 'jeugdhulp', 'vervoer', 'klacht', 'groep', 'review',
    ]);
    actor.send({ type: 'CONFIRM' });
    expect(positionOf(actor.getSnapshot())).toBe('plan');
    actor.send({ type: 'BACK' });
    expect(positionOf(actor.getSnapshot())).toBe('review');
    actor.send({ type: 'BACK' });
    expect(positionOf(actor.getSnapshot())).toBe('groep');
  });

  it('refuses an invalid answer and stays on the question', () => {
    const { actor } = walk([['aanmelden'], 'schriftelijk']);
    actor.send({ type: 'ANSWER', value: 'gisteren' });
    expect(positionOf(actor.getSnapshot())).toBe('aanmelding-datum');
    expect(actor.getSnapshot().context.answers['aanmelding-datum']).toBeUndefined();
  });

  it('a change from the check page asks only what is new, then returns there; inapplicable answers are kept but not used', () => {
    const { actor } = walk([['aanmelden'], 'schriftelijk', PAST, 'ja', 'nog-niet', 'nee', 'ja', 'nee', ['geen'], 'nee', 'nee', 'nee', 'nee', 'groep-3-6']);
    expect(positionOf(actor.getSnapshot())).toBe('review');
    actor.send({ type: 'EDIT', question: 'aanmelding-besluit' });
    expect(positionOf(actor.getSnapshot())).toBe('aanmelding-besluit');
    actor.send({ type: 'ANSWER', value: 'geweigerd' });
    expect(positionOf(actor.getSnapshot())).toBe('weigering-schriftelijk');
    actor.send({ type: 'ANSWER', value: 'ja' });
    expect(positionOf(actor.getSnapshot())).toBe('weigering-datum');
    actor.send({ type: 'ANSWER', value: PAST });
    actor.send({ type: 'ANSWER', value: 'nee' });
    // What the parent already did against the refusal, and a refused offer: asked once, right after.
    expect(positionOf(actor.getSnapshot())).toBe('bezwaar-ingediend');
    actor.send({ type: 'ANSWER', value: 'nee' });
    actor.send({ type: 'ANSWER', value: 'nee' });
    actor.send({ type: 'ANSWER', value: 'nee' });
    expect(positionOf(actor.getSnapshot())).toBe('review');
    const answers = actor.getSnapshot().context.answers;
    expect(answers['aanmelding-verlengd']).toBe('nee'); // kept on the device
    expect(applicableAnswers(answers)['aanmelding-verlengd']).toBeUndefined(); // not used
    // A change that asks nothing new goes straight back.
    actor.send({ type: 'EDIT', question: 'klacht' });
    actor.send({ type: 'ANSWER', value: 'wil' });
    expect(positionOf(actor.getSnapshot())).toBe('review');
  });

  it('cannot jump ahead to an unanswered question or to the plan', () => {
    const { actor } = walk([['thuiszitten']]);
    actor.send({ type: 'SHOW', to: 'groep' });
    expect(positionOf(actor.getSnapshot())).toBe('thuis-reden');
    actor.send({ type: 'SHOW', to: 'plan' });
    expect(positionOf(actor.getSnapshot())).toBe('thuis-reden');
    actor.send({ type: 'SHOW', to: 'situatie' });
    expect(positionOf(actor.getSnapshot())).toBe('situatie');
  });

  it('"ik wil eerst lezen" leads to reading, and from there back to the questions', () => {
    const { actor, seen } = walk([['lezen']]);
    expect(seen.at(-1)).toBe('reading');
    actor.send({ type: 'BEGIN' });
    expect(positionOf(actor.getSnapshot())).toBe('situatie');
  });

  it('RESTORE with complete answers opens the check page; RESET clears everything', () => {
    const actor = createActor(flowMachine, { input: {} }).start();
    const answers = completeAnswers({ situatie: ['thuiszitten'] });
    actor.send({ type: 'RESTORE', answers });
    expect(positionOf(actor.getSnapshot())).toBe('review');
    actor.send({ type: 'RESET' });
    expect(positionOf(actor.getSnapshot())).toBe('start');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('"Stap x van y" counts within the parent\'s own path', () => {
    const answers = completeAnswers({ situatie: ['thuiszitten'] });
    const asked = askedQuestions(answers);
    expect(progress('situatie', {})).toEqual({ step: 1 });
    const { step, of } = progress(asked[2]!.id, answers);
    expect(step).toBe(3);
    // y is the longest the path can still be: at least the path this parent took.
    expect(of).toBeGreaterThanOrEqual(asked.length);
    expect(progress(asked.at(-1)!.id, answers)).toEqual({ step: asked.length, of: asked.length });
    expect(previousPosition(asked[2]!.id, answers)).toBe(asked[1]!.id);
    expect(previousPosition('situatie', answers)).toBe('start');
  });
});

describe('"Stap x van y" never grows during a walk (issue 12)', () => {
  it('over random forward walks of every combination of situations, y only shrinks or stays, and ends at the path length', () => {
    let walks = 0;
    let drops = 0;
    const totals = new Map<string, number[]>();
    fc.assert(
      fc.property(fc.subarray(['aanmelden', 'handelingsverlegen', 'thuiszitten', 'tlv'], { minLength: 1 }), fc.array(fc.nat(), { minLength: 60, maxLength: 60 }), (situations, picks) => {
        let answers: Answers = { situatie: situations };
        let at = nextPosition('situatie', answers, false);
        let last = Infinity;
        let step = 1;
        const seen: number[] = [];
        for (let i = 0; questionById.has(at); i++) {
          const q = questionById.get(at)!;
          const p = progress(q.id, answers);
          step++;
          expect(p.step, `step at ${q.id}`).toBe(step);
          expect(p.of, `total at ${q.id} (${situations.join('+')})`).toBeDefined();
          expect(p.of!, `total grew at ${q.id} (${situations.join('+')}): ${seen.join(' > ')} > ${p.of}`).toBeLessThanOrEqual(last);
          expect(p.of!).toBeGreaterThanOrEqual(p.step);
          if (p.of! < last && last !== Infinity) drops++;
          last = p.of!;
          seen.push(p.of!);
          const pick = picks[i % picks.length]!;
          const value: AnswerValue = q.type === 'date' ? (pick % 3 ? PAST : 'weet-niet') : q.type === 'multi' ? [q.options!.filter((o) => !q.exclusive?.includes(o))[pick % (q.options!.length - 1)]!] : q.options![pick % q.options!.length]!;
          answers = { ...answers, [q.id]: q.type === 'date' && !q.dontKnow ? PAST : value };
          at = nextPosition(q.id, answers, false);
        }
        expect(at).toBe('review');
        // At the last question the total is the real length of the path.
        expect(last).toBe(step);
        walks++;
        const key = situations.join('+');
        totals.set(key, [...(totals.get(key) ?? []), seen[0]!]);
      }),
      { numRuns: 1000 },
    );
    console.log(`step totals: ${walks} walks, ${drops} drops; first total per situation: ${[...totals].filter(([k]) => !k.includes('+') || k.split('+').length === 4).map(([k, v]) => `${k} ${Math.max(...v)}`).join(', ')}`);
  }, 120_000);

  it('the total before the situation is chosen is unknown ("Stap 1")', () => {
    expect(progress('situatie', {})).toEqual({ step: 1 });
    expect(progress('situatie', { situatie: ['lezen'] })).toEqual({ step: 1 });
  });
});

/** Fills every asked question with the first option (dates: a past date), keeping what is given. */
function completeAnswers(given: Answers, pick: (q: Question) => AnswerValue = defaultAnswer): Answers {
  let answers: Answers = { ...given };
  for (;;) {
    const next = askedQuestions(answers).find((q) => applicableAnswers(answers)[q.id] === undefined);
    if (!next) return answers;
    answers = { ...answers, [next.id]: pick(next) };
  }
}
function defaultAnswer(q: Question): AnswerValue {
  if (q.type === 'date') return PAST;
  if (q.type === 'multi') return [q.options!.find((o) => !q.exclusive?.includes(o))!];
  return q.options![0]!;
}

/** Question ids that the conditions read: answers that can change which questions come next. */
const routingQuestions = new Set(
  [...readFileSync(join(import.meta.dirname, '../../src/flow/conditions.ts'), 'utf8').matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]!).filter((id) => questionById.has(id)),
);

/**
 * Questions whose answer only decides whether one follow-up question is asked (a date, or a detail),
 * independent of every other branch. Walking all their combinations multiplies the paths without
 * testing anything new, so each visit takes the next option in turn; every option is still taken
 * (checked at the end of the walk).
 */
const LOCAL_GATES = new Set([
  'weigering-schriftelijk', 'bezwaar-ingediend', 'gpo-ingediend', 'dossier-gezien', 'dossier-gevraagd', 'klacht', 'aanmelding-bevestiging', 'gesprek-gepland',
  // Session 57: a date or "weet ik niet" (the walk types one date for every date question, so two dates never compare
  // differently; "weet ik niet" only decides whether a follow-up is asked). The walk had grown to 320,601 paths as questions
  // were added, 274 s alone on a loaded machine against its 300 s limit (a full unit run timed out); now 134,130.
  // Session 59: 133,712 (opp, a routing question, is no longer asked for a child with no school yet who has "tlv" or
  // "handelingsverlegen": 418 paths fewer).
  'weigering-datum', 'aanmelding-datum', 'verwijdering-datum',
  // Session 58: the day of enrolment (the OPP's 6 weeks). No condition reads it now, so it is no routing question and the
  // walk gives it one answer (the path count stays as it was); should one ever read it, it rotates like the dates above.
  // Session 75 (s75-answers, 1): asked on more paths (asksEnrolmentDay: also after a removal, a refusal or a time at home
  // with no support need told), and moved after the removal questions; still read by no condition. The walk stays at
  // 152,822 paths (the same on the tree before, counted without the plans), of which 29,320 ask it (10,220 before);
  // the longest path stays 52 questions.
  'inschrijving-datum',
]);
const gateTurn = new Map<string, number>();
const gateSeen = new Map<string, Set<string>>();
function rotate(q: Question, options: AnswerValue[]): AnswerValue[] {
  const i = gateTurn.get(q.id) ?? 0;
  gateTurn.set(q.id, i + 1);
  const v = options[i % options.length]!;
  (gateSeen.get(q.id) ?? gateSeen.set(q.id, new Set()).get(q.id)!).add(JSON.stringify(v));
  return [v];
}

/**
 * Session 76 (s76-misc, 4): options every condition reads as one (src/flow/conditions.ts: is(a, 'ondersteuning-gemeld',
 * 'nee', 'geen-hulp-nodig')), so they route the same. Walking both in full grew the walk from 152,822 to 193,702 paths (333 s
 * on a loaded machine, over the 300 s limit) without testing a new route; each visit takes one of them in turn (both still
 * taken, checked at the end of the walk), so the walk stays at 152,822 paths.
 */
const SAME_ROUTE: Readonly<Record<string, readonly string[]>> = { 'ondersteuning-gemeld': ['nee', 'geen-hulp-nodig'] };
const sameTurn = new Map<string, number>();
const sameSeen = new Map<string, Set<string>>();
function choicesFor(q: Question, walkAll = false): AnswerValue[] {
  if (!walkAll && LOCAL_GATES.has(q.id) && routingQuestions.has(q.id)) return rotate(q, choicesFor(q, true));
  const same = SAME_ROUTE[q.id];
  if (!walkAll && same && routingQuestions.has(q.id)) {
    const i = sameTurn.get(q.id) ?? 0;
    sameTurn.set(q.id, i + 1);
    const pick = same[i % same.length]!;
    (sameSeen.get(q.id) ?? sameSeen.set(q.id, new Set()).get(q.id)!).add(pick);
    return q.options!.filter((o) => !same.includes(o) || o === pick);
  }
  if (q.id === 'situatie') {
    const s = q.options!.filter((o) => o !== 'lezen');
    const subsets: AnswerValue[] = [['lezen']];
    for (let mask = 1; mask < 1 << s.length; mask++) subsets.push(s.filter((_, i) => mask & (1 << i)));
    return subsets;
  }
  if (!routingQuestions.has(q.id)) return [defaultAnswer(q)];
  if (q.type === 'date') return q.dontKnow ? [PAST, 'weet-niet'] : [PAST];
  return q.options!.map((o) => (q.type === 'multi' ? [o] : o));
}

describe('every path through the questionnaire', () => {
  it('reaches the check page and the plan, never asks a question twice, and the machine agrees', () => {
    let paths = 0;
    let longest = 0;
    const stack: { answers: Answers; at: string; asked: string[] }[] = [{ answers: {}, at: 'situatie', asked: [] }];
    while (stack.length) {
      const { answers, at, asked } = stack.pop()!;
      const q = questionById.get(at)!;
      for (const value of choicesFor(q)) {
        const next = { ...answers, [q.id]: value };
        const to = nextPosition(q.id, next, false);
        const path = [...asked, q.id];
        // Plain checks on the hot path, expect() only to report a failure: the walk is about 121,000
        // paths, and an expect() per step was a large part of its time (session 38).
        if (new Set(path).size !== path.length) expect.fail(`asked twice: ${path.join(' > ')}`);
        if (to === 'review' || to === 'reading') {
          paths++;
          longest = Math.max(longest, path.length);
          if (to === 'review') {
            if (!isComplete(next)) expect.fail(`not complete at the check page: ${path.join(' > ')}`);
            const asked = askedQuestions(next).map((x) => x.id);
            if (asked.join() !== path.join()) expect(path).toEqual(asked);
            const plan = buildPlan(next, TODAY);
            if (!plan.steps.length) expect.fail(`a plan without steps: ${path.join(' > ')}`);
          }
          // The machine itself takes the same path (checked on a sample to keep the run fast).
          if (paths % 25 === 1) {
            const { actor, seen } = walk(path.map((id) => next[id]!));
            expect(seen.slice(0, -1)).toEqual(path);
            expect(positionOf(actor.getSnapshot())).toBe(to);
            if (to === 'review') {
              actor.send({ type: 'CONFIRM' });
              expect(positionOf(actor.getSnapshot())).toBe('plan');
            }
          }
        } else stack.push({ answers: next, at: to, asked: path });
      }
    }
    console.log(`flow: ${paths} distinct paths walked (routing questions: ${routingQuestions.size}), longest ${longest} questions`);
    for (const id of LOCAL_GATES) {
      const q = questionById.get(id)!;
      if (routingQuestions.has(id)) expect(gateSeen.get(id)?.size, `every option of ${id} walked`).toBe(choicesFor(q, true).length);
    }
    for (const [id, options] of Object.entries(SAME_ROUTE)) expect([...(sameSeen.get(id) ?? [])].sort(), `every option of ${id} walked`).toEqual([...options].sort());
    expect(paths).toBeGreaterThan(100);
    // Not a timing check: 40-60 s alone, 91 s on a machine with a load of 9 (session 38); the limit
    // only stops a walk that never ends. Session 77: 165 s in CI 168 and close to 300 s beside four helpers' runs
    // (session 76), so the limit is 600 s: a loaded machine must not fail a walk that ends.
  }, 600_000);

  it('xstate/graph: every state of the machine is reachable, and from each the plan is reachable', () => {
    const events = (snap: FlowSnapshot): FlowEvent[] => {
      const at = positionOf(snap);
      const q = questionById.get(at);
      const out: FlowEvent[] = [{ type: 'BEGIN' }, { type: 'CONFIRM' }];
      // Situations: each alone, the common pair and "eerst lezen" (every combination is walked above).
      const situations: AnswerValue[] = [['aanmelden'], ['handelingsverlegen'], ['thuiszitten'], ['tlv'], ['thuiszitten', 'tlv'], ['lezen']];
      if (q) for (const value of q.id === 'situatie' ? situations : choicesFor(q)) out.push({ type: 'ANSWER', value });
      return out;
    };
    // A state is its position plus the answers that decide what comes next.
    const serializeState = (s: FlowSnapshot) => {
      const kept = applicableAnswers(s.context.answers);
      return `${String(s.value)}|${JSON.stringify([...routingQuestions].map((id) => kept[id] ?? null))}`;
    };
    const paths = getShortestPaths(flowMachine, { events, serializeState, limit: 200_000 } as never);
    const reached = new Set(paths.map((p) => String(p.state.value)));
    const all = ['start', 'reading', 'review', 'plan', ...questions.map((q) => q.id)];
    for (const s of all) expect(reached.has(s), `state ${s} not reachable`).toBe(true);
    // From every reached state (up to 40 different routing situations per state, to keep the run short),
    // answering forward with default answers always ends at the plan.
    const perState = new Map<string, number>();
    const sample = paths.filter((p) => {
      const k = String(p.state.value);
      perState.set(k, (perState.get(k) ?? 0) + 1);
      return perState.get(k)! <= 40;
    });
    for (const p of sample) {
      const actor = createActor(flowMachine, { snapshot: p.state } as never).start();
      for (let i = 0; i < 80 && positionOf(actor.getSnapshot()) !== 'plan'; i++) {
        const at = positionOf(actor.getSnapshot());
        const q = questionById.get(at);
        if (at === 'start' || at === 'reading') actor.send({ type: 'BEGIN' });
        else if (at === 'review') actor.send({ type: 'CONFIRM' });
        else if (q) actor.send({ type: 'ANSWER', value: at === 'situatie' ? ['thuiszitten'] : defaultAnswer(q) });
      }
      expect(positionOf(actor.getSnapshot()), `no way to the plan from ${String(p.state.value)}`).toBe('plan');
    }
    console.log(`xstate/graph: ${reached.size} of ${all.length} states reached; ${paths.length} distinct (state, routing answers) pairs; plan reachable from ${sample.length} of them (every state)`);
    expect(canShow('plan', {})).toBe(false);
  }, 400_000);
});

describe('isComplete, firstUnanswered and canShow work the kept answers out once (issue 17)', () => {
  // The definitions before: each asked applicableAnswers again through askedQuestions and firstUnanswered.
  const firstUnansweredBefore = (a: Answers) => askedQuestions(a).find((q) => applicableAnswers(a)[q.id] === undefined);
  const isCompleteBefore = (a: Answers) => conditions.hasSituation(applicableAnswers(a)) && firstUnansweredBefore(a) === undefined;
  const canShowBefore = (at: string, a: Answers) => {
    if (at === 'review' || at === 'plan') return isCompleteBefore(a);
    const q = questionById.get(at);
    if (!q || !conditions[q.when](applicableAnswers(a))) return false;
    return applicableAnswers(a)[q.id] !== undefined || firstUnansweredBefore(a)?.id === q.id;
  };
  const value = (q: Question, pick: number): AnswerValue =>
    q.type === 'date' ? (pick % 4 ? PAST : q.dontKnow ? 'weet-niet' : PAST) : q.type === 'multi' ? [q.options![pick % q.options!.length]!] : q.options![pick % q.options!.length]!;
  it('give the same answers as before, on random answers that are often complete', () => {
    let complete = 0;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: questions.length, maxLength: questions.length }), fc.nat({ max: 8 }), (picks, holes) => {
        // Every question answered, then `holes` answers taken out again (0 holes: often a complete set).
        const answers: Record<string, AnswerValue> = Object.fromEntries(questions.map((q, i) => [q.id, value(q, picks[i]!)]));
        for (let h = 0; h < holes; h++) delete answers[questions[picks[h]! % questions.length]!.id];
        const done = isComplete(answers);
        if (done) complete++;
        expect(done).toBe(isCompleteBefore(answers));
        expect(firstUnanswered(answers)?.id).toBe(firstUnansweredBefore(answers)?.id);
        for (const at of ['review', 'plan', ...questions.map((q) => q.id)]) expect(canShow(at, answers), at).toBe(canShowBefore(at, answers));
      }),
      { numRuns: 400 },
    );
    // Both sides of isComplete are tried.
    expect(complete).toBeGreaterThan(20);
    expect(complete).toBeLessThan(400);
  });
});
