/**
 * Session 35 (s35-langs): the texts s33-tlv and s34 added (ui.yaml sections tlv33, open34, tlv34), read in the five
 * translations against the Dutch. Every test marked "(failed before)" failed on main 225eae2; the others are guards
 * for what was right already (said in their names).
 *
 *  1. uk tlv33: the new TLV application was "заява" ("Нова заява", "а не проти заяви") and "TLV запросили" (reads as
 *     "invited"). "заява" is the uk glossary's word for aanmelding ("заява на зарахування"); the timeline's own label
 *     for this event is "Подано запит на TLV" and tlv-bezwaar says "не проти запиту школи". Now "запит".
 *  2. uk tlv34.choiceGranted: the date goes last in uk (a date ends in "р.", never before a full stop), and with it
 *     "Цей строк точно не відомий" ("this term is not certain") came before any term or date was named. Now "Строк
 *     для заперечення …", "в листі з рішенням" as every other uk text says, "Останній день для заперечення" as open28.
 *  3. pl/uk open34 GPO notes: "Czy to się liczy, nie ma w dokumentach …" / "Чи воно рахується, немає в документах …"
 *     ("whether it counts, there is not in the documents") are broken sentences; now "the documents do not say
 *     whether …". pl "jak złożyć sprawę" is now "jak przedstawić sprawę", the geschillencommissie step's own verb.
 *  4. open34 spokenObjection/oralObjection (all five): "(bezwaar)" stood at the second mention of the word, not the
 *     first. Now at the first, as every other text of these sections has it.
 *  5. tr open34 spokenObjection/spokenGpo: "O zaman zaman çizelgenizde …" ("then" + "timeline", the same word twice) made
 *     a B1 reader stumble; now "Bu durumda zaman çizelgenizde …".
 */
import { describe, expect, it } from 'vitest';
import { flat } from '../../src/content/compile/validate';
import { formatDate } from '../../src/rules/dates';
import { formatDateInText } from '../../src/rules/dateInText';
import { OTHERS, content } from './lang-texts';

const SECTIONS = ['tlv33', 'open34', 'tlv34'] as const;

/** Every text of the three sections in one language, by "section.key.path". */
const texts = (lang: string): Record<string, string> =>
  Object.fromEntries(SECTIONS.flatMap((s) => Object.entries(flat(content[lang]!.ui[s])).map(([k, v]) => [`${s}.${k}`, v])));
const NL = texts('nl');
const KEYS = Object.keys(NL);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]!).sort();
const count = (s: string, re: RegExp) => s.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))?.length ?? 0;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The date placeholders of these texts: the refusal's or grant's date, and the first screen's last day. */
const DATES = ['besluit', 'date'];

describe('guard: the same keys and the same placeholders as the Dutch, every text of tlv33, open34, tlv34', () => {
  it('the Dutch has the texts this test reads', () => {
    expect(KEYS.length).toBe(21);
    expect(KEYS).toContain('tlv34.choiceGranted');
  });
  it.each(OTHERS)('%s', (lang) => {
    const own = texts(lang);
    expect(Object.keys(own).sort()).toEqual([...KEYS].sort());
    for (const k of KEYS) expect(placeholders(own[k]!), `${lang} ${k}`).toEqual(placeholders(NL[k]!));
  });
});

// ── 1. uk: the TLV application is a "запит", not the registration's "заява" ───────────────────────────────────────
describe('1. uk tlv33: the new TLV application is "запит"', () => {
  it('the why says "запит" as the timeline label and tlv-bezwaar do, never "заява" or "запросили" (failed before)', () => {
    const why = texts('uk')['tlv33.planStep.eerdereTlvAfwijzing.why']!;
    expect(why).toContain('знову подали запит на TLV');
    expect(why).toContain('а не проти запиту');
    expect(why).not.toMatch(/заяв|запросили/);
  });
  it('no text of these sections uses the registration\'s word "заява" (failed before)', () => {
    for (const [k, v] of Object.entries(texts('uk'))) expect(v, k).not.toMatch(/заяв/);
  });
  it('guard: the words it now follows are the timeline\'s and tlv-bezwaar\'s', () => {
    expect(flat(content.uk!.ui.timeline)['kinds.tlv-aangevraagd']).toBe('Подано запит на TLV');
    expect(content.uk!.steps['tlv-bezwaar']!.why).toContain('не проти запиту школи');
  });
});

