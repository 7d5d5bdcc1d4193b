/**
 * Session 72 (s72-first): what the FIRST SCREEN says in stories session 71 left open. Answers in tests/answers/s72/first/;
 * read on Sun 6 Dec 2026 unless a test says otherwise. Each test marked "(failed before)" failed against main (0c3a2ee):
 * checked by taking the fix out with `git apply -R` and running this file.
 *
 * 1. A TLV decision (refused or granted) whose date is unknown, no bezwaar made: the first screen said "Zoek die datum eerst
 *    uit" (firstScreen.clockUnknown) and the step "Zoek de datum dus snel", while the term for bezwaar may be running (EXT 6
 *    weeks from the decision, FACTS E18) and a bezwaar at the samenwerkingsverband needs no known date (E16, E17;
 *    001:939-941). A refusal's or removal's finder said "you may object now" since session 63. Fixed: the step's text
 *    (first72.planStep.tlvBesluitdatumNuBezwaar, with the bezwaar-tlv letter) and the first screen's line
 *    (first72.clockUnknownObjectNowTlv) say so in their own words (the term is not certain; the bezwaar goes to the
 *    samenwerkingsverband). Kept: once a bezwaar is made, the usual line and text. No date appears or moves.
 * 2. A "no" by phone after the 10 weeks (057-timeline-s71.yaml s071-verlenging-en-nee-per-telefoon-eind, read Wed 16 Dec):
 *    the first screen leads with 19 January 2027 (besluit-telefoon-bezwaar: "Kreeg je het besluit toch op papier?", not
 *    certain), above the actions that ask for the decision on paper (A20, FP02). The date stays first (the safe side: with a
 *    letter it is her term, A21; counted from the call it is never too late). The first action is the one that applies
 *    (the school is late: ask for the decision on paper). Fixed: a line under the date says which applies to a parent who
 *    only heard it: no term runs yet, ask for the decision on paper first (first72.nextOralDecision).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { IsoDate } from '../../src/rules/dates';
import { agreeingPlan } from './app-story';
import { ev, log } from './timeline-log';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, step, terms } from './lawyer-kit';
import { LANGUAGES } from '../../src/languages';
import { firstScreenParts, firstThings } from '../../src/ui/firstThings';

beforeAll(loadPlanTexts);

const TODAY: IsoDate = '2026-12-06';
const answers = (name: string) => JSON.parse(readFileSync(`tests/answers/s72/first/${name}.json`, 'utf8')).answers as Record<string, unknown>;
const clockKeys = (a: Record<string, unknown>) =>
  firstScreenParts(firstThings(agreeingPlan(log(A(a), []), TODAY))).flatMap((x) => (x.part === 'unknownClock' ? [x.key] : []));

describe('1: a TLV decision of unknown date: the bezwaar may be made now', () => {
  for (const name of ['01-tlv-afgewezen-geen-datum', '02-tlv-toegekend-geen-datum']) {
    it(`(failed before) ${name}: the first screen says a bezwaar at the samenwerkingsverband may be made now`, () => {
      const a = answers(name);
      expect(clockKeys(a)).toEqual(['first72.clockUnknownObjectNowTlv']);
      const p = agreeingPlan(log(A(a), []), TODAY);
      expect(firstThings(p).actions[0]!.id).toBe('tlv-besluitdatum-achterhalen');
      // No date appears or moves: the TLV term's start is unknown (E18 is EXT and counts from the decision).
      expect(terms(p)).toEqual([]);
    });

    it(`(failed before) ${name}: the step says it too, with the bezwaar letter`, () => {
      const p = agreeingPlan(log(A(answers(name)), []), TODAY);
      const s = step(p, 'tlv-besluitdatum-achterhalen')!;
      expect(s.letters).toContain('bezwaar-tlv');
      const why = tFor('nl').raw(`${s.texts}.why`);
      expect(why).toMatch(/nu al bezwaar maken bij het samenwerkingsverband/);
      expect(why).toMatch(/niet zeker/);
    });
  }

  it('kept: a bezwaar made already: the usual line, the usual text, no letter', () => {
    const a = { ...answers('01-tlv-afgewezen-geen-datum'), 'bezwaar-ingediend': 'ja' };
    expect(clockKeys(a)).toEqual(['firstScreen.clockUnknown']);
    const s = step(agreeingPlan(log(A(a), []), TODAY), 'tlv-besluitdatum-achterhalen')!;
    expect(s.texts).toBeUndefined();
    expect(s.letters).not.toContain('bezwaar-tlv');
  });

  it('(failed before) the line in six languages names the bezwaar, the 6 weeks (not certain) and the samenwerkingsverband', () => {
    for (const { code } of LANGUAGES) {
      const line = tFor(code).raw('ui:first72.clockUnknownObjectNowTlv');
      expect(line, code).toMatch(/bezwaar/);
      expect(line, code).toMatch(/\b6\b/);
      expect(line, code).toMatch(/samenwerkingsverband/i);
      expect(line, code).toMatch(/TLV/);
      expect(tFor(code).raw('ui:first72.planStep.tlvBesluitdatumNuBezwaar.why'), code).toMatch(/samenwerkingsverband/i);
    }
  });
});

describe('2: a "no" by phone after the 10 weeks: the uncertain date stays first, with what applies to a phone-only parent', () => {
  const story = log(A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', groep: 'groep-3-6' }), [
    ev('v', 'aanmelding-verstuurd', '2026-10-05', 'e-mail'),
    ev('r', 'aanmelding-ontvangen', '2026-10-06', 'e-mail'),
    ev('x', 'besluit-verlengd', '2026-11-10', 'brief'),
    ev('w', 'besluit-geweigerd', '2026-12-08', 'telefoon'),
  ]);
  const read = '2026-12-16' as IsoDate;

  it('(failed before) the nearest date is the phone decision\'s possible term, and the line under it says no term runs yet', () => {
    const p = agreeingPlan(story, read);
    const parts = firstScreenParts(firstThings(p));
    const next = parts.find((x) => x.part === 'next');
    expect(next?.part === 'next' && next.step.id).toBe('besluit-telefoon-bezwaar');
    expect(next?.part === 'next' && next.step.deadline.due).toBe('2027-01-19');
    expect(next?.part === 'next' && next.step.deadline.certain).toBe(false);
    expect(next?.part === 'next' && next.oral).toBe('first72.nextOralDecision');
    // The first action applies: the school is late, ask for the decision on paper (A05, A20).
    expect(firstThings(p).actions.map((s) => s.id)).toContain('besluit-aanmelding');
  });

  it('kept: the refusal logged as a letter: its own certain bezwaar date first, no such line', () => {
    const p = agreeingPlan(log(A({ situatie: ['aanmelden'], 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', groep: 'groep-3-6' }), [
      ev('r', 'aanmelding-ontvangen', '2026-10-06', 'e-mail'),
      ev('x', 'besluit-verlengd', '2026-11-10', 'brief'),
      ev('w', 'besluit-geweigerd', '2026-12-08', 'brief'),
    ]), read);
    expect(firstThings(p).next?.id).toBe('bezwaar-weigering');
    expect(firstThings(p).next?.deadline.due).toBe('2027-01-19');
    const parts = firstScreenParts(firstThings(p));
    expect(parts.some((x) => x.part === 'next' && x.oral)).toBe(false);
  });

  it('(failed before) the line in six languages says no term runs yet and to ask for the decision on paper', () => {
    for (const { code } of LANGUAGES) expect(tFor(code).raw('ui:first72.nextOralDecision'), code).toMatch(/[?؟]/);
  });
});
