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
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { IsoDate } from '../../src/rules/dates';
import { agreeingPlan } from './app-story';
import { log } from './timeline-log';
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
