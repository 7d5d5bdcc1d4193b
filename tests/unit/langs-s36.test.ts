/**
 * Session 36 (s36-langs): the texts s35 added (ui.yaml sections reg35 and hunt35) and the one changed sentence of the
 * warning telefoon-is-geen-aanmelding, read in the five translations against the Dutch. Every test marked "(failed
 * before)" failed on main 5b7fa93; the others are guards for what was right already (said in their names).
 *
 *  1. reg35 registration notes (all five): the legal term aanmelding stood without "(aanmelding)"; the parent who reads
 *     "registration", "başvuru", "zgłoszenie", "заява", "تسجيل" could not match it to the school's Dutch word, where
 *     open34's notes do bracket "(bezwaar)". Now at the first mention; uk spokenReceipt/oralReceipt say the glossary's
 *     whole term "заяву на зарахування (aanmelding)", not a bare "заяву".
 *  2. reg35 tlvBeslissingOpBezwaar/beslissingOpBezwaar (all five): "(bezwaar)" at the second mention, not the first
 *     (the point s35-langs fixed in open34). Now at the first. en hunt35 eerdereGeschillencommissie.why: "You objected
 *     to it (bezwaar)" put the bracket after "it"; now "You made an objection (bezwaar) to it".
 *  3. tr reg35 spokenRegistration/spokenReceipt: "O zaman zaman çizelgenizde" (the same word twice, s35's point 5
 *     again); now "Bu durumda zaman çizelgenizde". tr spokenReceipt "Sadece telefon mu ettiniz ya da konuştunuz mu?"
 *     (two question particles) is now "Sadece telefon ettiniz ya da konuştunuz mu?".
 *  4. tr hunt35: the request to the Geschillencommissie (verzoek) was "başvuru", the tr glossary's word for aanmelding
 *     ("okula başvuru (aanmelding)"); the timeline and the geschillencommissie step say "talep". The new TLV application
 *     was a bare "yeni bir başvuru" (read as a school registration); now "yeni bir TLV başvurusu", as every other tr text.
 *  5. uk hunt35: the verzoek was "звернення"; the geschillencommissie step ("чи ваш запит ще можливий") and the timeline
 *     ("Запит надіслано до Geschillencommissie") say "запит". And "Також зателефонуйте" -> "Зателефонуйте також", as the
 *     four other uk texts with this sentence.
 *  6. ar: hunt35 eerdereGeschillencommissie.late named the steunpunt "نقطة دعم الأهل والشباب", the only time in the ar
 *     content; 64 other texts say "مركز دعم الأهل والشباب". ar reg35.spokenReceipt: "Meld je kind dan nog … aan" was
 *     "سجّل طفلك أيضاً" ("also register", as if a registration that counts were already there); now "الآن" as the
 *     warning telefoon-is-geen-aanmelding says it ("سجّل طفلك كتابياً الآن").
 */
import { describe, expect, it } from 'vitest';
import { flat } from '../../src/content/compile/validate';
import { formatDateInText } from '../../src/rules/dateInText';
import { OTHERS, ALL, content } from './lang-texts';

const SECTIONS = ['reg35', 'hunt35'] as const;
const WARNING = 'telefoon-is-geen-aanmelding';

/** Every text of the two sections in one language, by "section.key.path", and the warning's title and text. */
const texts = (lang: string): Record<string, string> => ({
  ...Object.fromEntries(SECTIONS.flatMap((s) => Object.entries(flat(content[lang]!.ui[s])).map(([k, v]) => [`${s}.${k}`, v]))),
  [`warning.title`]: content[lang]!.warnings[WARNING]!.title,
  [`warning.text`]: content[lang]!.warnings[WARNING]!.text,
});
const NL = texts('nl');
const KEYS = Object.keys(NL);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]!).sort();
const count = (s: string, re: RegExp) => s.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))?.length ?? 0;
const REG_NOTES = ['reg35.spokenRegistration', 'reg35.oralRegistration', 'reg35.spokenReceipt', 'reg35.oralReceipt'];
const BEZWAAR_NOTES = ['reg35.tlvBeslissingOpBezwaar', 'reg35.beslissingOpBezwaar'];

