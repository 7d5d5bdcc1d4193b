/**
 * Session 80 (s80-gaps): four gaps earlier sessions noted. Sources: ../shared/FACTS.md.
 * 1. D17 (004:3217-3222): maatwerk onderwijstijd needs two experts' advice, one an orthopedagoog or psycholoog, the other
 *    depending on the child's need. The default maatwerk-onderwijstijd text said so (s78), but its own texts for a child the
 *    school keeps out part of the week (maatwerkDoorSchool) and one waiting for a place (maatwerkWachtlijst) said only "two
 *    experts". One sentence more in both, six languages. Failed before: the sentence was not there.
 * 2. tlv-soort: no fourth answer (the TLV route is "speciaal (basis)onderwijs"; praktijkonderwijs is a secondary school,
 *    A12, E01, E26): a note on overstap-later for a parent in the TLV route in groep 7/8 (plan.ts OVERSTAP_LATER_TLV_NOTE).
 *    Failed before: overstap-later had no note.
 * 3. The gesprekskaart for a parent who has seen the dossier: two questions (G04, G05; G06, G09). Failed before: no such
 *    rows (the card had only dossier-inzien, for a parent who has not seen it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, OVERSTAP_LATER_TLV_NOTE, stepNotes } from '../../src/rules/plan';
import { stepText } from '../../src/ui/deadlineText';
import { cardOf } from '../../src/ui/pages/MeetingPage';
import { QUESTION_RULES } from '../../src/meeting/card';
import { loadPlanTexts, tFor } from './plan-texts';
import { appOf } from './app-story';
import { loadTexts, renderMarkdown } from '../../src/cli/plan';
import { log } from './timeline-log';
import { A, E } from './lawyer-kit';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type Lang = (typeof LANGS)[number];
const TODAY = '2026-12-02';
/** Text without the Unicode isolates the Arabic texts carry around Latin runs (the content compiler's, see 4 below). */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
beforeAll(loadPlanTexts);

// ── 1. D17 in the maatwerk texts ────────────────────────────────────────────────────────────────────────────────────
const D17: Record<Lang, RegExp> = {
  nl: /Twee deskundigen geven daar eerst advies over\. Een van hen is een orthopedagoog of psycholoog, de ander past bij wat je kind nodig heeft\./,
  en: /Two experts first give advice on this\. One of them is an orthopedagogue \(orthopedagoog\) or a psychologist, the other fits what your child needs\./,
  ar: /أولاً يعطي اثنان من الخبراء رأيهما في ذلك\. أحدهما أخصائي تربوي \(orthopedagoog\) أو أخصائي نفسي، والآخر يناسب ما يحتاجه طفلك\./,
  tr: /Önce iki uzman bu konuda tavsiye verir\. Bunlardan biri ortopedagog \(orthopedagoog\) veya psikologdur, diğeri çocuğunuzun ihtiyacına uygun bir uzmandır\./,
  pl: /Najpierw dwóch specjalistów wydaje o tym opinię\. Jednym z nich jest ortopedagog \(orthopedagoog\) albo psycholog, drugi pasuje do tego, czego potrzebuje dziecko\./,
  uk: /Спершу два фахівці дають щодо цього пораду\. Один із них — ортопедагог \(orthopedagoog\) або психолог, другий відповідає тому, чого потребує дитина\./,
};
/** A child at school part of the week since 2 November 2026, still enrolled, for `reason` (thuis-reden). */
const partTime = (reason: string) => A({
  situatie: ['thuiszitten'], 'thuis-reden': reason, 'thuis-hoeveel': 'deels', 'thuis-sinds': '2026-11-02', 'lessen-nu': 'nee',
  ingeschreven: 'ja', 'lpa-betrokken': 'nee', 'verwijdering-besluit': 'nee', groep: 'groep-3-6',
});

describe('s80-gaps 1: D17 in the maatwerk texts of a child kept out part of the week or waiting for a place', () => {
  for (const [reason, texts] of [['niet-welkom', 'ui:s47.planStep.maatwerkDoorSchool'], ['wachtlijst', 'ui:s47.planStep.maatwerkWachtlijst']] as const) {
    it(`${reason}: maatwerk-onderwijstijd names the orthopedagoog or psycholoog in six languages`, () => {
      const s = buildPlan(partTime(reason), TODAY).steps.find((x) => x.id === 'maatwerk-onderwijstijd')!;
      expect(s.texts).toBe(texts);
      for (const l of LANGS) expect(plain(stepText(s, 'why', tFor(l))), l).toMatch(D17[l]);
    });
  }
});

