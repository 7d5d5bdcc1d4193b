/**
 * Session 75 (s75-blind): a blind round on the FACTS rows cited least (tests/scenarios/061-blind-s75.yaml). 15 stories
 * written from FACTS.md and the seeds before any plan was run; every date held. Texts the plan lacked (app wrong), now
 * one short line each in the six languages:
 * 1. A19 (002:789): help with learning Dutch alone is not extra support; the normal admission applies (A06).
 *    ondersteuning-melden, the first action after "Nee, nog niet" (s075-blind-alleen-nederlands-aanmelding).
 * 2. B05 (004:792-796): the OPP's outflow destination says regular or special; a double level is allowed. opp-zienswijze
 *    (s075-blind-opp-uitstroom-dubbel-niveau).
 * 3. B18 (004:1053-1058): for an OPP still being made, ask for the draft before the meeting, how long and what for.
 *    gesprek-voorbereiden (s075-blind-concept-opp-na-kerst).
 * 4. C21 (002:1997-2020): ask the SWV whether it has doorzettingsmacht (not every SWV; rarely used). The warning
 *    verwijdering-zonder-school (s075-blind-thuis-doorzettingsmacht).
 * 5. D04 (001:845): after a report of suspected unauthorised sick absence the leerplichtambtenaar invites parents or
 *    child for a talk. ui s47.planStep.verzuimZiek (s075-blind-verzuimloket-angst).
 * 6. E09 (002:2117-2125): some SWVs hold a zienswijzegesprek when parents will not sign. tlv-zienswijze
 *    (s075-blind-tlv-niet-tekenen-zienswijzegesprek).
 * 7. E23 (002:1959-1963, 3482-3484): an SWV staff member who mediated or observed should not co-decide on the TLV.
 *    tlv-gehoord-worden and tlv-bezwaar (s075-blind-tlv-bemiddelaar-beslist-mee, s075-blind-tlv-bezwaar-kerst-bemiddelaar).
 * 8. D01, D03, D04 (story 16, s075-blind-kleuter-ziek-leerplicht, written after the first run): a child in groep 1-2 who
 *    cannot go got the kleuter text only; now ui blind75.planStep.verzuimZiekKleuter (src/rules/steps/thuiszitten.ts).
 * The eight text tests failed before the fix (the content of da2f63e6); the three plan tests are guards (dates unchanged);
 * story 16's first test failed before the code change (its guards passed).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type Lang = (typeof LANGS)[number];
type Entry = Record<string, string>;
const stepsYaml = (lang: Lang) => parse(readFileSync(`content/${lang}/steps.yaml`, 'utf8')) as { steps: Record<string, Entry>; warnings: Record<string, Entry> };
const uiYaml = (lang: Lang) => parse(readFileSync(`content/${lang}/ui.yaml`, 'utf8')) as { s47: { planStep: { verzuimZiek: Entry } } };
const lines = (lang: Lang, kind: 'steps' | 'warnings', id: string, field: string): string => stepsYaml(lang)[kind][id]![field]!;

/** What each fix added, by a word of it in each language. */
const ADDED: { row: string; kind: 'steps' | 'warnings'; id: string; field: string; words: Record<Lang, RegExp> }[] = [
  { row: 'A19', kind: 'steps', id: 'ondersteuning-melden', field: 'why',
    words: { nl: /alleen hulp nodig bij het leren van Nederlands\? Dat telt niet als extra hulp\. Dan geldt de gewone aanmelding/, en: /only need help with learning Dutch\? That does not count as extra help/, ar: /الهولندية؟ هذا لا يُحسب مساعدة إضافية/, tr: /Hollandaca .* ek yardım sayılmaz/, pl: /niderlandzkiego\? To nie liczy się jako dodatkowa pomoc/, uk: /нідерландської\? Це не вважається додатковою допомогою/ } },
  { row: 'B05', kind: 'steps', id: 'opp-zienswijze', field: 'why',
    words: { nl: /gewoon of naar speciaal voortgezet onderwijs.*Twee niveaus samen mag ook, bijvoorbeeld vmbo-t\/havo/, en: /regular or special secondary.*vmbo-t\/havo/, ar: /عادي أم خاص.*vmbo-t\/havo/, tr: /normal mi yoksa özel.*vmbo-t\/havo/, pl: /zwykłej, czy do specjalnej.*vmbo-t\/havo/, uk: /звичайної чи до спеціальної.*vmbo-t\/havo/ } },
  { row: 'B18', kind: 'steps', id: 'gesprek-voorbereiden', field: 'why',
    words: { nl: /OPP en is het nog niet af\? Vraag dan het concept vooraf\. Vraag ook hoe lang/, en: /ask for the draft in advance/, ar: /المسوّدة مسبقاً/, tr: /taslağı önceden isteyin/, pl: /wcześniej o projekt/, uk: /проєкт заздалегідь/ } },
  { row: 'C21', kind: 'warnings', id: 'verwijdering-zonder-school', field: 'text',
    words: { nl: /Vraag het samenwerkingsverband of het doorzettingsmacht heeft.*zelden gebruikt/, en: /doorzettingsmacht.*rarely used/, ar: /doorzettingsmacht.*نادراً/, tr: /doorzettingsmacht.*nadiren/, pl: /doorzettingsmacht.*rzadko/, uk: /doorzettingsmacht.*рідко/ } },
  { row: 'E09', kind: 'steps', id: 'tlv-zienswijze', field: 'why',
    words: { nl: /Wil je niet tekenen\? Sommige samenwerkingsverbanden houden dan een zienswijzegesprek/, en: /not want to sign\?.*zienswijzegesprek/, ar: /توقّع؟.*zienswijzegesprek/, tr: /İmzalamak istemiyor musunuz\?.*zienswijzegesprek/, pl: /Nie chcesz podpisać\?.*zienswijzegesprek/, uk: /не хочете підписувати\?.*zienswijzegesprek/ } },
  { row: 'E23', kind: 'steps', id: 'tlv-gehoord-worden', field: 'why',
    words: { nl: /bemiddeld, of je kind geobserveerd\? Die persoon hoort niet mee te beslissen over de TLV\. Vraag wie er beslist/, en: /mediate .* should not take part in the decision on the TLV/, ar: /بالوساطة.*لا ينبغي/, tr: /arabuluculuk.*katılmamalıdır/, pl: /pośredniczył.*nie powinna współdecydować/, uk: /посередником.*не повинна/ } },
  { row: 'E23', kind: 'steps', id: 'tlv-bezwaar', field: 'why',
    words: { nl: /eerder bemiddelde of je kind observeerde toch meebeslist over de TLV\? Dat hoort niet\. Noem het in je bezwaar/, en: /mediated before .* should not happen\. Mention it in your objection/, ar: /بالوساطة.*اعتراضك/, tr: /arabuluculuk.*itirazınızda/, pl: /pośredniczyła.*sprzeciwie/, uk: /посередником.*запереченні/ } },
];

