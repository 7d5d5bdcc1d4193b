/**
 * Session 38 (s38-langs): a second reading of the texts session 37 added or changed (ui.yaml bez37, tlv37, share37; the
 * steps nergens-ingeschreven, inschrijving-na-besluit, uitschrijving-navragen, schriftelijk-aanmelden,
 * besluit-aanmelding, tlv-toegekend; the thuis-reden option "nergens"; the new-school-year line in chapter 2), in the five
 * translations against the Dutch. Every test marked "(failed before)" failed on main ffe20f2; the others are guards for
 * what was right already (said in their names).
 *
 *  1. The s37 texts quote labels the parent must find (the question "Waarom zit je kind thuis?" and its answers, the
 *     first question's "Ik zoek een school …", the TLV question and its "Nee"/"Ja", the group "Nu doen", the step
 *     "Niet eens met de TLV van …? Maak bezwaar"). All six quote them as the app shows them (guard).
 *  2. pl: "Komisja … daje radę" reads first as "the committee copes" ("dawać radę"); tlv37, tlv34 and older
 *     places (glossary, chapters, steps, the klacht letter; 13 in all) said it for "geeft advies". Now "udziela rady", which keeps
 *     the word "rada" the Polish texts use for advies.
 *  3. The leerplichtambtenaar: in every step of en, tr, uk and ar the first mention carries the language's name for
 *     the officer, as the glossary heads it (uk "інспектор з обов'язкового навчання", ar "موظف التعليم الإلزامي").
 *     nergens-ingeschreven, verzuim-melding and verzuim-niet-ingeschreven (uk, ar) named only the Dutch word, where a
 *     parent who sees that step alone meets it unexplained. pl keeps the Dutch word in its steps throughout (a
 *     convention of its own, left alone).
 *  4. uk nergens-ingeschreven: "не спливає строк" ("no term is expiring") for "er loopt geen termijn" -> "не йде жоден
 *     строк", as uk's months.oralDecision says it; share37 "можуть бракувати строків" (a personal verb where Ukrainian
 *     needs the impersonal) -> "може бракувати строків"; "на першому питанні" -> "в першому питанні"; "надісланий
 *     лист" -> "надісланий електронний лист" (Dutch: je verstuurde e-mail).
 *  5. tr: "Okul başvurunuzu aldığı günden itibaren" (a relative clause without the genitive subject) -> "Başvurunuz okula
 *     ulaştığı günden itibaren"; "O zaman bir yerden ve dersten yine de okul sorumlu kalır" (the school as the last word,
 *     s37 copied it from two older steps) -> "O zaman okul yine de çocuğunuz için bir yerden ve derslerden sorumlu kalır"
 *     in all three.
 *  6. en: "object (bezwaar) at the samenwerkingsverband" (tlv37; and tlv33, tlv34 three times, hunt35, the step
 *     tlv-bezwaar's title "Object at the samenwerkingsverband") is a calque of "bezwaar maken bij". Now "send an objection
 *     (bezwaar) to the samenwerkingsverband", as the English texts send an objection to the school board.
 *  7. pl nergens-ingeschreven: the verb "Zgłoś … do szkoły" bracketed the noun "(aanmelding)"; now "(aanmelden)", as the
 *     first question's answer brackets the same verb.
 *  8. uk besluit-aanmelding (the child not yet 3): "чи зараховує вона вашу заяву" for "of ze je aanmelding telt" used the
 *     verb of зарахування, the uk word for inschrijving (enrolment): "whether it enrols your application". Now "чи рахує
 *     вона вашу заяву", the verb uk uses for "tellen" ("Телефонна розмова не рахується", "від якого дня вона рахує").
 *  9. tlv37.enrolAfterGrant: "volgt deze stap je tijdlijn" was pl "idzie za twoją osią czasu", uk "іде за вашою
 *     хронологією" (walks behind it); now "opiera się na twojej osi czasu", "спирається на вашу хронологію" (rests on).
 */
import { describe, expect, it } from 'vitest';
import { flat } from '../../src/content/compile/validate';
import { flatUnits, ALL, content } from './lang-texts';


const ui = (lang: string): Record<string, string> => flat(content[lang]!.ui);
const q = (lang: string): Record<string, string> => flat(content[lang]!.questions);
const step = (lang: string, id: string) => content[lang]!.steps[id]!;
const units = (lang: string): [string, string][] => flatUnits(content[lang]!);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The label stands in the text between quotes of any kind the texts use ("…", '…', «…»). */
const quoted = (label: string) => new RegExp(`["'«]${esc(label)}["'»]`);

