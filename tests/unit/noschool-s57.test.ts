/**
 * Session 57 (s57-noschool): what session 56 left open for a child enrolled at no school (thuiszitten, thuis-reden
 * 'nergens': neverEnrolled), read as a parents' lawyer: nothing may presuppose a school she never attended.
 *
 * 1. The letter to the leerplichtambtenaar said "De laatste school van {{kind_voornaam}} is {{school_naam}}" to every
 *    parent. Letters stay Dutch and are not filled from conditions; like other letters it now offers a choice of two lines
 *    the parent keeps or removes, one of them "staat nog op geen enkele school ingeschreven".
 * 2. kleuter-so: "Je kind zit in groep 1 of 2. Wennen aan school kost tijd ... Vraag eerst om meer tijd om te wennen".
 * 3. dossier-opvragen / the card's dossier-inzien: "Vraag de school per e-mail om een kopie" of a pupil dossier no school
 *    keeps of her (G01, G04): left out. tlv-zonder-opp: "Vraag de school welk OPP ze meestuurt", as if her school had one:
 *    its own text (E02, E11). tlv-stand-navragen: "Je weet niet of de school al een TLV heeft aangevraagd": its own text.
 *    tlv-aanvraag-inzien and the card's tlv-aanvraag-kopie asked for "de aanvraag en het OPP": all papers, the OPP if any.
 * 4. gesprek-voorbereiden: "om stukken vooraf, zoals het OPP" to every family, also those without one: "als je kind er een heeft".
 * 5. steunpunt-bellen: "Vraag de school ..., of kijk in de schoolgids" came before the sentence for a child at no school.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, loadTexts, renderMarkdown } from '../../src/cli/plan';
import { agreeingPlan, appOf, planAtApp } from './app-story';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { loadPlanTexts, tFor } from './plan-texts';
import { allText, dutch, ids, step, story, warningPart, warningText } from './lawyer-kit';
import { STEUNPUNT_NERGENS_TEXTS } from '../../src/rules/steps/informatie';
import { TLV_AANVRAAG_NERGENS_TEXTS, TLV_STAND_NERGENS_TEXTS } from '../../src/rules/steps/tlv';
import { KLEUTER_SO_NERGENS_TEXTS, TLV_ZONDER_OPP_NERGENS_TEXTS } from '../../src/rules/steps/warnings';
import type { Plan } from '../../src/rules/plan';

beforeAll(loadPlanTexts);

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const TODAY = '2026-12-03';

const nergens = {
  situatie: ['thuiszitten'], 'thuis-reden': 'nergens', 'thuis-sinds': '2026-08-31', 'lpa-betrokken': 'ja', 'school-zegt': ['geen'],
  'gesprek-gepland': 'nee', jeugdhulp: 'nee', klacht: 'nee',
};
/** Groep 1-2 age, a TLV question, not known how far (the brief's first family). */
const kleuterTlv = { ...nergens, situatie: ['thuiszitten', 'tlv'], groep: 'groep-1-2', 'tlv-fase': 'weet-niet', opp: 'nee', onderzoek: 'geen', 'swv-betrekken': 'nee' };
/** The same, the TLV applied for, dossier not seen, a meeting ahead. */
const kleuterAangevraagd = { ...kleuterTlv, 'tlv-fase': 'aangevraagd', 'tlv-aanvraag-gezien': 'nee', 'tlv-gehoord': 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', 'gesprek-gepland': 'ja', 'gesprek-datum': '2026-12-10' };
const groep5 = { ...nergens, groep: 'groep-3-6' };
const groep8Aanmelden = {
  ...nergens, situatie: ['thuiszitten', 'aanmelden'], groep: 'groep-7-8', 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2026-11-20',
  'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', 'aanmelding-besluit': 'nog-niet',
};
/** A child at a school, otherwise the same: keeps the general texts. */
const atSchool = (a: Record<string, unknown>) => ({ ...a, 'thuis-reden': 'niet-welkom', ingeschreven: 'ja' });
const plan = (a: Record<string, unknown>): Plan => agreeingPlan(story(a), TODAY);
const warning = (p: Plan, id: string) => p.warnings.find((w) => w.id === id);

describe('1. the letter to the leerplichtambtenaar for a child enrolled nowhere', () => {
  const letter = (lang: string) => readFileSync(join(CONTENT, lang, 'letters/bericht-leerplichtambtenaar.md'), 'utf8');
  // Before: one line "{{kind_voornaam}} zit in {{kind_groep}}. De laatste school van {{kind_voornaam}} is {{school_naam}}."
  it('the line with the last school is one of two to choose from; the other says she is enrolled nowhere (Dutch)', () => {
    const lines = letter('nl').split('\n');
    const at = lines.findIndex((l) => l.includes('{{school_naam}}'));
    expect(lines[at - 1]).toMatch(/^\[Kies één van de twee regels hieronder\. Haal de andere weg\.\]$/);
    expect(lines[at + 1]).toMatch(/staat nog op geen enkele school ingeschreven/);
    expect(lines[at + 1]).not.toMatch(/school_naam|kind_groep/);
    expect(letter('nl')).toMatch(/bij welke scholen je je kind hebt aangemeld, en wanneer/);
  });

  it('the same shape in every language (the translation beside the Dutch letter)', () => {
    for (const lang of LANGS) {
      const lines = letter(lang).split('\n');
      const at = lines.findIndex((l) => l.includes('{{school_naam}}'));
      expect(lines.filter((l) => l.includes('{{school_naam}}')), lang).toHaveLength(1);
      expect(lines[at - 1], lang).toMatch(/^\[[^\]]+\]$/);
      expect(lines[at + 1], lang).toMatch(/\{\{kind_voornaam\}\}/);
      expect(lines[at + 1], lang).not.toMatch(/school_naam|kind_groep|\[/);
    }
  });
});

describe('1b. what to send with it', () => {
  const attach = (lang: string) => {
    const head = readFileSync(join(CONTENT, lang, 'letters/bericht-leerplichtambtenaar.md'), 'utf8').split('\n---\n')[0]!;
    const rest = head.slice(head.indexOf('\nattach:\n')).split('\n').slice(2);
    return rest.slice(0, rest.findIndex((l) => !l.startsWith('  - ')));
  };
  // Before: only "berichten van de school" and "je brief aan de school": a parent of a child at no school has her
  // registrations and the schools' answers, the proof the plan tells her to keep (verzuim-niet-ingeschreven).
  it('a copy of the registrations at schools and their answers, in every language', () => {
    expect(attach('nl')).toContain('  - Staat je kind nog nergens ingeschreven? Een kopie van je aanmeldingen bij scholen, en van hun antwoorden');
    for (const lang of LANGS) expect(attach(lang), lang).toHaveLength(3);
  });
});

describe('2. kleuter-so for a kleuter enrolled at no school', () => {
  it('its own text: no school she is settling at; a child at a school keeps the general one', () => {
    const w = warning(plan(kleuterTlv), 'kleuter-so')!;
    expect(w.texts).toBe(KLEUTER_SO_NERGENS_TEXTS);
    const text = warningText(w);
    expect(text).not.toMatch(/Je kind zit in groep 1 of 2|Vraag eerst om meer tijd om te wennen/);
    expect(text).toMatch(/staat nog op geen enkele school ingeschreven/);
    expect(text).toMatch(/zelden terug/);
    const general = warning(plan(atSchool(kleuterTlv)), 'kleuter-so')!;
    expect(general.texts).toBeUndefined();
    expect(warningText(general)).toMatch(/Je kind zit in groep 1 of 2/);
  });
});

describe('3. dossier, OPP and TLV for a child enrolled at no school', () => {
  it('no dossier-opvragen (no school keeps a pupil dossier of her); a child at a school keeps it', () => {
    expect(ids(plan(kleuterAangevraagd))).not.toContain('dossier-opvragen');
    expect(allText(plan(kleuterAangevraagd))).not.toMatch(/Vraag het dossier van je kind op/);
    expect(ids(plan(atSchool(kleuterAangevraagd)))).toContain('dossier-opvragen');
  });

  it('a request she made still has its month (dossier-herinneren)', () => {
    const p = plan({ ...kleuterAangevraagd, 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-20' });
    expect(step(p, 'dossier-herinneren')?.deadline?.due).toBe('2026-12-20');
  });

  it('the gesprekskaart: no dossier-inzien for her; a child at a school keeps it', () => {
    const qs = (a: Record<string, unknown>) => cardOf(appOf(story(a)), TODAY).questions.map((q) => q.id);
    expect(qs(kleuterAangevraagd)).not.toContain('dossier-inzien');
    expect(qs(atSchool(kleuterAangevraagd))).toContain('dossier-inzien');
  });

  it('tlv-zonder-opp: its own text (no school made an OPP; ask the applying school what it sends)', () => {
    const w = warning(plan(kleuterAangevraagd), 'tlv-zonder-opp')!;
    expect(w.texts).toBe(TLV_ZONDER_OPP_NERGENS_TEXTS);
    const text = warningText(w);
    expect(text).not.toMatch(/Vraag de school welk OPP ze meestuurt/);
    expect(text).toMatch(/geen enkele school ingeschreven/);
    expect(text).toMatch(/zienswijze/);
    expect(text).toMatch(/bezwaar/);
    expect(warning(plan(atSchool(kleuterAangevraagd)), 'tlv-zonder-opp')!.texts).toBeUndefined();
  });

  it('tlv-stand-navragen: not "Je weet niet of de school al een TLV heeft aangevraagd"; the uncertain bezwaar time stays', () => {
    const s = step(plan(kleuterTlv), 'tlv-stand-navragen')!;
    expect(s.texts).toBe(TLV_STAND_NERGENS_TEXTS);
    const why = dutch(s);
    expect(why).not.toMatch(/Je weet niet of de school al een TLV heeft aangevraagd/);
    expect(why).toMatch(/staat niet in onze bronnen/);
    expect(why).toMatch(/6 weken na het besluit, maar dat is niet zeker/);
    expect(step(plan(atSchool(kleuterTlv)), 'tlv-stand-navragen')!.texts).toBeUndefined();
  });
});

describe('3b. the TLV application: no "het OPP" she may not have', () => {
  // Before: plan "Vraag de school per e-mail om een kopie van de aanvraag en het OPP"; card "Mag ik een kopie van de aanvraag
  // en het OPP die naar het samenwerkingsverband zijn gestuurd?".
  it('tlv-aanvraag-inzien has its own text; a child at a school keeps the general one', () => {
    const s = step(plan(kleuterAangevraagd), 'tlv-aanvraag-inzien')!;
    expect(s.texts).toBe(TLV_AANVRAAG_NERGENS_TEXTS);
    expect(dutch(s)).not.toMatch(/om een kopie van de aanvraag en het OPP/);
    expect(dutch(s)).toMatch(/alle stukken die ze meestuurt/);
    expect(dutch(s)).toMatch(/Stuurt de school een OPP mee\? Dan moet ze je dat vertellen voordat ze het opstuurt/);
    expect(step(plan(atSchool(kleuterAangevraagd)), 'tlv-aanvraag-inzien')!.texts).toBeUndefined();
    for (const lang of LANGS) expect(tFor(lang).raw(`${TLV_AANVRAAG_NERGENS_TEXTS}.why`), lang).toMatch(/OPP/);
  });

  it('the card question asks for all papers, the OPP only if there is one (every family)', () => {
    const c = cardOf(appOf(story(kleuterAangevraagd)), TODAY);
    expect(c.questions.map((q) => q.id)).toContain('tlv-aanvraag-kopie');
    expect(tFor('nl').raw('ui:meeting.q.tlv-aanvraag-kopie.text')).toMatch(/alle stukken .* ook van het OPP als dat er is\?$/);
    for (const lang of LANGS) expect(tFor(lang).raw('ui:meeting.q.tlv-aanvraag-kopie.text'), lang).toMatch(/OPP/);
  });
});

describe('4. gesprek-voorbereiden does not take an OPP for granted', () => {
  const IF_ONE: Record<string, RegExp> = {
    nl: /zoals het OPP als je kind er een heeft/, en: /such as the OPP if your child has one/, ar: /OPP\S* إن كانت لطفلك واحدة/,
    tr: /çocuğunuzun bir OPP'si varsa/, pl: /na przykład OPP, jeśli dziecko je ma/, uk: /наприклад OPP, якщо він є у вашої дитини/,
  };
  it('"zoals het OPP als je kind er een heeft", for a child at no school and in all six languages', () => {
    expect(dutch(step(plan(kleuterAangevraagd), 'gesprek-voorbereiden')!)).toMatch(/zoals het OPP als je kind er een heeft\./);
    for (const lang of LANGS) {
      const general = tFor(lang).raw('steps:steps.gesprek-voorbereiden.why');
      const dayUnknown = tFor(lang).raw('ui:s45.planStep.gesprekDatumOnbekend.why');
      expect(general, lang).toMatch(IF_ONE[lang]!);
      expect(dayUnknown, lang).toMatch(IF_ONE[lang]!);
    }
  });
});

describe('5. steunpunt-bellen for a child enrolled at no school', () => {
  // Before: "Het hoort bij het samenwerkingsverband van de school ... Vraag de school bij welk samenwerkingsverband ze hoort,
  // of kijk in de schoolgids." and only then "Staat je kind nog nergens ingeschreven? ...".
  it('no schoolgids, no "the school\'s" samenwerkingsverband: the way that fits her (three families)', () => {
    for (const a of [kleuterTlv, groep5, groep8Aanmelden]) {
      const s = step(plan(a), 'steunpunt-bellen')!;
      expect(s.texts).toBe(STEUNPUNT_NERGENS_TEXTS);
      const why = dutch(s);
      expect(why).not.toMatch(/schoolgids/);
      expect(why).not.toMatch(/samenwerkingsverband van de school/);
      expect(why).toMatch(/Vraag de school waar je je kind wilt aanmelden bij welk samenwerkingsverband ze hoort/);
      expect(why).toMatch(/de regio waar je woont/);
    }
  });

  it('in all six languages through `npm run plan`; a child at a school keeps the schoolgids line', async () => {
    const mine = planAtApp(story(groep5), TODAY);
    const theirs = planAtApp(story(atSchool(groep5)), TODAY);
    for (const lang of LANGS) {
      const texts = await loadTexts(lang);
      const own = tFor(lang).raw(`${STEUNPUNT_NERGENS_TEXTS}.why`);
      expect(renderMarkdown(mine, texts), lang).toContain(own);
      expect(own, lang).not.toMatch(/schoolgids/);
      expect(renderMarkdown(theirs, texts), lang).toContain(tFor(lang).raw('steps:steps.steunpunt-bellen.why').split(/(?<=[.?!؟])\s+/)[0]!);
      expect(renderMarkdown(theirs, texts), lang).toMatch(/schoolgids/);
    }
  });
});

describe('the new texts exist in all six languages and differ from the general ones', () => {
  it('titles and texts', () => {
    for (const lang of LANGS) {
      const t = tFor(lang);
      for (const [own, part] of [[STEUNPUNT_NERGENS_TEXTS, 'why'], [TLV_STAND_NERGENS_TEXTS, 'why'], [KLEUTER_SO_NERGENS_TEXTS, 'text'], [TLV_ZONDER_OPP_NERGENS_TEXTS, 'text']] as const) {
        expect(t.raw(`${own}.title`), `${lang} ${own}`).toBeTruthy();
        expect(t.raw(`${own}.${part}`), `${lang} ${own}`).toMatch(/\S{3}/);
      }
      const w = warning(plan(kleuterTlv), 'kleuter-so')!;
      expect(warningPart(w, lang, 'text'), lang).not.toBe(t.raw('steps:warnings.kleuter-so.text'));
    }
  });
});

describe('no deadline lost for the three families of the brief', () => {
  it('groep 8 with a registration: the school\'s 6 weeks (and 10 when extended) from the receipt stay', () => {
    const p = plan(groep8Aanmelden);
    expect(step(p, 'besluit-aanmelding')?.deadline?.due).toBe('2027-01-01');
    expect(ids(p)[0]).not.toBe('steunpunt-bellen');
  });
});
