/**
 * Session 56 (s56-noschool): a child enrolled at no school yet (thuiszitten, thuis-reden 'nergens': neverEnrolled, e.g.
 * new in the Netherlands), alone and with aanmelden (registered, waiting, refused) or tlv, at groep 1-2 and groep 3-6 age.
 * The plan, the first screen, the gesprekskaart and the letters must not send her parent to a school, an OPP or a
 * school's dossier she does not have (lawyer-s56-fresh D4, D5 and this session's sweep).
 *
 * Facts (../shared/FACTS.md): A01/A03 (001:119; 002:728-734) a written registration starts the zorgplicht; A07/A09
 * (001:121-124; 004:4845-4849) the school investigates the support need, the parent informs it; G08/G11 (001:866-869;
 * 004:1716-1727) consent per purpose and partner, the meldcode the exception; H05 (001:819-821) care in school hours.
 * F01/F02/F04: the steunpunt of the samenwerkingsverband; content/nl/steps.yaml steunpunt-bellen already says how to find
 * it for a child at no school: ask the school you want to register at, or the samenwerkingsverband of your region.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, loadTexts, renderFirstScreen, renderMarkdown } from '../../src/cli/plan';
import { FirstThings } from '../../src/ui/pages/PlanPage';
import { JEUGDHULP_NERGENS_TEXTS } from '../../src/rules/steps/informatie';
import { agreeingPlan, appOf, planAtApp } from './app-story';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { loadPlanTexts, textOf, tFor } from './plan-texts';
import { allText, dutch, ids, step, story } from './lawyer-kit';

beforeAll(loadPlanTexts);

const yara = {
  situatie: ['thuiszitten'], 'thuis-reden': 'nergens', 'thuis-sinds': '2026-08-31', 'lpa-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', jeugdhulp: 'krijgt', klacht: 'nee', groep: 'groep-3-6',
};
const atSchool = { ...yara, 'thuis-reden': 'kan-niet', ingeschreven: 'ja' };
const TODAY = '2026-12-03';

describe('D4: "Wie kan je helpen?" for a child at no school', () => {
  it('the first screen (plan page, print) does not ask which samenwerkingsverband "the school" belongs to, but whom to ask', () => {
    const p = agreeingPlan(story(yara), TODAY);
    expect(p.noSchool).toBe(true);
    const screen = textOf(FirstThings({ plan: p, t: tFor('nl') }));
    expect(screen).not.toMatch(/Bij welk samenwerkingsverband hoort de school\?/);
    expect(screen).not.toMatch(/schoolgids/);
    expect(screen).toMatch(/Vraag de school waar je je kind wilt aanmelden bij welk samenwerkingsverband ze hoort/);
    expect(screen).toMatch(/de regio waar je woont/);
  });

  it('`npm run plan` says the same, in all six languages; a child at a school keeps the schoolgids line', async () => {
    const p = planAtApp(story(yara), TODAY);
    const q = planAtApp(story(atSchool), TODAY);
    expect(q.noSchool).toBeUndefined();
    for (const lang of LANGS) {
      const texts = await loadTexts(lang);
      const mine = renderFirstScreen(p, texts);
      const theirs = renderFirstScreen(q, texts);
      expect(mine, lang).not.toBe(theirs);
      expect(mine, lang).toMatch(/samenwerkingsverband/);
      expect(mine, lang).not.toMatch(/schoolgids/);
      expect(theirs, lang).toMatch(/schoolgids/);
    }
  });

  it('also when she is registered at a school and waits for its decision (aanmelden)', () => {
    const p = planAtApp(story({ ...yara, situatie: ['thuiszitten', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-20', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee' }), TODAY);
    expect(p.noSchool).toBe(true);
    expect(textOf(FirstThings({ plan: p, t: tFor('nl') }))).not.toMatch(/schoolgids/);
  });
});

describe('D5: jeugdhulp-afstemmen for a child at no school', () => {
  it('its own text: tell the school you register at; no OPP, no "school en hulpverlener samenwerken"', () => {
    const p = agreeingPlan(story(yara), TODAY);
    const s = step(p, 'jeugdhulp-afstemmen')!;
    expect(s.texts).toBe(JEUGDHULP_NERGENS_TEXTS);
    expect(dutch(s, 'title')).not.toMatch(/school en hulpverlener samenwerken/);
    const why = dutch(s);
    expect(why).not.toMatch(/OPP/);
    expect(why).not.toMatch(/begin van het schooljaar/);
    expect(why).toMatch(/geen enkele school ingeschreven/);
    expect(why).toMatch(/toestemming/);
    expect(why).toMatch(/meldcode/);
    expect(allText(p)).not.toMatch(/Zorg dat school en hulpverlener samenwerken/);
  });

  it('in all six languages (page texts, through `npm run plan`)', async () => {
    const p = planAtApp(story(yara), TODAY);
    const q = planAtApp(story(atSchool), TODAY);
    for (const lang of LANGS) {
      const texts = await loadTexts(lang);
      const own = tFor(lang).raw(`${JEUGDHULP_NERGENS_TEXTS}.title`);
      const general = tFor(lang).raw('steps:steps.jeugdhulp-afstemmen.title');
      expect(own, lang).not.toBe(general);
      expect(renderMarkdown(p, texts), lang).toContain(own);
      expect(renderMarkdown(p, texts), lang).not.toContain(general);
      expect(renderMarkdown(q, texts), lang).toContain(general);
    }
  });

  it('a child at a school keeps the general text', () => {
    const s = step(planAtApp(story(atSchool), TODAY), 'jeugdhulp-afstemmen')!;
    expect(s.texts).toBeUndefined();
    expect(dutch(s, 'title')).toMatch(/school en hulpverlener samenwerken/);
  });
});

// ── The gesprekskaart (src/meeting/card.ts) ─────────────────────────────────────────────────────────────────────────
describe('the gesprekskaart for a child enrolled at no school', () => {
  const meeting = { 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-10' };
  const card = (a: Record<string, unknown>) => cardOf(appOf(story({ ...a, ...meeting })), TODAY);
  const nl = tFor('nl');
  const texts = (c: ReturnType<typeof card>) =>
    [...c.questions.flatMap((q) => [nl.raw(`ui:meeting.q.${q.id}.text`), nl.raw(`ui:meeting.q.${q.id}.why`)]), ...c.know.map((k) => nl.raw(`ui:meeting.knowItem.${k.id}`))].join('\n');

  // Before: "De school blijft verantwoordelijk tot je kind op een andere school is ingeschreven. Dan moet de school zorgen
  // dat je kind les krijgt, ook thuis." (thuis-onderwijs-morgen), the same in thuis-plek-zoeken, and the know-line "De school
  // moet zorgen voor onderwijs tot je kind op een andere school is ingeschreven" (zorgplicht-blijft): a school she does not
  // have, which a parent could wait for. A03 (002:728-734): the zorgplicht starts at the school that receives the registration.
  it('no "the school stays responsible" for a school she does not have; the line on the registration instead (alone, waiting, refused, tlv)', () => {
    const variants = {
      alone: { ...yara, groep: 'groep-1-2' },
      waiting: { ...yara, situatie: ['thuiszitten', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-20', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'nog-niet' },
      refused: { ...yara, situatie: ['thuiszitten', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-20', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'geweigerd', 'weigering-datum': '2026-11-27', 'weigering-schriftelijk': 'ja' },
      tlv: { ...yara, situatie: ['thuiszitten', 'tlv'], 'tlv-fase': 'weet-niet' },
    };
    for (const [name, a] of Object.entries(variants)) {
      const c = card(a);
      expect(c.questions.map((q) => q.id), name).not.toContain('thuis-onderwijs-morgen');
      expect(c.questions.map((q) => q.id), name).not.toContain('thuis-plek-zoeken');
      expect(c.know.map((k) => k.id), name).not.toContain('zorgplicht-blijft');
      expect(c.know.map((k) => k.id), name).toContain('zorgplicht-aanmelding');
      expect(texts(c), name).not.toMatch(/blijft verantwoordelijk|tot je kind op een andere school is ingeschreven/);
      expect(texts(c), name).toMatch(/de school waar je je kind op papier aanmeldt de zorgplicht/);
    }
  });

  // Session 56 (lead, after the merge): the goals "Les voor mijn kind zolang het thuis zit" (from no one she can ask) and "Een
  // plan om weer naar school te gaan" (a school she never went to).
  it('goals: a place at the school, not lessons at home or a plan to go back; once only with "aanmelden" too; a child at a school keeps them', () => {
    expect(card(yara).goals).toEqual(['plek-op-school', 'afspraken-op-papier']);
    const waiting = card({ ...yara, situatie: ['thuiszitten', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-20', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'nog-niet' });
    expect(waiting.goals.filter((g) => g === 'plek-op-school')).toHaveLength(1);
    expect(waiting.goals).not.toContain('les-thuis');
    expect(waiting.goals).not.toContain('terug-naar-school');
    expect(card({ ...atSchool, 'thuis-reden': 'niet-welkom' }).goals).toEqual(expect.arrayContaining(['les-thuis', 'terug-naar-school']));
  });

  it('the new line in all six languages; a child at a school keeps the old questions and line', () => {
    for (const lang of LANGS) expect(tFor(lang).raw('ui:meeting.knowItem.zorgplicht-aanmelding'), lang).toMatch(/zorgplicht/);
    const c = card({ ...atSchool, 'thuis-reden': 'niet-welkom' });
    expect(c.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['thuis-onderwijs-morgen', 'thuis-plek-zoeken']));
    expect(c.know.map((k) => k.id)).toContain('zorgplicht-blijft');
    expect(c.know.map((k) => k.id)).not.toContain('zorgplicht-aanmelding');
  });
});

// ── Steps that send her to "the school" (src/rules/steps/ondersteuning.ts, informatie.ts) ──────────────────────────────
describe('steps that ask a school she does not have', () => {
  const tlv = { ...yara, situatie: ['thuiszitten', 'tlv'], 'tlv-fase': 'weet-niet', opp: 'nee', onderzoek: 'geen', 'swv-betrokken': 'nee' };
  const registered = { ...tlv, situatie: ['thuiszitten', 'tlv', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-20', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'nog-niet' };

  // Before (never enrolled, tlv, groep 3-6, registered nowhere): swv-betrekken "Vraag de school of ze het samenwerkingsverband
  // al heeft ingeschakeld ... De school blijft wel verantwoordelijk voor je kind", opp-vragen "Vraag de school per e-mail of
  // er een OPP is", onderzoek-vragen "Vraag de school per e-mail om actueel onderzoek", and the groep-6 overstap text "Praat
  // dan dit schooljaar al met de school ... De afspraken komen in het OPP".
  it('registered nowhere: no swv-betrekken, opp-vragen, onderzoek-vragen or groep-6 overstap; registering at a school comes first', () => {
    const p = agreeingPlan(story(tlv), TODAY);
    for (const id of ['swv-betrekken', 'opp-vragen', 'onderzoek-vragen', 'overstap-voorbereiden']) expect(ids(p), id).not.toContain(id);
    expect(allText(p)).not.toMatch(/De school blijft wel verantwoordelijk/);
    expect(allText(p)).not.toMatch(/Vraag de school per e-mail of er een OPP is/);
    expect(ids(p)[0]).toBe('nergens-ingeschreven');
    expect(ids(p)).toContain('steunpunt-bellen');
  });

  it('registered at a school: that school investigates (onderzoek-vragen, swv-betrekken stay); no OPP asked before admission', () => {
    const p = planAtApp(story(registered), TODAY);
    expect(ids(p)).toEqual(expect.arrayContaining(['onderzoek-vragen', 'swv-betrekken']));
    expect(ids(p)).not.toContain('opp-vragen');
  });

  it('a child at a school keeps all four', () => {
    const p = planAtApp(story({ ...tlv, 'thuis-reden': 'niet-welkom', ingeschreven: 'ja' }), TODAY);
    expect(ids(p)).toEqual(expect.arrayContaining(['swv-betrekken', 'opp-vragen', 'onderzoek-vragen', 'overstap-voorbereiden']));
  });
});

describe('the gesprekskaart agrees with the plan on research', () => {
  const meeting = { 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-10' };
  const tlv = { ...yara, ...meeting, situatie: ['thuiszitten', 'tlv'], 'tlv-fase': 'weet-niet', onderzoek: 'geen' };
  const qs = (a: Record<string, unknown>) => cardOf(appOf(story(a)), TODAY).questions.map((q) => q.id);
  // Before: "Welk nieuw onderzoek doet de school zelf?" on the card while no school has her or her registration.
  it('registered nowhere: no onderzoek-actueel; registered at a school, or enrolled at one: it stays', () => {
    expect(qs(tlv)).not.toContain('onderzoek-actueel');
    expect(qs({ ...tlv, situatie: ['thuiszitten', 'tlv', 'aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-20', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee' })).toContain('onderzoek-actueel');
    expect(qs({ ...tlv, 'thuis-reden': 'niet-welkom', ingeschreven: 'ja' })).toContain('onderzoek-actueel');
  });
});