// ── 1. quoted labels ─────────────────────────────────────────────────────────────────────────────────────────────────
describe('1. the labels the s37 texts quote are the ones the parent sees (guard)', () => {
  it.each(ALL)('%s: uitschrijving-navragen and nergens-ingeschreven quote the question "Waarom zit je kind thuis?" and its answers', (lang) => {
    const title = q(lang)['thuis-reden.title']!;
    const nergens = q(lang)['thuis-reden.options.nergens']!;
    const verwijderd = q(lang)['thuis-reden.options.verwijderd']!;
    const aanmelden = q(lang)['situatie.options.aanmelden']!;
    expect(step(lang, 'uitschrijving-navragen').why).toMatch(quoted(title));
    expect(step(lang, 'uitschrijving-navragen').why).toMatch(quoted(nergens));
    expect(step(lang, 'nergens-ingeschreven').why).toMatch(quoted(title));
    expect(step(lang, 'nergens-ingeschreven').why).toMatch(quoted(verwijderd));
    expect(step(lang, 'nergens-ingeschreven').why).toMatch(quoted(aanmelden));
  });
  it.each(ALL)('%s: tlv37.enrolAfterGrant quotes the TLV question, its answers, the group and the objection step as shown', (lang) => {
    const v = ui(lang)['tlv37.enrolAfterGrant']!;
    expect(v).toMatch(quoted(q(lang)['tlv-eens.title']!));
    expect(v).toMatch(quoted(q(lang)['tlv-eens.options.nee']!));
    expect(v).toMatch(quoted(q(lang)['tlv-eens.options.ja']!));
    expect(v).toMatch(quoted(ui(lang)['plan.groups.nu']!));
    expect(ui(lang)['tlv34.planStep.bezwaarToekenning.title']).toBe(ui(lang)['hunt35.planStep.eerdereTlvToekenning.title']);
    expect(v).toMatch(quoted(ui(lang)['tlv34.planStep.bezwaarToekenning.title']!));
  });
});

// ── 2. pl: "udziela rady" ────────────────────────────────────────────────────────────────────────────────────────────
describe('2. pl: a committee "udziela rady" (gives advice), never "daje radę" (copes)', () => {
  it('no Polish text says "daje radę" or "daje … radę" (failed before: 13 places)', () => {
    for (const [k, v] of units('pl')) expect(v, k).not.toMatch(/\bdaj\p{L}*(\s+\p{L}+){0,2}\s+radę/u);
  });
  it('the committees in tlv37, tlv34, the TLV-objection step and the glossary "udziela rady" (failed before)', () => {
    expect(ui('pl')['tlv37.planStep.nieuwsteAfwijzing.why']).toContain('Komisja ds. sprzeciwów (bezwaarcommissie) udziela rady.');
    expect(ui('pl')['tlv34.planStep.bezwaarToekenning.why']).toContain('Komisja ds. sprzeciwów (bezwaarcommissie) udziela rady.');
    const glossary = content.pl!.glossary.map((g) => g.text).join('\n');
    expect(glossary).toContain('Komisja udziela rady (advies).');
    expect(glossary).toContain('Komisja udziela zarządowi szkoły rady (advies).');
  });
  it('"rada" stays the word for advies: nine or more texts say "udziela … rady" (failed before)', () => {
    expect(units('pl').filter(([, v]) => /udziela\p{L}*(\s+\p{L}+){0,2}\s+rady/u.test(v)).length).toBeGreaterThanOrEqual(9);
  });
});