describe('guard: the same keys and the same placeholders as the Dutch, every text of reg35, hunt35 and the warning', () => {
  it('the Dutch has the texts this test reads', () => {
    // Session 51: 17 with reg35.bezwaarNietGeplaatst (the plan's own bezwaar step when a bezwaar cannot be placed).
    expect(KEYS.length).toBe(17);
    expect(KEYS).toContain('hunt35.planStep.eerdereTlvToekenning.why');
    expect(KEYS).toContain('reg35.oralReceipt');
  });
  it.each(OTHERS)('%s', (lang) => {
    const own = texts(lang);
    expect(Object.keys(own).sort()).toEqual([...KEYS].sort());
    for (const k of KEYS) expect(placeholders(own[k]!), `${lang} ${k}`).toEqual(placeholders(NL[k]!));
  });
});

describe('guard: the warning\'s changed sentence says "by phone or in a conversation", as the Dutch', () => {
  const SAID: Record<string, RegExp> = {
    nl: /alleen aan de telefoon of in een gesprek aangemeld/, en: /only registered your child by phone or in a conversation/,
    tr: /için sadece telefonla ya da bir görüşmede başvurdunuz/, pl: /tylko przez telefon albo w rozmowie/,
    uk: /лише по телефону або під час розмови/, ar: /بالهاتف أو في محادثة فقط/,
  };
  it.each(ALL)('%s', (lang) => expect(texts(lang)['warning.text']).toMatch(SAID[lang]!));
});

// ── 1. "(aanmelding)" at the first mention in the registration notes ─────────────────────────────────────────────────
/** The language's word for aanmelding as its glossary writes it; uk: the whole term "заява на зарахування". */
const REG_WORD: Record<string, RegExp> = { en: /registration/i, tr: /başvuru/i, pl: /zgłoszeni/i, uk: /заяв[\p{L}]* на зарахування/iu, ar: /تسجيل/ };
function bracketedAtFirst(lang: string, text: string, dutch: string, word: RegExp): boolean {
  const m = new RegExp(`${word.source}[\\p{L}\\p{M}]*`, `u${word.flags.replace('u', '')}`).exec(text);
  return !!m && text.slice(m.index + m[0].length).startsWith(` (${dutch})`);
}
describe('1. reg35 registration notes: "(aanmelding)" at the first mention', () => {
  it('the check itself', () => {
    expect(bracketedAtFirst('en', 'A registration (aanmelding) by phone. Your registration.', 'aanmelding', REG_WORD.en!)).toBe(true);
    expect(bracketedAtFirst('en', 'A registration by phone. Your registration (aanmelding).', 'aanmelding', REG_WORD.en!)).toBe(false);
    expect(bracketedAtFirst('uk', 'що має вашу заяву (aanmelding).', 'aanmelding', REG_WORD.uk!)).toBe(false);
    expect(bracketedAtFirst('uk', 'що має вашу заяву на зарахування (aanmelding).', 'aanmelding', REG_WORD.uk!)).toBe(true);
    expect(bracketedAtFirst('ar', 'إن تسجيلك (aanmelding) وصلها', 'aanmelding', REG_WORD.ar!)).toBe(true);
  });
  it.each(OTHERS)('%s: the four notes (failed before)', (lang) => {
    for (const k of REG_NOTES) expect(bracketedAtFirst(lang, texts(lang)[k]!, 'aanmelding', REG_WORD[lang]!), `${k}: ${texts(lang)[k]}`).toBe(true);
  });
  it.each(OTHERS)('%s: once per note, not at every mention (failed before: none)', (lang) => {
    for (const k of REG_NOTES) expect(count(texts(lang)[k]!, /\(aanmelding\)/), k).toBe(1);
  });
});

