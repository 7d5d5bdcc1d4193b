/**
 * Session 58 (s58-tr): Turkish said "kaydettirmek" / "kayıt" (to have the child *enrolled*, enrolment) for the Dutch
 * "aanmelden" in about 78 places: "Çocuğunuzu yazılı olarak kaydettirin (aanmelden)", "Çocuğunuzu {{aangemeld}}
 * tarihinde başka bir okula da kaydettirdiniz", "okulun kaydınızı aldığı gün". In Turkish "kayıt" is the glossary's word
 * for inschrijving ("kayıt (inschrijving)": the school enrols the child after admitting it; the old school keeps the
 * zorgplicht until the child is enrolled elsewhere), and "okula başvuru (aanmelding)" is the word for the written
 * registration from which the school's 6 (+4) weeks run (FACTS A04/A05). A Turkish parent read the same word for both,
 * so "the school must decide within 6 weeks after your kayıt" and "the old school is responsible until the kayıt" could
 * not be told apart. Now aanmelden is "çocuğunuz için (okula) başvurmak" and kayıt-words are left for inschrijven and
 * (kaydını sildirmek, kaydı silinmek) for uitschrijven.
 *
 * The check reads every Turkish text against the Dutch text with the same id (paragraph by paragraph where both have
 * as many paragraphs, else the whole text):
 *  - the Dutch speaks of aanmelden and not of in-/uitschrijven: the Turkish has no kayıt-word;
 *  - the Dutch speaks of in-/uitschrijven and not of aanmelden: the Turkish has a kayıt-word (so enrolment is not
 *    turned into "başvuru");
 *  - nowhere the causative "kaydettir-" (the parent having the child enrolled): in Dutch the parent never "schrijft in",
 *    the school does; what the parent does is aanmelden.
 * Limits: a paragraph with both Dutch words is not read word by word; "kaydet-" in the sense of "save" or "note down"
 * (opslaan, noteren) only passes where the Dutch paragraph has no aanmelden.
 */
import { describe, expect, it } from 'vitest';
import { content, flatUnits } from './lang-texts';

// Session 80: placeholders are ids, not words a parent reads: the Dutch {{inschrijving_keuze}} (a letter's pick field, s80-left)
// matched "inschrijv" and asked the Turkish line, the same placeholder, for a kayıt-word.
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '').replace(/\{\{[^}]*\}\}/g, '');

/** Dutch aanmelden in any form: aanmelding, aangemeld, aan te melden, "meld je kind … aan" (not "melden aan de LPA"). */
const AANMELDEN = /aanmeld|aangemeld|aan te melden|\bmeld(?:t|de|den)?\b[^.?!:]*?\baan\b(?!\s+(?:de|het|een|die|dat|jou|haar|hem)\b)/i;
/** Dutch in-/uitschrijven in any form, also "schrijft ze je kind in", "Schrijf je kind dus niet zelf uit". */
const INSCHRIJVEN = /(?:in|uit)schrij|(?:in|uit)geschreven|\bschrijf(?:t)?\b[^.?!:]*?\b(?:in|uit)\b[.?!,]/i;
/** Turkish kayıt-words: kayıt, kaydı, kayıtlı, kaydolmak, kaydetmek, kaydettirmek, kaydını silmek … */
const KAYIT = /kay(?:ıt|d)\p{L}*/giu;

export function parts(nl: string, tr: string): [string, string][] {
  const a = strip(nl).split(/\n+/).map((s) => s.trim()).filter(Boolean);
  const b = strip(tr).split(/\n+/).map((s) => s.trim()).filter(Boolean);
  return a.length === b.length ? a.map((x, i) => [x, b[i]!]) : [[strip(nl), strip(tr)]];
}