// ── 3. the leerplichtambtenaar named at the first mention in a step ──────────────────────────────────────────────────
/** The language's name for the leerplichtambtenaar, as its glossary heads it (lower-cased, without the Dutch). */
const LPA_NAME: Record<string, RegExp> = {
  en: /school attendance officer/i,
  tr: /zorunlu eğitim memur/i,
  uk: /інспектор\p{L}* з обов'язкового навчання/iu,
  ar: /موظف التعليم الإلزامي/,
};
describe('3. in a step the first "leerplichtambtenaar" comes with the language\'s name for the officer', () => {
  it.each(Object.keys(LPA_NAME))('%s: guard, the glossary heads the term with that name', (lang) => {
    const g = content[lang]!.glossary.find((x) => x.id === 'leerplichtambtenaar')!;
    expect(g.term).toMatch(LPA_NAME[lang]!);
  });
  it.each(Object.keys(LPA_NAME))('%s: every step that names the officer names it so the first time (failed before: uk, ar nergens-ingeschreven, verzuim-melding, verzuim-niet-ingeschreven)', (lang) => {
    const named = Object.entries(content[lang]!.steps)
      .map(([id, s]) => [id, [s.title, s.why, s.late ?? '', s.check ?? ''].join('\n')] as const)
      .filter(([, text]) => text.includes('leerplichtambtenaar'));
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const [id, text] of named) {
      const first = text.indexOf('leerplichtambtenaar');
      expect(text.slice(Math.max(0, first - 45), first), `${lang} ${id}`).toMatch(LPA_NAME[lang]!);
    }
  });
  it('uk and ar nergens-ingeschreven: the municipality\'s officer, by name (failed before)', () => {
    expect(step('uk', 'nergens-ingeschreven').why).toContain("Також зателефонуйте інспектору з обов'язкового навчання (leerplichtambtenaar) вашої громади (gemeente).");
    expect(step('ar', 'nergens-ingeschreven').why).toContain('اتصل أيضاً بموظف التعليم الإلزامي (leerplichtambtenaar) في بلديتك (gemeente).');
  });
});

// ── 4. uk ────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('4. uk: no term is running; an impersonal "може бракувати"', () => {
  it('guard: the Dutch says "er loopt geen termijn voor bezwaar"', () => {
    expect(step('nl', 'nergens-ingeschreven').why).toContain('er loopt geen termijn voor bezwaar');
  });
  it('nergens-ingeschreven: "не йде жоден строк", not "не спливає" (expires) (failed before)', () => {
    const why = step('uk', 'nergens-ingeschreven').why;
    expect(why).toContain('і не йде жоден строк для заперечення (bezwaar)');
    expect(why).not.toMatch(/сплива/);
    expect(ui('uk')['months.oralDecision']).toContain('жоден строк'); // guard: the word uk uses for a term that runs or not
  });
  it('nergens-ingeschreven: the e-mail is "електронний лист"; "в першому питанні" (failed before)', () => {
    const why = step('uk', 'nergens-ingeschreven').why;
    expect(why).toContain('наприклад надісланий електронний лист');
    expect(why).toContain('Тоді в першому питанні виберіть також');
  });
  it('no Ukrainian text says "можуть бракувати"; share37 "може бракувати строків" (failed before)', () => {
    for (const [k, v] of units('uk')) expect(v, k).not.toMatch(/можуть бракувати/);
    expect(ui('uk')['share37.noTimeline']).toContain('Тоді тут може бракувати строків');
  });
});

// ── 5. tr ────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('5. tr: the school as the subject, up front', () => {
  it('nergens-ingeschreven: "Başvurunuz okula ulaştığı günden itibaren" (failed before)', () => {
    const why = step('tr', 'nergens-ingeschreven').why;
    // s38-zorg made the sentence conditional ("Çocuğunuzun ek yardıma ihtiyacı var mı? O zaman başvurunuz …"), same order.
    expect(why).toContain('O zaman başvurunuz okula ulaştığı günden itibaren okulun özen yükümlülüğü (zorgplicht) vardır.');
    expect(why).not.toContain('Okul başvurunuzu aldığı günden');
  });
  it('guard: the three Dutch sentences on a place and lessons', () => {
    expect(units('nl').filter(([, v]) => v.includes('verantwoordelijk voor een plek en voor les')).length).toBe(3);
  });
  it('the three say "okul … çocuğunuz için bir yerden ve derslerden sorumlu kalır" (failed before)', () => {
    const nl = new Map(units('nl'));
    const tr = new Map(units('tr'));
    const keys = [...nl].filter(([, v]) => v.includes('verantwoordelijk voor een plek en voor les')).map(([k]) => k);
    for (const k of keys) {
      expect(tr.get(k), k).toMatch(/okul,? (yine de )?çocuğunuz için bir yerden ve derslerden sorumlu kalır/);
      expect(tr.get(k), k).not.toMatch(/dersten (yine de )?okul sorumlu/);
    }
    expect(step('tr', 'inschrijving-na-besluit').why).toContain('O zaman okul yine de çocuğunuz için bir yerden ve derslerden sorumlu kalır.');
  });
});