// ── 2. "(bezwaar)" at the first mention ─────────────────────────────────────────────────────────────────────────────
const BEZWAAR_WORD: Record<string, RegExp> = { en: /object/i, tr: /itiraz/i, pl: /sprzeciw/i, uk: /заперечен/i, ar: /اعتر(?:ا?ض)/ }; // ar: the noun اعتراض and the verb اعترض
describe('2. "(bezwaar)" at the first mention of the word', () => {
  it.each(OTHERS)('%s reg35.tlvBeslissingOpBezwaar and beslissingOpBezwaar (failed before)', (lang) => {
    for (const k of BEZWAAR_NOTES) expect(bracketedAtFirst(lang, texts(lang)[k]!, 'bezwaar', BEZWAAR_WORD[lang]!), `${k}: ${texts(lang)[k]}`).toBe(true);
  });
  it.each(OTHERS)('%s: every hunt35 text that brackets it, and every why that names bezwaar brackets it (guard; en failed before: "objected to it (bezwaar)")', (lang) => {
    const own = texts(lang);
    const bracketed = KEYS.filter((k) => k.startsWith('hunt35.') && own[k]!.includes('(bezwaar)'));
    expect(bracketed.length).toBeGreaterThanOrEqual(2);
    for (const k of bracketed) expect(bracketedAtFirst(lang, own[k]!, 'bezwaar', BEZWAAR_WORD[lang]!), `${k}: ${own[k]}`).toBe(true);
    for (const k of KEYS.filter((x) => x.startsWith('hunt35.') && x.endsWith('.why'))) expect(own[k], k).toContain('(bezwaar)');
  });
});

// ── 3. tr: "Bu durumda zaman çizelgenizde" ──────────────────────────────────────────────────────────────────────────
describe('3. tr reg35: "then" and "timeline" not run together; one question particle', () => {
  it('no "zaman zaman"; the two notes say "Bu durumda zaman çizelgenizde" (failed before)', () => {
    for (const [k, v] of Object.entries(texts('tr'))) expect(v, k).not.toMatch(/zaman zaman/i);
    expect(texts('tr')['reg35.spokenRegistration']).toContain("Bu durumda zaman çizelgenizde 'Nasıl?' sorusunda");
    expect(texts('tr')['reg35.spokenReceipt']).toContain('Bu durumda zaman çizelgenizdeki tarihi değiştirin.');
  });
  it('"Sadece telefon ettiniz ya da konuştunuz mu?" (failed before)', () => {
    expect(texts('tr')['reg35.spokenReceipt']).toContain('Sadece telefon ettiniz ya da konuştunuz mu?');
  });
});

// ── 4. tr: verzoek "talep", a TLV application "TLV başvurusu"; "başvuru" alone is the aanmelding ───────────────────
describe('4. tr hunt35: "başvuru" only for the registration', () => {
  it('guard: the tr glossary and the older texts keep them apart', () => {
    expect(content.tr!.glossary.find((g) => g.id === 'aanmelding')!.term).toBe('okula başvuru (aanmelding)');
    expect(flat(content.tr!.ui.timeline)['kinds.gpo-ingediend']).toMatch(/^Talep /);
    expect(content.tr!.steps.geschillencommissie!.late).toContain('talebinizin hâlâ mümkün');
  });
  it('the GPO request is "talep" (failed before)', () => {
    const gpo = Object.entries(texts('tr')).filter(([k]) => k.startsWith('hunt35.planStep.eerdereGeschillencommissie.'));
    for (const [k, v] of gpo) expect(v, k).not.toMatch(/başvur/i);
    expect(texts('tr')['hunt35.planStep.eerdereGeschillencommissie.why']).toContain('Talebiniz çoğu zaman karardan sonra 6 hafta içinde ulaşmalıdır.');
    expect(texts('tr')['hunt35.planStep.eerdereGeschillencommissie.late']).toContain('Talebinizin hâlâ mümkün olup olmadığını komisyona sorun');
  });
  it('the new TLV application is "TLV başvurusu"; no bare "başvuru" in hunt35 (failed before)', () => {
    expect(texts('tr')['hunt35.planStep.eerdereTlvToekenning.why']).toContain('Ondan sonra yeni bir TLV başvurusu ya da yeni bir karar geldi.');
    for (const [k, v] of Object.entries(texts('tr')).filter(([x]) => x.startsWith('hunt35.')))
      for (const m of v.matchAll(/başvur/gi)) expect(v.slice(Math.max(0, m.index! - 4), m.index), k).toBe('TLV ');
  });
});

