/**
 * Session 80 (s80-left): things earlier sessions left open. Each `it` marked "failed before" failed on c46c4cba.
 *
 * 1. The first screen beside the OPP step's school day (opp-evaluatie, B20) with no date ahead said "Er staat geen termijn
 *    voor jou in je plan" (first60.noDateSchoolDay) right above a first action whose own term had passed: a suspension's
 *    week (C10), a removal's Geschillencommissie day (not certain, F13). Now it says none of her terms still runs
 *    (left80.noDateSchoolDay); an OPP dispute's possible commission term gets its "also" line (gpoopp68.also), not "Er staat
 *    geen termijn met een datum voor jou". Scenarios: tests/scenarios/066-left-s80.yaml.
 * 3. The brief named two translations that missed a sentence of the Dutch: English edges65.planStep.overstapAangemeld and
 *    Ukrainian nergens-ingeschreven. On c46c4cba both already have every sentence (added with the Dutch: 966e7020,
 *    fdb58842). A scratch script compared the sentences per paragraph of every plan text in six languages (report); its
 *    candidates were merges and splits, no omission. The guard below pins the two texts (it passed before: nothing to fix).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { loadTexts, renderFirstScreen } from '../../src/cli/plan';
import { loadPlanTexts, textOf, tFor } from './plan-texts';
import { agree, firstScreen, step, story } from './lawyer-kit';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

// Sem: suspended on Mon 1 Feb 2027, still at home on Mon 15 Feb; an OPP talked about in October (its evaluation: the school's day).
const sem = {
  situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'thuis-sinds': '2027-02-01', 'schorsing-datum': '2027-02-01', 'thuis-hoeveel': 'helemaal',
  'lessen-nu': 'nee', ingeschreven: 'ja', 'verwijdering-besluit': 'nee', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee',
  opp: 'ja', 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja',
  'school-zegt': ['geen'], 'lpa-betrokken': 'ja', 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
// A removal on paper (Mon 5 Oct 2026), bezwaar made, not to the Geschillencommissie: its uncertain 6 weeks ended Mon 16 Nov.
const removal = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-10-05',
  'verwijdering-andere-school': 'nee', 'bezwaar-ingediend': 'ja', 'bezwaar-datum': '2026-10-20', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee',
  opp: 'ja', 'opp-besproken': '2026-09-15', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6', ingeschreven: 'ja',
};

describe('1. no "geen termijn voor jou" above an action whose own term has passed', () => {
  it('failed before: Sem, Mon 15 Feb 2027: the suspension\'s week passed; the first screen says none of her terms still runs, and names the OPP step\'s school day', async () => {
    const p = agree(story(sem), '2027-02-15');
    expect(step(p, 'schorsing-einde')?.deadline).toMatchObject({ due: '2027-02-08', status: 'passed' });
    expect(step(p, 'opp-evaluatie')?.deadline).toBeUndefined();
    const f = firstScreen(p);
    expect(f.next).toBeUndefined();
    expect(f.actions[0]).toBe('schorsing-einde');
    for (const lang of LANGS) {
      const t = tFor(lang);
      const screen = textOf(FirstThings({ plan: p, t }));
      const cli = renderFirstScreen(p, await loadTexts(lang));
      for (const text of [screen, cli]) {
        expect(text, lang).not.toContain(t('first60.noDateSchoolDay'));
        expect(text, lang).not.toContain(t('planFirst.noDate'));
        expect(text, lang).toContain(t('left80.noDateSchoolDay'));
      }
      expect(t('left80.noDateSchoolDay'), lang).toMatch(/OPP/);
      if (lang !== 'nl') expect(t('left80.noDateSchoolDay'), lang).not.toBe(tFor('nl')('left80.noDateSchoolDay'));
    }
    expect(tFor('nl')('left80.noDateSchoolDay')).toMatch(/^Geen van jouw termijnen in je plan loopt nog\. De stap over het OPP noemt wel een dag voor de school\.$/);
  });

  it('failed before: a removal\'s Geschillencommissie day (not certain) passed yesterday, the first action', () => {
    const p = agree(story(removal), '2026-11-17');
    expect(step(p, 'geschillencommissie')?.deadline).toMatchObject({ due: '2026-11-16', status: 'passed', certain: false });
    const screen = textOf(FirstThings({ plan: p, t: tFor('nl') }));
    expect(firstScreen(p).actions[0]).toBe('geschillencommissie');
    expect(screen).not.toMatch(/Er staat geen termijn voor jou/);
    expect(screen).toMatch(/Geen van jouw termijnen in je plan loopt nog/);
  });

  it('failed before: with an OPP dispute, the commission line is the "Ook:" one, not "Er staat geen termijn met een datum voor jou"', async () => {
    const p = agree(story({ ...sem, 'opp-ingestemd': 'nee', 'opp-onenigheid': 'geen-instemming-gevraagd' }), '2027-02-15');
    const screen = textOf(FirstThings({ plan: p, t: tFor('nl') }));
    const cli = renderFirstScreen(p, await loadTexts('nl'));
    for (const text of [screen, cli]) {
      expect(text).not.toMatch(/Er staat geen termijn/);
      expect(text).toContain(tFor('nl')('gpoopp68.also'));
    }
  });

  it('guard: with no passed term of hers the session 60 line stays (Sem before his suspension ended)', () => {
    const p = agree(story({ ...sem, situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee' }), '2027-02-15');
    expect(p.steps.some((s) => s.deadline?.status === 'passed')).toBe(false);
    const screen = textOf(FirstThings({ plan: p, t: tFor('nl') }));
    expect(firstScreen(p).next).toBeUndefined();
    expect(screen).toContain(tFor('nl')('first60.noDateSchoolDay'));
    expect(screen).not.toContain(tFor('nl')('left80.noDateSchoolDay'));
  });
});

describe('3. guard: the two translations named as short have as many sentences as the Dutch, per paragraph', () => {
  // Sentences end in . ? ! (Arabic ؟) followed by a space; a "?" inside quotes is no end (a question named in the text).
  const count = (para: string) => para.replace(/"[^"]*"/g, 'Q').split(/(?<=[.?!؟])\s+/).filter((x) => x.trim()).length;
  const shape = (text: string) => text.split(/\n+/).filter((x) => x.trim()).map(count);
  it('English edges65.planStep.overstapAangemeld.why and Ukrainian steps nergens-ingeschreven.why', () => {
    const key = 'edges65.planStep.overstapAangemeld.why';
    expect(shape(tFor('nl')(key)).length).toBe(6);
    expect(shape(tFor('en')(key))).toEqual(shape(tFor('nl')(key)));
    expect(tFor('en')(key)).toMatch(/within 6 weeks of receipt, or within 10 weeks if it extends/);
    expect(tFor('en')(key)).toMatch(/doorstroomtoets/);
    const step = 'steps:steps.nergens-ingeschreven.why';
    expect(shape(tFor('nl').raw(step)).length).toBe(7);
    expect(shape(tFor('uk').raw(step))).toEqual(shape(tFor('nl').raw(step)));
    expect(tFor('uk').raw(step)).toMatch(/5 років/);
  });
});