// ── 2. praktijkonderwijs for a parent in the TLV route ──────────────────────────────────────────────────────────────
const PRO: Record<Lang, RegExp> = {
  nl: /Gaat je kind na groep 8 naar praktijkonderwijs\?[\s\S]*TLV nodig[\s\S]*staat niet in onze bronnen\. Vraag het op tijd aan de school voor praktijkonderwijs of aan het samenwerkingsverband voor het voortgezet onderwijs\./,
  en: /praktijkonderwijs[\s\S]*also needs a TLV[\s\S]*not in our sources/,
  ar: /praktijkonderwijs[\s\S]*TLV[\s\S]*غير مذكور في مصادرنا/,
  tr: /praktijkonderwijs[\s\S]*TLV gerekir[\s\S]*kaynaklarımızda yazmıyor/,
  pl: /praktijkonderwijs[\s\S]*potrzebna jest TLV[\s\S]*nie ma w naszych źródłach/,
  uk: /praktijkonderwijs[\s\S]*потрібна TLV[\s\S]*у наших джерелах не сказано/,
};
const tlv = (groep: string, soort: string) => A({ situatie: ['tlv'], groep, 'tlv-fase': 'school-wil-aanvragen', 'tlv-soort': soort });

describe('s80-gaps 2: a TLV in groep 7/8: overstap-later says praktijkonderwijs needs a TLV too', () => {
  for (const soort of ['sbo', 'so', 'weet-niet']) {
    it(`groep 7/8, tlv-soort ${soort}: overstap-later carries the note, in six languages`, () => {
      const s = buildPlan(tlv('groep-7-8', soort), TODAY).steps.find((x) => x.id === 'overstap-later')!;
      expect(stepNotes(s)).toContain(OVERSTAP_LATER_TLV_NOTE);
      for (const l of LANGS) expect(plain(tFor(l).raw(OVERSTAP_LATER_TLV_NOTE.slice(3))), l).toMatch(PRO[l]);
    });
  }
  it('the note is among the texts the plan page and `npm run plan` load (compile.ts PAGE_TEXT_SECTIONS), in six languages', async () => {
    const p = buildPlan(tlv('groep-7-8', 'weet-niet'), TODAY);
    for (const l of LANGS) expect(plain(renderMarkdown(p, await loadTexts(l))), l).toMatch(PRO[l]);
  });
  it('not for a parent in groep 7/8 outside the TLV route, and no overstap-later (so no note) in groep 3-6', () => {
    const other = buildPlan(A({ situatie: ['handelingsverlegen'], groep: 'groep-7-8' }), TODAY).steps.find((x) => x.id === 'overstap-later')!;
    expect(stepNotes(other)).not.toContain(OVERSTAP_LATER_TLV_NOTE);
    expect(buildPlan(tlv('groep-3-6', 'sbo'), TODAY).steps.some((x) => x.id === 'overstap-later')).toBe(false);
  });
});

// ── 3. the gesprekskaart after seeing the dossier ──────────────────────────────────────────────────────────────────
const HV = { situatie: ['handelingsverlegen'], groep: 'groep-3-6', opp: 'nee' };
const cardQuestions = (answers: Record<string, unknown>, events: ReturnType<typeof E>[] = []) =>
  cardOf(appOf(log(A(answers), events)), TODAY).questions.map((q) => q.id);

describe('s80-gaps 3: the card asks a parent who has seen the dossier about what she read', () => {
  it('answered "ja": both questions, not dossier-inzien', () => {
    const q = cardQuestions({ ...HV, 'dossier-gezien': 'ja' });
    expect(q).toEqual(expect.arrayContaining(['dossier-gelezen', 'dossier-gedeeld']));
    expect(q).not.toContain('dossier-inzien');
  });
  it('"nee" (asked, not yet received): dossier-inzien, not the new ones', () => {
    const q = cardQuestions({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-20' });
    expect(q).toContain('dossier-inzien');
    expect(q).not.toContain('dossier-gelezen');
    expect(q).not.toContain('dossier-gedeeld');
  });
  it('asked and received in the timeline ("Dossier gevraagd", "Dossier ontvangen"): both questions', () => {
    const q = cardQuestions({ ...HV, 'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee' }, [E('dossier-gevraagd', '2026-10-20'), E('dossier-ontvangen', '2026-11-16')]);
    expect(q).toEqual(expect.arrayContaining(['dossier-gelezen', 'dossier-gedeeld']));
    expect(q).not.toContain('dossier-inzien');
  });
  it('their texts in six languages speak of correcting and of sharing, from the G rows', () => {
    const rules = QUESTION_RULES.filter((r) => r.id.startsWith('dossier-ge'));
    expect(rules.map((r) => [r.id, r.sources])).toEqual([['dossier-gelezen', ['G04', 'G05']], ['dossier-gedeeld', ['G06', 'G09']]]);
    expect(tFor('nl').raw('meeting.q.dossier-gelezen.why')).toMatch(/vragen om het te verbeteren of aan te vullen/);
    expect(tFor('nl').raw('meeting.q.dossier-gedeeld.why')).toMatch(/welke gegevens, met wie en waarom/);
    for (const l of LANGS) for (const id of ['dossier-gelezen', 'dossier-gedeeld']) {
      for (const part of ['text', 'why']) expect(tFor(l).exists(`meeting.q.${id}.${part}`), `${l} ${id} ${part}`).toBe(true);
    }
  });
});