/** Every place where Turkish uses a kayıt-word for Dutch aanmelden, or no kayıt-word for Dutch inschrijven. */
export function mixedUp(units: [string, string][], dutch: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [id, tr] of units) {
    const nl = dutch.get(id);
    if (nl === undefined) continue;
    for (const [n, t] of parts(nl, tr)) {
      const aan = AANMELDEN.test(n);
      const ins = INSCHRIJVEN.test(n);
      const kay = [...t.matchAll(KAYIT)].map((m) => m[0]);
      if (aan && !ins && kay.length) out.push(`${id}: aanmelden as "${kay.join(', ')}": ${t.slice(0, 120)}`);
      if (ins && !aan && !kay.length) out.push(`${id}: inschrijven without kayıt: ${t.slice(0, 120)}`);
    }
  }
  return out;
}

describe('the check itself', () => {
  const nl = new Map([
    ['a', 'Meld je kind schriftelijk aan. De school beslist binnen 6 weken.'],
    ['b', 'Tot je kind op de nieuwe school is ingeschreven, blijft de school verantwoordelijk.'],
    ['c', 'Dan moet de school dat melden aan de leerplichtambtenaar.'],
    ['d', 'Zegt de school ja, dan schrijft ze je kind in.'],
  ]);
  it('finds kayıt for aanmelden, and inschrijven without kayıt', () => {
    expect(mixedUp([['a', 'Çocuğunuzu yazılı olarak kaydettirin. Okul 6 hafta içinde karar verir.']], nl)).toHaveLength(1);
    expect(mixedUp([['b', 'Çocuğunuzun yeni okula başvurusu yapılana kadar okul sorumlu kalır.']], nl)).toHaveLength(1);
    expect(mixedUp([['d', 'Okul evet derse çocuğunuz için başvurur.']], nl)).toHaveLength(1);
  });
  it('lets the right words pass, and "melden aan de leerplichtambtenaar" is no aanmelden', () => {
    expect(mixedUp([['a', 'Çocuğunuz için okula yazılı olarak başvurun. Okul 6 hafta içinde karar verir.']], nl)).toEqual([]);
    expect(mixedUp([['b', 'Çocuğunuz yeni okula kaydolana kadar okul sorumlu kalır.']], nl)).toEqual([]);
    expect(mixedUp([['c', 'Okul devamsızlığı nasıl kaydettiğini zorunlu eğitim memuruna bildirmek zorundadır.']], nl)).toEqual([]);
    expect(mixedUp([['d', 'Okul evet derse çocuğunuzu kaydeder.']], nl)).toEqual([]);
  });
  it('reads paragraph by paragraph where both align', () => {
    const two = new Map([['e', 'Meld je kind aan.\nTot je kind is ingeschreven, blijft de school verantwoordelijk.']]);
    expect(mixedUp([['e', 'Çocuğunuz için başvurun.\nÇocuğunuz kaydolana kadar okul sorumlu kalır.']], two)).toEqual([]);
    expect(mixedUp([['e', 'Çocuğunuzu kaydettirin.\nÇocuğunuz kaydolana kadar okul sorumlu kalır.']], two)).toHaveLength(1);
  });
});

describe('tr: aanmelden is "başvuru", inschrijven is "kayıt"', () => {
  it('guard: the glossary keeps the two words apart', () => {
    const g = (id: string) => content.tr!.glossary.find((x) => x.id === id)!.term;
    expect(g('aanmelding')).toBe('okula başvuru (aanmelding)');
    expect(g('inschrijving')).toBe('kayıt (inschrijving)');
  });
  it('no kayıt-word where the Dutch says aanmelden, a kayıt-word where it says inschrijven (failed before: 60 texts or paragraphs)', () => {
    expect(mixedUp(flatUnits(content.tr!), new Map(flatUnits(content.nl!)))).toEqual([]);
  });
  it('never the causative "kaydettir-": the parent applies, the school enrols (failed before: 88 words)', () => {
    const hits = flatUnits(content.tr!).flatMap(([id, t]) => [...strip(t).matchAll(/\p{L}*kaydettir\p{L}*/giu)].map((m) => `${id}: ${m[0]}`));
    expect(hits).toEqual([]);
  });
});