describe('s75-blind: the lines the plan lacked, in all six languages', () => {
  for (const a of ADDED) {
    it(`${a.row}: ${a.id}`, () => {
      for (const lang of LANGS) expect(lines(lang, a.kind, a.id, a.field), `${lang} ${a.id}`).toMatch(a.words[lang]);
    });
  }
  it('D04: after a report of suspected unauthorised sick absence, the leerplichtambtenaar invites for a talk (ui s47.planStep.verzuimZiek)', () => {
    const words: Record<Lang, RegExp> = { nl: /vermoedelijk ongeoorloofd melden\. De leerplichtambtenaar nodigt jou of je kind dan uit voor een gesprek\./, en: /suspected unauthorised\. The attendance officer then invites you or your child for a talk/, ar: /على الأرجح\. عندها يدعوك موظف التعليم الإلزامي/, tr: /izinsiz olarak bildirebilir\. Zorunlu eğitim memuru .* davet eder/, pl: /nieusprawiedliwioną\. Leerplichtambtenaar zaprasza/, uk: /неповажну\. Тоді інспектор з обов'язкового навчання запрошує/ };
    for (const lang of LANGS) expect(uiYaml(lang).s47.planStep.verzuimZiek['why'], lang).toMatch(words[lang]);
  });
});

describe('s75-blind: the plans that show these lines, dates unchanged', () => {
  const amira: Answers = {
    situatie: ['aanmelden'], 'aanmelding-hoe': 'schriftelijk', 'aanmelding-datum': '2027-01-11', 'aanmelding-bevestiging': 'ja', 'ondersteuning-gemeld': 'nee',
    'meer-scholen': 'nee', 'aanmelding-besluit': 'nog-niet', 'aanmelding-verlengd': 'nee', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', jeugdhulp: 'nee',
    vervoer: 'nee', klacht: 'nee', groep: 'nog-niet',
  };
  it('A19: Amira, only Dutch support: ondersteuning-melden is there, the school\'s 6 weeks end 22 February 2027 (certain)', () => {
    const p = buildPlan(amira, '2027-02-01');
    expect(p.steps.some((s) => s.id === 'ondersteuning-melden')).toBe(true);
    const d = p.steps.find((s) => s.id === 'besluit-aanmelding')?.deadline;
    expect(d?.due).toBe('2027-02-22');
    expect(d?.certain).toBe(true);
  });
  it('C21: Finn at home, the school wants him gone, no other school: the warning verwijdering-zonder-school is there, no certain term', () => {
    const finn: Answers = {
      situatie: ['handelingsverlegen', 'thuiszitten'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'nee', 'verwijdering-andere-school': 'nee',
      'aanbod-geweigerd': 'nee', 'thuis-sinds': '2026-11-02', 'thuis-hoeveel': 'helemaal', 'thuis-reden': 'niet-welkom', ingeschreven: 'ja', 'lessen-nu': 'nee',
      'lpa-betrokken': 'ja', opp: 'ja', 'opp-besproken': '2026-10-01', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent',
      'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
    };
    const p = buildPlan(finn, '2027-01-11');
    expect(p.warnings.some((w) => w.id === 'verwijdering-zonder-school')).toBe(true);
    expect(p.steps.filter((s) => s.deadline?.certain)).toEqual([]);
  });
  it('E23: a TLV granted 10 December 2027, she disagrees: tlv-bezwaar until 21 January 2028, not certain', () => {
    const sofie: Answers = {
      situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2027-12-10', 'tlv-eens': 'nee', 'tlv-gehoord': 'ja', 'tlv-soort': 'sbo',
      'tlv-plek': 'zoeken', 'bezwaar-ingediend': 'nee', opp: 'ja', 'opp-besproken': '2027-10-04', 'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', 'swv-betrokken': 'ja',
      'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6', vervoer: 'nee',
    };
    const d = buildPlan(sofie, '2027-12-20').steps.find((s) => s.id === 'tlv-bezwaar')?.deadline;
    expect(d?.due).toBe('2028-01-21');
    expect(d?.certain).toBe(false);
  });
});

describe('s75-blind (story 16): a child in groep 1 or 2 who cannot go through illness or anxiety', () => {
  const sem: Answers = {
    situatie: ['thuiszitten'], 'thuis-sinds': '2027-03-08', 'thuis-hoeveel': 'helemaal', 'thuis-reden': 'kan-niet', ingeschreven: 'ja', 'lessen-nu': 'nee',
    'lpa-betrokken': 'ja', opp: 'nee', 'swv-betrokken': 'nee', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'nee',
    'dossier-gevraagd': 'nee', jeugdhulp: 'nodig', klacht: 'nee', groep: 'groep-1-2',
  };
  const textsOf = (a: Answers) => buildPlan(a, '2027-03-29').steps.find((s) => s.id === 'verzuim-melding')?.texts;
  it('verzuim-melding reads the ill-child text with the kleuter lines (failed before: the kleuter text only)', () => {
    expect(textsOf(sem)).toBe('ui:blind75.planStep.verzuimZiekKleuter');
  });
  it('guards: groep 1-2 for another reason keeps the kleuter text; groep 3-6 who cannot go keeps the ill-child text', () => {
    expect(textsOf({ ...sem, 'thuis-reden': 'anders' })).toBe('ui:s46.planStep.verzuimKleuter');
    expect(textsOf({ ...sem, groep: 'groep-3-6' })).toBe('ui:s47.planStep.verzuimZiek');
  });
  it('the text in every language: illness authorised in principle, the LPA\'s invitation, leerplicht from 5, the school responsible at 4', async () => {
    const words: Record<Lang, RegExp[]> = {
      nl: [/in principe geoorloofd/, /nodigt jou of je kind dan uit/, /leerplicht begint pas als je kind 5 jaar is/, /Dan gelden deze meldingen nog niet/],
      en: [/in principle authorised/, /invites you or your child/, /only starts when your child is 5/, /these reports do not apply yet/],
      ar: [/مسموح به من حيث المبدأ/, /يدعوك/, /يبدأ فقط عندما يبلغ طفلك/, /لا تنطبق هذه التبليغات بعد/],
      tr: [/ilke olarak izinlidir/, /davet eder/, /5 yaşına gelince başlar/, /bu bildirimler henüz geçerli değildir/],
      pl: [/co do zasady usprawiedliwiona/, /zaprasza/, /ma 5 lat/, /te zgłoszenia jeszcze nie obowiązują/],
      uk: [/в принципі є поважною/, /запрошує/, /5 років/, /ці повідомлення ще не діють/],
    };
    for (const lang of LANGS) {
      const ui = (await import(`../../src/content/generated/pagetexts.${lang}.ts`)) as { default: { blind75?: { planStep?: { verzuimZiekKleuter?: { why?: string } } } } };
      const why = ui.default.blind75?.planStep?.verzuimZiekKleuter?.why;
      for (const w of words[lang]) expect(why, `${lang} ${w}`).toMatch(w);
    }
  });
});
