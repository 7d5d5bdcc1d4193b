/**
 * Session 76 (s76-blind): a blind round on the FACTS rows cited least (tests/scenarios/062-blind-s76.yaml). 15 stories
 * written from FACTS.md and the seeds before any plan was run; every date held as written. Texts the plan lacked (app
 * wrong), now one short line each in the six languages (content/<lang>/steps.yaml; two steps also in their ui copies):
 * 1. B27 (004:4851-4855): an OPP for a place at an opdc names the support question, how long, all lessons or not; the
 *    school keeps charge of it. wachtlijst-overbruggen (s076-blind-wachtlijst-opdc-opp).
 * 2. B28 (004:4857-4858): a temporary observation placement at an sbo (or opdc) also needs an OPP. proefperiode
 *    (s076-blind-observatie-sbo-zonder-opp).
 * 3. B33 (001:626): own research is allowed, the school need not pay. diagnose-geeist, onderzoek-vragen
 *    (s076-blind-eigen-onderzoek-betalen).
 * 4. B36 (001:785; 004:4206-4216): ROD holds only the OPP's begin and end date. opp-instemmen (s076-blind-opp-rod-privacy).
 * 5. B40, G19 (004:313, 213-218): an OPP of 2 to at most 5 pages (advice), sensitive details only with consent.
 *    gesprek-voorbereiden (s076-blind-opp-te-lang-thuissituatie).
 * 6. C18 (002:3984, 3992): GPO gegrond for a reason not well supported or not proportionate, or an untenable situation
 *    not shown. bezwaar-verwijdering and its copy ui removal75.planStep.bezwaarVerwijderingIngeschreven
 *    (s076-blind-verwijdering-onhoudbaar-zomer).
 * 7. D26 (002:3046-3052; 004:3341-3346): many professionals mean delay; no one decides alone whether a child can attend.
 *    jeugdhulp-afstemmen (s076-blind-thuis-veel-hulpverleners).
 * 8. E24 (004:4807-4812): the national TLV form may refer to an up-to-date OPP. tlv-aanvraag-inzien
 *    (s076-blind-tlv-formulier-verwijst-opp).
 * 9. E27 (001:995-1000): lwoo needs an SWV aanwijzing, no TLV. overstap-voorbereiden (in its TLV sentence, so the step
 *    keeps 18 sentences: followup-s23) and its copy ui edges65.planStep.overstapAangemeld (s076-blind-groep8-lwoo-geen-tlv).
 * 10. G18 (001:893-896): how long a school keeps data after the child leaves (2, 5, 3 years). dossier-opvragen,
 *    dossier-herinneren (s076-blind-so-ingeschreven-bewaartermijn).
 * Every text test failed before the fix (content of 55e91588); the plan tests are guards (dates unchanged).
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
const uiYaml = (lang: Lang) =>
  parse(readFileSync(`content/${lang}/ui.yaml`, 'utf8')) as {
    removal75: { planStep: { bezwaarVerwijderingIngeschreven: Entry } };
    edges65: { planStep: { overstapAangemeld: Entry } };
  };
const text = (lang: Lang, kind: 'steps' | 'warnings', id: string, field: string): string => stepsYaml(lang)[kind][id]![field]!;

const RETENTION: Record<Lang, RegExp> = {
  nl: /meeste gegevens nog 2 jaar bewaren\. Gegevens over verzuim en over in- en uitschrijving bewaart ze 5 jaar\..*speciaal onderwijs\? Dan bewaart ze de gegevens 3 jaar/,
  en: /most data for 2 more years\..*5 years\..*special education\? Then it keeps the data for 3 years/,
  ar: /سنتين \(2\) أخريين.*5 سنوات.*3 سنوات/,
  tr: /2 yıl daha.*5 yıl.*3 yıl saklar/,
  pl: /jeszcze przez 2 lata\..*przez 5 lat\..*przez 3 lata/,
  uk: /ще 2 роки\..*5 років\..*3 роки/,
};
const C18: Record<Lang, RegExp> = {
  nl: /niet goed onderbouwd was of niet in verhouding stond\. Dat gebeurde ook als de school niet liet zien dat de situatie echt onhoudbaar was/,
  en: /not well supported or not in proportion, or when the school did not show that the situation was really untenable/,
  ar: /مبرَّراً جيداً أو لم يكن متناسباً.*لم يعد يُحتمل/,
  tr: /orantılı olmadığında.*sürdürülemez/,
  pl: /nieproporcjonalny.*nie do utrzymania/,
  uk: /чому виключення потрібне.*непропорційна.*нестерпна/,
};
const E27: Record<Lang, RegExp> = {
  nl: /Dan is ook een TLV nodig, maar niet voor lwoo \(leerwegondersteuning\) in het vmbo: daarvoor geeft het samenwerkingsverband een aanwijzing\./,
  en: /TLV is needed too, but not for lwoo \(learning support\) in vmbo: .*designation \(aanwijzing\)/,
  ar: /لكن ليس لدعم مسار التعلّم \(lwoo\).*aanwijzing/,
  tr: /lwoo\) için gerekmez.*aanwijzing/,
  pl: /ale nie na wsparcie w nauce w vmbo \(lwoo\).*aanwijzing/,
  uk: /але не для підтримки навчання у vmbo \(lwoo\).*aanwijzing/,
};

/** What each fix added, by its words in each language. */
const ADDED: { row: string; kind: 'steps' | 'warnings'; id: string; field: string; words: Record<Lang, RegExp> }[] = [
  { row: 'B27', kind: 'warnings', id: 'wachtlijst-overbruggen', field: 'text',
    words: { nl: /opdc\? Dan hoort dat in het OPP te staan\. In dat OPP staat wat je kind op het opdc nodig heeft en hoe lang het er naar verwachting blijft\. Er staat ook in of het daar alle lessen van de school volgt\. De school houdt de regie over dat OPP\./, en: /how long it is expected to stay and whether it follows all of the school's lessons there\. The school keeps charge of that OPP/, ar: /وكم من الوقت يُتوقع أن يبقى هناك، وهل يتابع هناك كل دروس المدرسة/, tr: /ne kadar kalmasının beklendiği ve orada okulun tüm derslerini/, pl: /jak długo prawdopodobnie tam zostanie i czy będzie tam mieć wszystkie lekcje ze szkoły\. Szkoła nadal kieruje tym OPP/, uk: /скільки часу вона там, імовірно, пробуде і чи матиме там усі уроки школи/ } },
  { row: 'B28', kind: 'warnings', id: 'proefperiode', field: 'text',
    words: { nl: /tijdelijk ter observatie op een sbo-school of een opdc plaatsen\? Ook dan moet er eerst een OPP zijn\./, en: /sbo school or an opdc for a while, to observe your child\? Then too there must first be an OPP/, ar: /sbo أو في opdc للملاحظة.*OPP أولاً/, tr: /gözlem için.*önce bir OPP olmalıdır/, pl: /na obserwację.*najpierw musi być OPP/, uk: /для спостереження\? Тоді теж спершу має бути OPP/ } },
  { row: 'B33', kind: 'warnings', id: 'diagnose-geeist', field: 'text',
    words: { nl: /zelf een onderzoek laten doen, bijvoorbeeld door een psycholoog\? Dat mag altijd, maar de school hoeft het niet te betalen\./, en: /You may always do that, but the school does not have to pay for it/, ar: /المدرسة غير ملزمة بدفع تكاليفه/, tr: /okul bunun parasını ödemek zorunda değildir/, pl: /sam\/sama zlecić badanie dziecka.*szkoła nie musi za nie płacić/, uk: /школа не зобов'язана за нього платити/ } },
  { row: 'B33', kind: 'steps', id: 'onderzoek-vragen', field: 'why',
    words: { nl: /Wil je zelf een onderzoek laten doen\? Dat mag, maar de school hoeft het niet te betalen\./, en: /arrange an assessment yourself\? You may, but the school does not have to pay for it/, ar: /المدرسة غير ملزمة بدفع تكاليفه/, tr: /okul bunun parasını ödemek zorunda değildir/, pl: /sam\/sama zlecić badanie\? Możesz, ale szkoła nie musi za nie płacić/, uk: /школа не зобов'язана за нього платити/ } },
  { row: 'B36', kind: 'steps', id: 'opp-instemmen', field: 'why',
    words: { nl: /landelijke register ROD\. Daarin komen alleen de begin- en einddatum, niet wat er in het OPP staat\./, en: /register ROD\. Only its start and end date go into it/, ar: /ROD\. لا يُسجَّل فيه إلا تاريخ البداية وتاريخ النهاية/, tr: /ROD'a bildirir\. Oraya yalnızca başlangıç ve bitiş tarihi/, pl: /rejestru ROD\. Trafia tam tylko data początku i końca/, uk: /реєстру ROD\. Туди потрапляють лише дата початку й дата завершення/ } },
  { row: 'B40, G19', kind: 'steps', id: 'gesprek-voorbereiden', field: 'why',
    words: { nl: /Een goed OPP is kort: 2 tot hoogstens 5 pagina's, met alleen wat nodig is\. Dat is een advies, geen regel\. Gevoelige dingen, zoals een diagnose of jullie thuissituatie, horen er alleen met jouw toestemming in\./, en: /2 to at most 5 pages.*advice, not a rule.*only belong in it with your consent/, ar: /من 2 إلى 5 صفحات على الأكثر.*نصيحة وليست قاعدة.*إلا بموافقتك/, tr: /en fazla 5 sayfa.*tavsiyedir, kural değil.*izninizle/, pl: /najwyżej 5 stron.*rada, nie przepis.*za twoją zgodą/, uk: /щонайбільше 5 сторінок.*порада, а не правило.*з вашої згоди/ } },
  { row: 'C18', kind: 'steps', id: 'bezwaar-verwijdering', field: 'why', words: C18 },
  { row: 'D26', kind: 'steps', id: 'jeugdhulp-afstemmen', field: 'why',
    words: { nl: /veel hulpverleners bij je kind\? Dan loopt het vaak vertraging op, vooral als iedereen alles opnieuw wil onderzoeken\. Geen hulpverlener kan alleen beslissen of je kind naar school kan\./, en: /often delayed.*No single care worker can decide alone whether your child can go to school/, ar: /تأخير.*لا يستطيع أي مقدّم مساعدة وحده أن يقرر/, tr: /gecikir.*tek başına karar veremez/, pl: /opóźnienia.*Żaden specjalista nie może sam zdecydować/, uk: /затримки.*Жоден фахівець не може сам вирішити/ } },
  { row: 'E24', kind: 'steps', id: 'tlv-aanvraag-inzien', field: 'why',
    words: { nl: /Er is een landelijk formulier voor de TLV-aanvraag\. Heeft de school een OPP dat bijgewerkt is\? Dan mag ze in het formulier naar dat OPP verwijzen\./, en: /national form for the TLV application.*refer to that OPP in the form/, ar: /نموذج وطني لطلب الـ TLV.*تحيل إلى هذا الـ OPP/, tr: /ulusal bir form.*OPP'ye atıfta bulunabilir/, pl: /krajowy formularz wniosku o TLV.*odesłać do tego OPP/, uk: /національна форма запиту на TLV.*послатися на цей OPP/ } },
  { row: 'E27', kind: 'steps', id: 'overstap-voorbereiden', field: 'why', words: E27 },
  { row: 'G18', kind: 'steps', id: 'dossier-opvragen', field: 'why', words: RETENTION },
  { row: 'G18', kind: 'steps', id: 'dossier-herinneren', field: 'why', words: RETENTION },
];

describe('s76-blind: the lines the plan lacked, in all six languages', () => {
  for (const a of ADDED) {
    it(`${a.row}: ${a.id}`, () => {
      for (const lang of LANGS) expect(text(lang, a.kind, a.id, a.field), `${lang} ${a.id}`).toMatch(a.words[lang]);
    });
  }
  it('C18 and E27 also in the ui copies of those steps (removal75.planStep.bezwaarVerwijderingIngeschreven, edges65.planStep.overstapAangemeld)', () => {
    for (const lang of LANGS) {
      const ui = uiYaml(lang);
      expect(ui.removal75.planStep.bezwaarVerwijderingIngeschreven['why'], lang).toMatch(C18[lang]);
      expect(ui.edges65.planStep.overstapAangemeld['why'], lang).toMatch(E27[lang]);
    }
  });
  it('Polish: the added "you" lines are not gendered without the other form', () => {
    for (const a of ADDED) expect(text('pl', a.kind, a.id, a.field), a.id).not.toMatch(/\b\w+łeś\b(?!\/)/);
  });
});

describe('s76-blind: the plans that show these lines, dates unchanged', () => {
  it('C18: Sem, removal decision of 7 June 2027: bezwaar until 19 July 2027 (certain), the Geschillencommissie not certain', () => {
    const sem: Answers = {
      situatie: ['handelingsverlegen'], 'hv-schriftelijk': 'ja', 'hv-wil-weg': 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-06-07',
      'verwijdering-andere-school': 'nee', 'aanbod-geweigerd': 'nee', 'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', opp: 'ja', 'opp-besproken': '2026-11-02',
      'opp-ingestemd': 'ja', 'opp-onenigheid': 'geen', onderzoek: 'school-recent', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee',
      'dossier-gezien': 'nee', 'dossier-gevraagd': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
    };
    const p = buildPlan(sem, '2027-06-14');
    const b = p.steps.find((s) => s.id === 'bezwaar-verwijdering')?.deadline;
    expect(b?.due).toBe('2027-07-19');
    expect(b?.certain).toBe(true);
    expect(p.steps.find((s) => s.id === 'geschillencommissie')?.deadline?.certain).toBe(false);
  });
  it('G18, B02: Tess at the so school since 30 August 2027: the new OPP by 11 October 2027, the dossier step is there', () => {
    const tess: Answers = {
      situatie: ['tlv'], 'tlv-fase': 'besluit', 'tlv-besluit': 'toegekend', 'tlv-besluit-datum': '2027-05-10', 'tlv-eens': 'ja', 'tlv-soort': 'so', 'tlv-plek': 'ingeschreven',
      'tlv-inschrijving-datum': '2027-08-30', 'opp-nieuwe-school': 'nee', 'swv-betrokken': 'ja', 'school-zegt': ['geen'], 'gesprek-gepland': 'nee', tekenen: 'nee',
      'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2027-09-13', jeugdhulp: 'nee', vervoer: 'ja', klacht: 'nee', groep: 'groep-3-6',
    };
    const p = buildPlan(tess, '2027-10-04');
    expect(p.steps.find((s) => s.id === 'opp-na-toelating')?.deadline?.due).toBe('2027-10-11');
    expect(p.steps.some((s) => s.id === 'dossier-herinneren')).toBe(true);
  });
});