// ── 6. en ────────────────────────────────────────────────────────────────────────────────────────────────────────────
describe('6. en: an objection is sent to the samenwerkingsverband', () => {
  it('no English text objects, or does "that", "at the samenwerkingsverband" (failed before: six texts)', () => {
    for (const [k, v] of units('en')) expect(v, k).not.toMatch(/(object|do that)[^.?!]*\bat the samenwerkingsverband/i);
  });
  it('every text whose Dutch makes a bezwaar "bij het samenwerkingsverband" sends the objection to it in English (failed before)', () => {
    const en = new Map(units('en'));
    const bij = [...units('nl')].filter(([, v]) => /bezwaar maken[^.?!]*bij het samenwerkingsverband|Dat kan bij het samenwerkingsverband|Maak bezwaar bij het samenwerkingsverband/.test(v));
    expect(bij.length).toBe(16); // session 84: tlv84.planStep.telefoon; session 82: tlv82.planStep.ver/dichtbij/voorbij; session 57: tl57.meetingStep.besluitSwv; session 68: blind68.planStep.tlvGeldigheidEinde; session 72: autumn72.planStep.tlvGeldigheidVoorbij, first72.clockUnknownObjectNowTlv, first72.planStep.tlvBesluitdatumNuBezwaar
    for (const [k] of bij) expect(en.get(k), k).toMatch(/(send an|send your) objection[^.?!]*to the samenwerkingsverband/i);
  });
  it('tlv37 and tlv34: "send an objection (bezwaar) … to the samenwerkingsverband" (failed before)', () => {
    expect(ui('en')['tlv37.planStep.nieuwsteAfwijzing.why']).toContain('Then you can send an objection (bezwaar) to the samenwerkingsverband.');
    expect(ui('en')['tlv34.planStep.bezwaarToekenning.why']).toContain('Then you can send an objection (bezwaar) against this new decision to the samenwerkingsverband.');
  });
});

// ── 7. pl: the verb bracketed as a verb ──────────────────────────────────────────────────────────────────────────────
describe('7. pl nergens-ingeschreven: "Zgłoś … (aanmelden)"', () => {
  it('the verb carries the Dutch verb, as the first question\'s answer does (failed before)', () => {
    expect(q('pl')['situatie.options.aanmelden']).toContain('zgłaszam dziecko do szkoły (aanmelden)'); // guard
    expect(step('pl', 'nergens-ingeschreven').why).toContain('Zgłoś teraz dziecko do szkoły (aanmelden).');
  });
});

// ── 8. uk: "рахує", not "зараховує" ─────────────────────────────────────────────────────────────────────────────────
describe('8. uk: the school "counts" the early registration (рахує), it does not "enrol" it (зараховує)', () => {
  it('guard: the Dutch asks whether the school "je aanmelding telt"', () => {
    expect(step('nl', 'besluit-aanmelding').why).toContain('Vraag de school dan of ze je aanmelding telt, en vanaf welke dag.');
  });
  it('besluit-aanmelding: "чи рахує вона вашу заяву"; no uk text "зараховує" an application (failed before)', () => {
    expect(step('uk', 'besluit-aanmelding').why).toContain('Тоді запитайте школу, чи рахує вона вашу заяву і від якого дня.');
    for (const [k, v] of units('uk')) expect(v, k).not.toMatch(/зарахову\p{L}*\s+(\p{L}+\s+)?(\p{L}+\s+)?заяв/u);
  });
});

// ── 9. pl, uk: the step rests on the timeline ───────────────────────────────────────────────────────────────────────
describe('9. tlv37.enrolAfterGrant: the step "follows" the timeline as "rests on", not "walks behind"', () => {
  it('pl "opiera się na twojej osi czasu", uk "спирається на вашу хронологію" (failed before)', () => {
    expect(ui('pl')['tlv37.enrolAfterGrant']).toContain('Dlatego ten krok opiera się na twojej osi czasu i jest w części');
    expect(ui('uk')['tlv37.enrolAfterGrant']).toContain('Тому цей крок спирається на вашу хронологію і стоїть у');
    for (const lang of ['pl', 'uk']) for (const [k, v] of units(lang)) expect(v, k).not.toMatch(/krok idzie za|крок іде за/);
  });
});