// ── 5. uk: verzoek "запит" ──────────────────────────────────────────────────────────────────────────────────────────
describe('5. uk hunt35: the GPO request is "запит"', () => {
  it('guard: the geschillencommissie step and the timeline say "запит"', () => {
    expect(content.uk!.steps.geschillencommissie!.late).toContain('чи ваш запит ще можливий');
    expect(flat(content.uk!.ui.timeline)['kinds.gpo-ingediend']).toMatch(/^Запит /);
  });
  it('"запит", not "звернення" (failed before)', () => {
    const gpo = Object.entries(texts('uk')).filter(([k]) => k.startsWith('hunt35.planStep.eerdereGeschillencommissie.'));
    for (const [k, v] of gpo) expect(v, k).not.toMatch(/звернення/);
    expect(texts('uk')['hunt35.planStep.eerdereGeschillencommissie.why']).toContain('Ваш запит часто має надійти');
    expect(texts('uk')['hunt35.planStep.eerdereGeschillencommissie.why']).toContain('Ви вже подали запит щодо цього рішення?');
    expect(texts('uk')['hunt35.planStep.eerdereGeschillencommissie.late']).toContain('чи ваш запит ще можливий');
  });
  it('"Зателефонуйте також", as the other uk texts with this sentence (failed before)', () => {
    expect(texts('uk')['hunt35.planStep.eerdereGeschillencommissie.late']).toContain('Зателефонуйте також до пункту підтримки');
  });
  it('guard: the registration\'s "заява" only in the registration texts, never in hunt35 or the bezwaar notes', () => {
    for (const [k, v] of Object.entries(texts('uk'))) if (!REG_NOTES.includes(k) && !k.startsWith('warning.')) expect(v, k).not.toMatch(/заяв/);
  });
});

// ── 6. ar: the steunpunt's name, and "nog" ─────────────────────────────────────────────────────────────────────────
describe('6. ar', () => {
  it('"مركز دعم الأهل والشباب" wherever the steunpunt is named, never "نقطة دعم" (failed before)', () => {
    for (const k of KEYS.filter((x) => /ouder- en jeugdsteunpunt/.test(NL[x]!))) {
      expect(texts('ar')[k], k).toMatch(/مركز دعم الأهل والشباب \(ouder- en jeugdsteunpunt\)/);
      expect(texts('ar')[k], k).not.toMatch(/نقطة دعم/);
    }
  });
  it('spokenReceipt: "register your child now", not "also" (failed before)', () => {
    const v = texts('ar')['reg35.spokenReceipt']!;
    expect(v).toContain('عندها سجّل طفلك الآن على ورق أو بالبريد الإلكتروني.');
    expect(v).not.toMatch(/سجّل طفلك أيضاً/);
  });
});

// ── Guards: the registration and a TLV application do not share a word ─────────────────────────────────────────────
describe('guard: no registration word in the TLV and GPO texts of hunt35 (pl, ar, en)', () => {
  const REG: Record<string, RegExp> = { en: /regist/i, pl: /zgłosz|zgłoś/i, ar: /تسجيل|سجّل/ };
  it.each(['en', 'pl', 'ar'])('%s', (lang) => {
    for (const [k, v] of Object.entries(texts(lang)).filter(([x]) => x.startsWith('hunt35.'))) expect(v, k).not.toMatch(REG[lang]!);
  });
});

// ── Guards: the same Dutch, the same translation ───────────────────────────────────────────────────────────────────
describe('guard: where hunt35 repeats a Dutch text of tlv33/tlv34, the translation repeats too', () => {
  it.each(OTHERS)('%s', (lang) => {
    const all = (l: string) => Object.fromEntries(['tlv33', 'tlv34', 'hunt35'].flatMap((s) => Object.entries(flat(content[l]!.ui[s])).map(([k, v]) => [`${s}.${k}`, v])));
    const nl = all('nl');
    const own = all(lang);
    let pairs = 0;
    for (const k of Object.keys(nl).filter((x) => x.startsWith('hunt35.')))
      for (const k2 of Object.keys(nl).filter((x) => !x.startsWith('hunt35.') && nl[x] === nl[k])) {
        pairs++;
        expect(own[k], `${k} = ${k2}`).toBe(own[k2]);
      }
    expect(pairs).toBeGreaterThanOrEqual(6);
  });
});

