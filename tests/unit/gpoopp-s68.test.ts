/**
 * Session 68 (s68-gpoopp): an OPP dispute's possible Geschillencommissie term was missing from the plan's first screen
 * ("Eerst dit", src/ui/firstThings.ts; the plan page's FirstThings and `npm run plan --format first` render it). Found by
 * this session's blind review (tests/scenarios/054-blind-s68.yaml, s068-hv-opp-na-een-gesprek-nieuwjaar). Dated stories
 * and what a lawyer says the plan must say: tests/scenarios/054-gpoopp-s68.yaml; answers in tests/answers/s68/gpoopp/.
 *
 * What a correct plan must say, from ../shared/FACTS.md: the Geschillencommissie hears an OPP dispute (F01, F07;
 * 001:723-729). Its filing term is not in the sources (EXT: 6 weeks) and its start for an OPP dispute is not known
 * (§X.2): no date (sessions 22 and 52), the step stays under "Als het niet lukt". But the first screen said "Er staat geen
 * termijn voor jou in je plan" while that step says a term may run. Now it says, without a date, that a term at the
 * commission about the OPP may run, that its first day is not in our sources, and to ask the commission now
 * (onderwijsgeschillen.nl) (ui gpoopp68.noDate / noDateSchoolDay); beside a date of hers, or a term that may run unseen, a
 * short "also" line (gpoopp68.also). The step gets the param GPO_FROM = GPO_FROM_OPP (src/rules/steps/geschil.ts).
 *
 * Stories (our own dates): Finn, OPP adopted after one talk on Wed 25 Nov 2026 without asking consent, read Mon 4 Jan 2027
 * (also with a talk at school on Thu 14 Jan 2027); Daan, a TLV refused on Fri 20 Nov 2026 (bezwaar to Fri 1 Jan 2027, not
 * certain, E18 §X.3) and his OPP adopted without consent, read Thu 31 Dec 2026. Guards: the OPP agreed; a request about
 * the OPP sent on Thu 10 Dec 2026 (timeline); a written removal of Mon 9 Nov 2026 beside the OPP dispute (the commission's
 * term then has a date, from the removal).
 *
 * Marked "failed before": failed with src/ from main (847f896, content compiled from it); the guards pass before and after.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { firstThings } from '../../src/ui/firstThings';
import { run } from '../../src/cli/plan';
import { GPO_FROM, GPO_FROM_OPP } from '../../src/rules/catalogue';
import { LANGUAGES } from '../../src/languages';
import { loadPlanTexts, textOf, tFor } from './plan-texts';
import { A, G, agree, firstScreen, ids, step, story } from './lawyer-kit';
import { log } from './timeline-log';
import type { Plan } from '../../src/rules/plan';

beforeAll(loadPlanTexts);

const ANSWERS = 'tests/answers/s68/gpoopp';
const screen = (p: Plan, lang = 'nl') => textOf(FirstThings({ plan: p, t: tFor(lang) }));
const nl = tFor('nl');

const finnAnswers = {
  situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'nee', 'hv-wil-weg': 'nee', opp: 'ja', 'opp-besproken': '2026-11-25',
  'opp-ingestemd': 'nee', 'opp-onenigheid': 'geen-instemming-gevraagd', onderzoek: 'school-recent', 'swv-betrokken': 'ja',
  'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-7-8',
};
const finn = (changes: Record<string, unknown> = {}) => story({ ...finnAnswers, ...changes });
const daan = story({
  situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'afgewezen', 'tlv-besluit-datum': '2026-11-20', 'tlv-eens': 'nee',
  'tlv-soort': 'so', 'bezwaar-ingediend': 'nee', opp: 'ja', 'opp-besproken': '2026-10-05', 'opp-ingestemd': 'nee', 'opp-onenigheid': 'geen-instemming-gevraagd',
  onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja',
  jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
});

describe('an OPP dispute with no term of her own dated: the first screen says a Geschillencommissie term may run (F07, §X.2)', () => {
  it('the commission step has no date, stays under "Als het niet lukt", and is marked as counting from the OPP (failed before)', () => {
    const p = agree(finn(), '2027-01-04');
    const gpo = step(p, 'geschillencommissie')!;
    expect(gpo.deadline).toBeUndefined();
    expect(gpo.group).toBe('als-het-niet-lukt');
    expect(gpo.params[GPO_FROM]).toBe(GPO_FROM_OPP);
    expect(firstThings(p).gpoOpp?.id).toBe('geschillencommissie');
    expect(firstScreen(p).next).toBeUndefined();
  });

  it('the plan page says a term may run, from a day not in our sources, ask the commission now; not "geen termijn voor jou" (failed before)', () => {
    const text = screen(agree(finn(), '2027-01-04'));
    expect(text).toMatch(/termijn lopen.*OPP.*Geschillencommissie/);
    expect(text).toMatch(/staat niet in onze bronnen/);
    expect(text).toMatch(/Vraag het de commissie nu.*onderwijsgeschillen\.nl/);
    expect(text).toContain(nl('planFirst.nextDateWhat', { title: 'Leg je zaak voor aan de Geschillencommissie' }));
    // Session 60's school day is still named (B20), not its "no term for you".
    expect(text).toContain('noemt wel een dag voor de school');
    expect(text).not.toContain(nl('first60.noDateSchoolDay'));
    expect(text).not.toMatch(/\d{1,2} (januari|februari|maart) 2027/);
  });

  it('`npm run plan --format first` says the same (failed before)', async () => {
    const out = await run([`${ANSWERS}/01-opp-zonder-instemming.json`, '--today', '2027-01-04', '--format', 'first']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(nl('gpoopp68.noDateSchoolDay'));
    expect(out.stdout).not.toContain('Er staat geen termijn voor jou in je plan');
  });

  it('a talk at school planned (Thu 14 Jan 2027) is no term: the line is still there, on the page and in the CLI (failed before)', async () => {
    const p = agree(finn({ 'gesprek-gepland': 'ja', 'gesprek-datum': '2027-01-14' }), '2027-01-04');
    expect(firstThings(p).meeting?.moment.date).toBe('2027-01-14');
    expect(screen(p)).toContain(nl('gpoopp68.noDateSchoolDay'));
    const out = await run([`${ANSWERS}/04-gesprek-gepland.json`, '--today', '2027-01-04', '--format', 'first']);
    expect(out.stdout).toContain(nl('gpoopp68.noDateSchoolDay'));
  });

  it('in all six languages the page shows that language\'s own line, with the address and no placeholder left (failed before)', () => {
    const p = agree(finn(), '2027-01-04');
    for (const { code: lang } of LANGUAGES) {
      const line = tFor(lang)('gpoopp68.noDateSchoolDay');
      expect(line, lang).toContain('onderwijsgeschillen.nl');
      expect(line, lang).not.toContain('{{');
      if (lang !== 'nl') expect(line, lang).not.toBe(nl('gpoopp68.noDateSchoolDay'));
      expect(screen(p, lang), lang).toContain(line);
    }
  });
});

describe('beside a date of her own: a short "also" line (F07, §X.2; E16-E18)', () => {
  it('Daan, Thu 31 Dec 2026: the TLV bezwaar (Fri 1 Jan 2027, not certain) leads; the OPP\'s commission term is an "also" line (failed before)', async () => {
    const p = agree(daan, '2026-12-31');
    expect(firstScreen(p).next).toBe('tlv-bezwaar 2027-01-01');
    expect(step(p, 'tlv-bezwaar')!.deadline!.certain).toBe(false);
    const text = screen(p);
    expect(text).toContain(nl('gpoopp68.also'));
    expect(text).not.toContain(nl('gpoopp68.noDate'));
    expect(text).not.toContain(nl('planFirst.noDate'));
    const out = await run([`${ANSWERS}/02-tlv-afgewezen-en-opp.json`, '--today', '2026-12-31', '--format', 'first']);
    expect(out.stdout).toContain(nl('gpoopp68.also'));
    expect(out.stdout.indexOf('Eerstvolgende datum')).toBeLessThan(out.stdout.indexOf(nl('gpoopp68.also')));
  });
});

describe('guards', () => {
  it('the OPP agreed: no dispute, no commission step, no line; session 60\'s line stays', async () => {
    const p = agree(finn({ 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen' }), '2027-01-04');
    expect(ids(p)).not.toContain('geschillencommissie');
    expect(firstThings(p).gpoOpp).toBeUndefined();
    expect(screen(p)).toContain(nl('first60.noDateSchoolDay'));
    const out = await run([`${ANSWERS}/03-opp-ingestemd.json`, '--today', '2027-01-04', '--format', 'first']);
    expect(out.stdout).toContain(nl('first60.noDateSchoolDay'));
    expect(out.stdout).not.toContain('Geschillencommissie');
  });

  it('a request about the OPP sent on Thu 10 Dec 2026 (timeline): the case runs (gpo-loopt), no "ask from which day" line', () => {
    const { 'opp-besproken': _, ...rest } = finnAnswers;
    const p = agree(log(A(rest), [G('2026-12-10', 'e-mail')]), '2027-01-04');
    expect(ids(p)).toContain('gpo-loopt');
    expect(ids(p)).not.toContain('geschillencommissie');
    expect(firstThings(p).gpoOpp).toBeUndefined();
    expect(screen(p)).not.toContain(nl('gpoopp68.noDate'));
  });

  it('a written removal of Mon 9 Nov 2026 beside the OPP dispute: the commission term has a date (from the removal), no undated line', () => {
    const p = agree(
      finn({ 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-09', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee' }),
      '2026-12-10',
    );
    expect(step(p, 'geschillencommissie')!.deadline?.start).toBe('2026-11-09');
    expect(step(p, 'geschillencommissie')!.params[GPO_FROM]).toBe('verwijdering');
    expect(firstThings(p).gpoOpp).toBeUndefined();
    expect(firstScreen(p).actions).toContain('bezwaar-verwijdering');
  });
});
