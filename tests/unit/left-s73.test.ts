/**
 * Session 73 (s73-left): small wrongs session 72's reviews noticed and left. Answers in tests/answers/s73/left/; the
 * scenario side is tests/scenarios/059-left-s73.yaml, the summer bezwaar note (5) tests/unit/summer-s73.test.ts. Each test
 * marked "(failed before)" failed against 35d05a0e (checked by taking the fix out and running this file).
 *
 * 1. opp-evaluatie after a talk in June or July. The texts read B20 strictly for an OPP drawn up in that talk ("an
 *    evaluation still belongs in this school year, by 31 July"; "... belonged in that school year ... the school is late"),
 *    with spring71's note "ask now for a talk before the summer holiday". The sources say "at least once per school year"
 *    (001:272, 509; 002:882-884, 004:1342), not that an OPP set weeks before the holiday is evaluated before it. The new
 *    texts (ui left73.planStep.oppZomerGesprek, oppZomerGesprekVorigJaar) say so and name the next school year's day.
 * 2. The overstap step for groep 3-6 (s52 overstapGroep6) was titled "Vanaf groep 6: praat over de middelbare school",
 *    read as "now" by a parent of a child in groep 4; the title is a question now. Its place (goed om te weten) stays.
 * 3. dossier-herinneren named correcting the dossier before the school's answer: now the month, then read it, then correct
 *    or add (G01, G05).
 * 4. besluit-aanmelding's "ruim van tevoren ... nieuw schooljaar": the brochure names the exception (000:362-364: sometimes,
 *    for example a registration for a new school year); "ruim van tevoren" is in no source, and a registration on the first
 *    school day read as one. Now "voor een nieuw schooljaar dat nog niet begonnen was", six texts, six languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { IsoDate } from '../../src/rules/dates';
import { buildPlan, stepNotes, OPP_BEFORE_SUMMER_NOTE } from '../../src/rules/plan';
import { loadPlanTexts, tFor } from './plan-texts';
import { A, dutch } from './lawyer-kit';
import { LANGUAGES } from '../../src/languages';
import { OPP_PREVIOUS_YEAR_TEXTS, OPP_SUMMER_TALK_PREVIOUS_YEAR_TEXTS, OPP_SUMMER_TALK_TEXTS, OPP_THIS_YEAR_TEXTS } from '../../src/rules/steps/ondersteuning';

beforeAll(loadPlanTexts);

const oppJuli = A(JSON.parse(readFileSync('tests/answers/s73/left/01-opp-juli.json', 'utf8')).answers);
const withTalk = (day: IsoDate) => A({ ...oppJuli, 'opp-besproken': day });
const evaluation = (day: IsoDate, today: IsoDate) => buildPlan(withTalk(day), today).steps.find((s) => s.id === 'opp-evaluatie')!;

describe('1: opp-evaluatie after a talk in June or July', () => {
  it('(failed before) talk 5 Jul 2027, read 12 Jul: no evaluation asked by 31 July, no "before the summer" note; the next school year counts', () => {
    const s = evaluation('2027-07-05', '2027-07-12');
    expect(s.texts).toBe(OPP_SUMMER_TALK_TEXTS);
    const t = dutch(s);
    expect(t).toMatch(/Het laatste gesprek was op maandag 5 juli 2027, aan het eind van dit schooljaar/);
    expect(t).toMatch(/Onze bronnen zeggen niet/);
    expect(t).toMatch(/Het volgende gesprek moet uiterlijk op maandag 31 juli 2028 zijn, in het volgende schooljaar/);
    expect(t).not.toMatch(/31 juli 2027/);
    expect(stepNotes(s)).not.toContain(OPP_BEFORE_SUMMER_NOTE);
    expect(s.deadline).toBeUndefined();
  });
  it('(failed before) talk 15 Jun 2027, read 13 Sep 2027: the school is not called late; this school year\'s talk by 31 July 2028', () => {
    const s = evaluation('2027-06-15', '2027-09-13');
    expect(s.texts).toBe(OPP_SUMMER_TALK_PREVIOUS_YEAR_TEXTS);
    const t = dutch(s);
    expect(t).not.toMatch(/te laat|voorbij|31 juli 2027/);
    expect(t).toMatch(/Het volgende gesprek moet uiterlijk op maandag 31 juli 2028 zijn[\s\S]*Het gesprek in dit schooljaar telt/);
    expect(s.group).toBe('binnenkort');
  });
  it('(failed before) talk 1 Jun 2027 read 1 Jun 2027, and read on 30 and 31 July: no last-day or before-the-summer note', () => {
    for (const today of ['2027-06-01', '2027-07-30', '2027-07-31'] as IsoDate[]) {
      const s = evaluation('2027-06-01', today);
      expect(s.texts, today).toBe(OPP_SUMMER_TALK_TEXTS);
      expect(stepNotes(s), today).toEqual([]);
    }
  });
  it('guards: a talk in May keeps the strict texts and notes; a talk on 1 Aug (a new school year) too', () => {
    const may = evaluation('2027-05-10', '2027-05-20');
    expect(may.texts).toBe(OPP_THIS_YEAR_TEXTS);
    expect(stepNotes(may)).toContain(OPP_BEFORE_SUMMER_NOTE);
    expect(evaluation('2027-05-10', '2027-09-13').texts).toBe(OPP_PREVIOUS_YEAR_TEXTS);
    expect(evaluation('2026-08-01', '2027-06-01').texts).toBe(OPP_THIS_YEAR_TEXTS);
    // The last talk a whole school year ago (June 2026, read Sep 2027): that school year was missed (s45), unchanged.
    expect(dutch(evaluation('2026-06-15', '2027-09-13'))).toMatch(/Daarna ging een heel schooljaar voorbij zonder gesprek/);
  });
  it('the new texts exist in six languages with both days as placeholders', () => {
    for (const { code } of LANGUAGES) {
      for (const key of [OPP_SUMMER_TALK_TEXTS, OPP_SUMMER_TALK_PREVIOUS_YEAR_TEXTS]) {
        const why = tFor(code).raw(`${key}.why`);
        expect(why, `${code} ${key}`).toMatch(/\S{3,}/);
        expect(tFor(code).exists(`${key}.title`), `${code} ${key}`).toBe(true);
      }
    }
  });
});

const groep4 = A({ ...oppJuli, 'opp-besproken': '2026-10-05' });

describe('2: the overstap step for groep 3-6 claims no groep in its title', () => {
  const TITLE: Record<string, RegExp> = {
    nl: /^De middelbare school: wanneer praat je over de overstap\?$/,
    en: /^Secondary school: when do you talk about the move\?$/,
    ar: /^المدرسة الثانوية: متى تتحدّث عن الانتقال؟$/,
    tr: /^Ortaokul: geçişi ne zaman konuşursunuz\?$/,
    pl: /^Szkoła średnia: kiedy rozmawiać o przejściu\?$/,
    uk: /^Середня школа: коли говорити про перехід\?$/,
  };
  it('(failed before) groep-3-6, read 6 Dec 2026: a question, under "goed om te weten", in six languages', () => {
    const s = buildPlan(groep4, '2026-12-06').steps.find((x) => x.id === 'overstap-voorbereiden')!;
    expect(s.group).toBe('goed-om-te-weten');
    expect(dutch(s, 'title')).not.toMatch(/Vanaf groep 6/);
    for (const { code } of LANGUAGES) expect(tFor(code).raw(`${s.texts}.title`), code).toMatch(TITLE[code]!);
  });
});

describe('3: dossier-herinneren: first the answer, then read it, then correct', () => {
  const ORDER: Record<string, RegExp> = {
    nl: /binnen een maand[\s\S]*Heb je het dossier gekregen\?[\s\S]*verbeteren of aan te vullen/,
    en: /within one month[\s\S]*Have you received the file\?[\s\S]*correct it or add to it/,
    ar: /خلال شهر واحد[\s\S]*هل وصلك الملف؟[\s\S]*تصحيحه أو إكماله/,
    tr: /bir ay içinde[\s\S]*Dosyayı aldınız mı\?[\s\S]*düzeltmesini veya tamamlamasını/,
    pl: /jednego miesiąca[\s\S]*Teczka już przyszła\?[\s\S]*poprawienie lub uzupełnienie/,
    uk: /одного місяця[\s\S]*Ви отримали справу\?[\s\S]*виправити або доповнити/,
  };
  it('(failed before) requested 20 Nov 2026, read 6 Dec: the month first, correcting last, in six languages; the day stays', () => {
    const s = buildPlan(A({ ...groep4, 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-20' }), '2026-12-06').steps.find((x) => x.id === 'dossier-herinneren')!;
    expect(s.deadline).toMatchObject({ start: '2026-11-20', due: '2026-12-20', certain: false });
    for (const { code } of LANGUAGES) expect(tFor(code).raw('steps:steps.dossier-herinneren.why'), code).toMatch(ORDER[code]!);
  });
});

describe('4: besluit-aanmelding: the new-school-year exception for a school year not yet begun (000:362-364)', () => {
  const NEW: Record<string, RegExp> = {
    nl: /nieuw schooljaar dat nog niet begonnen was\? Dan is er soms een uitzondering op de 6 weken/,
    en: /new school year that had not begun yet\? Then there is sometimes an exception to the 6 weeks/,
    ar: /لسنة دراسية جديدة لم تكن قد بدأت بعد/,
    tr: /henüz başlamamış yeni bir okul yılına/,
    pl: /na nowy rok szkolny, który jeszcze się nie zaczął/,
    uk: /на новий навчальний рік, який ще не почався/,
  };
  const OLD = /ruim van tevoren|well in advance|قبل وقت طويل|çok önceden|dużo wcześniej, na nowy|задовго наперед/;
  const KEYS = ['steps:steps.besluit-aanmelding.why', 'ui:s47.planStep.besluitAanmeldingNergens.why', 'ui:s47.planStep.besluitAanmeldingTeLaat.why', 'ui:blind66.planStep.besluitAanmeldingOuder.why', 'ui:blind66.planStep.besluitAanmeldingNergensOuder.why', 'ui:blind66.planStep.besluitAanmeldingTeLaatOuder.why'];
  it('(failed before) every text of the step says "not begun yet", none "well in advance", in six languages', () => {
    for (const { code } of LANGUAGES) {
      for (const key of KEYS) {
        const t = tFor(code).raw(key);
        expect(t, `${code} ${key}`).toMatch(NEW[code]!);
        expect(t, `${code} ${key}`).not.toMatch(OLD);
      }
    }
  });
  it('registered on the first school day (30 Aug 2027), read 6 Sep: the 6 weeks from receipt stay (A04)', () => {
    const p = buildPlan(A({ situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-08-30', 'aanmelding-bevestiging': 'ja', 'aanmelding-besluit': 'nog-niet', 'ondersteuning-gemeld': 'ja', 'meer-scholen': 'nee', groep: 'groep-3-6' }), '2027-09-06');
    const s = p.steps.find((x) => x.id === 'besluit-aanmelding')!;
    expect(s.deadline).toMatchObject({ start: '2027-08-30', due: '2027-10-11', certain: true });
    expect(dutch(s)).toMatch(NEW['nl']!);
  });
});