// ── 2. uk choiceGranted: nothing points back at a term not yet named; the date last ──────────────────────────────────
describe('2. uk tlv34.choiceGranted', () => {
  const text = () => texts('uk')['tlv34.choiceGranted']!;
  it('"Цей строк" only after a term was named (failed before)', () => {
    for (const [k, v] of Object.entries(texts('uk'))) {
      const at = v.indexOf('Цей строк');
      if (at >= 0) expect(v.slice(0, at), k).toMatch(/строк|\{\{/);
    }
  });
  it('"в листі з рішенням" as every other uk text, not "в лист" (failed before)', () => {
    expect(text()).toContain('Подивіться в листі з рішенням.');
    for (const [k, v] of Object.entries(texts('uk'))) expect(v, k).not.toMatch(/в лист із/);
  });
  it('guard: the date stands last (no full stop after "р."), with "probably" and "not certain" as the Dutch', () => {
    const filled = text().replace('{{date}}', formatDate('2026-07-13', 'uk'));
    expect(filled.endsWith('2026 р.')).toBe(true);
    expect(filled).not.toMatch(/р\.\./);
    expect(text()).toMatch(/імовірно/);
    expect(text()).toMatch(/точно не відомий/);
  });
});

// ── 3. pl/uk: "the documents do not say whether …", a sentence ───────────────────────────────────────────────────────
describe('3. pl/uk open34 GPO notes: whether a call counts is not in the documents, said as a sentence', () => {
  const BROKEN: Record<string, RegExp> = { pl: /(^|[.?] )Czy [^.?]*, nie ma w dokumentach/, uk: /(^|[.?] )Чи [^.?]*, немає в документах/ };
  const SAID: Record<string, RegExp> = { pl: /W dokumentach, na których się opieramy, nie ma informacji, czy /, uk: /У документах, на які ми спираємося, не сказано, чи / };
  it.each(['pl', 'uk'])('%s spokenGpo and oralGpo (failed before)', (lang) => {
    for (const k of ['open34.spokenGpo', 'open34.oralGpo']) {
      const v = texts(lang)[k]!;
      expect(v, k).not.toMatch(BROKEN[lang]!);
      expect(v, k).toMatch(SAID[lang]!);
    }
  });
  it('pl: "przedstawić sprawę", the geschillencommissie step\'s verb, not "złożyć sprawę" (failed before)', () => {
    expect(content.pl!.steps.geschillencommissie!.title).toMatch(/Przedstaw swoją sprawę/);
    for (const k of ['open34.spokenGpo', 'open34.oralGpo']) {
      expect(texts('pl')[k]).toContain('Zapytaj komisję, jak przedstawić sprawę (onderwijsgeschillen.nl).');
      expect(texts('pl')[k]).not.toMatch(/złożyć sprawę/);
    }
  });
});

// ── 4. "(bezwaar)" at the first mention ─────────────────────────────────────────────────────────────────────────────
/** The language's word for bezwaar (noun or verb), as its glossary and the older texts write it. */
const WORD: Record<string, RegExp> = { en: /object/i, tr: /itiraz/i, pl: /sprzeciw/i, uk: /заперечен/i, ar: /اعتراض/ };

/** Where a text brackets "(bezwaar)", the first time the word stands is the bracketed one. */
function bracketNotFirst(lang: string, text: string): boolean {
  if (!text.includes('(bezwaar)')) return false;
  const m = new RegExp(`${WORD[lang]!.source}[\\p{L}\\p{M}]*`, `u${WORD[lang]!.flags}`).exec(text);
  return !m || !text.slice(m.index + m[0].length).startsWith(' (bezwaar)');
}

describe('4. "(bezwaar)" at the first mention of the word', () => {
  it('the check itself', () => {
    expect(bracketNotFirst('en', 'An objection by phone. Send your objection (bezwaar).')).toBe(true);
    expect(bracketNotFirst('en', 'An objection (bezwaar) by phone. Send your objection.')).toBe(false);
    expect(bracketNotFirst('ar', 'الاعتراض (bezwaar) عبر الهاتف')).toBe(false);
    expect(bracketNotFirst('ar', 'قدّم اعتراضاً (bezwaar) على رفض')).toBe(false); // tanween is a mark, part of the word
    expect(bracketNotFirst('ar', 'الاعتراض عبر الهاتف. أرسل اعتراضك (bezwaar)')).toBe(true);
    expect(bracketNotFirst('en', 'No bracket: an objection.')).toBe(false);
  });
  it.each(OTHERS)('%s open34.spokenObjection and oralObjection (failed before)', (lang) => {
    for (const k of ['open34.spokenObjection', 'open34.oralObjection']) expect(bracketNotFirst(lang, texts(lang)[k]!), `${k}: ${texts(lang)[k]}`).toBe(false);
  });
  it.each(OTHERS)('%s: every other text of these sections that brackets it (guard)', (lang) => {
    const own = texts(lang);
    const bracketed = Object.keys(own).filter((k) => own[k]!.includes('(bezwaar)') && !/^open34\.(spoken|oral)Objection$/.test(k));
    expect(bracketed.length).toBeGreaterThanOrEqual(5);
    for (const k of bracketed) expect(bracketNotFirst(lang, own[k]!), `${k}: ${own[k]}`).toBe(false);
  });
  it.each(OTHERS)('%s: every why that names bezwaar brackets it, as the Dutch step texts name it (guard)', (lang) => {
    const own = texts(lang);
    for (const k of KEYS.filter((x) => x.endsWith('.why') || x === 'tlv34.choiceGranted' || x.startsWith('open34.') && /bezwaar/i.test(NL[x]!)))
      expect(own[k], k).toContain('(bezwaar)');
  });
});

// ── 5. tr: no "zaman zaman" ──────────────────────────────────────────────────────────────────────────────────────
describe('5. tr: "then" and "timeline" not run together', () => {
  it('no "O zaman zaman" in these sections; the two notes say "Bu durumda zaman çizelgenizde" (failed before)', () => {
    for (const [k, v] of Object.entries(texts('tr'))) expect(v, k).not.toMatch(/zaman zaman/i);
    for (const k of ['open34.spokenObjection', 'open34.spokenGpo']) expect(texts('tr')[k]).toContain("Bu durumda zaman çizelgenizde 'Nasıl?' sorusunda");
  });
});

// ── Guards: dates in sentences, as each language writes them ─────────────────────────────────────────────────────────
describe('guards: a date placeholder in a sentence', () => {
  const inText = (lang: string, v: string) => v.replace(/\{\{besluit\}\}/g, formatDateInText('2026-06-01', lang)).replace(/\{\{date\}\}/g, formatDate('2026-07-13', lang));
  it('uk: never "}}." (a uk date ends in "р."), and filled in no "р.." (guard)', () => {
    for (const [k, v] of Object.entries(texts('uk'))) {
      for (const d of DATES) expect(v, k).not.toContain(`{{${d}}}.`);
      expect(inText('uk', v), k).not.toMatch(/р\.\./);
    }
  });
  it.each(['pl', 'uk'])('%s: a date inside a sentence has no weekday (formatDateInText) (guard)', (lang) => {
    const v = inText(lang, texts(lang)['tlv34.planStep.tweedeTlvBesluit.why']!);
    expect(v).toContain(formatDateInText('2026-06-01', lang));
    expect(formatDateInText('2026-06-01', lang)).not.toBe(formatDate('2026-06-01', lang));
    expect(v).not.toContain(formatDate('2026-06-01', lang));
  });
  it('tr: no case suffix glued to a date; every {{besluit}} is followed by "tarih…" (guard)', () => {
    for (const [k, v] of Object.entries(texts('tr'))) {
      expect(v, k).not.toMatch(/\}\}['’\p{L}]/u);
      for (const m of v.matchAll(/\{\{besluit\}\}/g)) expect(v.slice(m.index! + 11), k).toMatch(/^ tarih/);
    }
  });
});

// ── Guards: same facts, same certainty, same people to ask ──────────────────────────────────────────────────────────
const NOT_CERTAIN: Record<string, RegExp> = { nl: /niet zeker/, en: /not certain/, tr: /kesin değil/, pl: /nie jest pewny/, uk: /точно не відомий/, ar: /غير مؤكدة/ };
const PROBABLY: Record<string, RegExp> = { nl: /waarschijnlijk/, en: /probably/, tr: /büyük olasılıkla/, pl: /prawdopodobnie/, uk: /імовірно/, ar: /على الأرجح/ };
const MAYBE: Record<string, RegExp> = { nl: /misschien/, en: /may have passed/, tr: /geçmiş olabilir/, pl: /mógł już minąć/, uk: /можливо, минув/, ar: /ربما انتهت/ };

describe('guards: the facts and their certainty as in the Dutch', () => {
  it.each(OTHERS)('%s: "not certain", "probably", "may have passed", "6", the steunpunt and the Geschillencommissie as often as the Dutch', (lang) => {
    const own = texts(lang);
    for (const k of KEYS) {
      const nl = NL[k]!;
      const v = own[k]!;
      expect(count(v, NOT_CERTAIN[lang]!), `${k} not certain`).toBe(count(nl, NOT_CERTAIN.nl!));
      expect(count(v, PROBABLY[lang]!), `${k} probably`).toBe(count(nl, PROBABLY.nl!));
      expect(count(v, MAYBE[lang]!), `${k} may have passed`).toBe(count(nl, MAYBE.nl!));
      expect(count(v, /\b6\b|(?<!\d)6(?!\d)/), `${k} 6 weeks`).toBe(count(nl, /(?<!\d)6(?!\d)/));
      expect(count(v, /\(ouder- en jeugdsteunpunt\)/), `${k} steunpunt`).toBe(count(nl, /ouder- en jeugdsteunpunt/));
      expect(count(v, /onderwijsgeschillen\.nl/), `${k} site`).toBe(count(nl, /onderwijsgeschillen\.nl/));
      expect(count(v, /Geschillencommissie passend onderwijs/), `${k} GPO`).toBe(count(nl, /Geschillencommissie/));
      expect(count(v, /samenwerkingsverband/i), `${k} samenwerkingsverband`).toBe(count(nl, /samenwerkingsverband/i));
    }
  });

  /** The Geschillencommissie with the words that say what it is, as langs-s29 holds the older texts to. */
  const EXPLAINED: Record<string, RegExp> = {
    en: /disputes committee \(Geschillencommissie passend onderwijs\)/,
    tr: /Geschillencommissie passend onderwijs(?:'e)? \(uyuşmazlık komisyonu\)/,
    pl: /komisji ds\. sporów \(Geschillencommissie passend onderwijs\)/,
    uk: /Geschillencommissie passend onderwijs \(комісії зі спорів\)/,
    ar: /هيئة النزاعات \(Geschillencommissie passend onderwijs\)/,
  };
  it.each(OTHERS)('%s: open34 explains the Geschillencommissie where it names it (guard)', (lang) => {
    for (const k of ['open34.spokenGpo', 'open34.oralGpo']) expect(texts(lang)[k], k).toMatch(EXPLAINED[lang]!);
  });

  it.each(OTHERS)('%s: the four step "check" texts are the language\'s own tlv-bezwaar check, word for word (guard)', (lang) => {
    const own = texts(lang);
    const checks = KEYS.filter((k) => k.endsWith('.check'));
    expect(checks).toHaveLength(4);
    expect(norm(NL[checks[0]!]!)).toBe(norm(content.nl!.steps['tlv-bezwaar']!.check!));
    for (const k of checks) expect(norm(own[k]!), k).toBe(norm(content[lang]!.steps['tlv-bezwaar']!.check!));
  });

  it.each(OTHERS)('%s: the labels quoted are the ones the parent sees (timeline "How?", the TLV question and its "Yes") (guard)', (lang) => {
    const own = texts(lang);
    const tl = flat(content[lang]!.ui.timeline);
    for (const k of ['open34.spokenObjection', 'open34.oralObjection', 'open34.spokenGpo', 'open34.oralGpo'])
      for (const how of ['brief', 'e-mail']) expect(own[k], `${k} ${how}`).toContain(`${tl[`hows.${how}`]}`);
    for (const k of ['open34.spokenObjection', 'open34.spokenGpo']) expect(own[k], k).toContain(tl.how!);
    const q = (content[lang]!.questions as Record<string, { title: string; options: Record<string, string> }>)['tlv-eens']!;
    const why = own['tlv34.planStep.bezwaarToekenning.why']!;
    expect(why).toContain(q.title);
    expect(why).toContain(q.options.ja!);
  });
});
