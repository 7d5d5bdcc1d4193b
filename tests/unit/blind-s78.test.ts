/**
 * Session 78 (s78-blind): a blind round on the FACTS rows cited least (tests/scenarios/064-blind-s78.yaml). 16 stories
 * written from FACTS.md and the seeds before any plan was run; every date held as written. Facts the plan lacked (app
 * wrong), now one short line each in the six languages (content/<lang>/steps.yaml; two ui copies for A12):
 * 1. A12, C17 (002:670-676): is the other school an sbo or so (vo: praktijkonderwijs or vso)? Then the board must ask the
 *    samenwerkingsverband for a TLV. The warning weigering-zonder-andere-school and its copies ui p1s38 and s47
 *    (s078-blind-weigering-sbo-geen-tlv).
 * 2. E22, FP25, E19 (002:2161-2163, 2546-2568, 2169-2175): see the school first, take time; a TLV is no place yet.
 *    tlv-zienswijze (s078-blind-tlv-aangevraagd-geen-plek-niet-gehoord).
 * 3. B04 (001:468-474; 002:866-870): what an OPP must contain. opp-instemmen (s078-blind-opp-zonder-onderbouwing).
 * 4. D17 (004:3217-3222): maatwerk onderwijstijd needs two experts' advice, as a TLV. maatwerk-onderwijstijd
 *    (s078-blind-maatwerk-twee-deskundigen).
 * 5. E10, E11 (004:4876-4883): a TLV soundly reasoned, on recent research. tlv-bezwaar (s078-blind-tlv-oud-onderzoek-bezwaar).
 * 6. A08 (001:126; 002:1108-1110): while it decides, the school may ask for more information, read a previous school's
 *    report and do its own research. besluit-aanmelding and its ui copies s47 besluitAanmeldingNergens, blind66
 *    besluitAanmeldingOuder and besluitAanmeldingNergensOuder; not the "school te laat" texts (s078-blind-okr-verlenging-kerst).
 * Every text test failed before the fix (content of 74285103); the plan tests are guards (dates unchanged) and read the
 * first screen in another language (tr, en, pl, uk, ar).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import type { Answers } from '../../src/flow/answers';
import type { IsoDate } from '../../src/rules/dates';
import { loadTexts, renderFirstScreen } from '../../src/cli/plan';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
type Lang = (typeof LANGS)[number];
type Entry = Record<string, string>;
type ByLang = Record<Lang, RegExp>;
const stepsYaml = (lang: Lang) => parse(readFileSync(`content/${lang}/steps.yaml`, 'utf8')) as { steps: Record<string, Entry>; warnings: Record<string, Entry> };
const uiYaml = (lang: Lang) =>
  parse(readFileSync(`content/${lang}/ui.yaml`, 'utf8')) as {
    p1s38: { warning: { weigeringZonderAndereSchool: Entry } };
    s47: { warning: { weigeringZonderAndereSchoolVo: Entry }; planStep: Record<string, Entry> };
    blind66: { planStep: Record<string, Entry> };
  };
const step = (lang: Lang, id: string): string => stepsYaml(lang).steps[id]!.why!;

const A12: ByLang = {
  nl: /speciale basisschool \(sbo\) of een school voor speciaal onderwijs \(so\)\? Dan moet het schoolbestuur daarvoor een TLV aanvragen bij het samenwerkingsverband/,
  en: /special primary school \(sbo\) or a school for special education \(so\)\? Then the school board \(schoolbestuur\) must apply to the samenwerkingsverband for a TLV/,
  ar: /مدرسة ابتدائية خاصة \(sbo\).*يجب على مجلس إدارة المدرسة \(schoolbestuur\) أن يطلب TLV/,
  tr: /özel ilkokul \(sbo\) ya da özel eğitim okulu \(so\) mu\? O zaman okul yönetim kurulu \(schoolbestuur\), samenwerkingsverband'dan bir TLV istemelidir/,
  pl: /specjalna szkoła podstawowa \(sbo\).*zarząd szkoły \(schoolbestuur\) musi złożyć do samenwerkingsverband wniosek o TLV/,
  uk: /спеціальна базова школа \(sbo\).*правління школи \(schoolbestuur\) має подати до samenwerkingsverband запит на TLV/,
};
const A12_VO: ByLang = {
  nl: /praktijkonderwijs of voortgezet speciaal onderwijs \(vso\)\? Dan moet het schoolbestuur daarvoor een TLV aanvragen/,
  en: /\(praktijkonderwijs\) or secondary special education \(vso\)\? Then the school board \(schoolbestuur\) must apply/,
  ar: /\(praktijkonderwijs\).*\(vso\).*أن يطلب TLV/,
  tr: /\(praktijkonderwijs\) ya da özel ortaöğretim okulu \(vso\) mu\?.*TLV istemelidir/,
  pl: /\(praktijkonderwijs\) albo średnia szkoła specjalna \(vso\)\?.*wniosek o TLV/,
  uk: /\(praktijkonderwijs\) або середня школа спеціальної освіти \(vso\)\?.*запит на TLV/,
};

const ADDED: { row: string; id: string; where: (l: Lang) => string; re: ByLang }[] = [
  {
    row: 'A12, C17',
    id: 'weigering-zonder-andere-school (warning)',
    where: (l) => stepsYaml(l).warnings['weigering-zonder-andere-school']!.text!,
    re: A12,
  },
  {
    row: 'E22, FP25, E19',
    id: 'tlv-zienswijze',
    where: (l) => step(l, 'tlv-zienswijze'),
    re: {
      nl: /eerst samen met de school kunt bezoeken, en neem de tijd\. Een TLV is nog geen plek: vraag of die school een plek heeft of een wachtlijst/,
      en: /visit it first, together with the school, and take your time\. A TLV is not yet a place: ask whether that school has a place or a waiting list/,
      ar: /أن تزورها أولاً مع المدرسة، وخذ وقتك\. الـ TLV ليس مقعداً بعد: .*قائمة انتظار/,
      tr: /Önce okulla birlikte orayı ziyaret edip edemeyeceğinizi sorun ve acele etmeyin\. TLV henüz bir yer demek değildir: .*bekleme listesi/,
      pl: /najpierw odwiedzić razem ze szkołą, i daj sobie czas\. TLV to jeszcze nie miejsce: .*listę oczekujących/,
      uk: /спочатку відвідати її разом зі школою, і не поспішайте\. TLV — це ще не місце: .*список очікування/,
    },
  },
  {
    row: 'B04',
    id: 'opp-instemmen',
    where: (l) => step(l, 'opp-instemmen'),
    re: {
      nl: /Kijk ook of het OPP compleet is\. Er moet in staan: de verwachte uitstroombestemming, de redenen daarvoor \(wat je kind helpt en wat het tegenhoudt\), en de hulp die de school geeft/,
      en: /Also check whether the OPP is complete\. It must contain: the expected destination \(uitstroombestemming\), the reasons for it \(what helps your child and what holds it back\), and the help the school gives/,
      ar: /انظر أيضاً هل الـ OPP كامل\..*\(uitstroombestemming\).*والمساعدة التي تقدّمها المدرسة/,
      tr: /OPP'nin eksiksiz olup olmadığına da bakın\..*\(uitstroombestemming\).*okulun verdiği yardım/,
      pl: /Sprawdź też, czy OPP jest kompletny\..*\(uitstroombestemming\).*pomoc, jaką daje szkoła/,
      uk: /Перевірте також, чи OPP повний\..*\(uitstroombestemming\).*допомога, яку дає школа/,
    },
  },
  {
    row: 'D17',
    id: 'maatwerk-onderwijstijd',
    where: (l) => step(l, 'maatwerk-onderwijstijd'),
    re: {
      nl: /Voor de aanvraag bij de inspectie is, net als bij een TLV, advies van twee deskundigen nodig\. Een van hen is een orthopedagoog of psycholoog/,
      en: /application to the inspectorate \(inspectie\), just as for a TLV, advice from two experts is needed\. One of them is an orthopedagogue \(orthopedagoog\) or a psychologist/,
      ar: /لطلب مفتشية التعليم \(inspectie\) يلزم، كما في الـ TLV، رأي خبيرين اثنين/,
      tr: /Müfettişliğe \(inspectie\) başvuru için, TLV'de olduğu gibi, iki uzmanın görüşü gerekir/,
      pl: /Do wniosku do inspekcji \(inspectie\), tak jak przy TLV, potrzebna jest opinia dwóch specjalistów/,
      uk: /Для запиту до інспекції \(inspectie\), як і для TLV, потрібна порада двох фахівців/,
    },
  },
  {
    row: 'E10, E11',
    id: 'tlv-bezwaar',
    where: (l) => step(l, 'tlv-bezwaar'),
    re: {
      nl: /Kijk of het besluit goed uitlegt waarom, zeker als jij het er niet mee eens was\. En of het rust op recent onderzoek naar wat je kind nodig heeft\. Zo niet, noem dat in je bezwaar/,
      en: /Check whether the decision explains its reasons well, especially if you did not agree\. And whether it rests on recent research into what your child needs/,
      ar: /انظر هل يشرح القرار أسبابه جيداً.*بحث حديث/,
      tr: /Kararın nedenlerini iyi açıklayıp açıklamadığına bakın.*yeni bir araştırmaya dayanıp dayanmadığına/,
      pl: /Sprawdź, czy decyzja dobrze wyjaśnia swoje powody.*niedawnym badaniu/,
      uk: /Перевірте, чи рішення добре пояснює свої причини.*нещодавнє обстеження/,
    },
  },
];

const A08: ByLang = {
  nl: /De school mag je om meer informatie vragen\. Ze mag ook het onderwijskundig rapport van een vorige school lezen en zelf onderzoek doen\./,
  en: /The school may ask you for more information\. It may also read the school report \(onderwijskundig rapport\) of a previous school and do its own research\./,
  ar: /يحق للمدرسة أن تطلب منك معلومات إضافية\..*\(onderwijskundig rapport\)/,
  tr: /Okul sizden daha fazla bilgi isteyebilir\..*\(onderwijskundig rapport\)/,
  pl: /Szkoła może poprosić cię o więcej informacji\..*\(onderwijskundig rapport\)/,
  uk: /Школа може попросити у вас більше інформації\..*\(onderwijskundig rapport\)/,
};

describe('s78-blind: the lines the plan lacked, in all six languages', () => {
  it('A08: besluit-aanmelding and its three copies while the school decides; not in the "school te laat" texts', () => {
    for (const l of LANGS) {
      const ui = uiYaml(l);
      for (const t of [step(l, 'besluit-aanmelding'), ui.s47.planStep['besluitAanmeldingNergens']!.why!, ui.blind66.planStep['besluitAanmeldingOuder']!.why!, ui.blind66.planStep['besluitAanmeldingNergensOuder']!.why!]) expect(t, l).toMatch(A08[l]);
      for (const t of [ui.s47.planStep['besluitAanmeldingTeLaat']!.why!, ui.blind66.planStep['besluitAanmeldingTeLaatOuder']!.why!]) expect(t, l).not.toMatch(A08[l]);
    }
  });
  for (const a of ADDED) {
    it(`${a.row}: ${a.id}`, () => {
      for (const l of LANGS) expect(a.where(l), `${l} ${a.id}`).toMatch(a.re[l]);
    });
  }
  it('A12 also in the copies ui p1s38 (an offer turned down) and s47 (a middelbare school: praktijkonderwijs or vso)', () => {
    for (const l of LANGS) {
      const ui = uiYaml(l);
      expect(ui.p1s38.warning.weigeringZonderAndereSchool.text, l).toMatch(A12[l]);
      expect(ui.s47.warning.weigeringZonderAndereSchoolVo.text, l).toMatch(A12_VO[l]);
      expect(ui.s47.warning.weigeringZonderAndereSchoolVo.text, l).not.toMatch(/\(sbo\)/);
    }
  });
  it('E19 in tlv-zienswijze makes no claim about who stays responsible (FP-P1: a turned-down offer changes that)', () => {
    expect(step('nl', 'tlv-zienswijze')).not.toMatch(/verantwoordelijk|zorgplicht/);
  });
});

interface Raw { id: string; answers: Answers; today: IsoDate }
const scenario = (id: string): Raw => (parse(readFileSync('tests/scenarios/064-blind-s78.yaml', 'utf8')) as Raw[]).find((x) => x.id === id)!;
const planOf = (id: string) => {
  const s = scenario(id);
  return buildPlan(s.answers, s.today);
};

describe('s78-blind: the plan with the new lines, and the first screen in the parent\'s own language', () => {
  it('nl: Sem, refused on paper on 10 March 2027 ("he belongs at the sbo"): the warning names the TLV, the bezwaar stays first', async () => {
    const p = planOf('s078-blind-weigering-sbo-geen-tlv');
    expect(p.warnings.map((w) => w.id)).toContain('weigering-zonder-andere-school');
    const bez = p.steps.find((s) => s.id === 'bezwaar-weigering')!;
    expect(bez.deadline?.due).toBe('2027-04-21');
    expect(bez.deadline?.certain).toBe(true);
    expect(renderFirstScreen(p, await loadTexts('nl'))).toMatch(/1\. \*\*Maak bezwaar tegen de weigering\*\* Uiterlijk woensdag 21 april 2027/);
  });
  it('tr: Amira, registration received 6 September 2027, the extension "weet ik niet", read on 19 October: both days on the first screen', async () => {
    const p = planOf('s078-blind-aanmelding-verlenging-onbekend-dag-na');
    const d = p.steps.find((s) => s.id === 'besluit-aanmelding')!.deadline!;
    expect(d.due).toBe('2027-10-18');
    const first = renderFirstScreen(p, await loadTexts('tr'));
    expect(first).toMatch(/1\. \*\*Okulun zamanında karar verip vermediğini takip edin\*\* En geç 18 Ekim 2027 Pazartesi\. 6 hafta doldu\./);
    expect(first).toMatch(/15 Kasım 2027 Pazartesi/);
  });
  it('en: Jesse, removed on 21 May 2027, enrolment unknown, read on 28 June: the bezwaar on 2 July is the next date, with the summer note', async () => {
    const p = planOf('s078-blind-verwijderd-inschrijving-onbekend-zomer');
    expect(p.steps.find((s) => s.id === 'bezwaar-verwijdering')!.deadline?.due).toBe('2027-07-02');
    const first = renderFirstScreen(p, await loadTexts('en'));
    expect(first).toMatch(/\*\*Next date: Friday 2 July 2027\*\* 4 days left\./);
    expect(first).toMatch(/\*\*Object to the removal\*\* By Friday 2 July 2027 at the latest\. 4 days left\./);
    expect(first).toMatch(/ends in the summer/);
  });
  it('pl: Daan, suspended since 1 February 2027 with a removal of 5 February: back to school first, the bezwaar of 19 March the next date', async () => {
    const first = renderFirstScreen(planOf('s078-blind-schorsing-twee-weken-verwijdering'), await loadTexts('pl'));
    expect(first).toMatch(/\*\*Najbliższa data: piątek, 19 marca 2027\*\*/);
    expect(first).toMatch(/1\. \*\*Zadbaj o to, by dziecko mogło wrócić do szkoły\*\*/);
  });
  it('uk: Sofie, the removal bezwaar ends on Nieuwjaarsdag 2027: the working day before is named', async () => {
    const first = renderFirstScreen(planOf('s078-blind-bezwaar-nieuwjaarsdag-klacht'), await loadTexts('uk'));
    expect(first).toMatch(/1\. \*\*Подайте заперечення \(bezwaar\) проти виключення\*\* Крайня дата: пʼятниця, 1 січня 2027 р\./);
    expect(first).toMatch(/31 грудня 2026 р\.: це робочий день перед ним/);
  });
  it('ar: Mees, TLV of 15 February 2027: the bezwaar day 29 March (Paasmaandag, not certain) and Friday 26 March', async () => {
    const p = planOf('s078-blind-tlv-oud-onderzoek-bezwaar');
    const d = p.steps.find((s) => s.id === 'tlv-bezwaar')!.deadline!;
    expect(d.due).toBe('2027-03-29');
    expect(d.certain).toBe(false);
    const first = renderFirstScreen(p, await loadTexts('ar'));
    expect(first).toMatch(/29 مارس 2027/);
    expect(first).toMatch(/غير مؤكدة/);
    expect(first).toMatch(/الجمعة، 26 مارس 2027/);
  });
});
