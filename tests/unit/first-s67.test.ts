/**
 * Session 67 (s67-first): the plan's first screen ("Eerst dit", src/ui/firstThings.ts) after ticks, an uncertain date that
 * leads it, and a move during a Geschillencommissie case. Three gaps a review left open (session 66's opp-s66.test.ts named
 * the first). The dated stories and what a lawyer says the plan must say are in tests/scenarios/053-first-s67.yaml; answers in
 * tests/answers/s67/first/.
 *
 * Stories (our own dates; weekdays from the calendar):
 *   1  Fenna (groep 5): the school wrote that it cannot help her further (handelingsverlegen, on paper); there is no OPP. No
 *      decision, no date. Read Mon 23 Nov 2026. Her mother ticks "Gedaan" on "Vraag om het OPP", then also on "Reageer op de
 *      brief van de school". Guards: Bram, a removal decision of Mon 9 Nov 2026 (bezwaar to Mon 21 Dec 2026), its bezwaar
 *      ticked while it runs; Lina, a refusal on paper whose date she does not know, "Zoek uit wanneer je de weigering hoorde"
 *      ticked.
 *   2  Fenna's school answers her; the OPP is there and agreed. Her mother filed a complaint on Mon 16 Nov 2026; nothing else
 *      is dated. Read Mon 23 Nov 2026. 2b: she asked the school for the dossier on Mon 2 Nov 2026 (no complaint). 2c: Bram's
 *      removal and a complaint: the bezwaar leads.
 *   3  Sara (session 66's story): an SO TLV granted Tue 2 Jun 2026, at the SO school since Mon 24 Aug 2026, the new school's
 *      OPP not made ("nee"). Her mother did not agree to the old school's OPP and took it to the Geschillencommissie on Mon
 *      22 Jun 2026 (logged in the timeline, "Verzoek Geschillencommissie"). Read Mon 14 Sep 2026. Guards: the same without a
 *      request (session 66: the dispute leaves); a request about the OPP without a move (the ordinary gpo-loopt).
 *
 * What a correct plan must say, written down first from ../shared/FACTS.md (not from the code):
 *   1  The first screen says what to do next. A step the parent ticked as done with no term of her own running (B01: asking
 *      for the OPP; C01, C03: answering the school's letter) is not what to do first: the next unticked step takes its place. A
 *      ticked step whose term still runs (C09, 002:846-850: the removal's 6 weeks) stays, as session 54 decided (a tick may
 *      be a slip; nothing on the first screen may hide a running bezwaar). A step that finds the start of a term that may
 *      run unseen (A21, 002:748-750: a refusal's date not known) stays too: the 6 weeks may run whatever she ticked. The
 *      plan keeps every ticked step (struck through); `npm run plan --format first` reads no ticks and is unchanged.
 *   2  F15 with §X.13: the klachtencommissie's 4 weeks are only in 000:1054, not confirmed by 001-004: uncertain, and the
 *      committee's term, not the parent's. No right of hers lapses on that day (a complaint stops no term either, F15). It
 *      may lead the first screen when nothing else is dated (it is the day to chase an answer; the plan named it "only when
 *      no other date is ahead", session 19) and it says "niet zeker" (session 23). But the screen put it as "Eerstvolgende
 *      datum" in the words it uses for a bezwaar's last day, and did not say whose date it is nor why it is not certain.
 *      Now the line under it says: no term of yours; the committee should answer around then; only a government brochure
 *      names the 4 weeks; look in the school's klachtenregeling; no right is lost when the day passes. The same for the
 *      dossier's month (AVG, G05; the month is not in the sources). With a running bezwaar the bezwaar leads (C09).
 *   3  F07, F09, F10 (001:723-731; 004:4792-4795): the GPO hears the OPP dispute, advises the board, and the board answers
 *      the parent in writing with reasons. A case she filed does not end by itself when the child moves (A23 ends the old
 *      school's zorgplicht, not a case about what it did; the sources say nothing of a move during a case): gpo-loopt must
 *      stay, saying that the sources do not say what the move means, to assume the case runs, and to ask the ouder- en
 *      jeugdsteunpunt (F02) or the commission whether to go on. A dispute not yet filed may leave (session 66, A23, B38).
 *
 * Defects found and fixed (each `it` marked "failed before" failed with src/ and content/ from main, 481945a):
 *   D1 (story 1) a ticked undated step stayed among the first actions ("Vraag om het OPP" done, told to do it first). Now a
 *      ticked step with no date (not a finder of an unseen term) or with only a follow-up's date is no first action.
 *   D2 (story 2) the follow-up's date led the first screen with only "niet zeker": now with the line saying whose it is
 *      (ui first67.nextKlacht, first67.nextDossier; six languages), on the page and in `npm run plan --format first`.
 *   D3 (story 3) the filed GPO case about the old OPP dropped out after the move (session 66's answeredOppOfOldSchool took
 *      oppDispute and with it gpo-loopt). Now gpo-loopt stays with its own text (ui first67.planStep.gpoLooptOudeSchool).
 *      At the merge (session 67): its "Met wie" names the steunpunt that text sends her to (StepRule.addContacts); that test
 *      failed before with src/ from main at the merge, 4584aec, and passes now.
 * 9 of the first 17 tests failed before; the guards (a running bezwaar ticked, a finder ticked, --format first, the complaint
 * leading, the bezwaar leading over a complaint, the dispute not filed, a request without a move) pass before and after.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { tickKey } from '../../src/ui/tickKey';
import { run } from '../../src/cli/plan';
import { LANGUAGES } from '../../src/languages';
import { loadPlanTexts, textOf, tFor } from './plan-texts';
import { A, G, agree, dutch, firstScreen, ids, step, story } from './lawyer-kit';
import { log } from './timeline-log';
import { planAtApp } from './app-story';
import type { Plan } from '../../src/rules/plan';

beforeAll(loadPlanTexts);

const ANSWERS = 'tests/answers/s67/first';
const screen = (p: Plan, lang = 'nl', ticks?: Record<string, true>) => textOf(FirstThings({ plan: p, t: tFor(lang), ticks }));
const tick = (p: Plan, ...which: string[]): Record<string, true> => Object.fromEntries(which.map((id) => [tickKey(step(p, id)!), true as const]));

// ── Story 1: ticks ─────────────────────────────────────────────────────────────────────────────────────────────────────
const fennaAnswers = {
  situatie: ['handelingsverlegen'], opp: 'nee', 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'nee', onderzoek: 'school-recent',
  'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee',
  klacht: 'nee', groep: 'groep-3-6',
};
const fenna = (changes: Record<string, unknown> = {}) => story({ ...fennaAnswers, ...changes });
const bram = (changes: Record<string, unknown> = {}) =>
  fenna({ 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-09', 'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', ...changes });

describe('story 1: a ticked step with no running term of her own is no first action (B01, C01); a running term stays (C09)', () => {
  it('Fenna, nothing ticked, Mon 23 Nov 2026: answer the letter and ask for the OPP are the first actions', () => {
    const p = agree(fenna(), '2026-11-23');
    expect(firstScreen(p).actions).toEqual(['handelingsverlegen-brief-beantwoorden', 'opp-vragen']);
    expect(step(p, 'opp-vragen')?.deadline).toBeUndefined();
  });

  it('"Vraag om het OPP" ticked: no longer a first action; the plan keeps the step (failed before)', () => {
    const p = agree(fenna(), '2026-11-23');
    const ticks = tick(p, 'opp-vragen');
    expect(firstScreen(p, ticks).actions).toEqual(['handelingsverlegen-brief-beantwoorden']);
    expect(ids(p)).toContain('opp-vragen');
  });

  it('both "Nu doen" steps ticked: the next unticked steps take their place (failed before)', () => {
    const p = agree(fenna(), '2026-11-23');
    const ticks = tick(p, 'opp-vragen', 'handelingsverlegen-brief-beantwoorden');
    const actions = firstScreen(p, ticks).actions;
    expect(actions).toHaveLength(2);
    for (const a of actions) expect(ticks[tickKey(step(p, a)!)]).toBeUndefined();
    expect(actions).toEqual(p.steps.filter((s) => !ticks[tickKey(s)]).slice(0, 2).map((s) => s.id));
  });

  it('the plan page passes its ticks: the first screen it renders no longer says "Vraag om het OPP" (failed before)', () => {
    const p = agree(fenna(), '2026-11-23');
    const title = dutch(step(p, 'opp-vragen')!, 'title');
    expect(screen(p)).toContain(title);
    expect(screen(p, 'nl', tick(p, 'opp-vragen'))).not.toContain(title);
  });

  it('guard: Bram\'s bezwaar ticked while its 6 weeks run (to Mon 21 Dec 2026) stays the first screen\'s date and action (session 54)', () => {
    const p = agree(bram(), '2026-12-10');
    const ticked = firstScreen(p, tick(p, 'bezwaar-verwijdering'));
    expect(ticked.next).toBe('bezwaar-verwijdering 2026-12-21');
    expect(ticked.actions).toContain('bezwaar-verwijdering');
  });

  it('guard: a step that finds the day a refusal was made known stays an action when ticked (the 6 weeks may run unseen, A21)', () => {
    const lina = story({
      situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-10-05', 'aanmelding-bevestiging': 'ja',
      'aanmelding-besluit': 'geweigerd', 'weigering-schriftelijk': 'ja', 'weigering-datum': 'weet-niet', 'weigering-andere-school': 'nee',
      'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'school-zegt': ['geen'],
      'gesprek-gepland': 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
    });
    const p = agree(lina, '2026-11-23');
    expect(firstScreen(p).actions).toContain('weigerdatum-achterhalen');
    expect(firstScreen(p, tick(p, 'weigerdatum-achterhalen')).actions).toContain('weigerdatum-achterhalen');
  });

  it('guard: `npm run plan --format first` reads no ticks and names "Vraag om het OPP"', async () => {
    const out = await run([`${ANSWERS}/02-opp-gevraagd.json`, '--today', '2026-11-23', '--format', 'first']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('1. **Reageer op de brief van de school**');
    expect(out.stdout).toContain('2. **Vraag om het OPP van je kind**');
  });
});

// ── Story 2: an uncertain follow-up's date leads the first screen ────────────────────────────────────────────────────────
const klacht = { opp: 'ja', 'opp-besproken': '2026-10-06', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', 'hv-schriftelijk': 'nee', klacht: 'ingediend', 'klacht-datum': '2026-11-16' };

describe('story 2: the complaint\'s 4 weeks lead only with no other date, as the committee\'s, not certain (F15, §X.13)', () => {
  it('guard: Mon 23 Nov 2026, nothing else dated: the next date is the complaint\'s Mon 14 Dec 2026, not certain', () => {
    const p = agree(fenna(klacht), '2026-11-23');
    expect(firstScreen(p).next).toBe('klacht-loopt 2026-12-14');
    expect(step(p, 'klacht-loopt')?.deadline?.certain).toBe(false);
    expect(firstScreen(p).actions).not.toContain('klacht-loopt');
  });

  it('the first screen says it is no term of hers, why it is not certain, where the term is, and that no right is lost (failed before)', () => {
    const p = agree(fenna(klacht), '2026-11-23');
    const s = screen(p);
    expect(s).toContain('Let op, deze termijn is niet zeker.');
    expect(s).toContain('Dit is geen termijn voor jou. Rond die dag hoort de klachtencommissie op je klacht te reageren.');
    expect(s).toContain('Die 4 weken staan alleen in een brochure van de overheid. Kijk in de klachtenregeling van de school welke termijn geldt.');
    expect(s).toContain('Dan verlies je daardoor geen recht.');
  });

  it('the same in every language, and in `npm run plan --format first` (failed before)', async () => {
    const p = agree(fenna(klacht), '2026-11-23');
    for (const { code } of LANGUAGES) {
      const line = tFor(code)('first67.nextKlacht');
      expect(line).not.toBe('first67.nextKlacht');
      expect(screen(p, code)).toContain(line);
    }
    const out = await run([`${ANSWERS}/01-klacht-alleen.json`, '--today', '2026-11-23', '--format', 'first']);
    expect(out.stdout).toContain(tFor('nl')('first67.nextKlacht'));
  });

  it('2b the dossier\'s month (AVG, not in the sources) leads the same way, with its own line (failed before)', () => {
    const p = agree(fenna({ 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-02' }), '2026-11-23');
    expect(firstScreen(p).next).toBe('dossier-herinneren 2026-12-02');
    const s = screen(p);
    expect(s).toContain('Dit is geen termijn voor jou. Rond die dag hoort de school je het dossier te geven.');
    expect(s).toContain('privacywet AVG');
    expect(s).not.toContain('klachtencommissie');
  });

  it('guard 2c: with Bram\'s removal the bezwaar (Mon 21 Dec 2026) is on the first screen, not behind the complaint', () => {
    // planAtApp, not agree: the first screen's next date is on purpose not the nearest here (a follow-up's, session 19).
    const p = planAtApp(bram({ klacht: 'ingediend', 'klacht-datum': '2026-11-16' }), '2026-11-23');
    const f = firstScreen(p);
    expect([f.next, ...f.also]).toContain('bezwaar-verwijdering 2026-12-21');
    expect(f.next).not.toBe('klacht-loopt 2026-12-14');
    expect(screen(p)).not.toContain('Dit is geen termijn voor jou');
  });
});

// ── Story 3: a Geschillencommissie case about the old OPP, filed before the move ─────────────────────────────────────────
const saraAnswers = {
  situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-gehoord': 'ja', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2026-06-02',
  'tlv-eens': 'ja', 'tlv-soort': 'so', 'tlv-plek': 'ingeschreven', 'tlv-inschrijving-datum': '2026-08-24', 'opp-nieuwe-school': 'nee',
  opp: 'ja', 'opp-besproken': 'weet-niet', 'opp-ingestemd': 'nee', 'opp-onenigheid': 'geen-instemming-gevraagd', onderzoek: 'school-recent',
  'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja',
  jeugdhulp: 'nee', vervoer: 'nee', klacht: 'nee', groep: 'groep-3-6',
};
const saraFiled = (changes: Record<string, unknown> = {}) => log(A({ ...saraAnswers, ...changes }), [G('2026-06-22')]);

describe('story 3: a filed GPO case about the old school\'s OPP stays after the move (F07, F09, F10)', () => {
  it('logged in the timeline, Mon 14 Sep 2026: gpo-loopt is in the plan, with no date and no new dispute step (failed before)', () => {
    const p = agree(saraFiled(), '2026-09-14');
    expect(ids(p)).toContain('gpo-loopt');
    expect(step(p, 'gpo-loopt')?.deadline).toBeUndefined();
    expect(ids(p)).not.toContain('geschillencommissie');
    expect(ids(p)).not.toContain('opp-instemmen');
  });

  it('its text: the case about the old OPP runs, the sources say nothing of a move, ask the steunpunt or the commission (failed before)', () => {
    const p = agree(saraFiled(), '2026-09-14');
    const s = step(p, 'gpo-loopt')!;
    expect(dutch(s, 'title')).toBe('Je zaak over het oude OPP bij de Geschillencommissie loopt nog');
    const why = dutch(s);
    expect(why).toContain('Wat die overstap betekent voor je zaak, staat niet in onze bronnen.');
    expect(why).toContain('Het bestuur moet je schriftelijk laten weten wat het met het advies doet.');
    expect(why).toContain('Bel het ouder- en jeugdsteunpunt en vraag of het zin heeft om door te gaan.');
  });

  it('its "Met wie" names the steunpunt its text sends her to, beside the commission and the board (failed before)', () => {
    expect(step(agree(saraFiled(), '2026-09-14'), 'gpo-loopt')!.contacts).toEqual(['geschillencommissie', 'schoolbestuur', 'steunpunt']);
  });

  it('"weet ik niet" about the new school\'s OPP, and the answer stored without a timeline: the same (failed before)', () => {
    expect(ids(agree(saraFiled({ 'opp-nieuwe-school': 'weet-niet' }), '2026-09-14'))).toContain('gpo-loopt');
    const p = agree(story({ ...saraAnswers, 'gpo-ingediend': 'ja', 'gpo-datum': '2026-06-22' }), '2026-09-14');
    expect(dutch(step(p, 'gpo-loopt')!, 'title')).toBe('Je zaak over het oude OPP bij de Geschillencommissie loopt nog');
  });

  it('guard: not filed, the old OPP\'s dispute stays out (session 66)', () => {
    const p = agree(story(saraAnswers), '2026-09-14');
    expect(ids(p)).not.toContain('gpo-loopt');
    expect(ids(p)).not.toContain('geschillencommissie');
  });

  it('guard: a request about the OPP without a move keeps the ordinary gpo-loopt text', () => {
    const p = agree(log(A({ ...fennaAnswers, opp: 'ja', 'opp-besproken': '2026-10-06', 'opp-ingestemd': 'nee', 'opp-onenigheid': 'niet-overgenomen' }), [G('2026-11-02')]), '2026-11-23');
    expect(dutch(step(p, 'gpo-loopt')!, 'title')).toBe('Bereid je voor op de zitting van de commissie');
    expect(step(p, 'gpo-loopt')!.contacts).toEqual(['geschillencommissie', 'schoolbestuur']);
  });
});