// ── Guards: dates ───────────────────────────────────────────────────────────────────────────────────────────────────
describe('guards: a date placeholder in a sentence', () => {
  it('uk: never "}}." (a uk date ends in "р."), and filled in no "р.." (guard)', () => {
    for (const [k, v] of Object.entries(texts('uk'))) {
      expect(v, k).not.toMatch(/\}\}\./);
      expect(v.replace(/\{\{besluit\}\}/g, formatDateInText('2026-06-01', 'uk')), k).not.toMatch(/р\.\./);
    }
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
const MAY_HAVE_PASSED: Record<string, RegExp> = { nl: /misschien voorbij/, en: /may have passed/, tr: /geçmiş olabilir/, pl: /mógł już minąć/, uk: /можливо, минув/, ar: /ربما انتهت/ };
const NOT_IN_SOURCES: Record<string, RegExp> = { nl: /staat niet in onze bronnen/, en: /is not in our sources/, tr: /kaynaklarımızda yazmıyor/, pl: /nie jest opisane w naszych źródłach/, uk: /у наших джерелах не написано/, ar: /غير مكتوب في مصادرنا/ };
const NOT_IN_DOCS: Record<string, RegExp> = { nl: /stukken waar wij ons op baseren/, en: /documents we rely on/, tr: /dayandığımız belgeler/, pl: /dokumentach, na których się opieramy|dokumentów, na których się opieramy/, uk: /документах, на які ми спираємося|документів, на які ми спираємося/, ar: /الوثائق التي نعتمد عليها/ };
const CHOICE: Record<string, RegExp> = { nl: /een keuze/, en: /a choice/, tr: /bir seçimdir/, pl: /to jest wybór/, uk: /ваш вибір/, ar: /اختيار/ };

describe('guards: the facts and their certainty as in the Dutch', () => {
  it.each(OTHERS)('%s', (lang) => {
    const own = texts(lang);
    for (const k of KEYS) {
      const nl = NL[k]!;
      const v = own[k]!;
      expect(count(v, NOT_CERTAIN[lang]!), `${k} not certain`).toBe(count(nl, NOT_CERTAIN.nl!));
      expect(count(v, MAY_HAVE_PASSED[lang]!), `${k} may have passed`).toBe(count(nl, MAY_HAVE_PASSED.nl!));
      expect(count(v, NOT_IN_SOURCES[lang]!), `${k} not in our sources`).toBe(count(nl, NOT_IN_SOURCES.nl!));
      expect(count(v, NOT_IN_DOCS[lang]!), `${k} not in the documents`).toBe(count(nl, NOT_IN_DOCS.nl!));
      expect(count(v, CHOICE[lang]!), `${k} a choice`).toBe(count(nl, CHOICE.nl!));
      expect(count(v, /(?<!\d)6(?!\d)/), `${k} 6 weeks`).toBe(count(nl, /(?<!\d)6(?!\d)/));
      expect(count(v, /\(ouder- en jeugdsteunpunt\)/), `${k} steunpunt`).toBe(count(nl, /ouder- en jeugdsteunpunt/));
      expect(count(v, /Juridisch Loket/), `${k} Juridisch Loket`).toBe(count(nl, /Juridisch Loket/));
      expect(count(v, /onderwijsgeschillen\.nl/), `${k} site`).toBe(count(nl, /onderwijsgeschillen\.nl/));
      expect(count(v, /samenwerkingsverband/i), `${k} samenwerkingsverband`).toBe(count(nl, /samenwerkingsverband/));
      expect(count(v, /\(schoolbestuur\)/), `${k} schoolbestuur`).toBe(k.startsWith('warning.') ? 0 : count(nl, /schoolbestuur/));
      // At least as often: tr and uk name the new TLV application "TLV başvurusu" / "запит на TLV" where the Dutch says "aanvraag".
      expect(count(v, /TLV/), `${k} TLV`).toBeGreaterThanOrEqual(count(nl, /TLV/));
    }
  });
  it.each(OTHERS)('%s: quoted labels are the timeline\'s own', (lang) => {
    const tl = flat(content[lang]!.ui.timeline);
    for (const k of REG_NOTES.filter((x) => x.includes('Registration'))) {
      expect(texts(lang)[k], k).toContain(`'${tl['hows.brief']}'`);
      expect(texts(lang)[k], k).toContain(`'${tl['hows.e-mail']}'`);
    }
    expect(texts(lang)['reg35.spokenRegistration']).toContain(`'${tl['how']}'`);
  });
});
