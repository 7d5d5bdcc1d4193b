import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/content/compile/load';
import { BASE_LANG, LANGUAGES } from '../../src/languages';
import { flatUnits, translatedTerms } from './lang-texts';

/**
 * Session 26 found Ukrainian "обов'язок піклування (zorgplicht)" ("duty of looking after") in five texts, one of them
 * new this session, where the Ukrainian glossary says "обов'язок забезпечити місце (zorgplicht)" ("duty to provide a
 * place") and twenty other texts follow it. A parent who looked the word up found another one, and "looking after" says
 * nothing about the school's duty to find a suitable place. langs-s24.test.ts does not see this: the word before the
 * bracket is no other term's word.
 *
 * The check, for the legal terms below whose glossary heading has several words: where "(dutch" follows a phrase that
 * begins with the heading's first word, the words after it up to the bracket are the heading's next words, declined
 * (a shortened heading, "zwolnienie (vrijstelling)", one word inside the heading, "usunięciu ucznia ze szkoły
 * (verwijdering)", or more words after the whole heading, "заяву на зарахування дитини (aanmelding)", pass).
 * Limits: a rendering that does not begin with the heading's first word is not checked.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OTHERS = LANGUAGES.map((l) => l.code).filter((c) => c !== BASE_LANG);

/** Terms where another wording changes what a parent understands. Not schoolbestuur ("zarządu tamtej szkoły") and the like. */
export const LEGAL = [
  'zorgplicht', 'aanmelding', 'inschrijving', 'schorsing', 'verwijdering', 'feitelijke verwijdering', 'toelaatbaarheidsverklaring',
  'extra ondersteuning', 'ouder- en jeugdsteunpunt', 'geschillencommissie passend onderwijs', 'leerplicht', 'leerplichtambtenaar',
  'vrijstelling', 'ontheffing', 'bezwaar', 'klachtencommissie',
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Lower case without isolates, Turkish dotted capital I as i, apostrophes as one. */
const norm = (s: string) => s.replace(/[\u2066-\u2069]/g, '').toLowerCase().replace(/i\u0307/g, 'i').replace(/[’ʼ]/g, "'");
/** A word without the Arabic article or a one-letter prefix before it (بـ لـ و), so "لشبكة" and "الشبكة" are "شبكة". */
const bare = (w: string) => w.replace(/^[وبل]?(ال)?/, '');
const stem = (w: string) => { const b = bare(w); return b.slice(0, Math.max(3, b.length - 2)); };

interface Term { dutch: string; head: string }

/** A word is the heading's word, declined; "help/support" is either. */
const isWord = (w: string, h: string) => w.split('/').some((a) => bare(a).startsWith(stem(h)));
/**
 * The words from the heading's first word up to the bracket go on as the heading does: each is the heading's next word,
 * or one word stands inside the heading when the heading's next word follows it ("usunięciu ucznia ze szkoły",
 * "комісія школи зі скарг"). Running out of words is a shortened heading; words after the whole heading are more text.
 */
function follows(tail: string[], hw: string[]): boolean {
  let inserted = false;
  for (let k = 1, j = 1; k < tail.length && j < hw.length; k++, j++) {
    if (isWord(tail[k]!, hw[j]!)) continue;
    if (!inserted && k + 1 < tail.length && isWord(tail[k + 1]!, hw[j]!)) { inserted = true; k++; continue; }
    return false;
  }
  return true;
}

/** Every place where a legal term in brackets follows a wording that starts like its glossary heading and then departs from it. */
export function departedTerms(lang: string, terms: Term[], units: [string, string][]): string[] {
  const problems: string[] = [];
  for (const [id, raw] of units) {
    const text = norm(raw);
    for (const x of terms) {
      const hw = norm(x.head).split(/\s+/);
      if (hw.length < 2) continue;
      for (const m of text.matchAll(new RegExp(`\\(${esc(x.dutch)}(?=[),])`, 'g'))) {
        const words = text.slice(Math.max(0, m.index! - 80), m.index!).trim().split(/\s+/);
        // The last word that begins like the heading's first word, within the last few words.
        let at = -1;
        for (let i = words.length - 1; i >= Math.max(0, words.length - hw.length - 2); i--) if (bare(words[i]!).startsWith(stem(hw[0]!))) { at = i; break; }
        if (at < 0) continue;
        const tail = words.slice(at);
        if (!follows(tail, hw)) problems.push(`${lang} ${id}: "${tail.join(' ')} (${x.dutch})": the glossary's word is "${x.head}"`);
      }
    }
  }
  return problems;
}

/**
 * The other way round (session 57): a long name whose last words are the glossary heading's and whose first word is
 * another. Arabic "نقطة دعم الأهل والشباب (ouder- en jeugdsteunpunt)" ("point" of support) stood in three texts where
 * the glossary and every other text say "مركز دعم الأهل والشباب" ("centre"); departedTerms does not see it, as the
 * wording does not begin with the heading's first word. Read from the bracket backwards: at least three of the
 * heading's last words match (so only headings of four words or more, the support point's name in every language), one
 * word inside the heading allowed, and then the heading's next word is missing. A shorter match is left alone: "the
 * suspension (schorsing)" for "geçici uzaklaştırma" is a shortened heading, not another name.
 */
const bare2 = (w: string) => w.replace(/^و?[بل]?(ال)?/, '');
const isWord2 = (w: string, h: string) => {
  const s = bare2(h).slice(0, Math.max(3, bare2(h).length - 2));
  return w.split('/').some((a) => bare2(a).startsWith(s));
};
export function renamedTerms(lang: string, terms: Term[], units: [string, string][]): string[] {
  const problems: string[] = [];
  for (const [id, raw] of units) {
    const text = norm(raw);
    for (const x of terms) {
      const hw = norm(x.head).split(/\s+/);
      if (hw.length < 4) continue;
      for (const m of text.matchAll(new RegExp(`\\(${esc(x.dutch)}(?=[),])`, 'g'))) {
        const words = text.slice(Math.max(0, m.index! - 120), m.index!).trim().split(/\s+/);
        const at = (i: number) => words[words.length - 1 - i];
        let k = 0;
        let inserted = 0;
        while (k < hw.length && k + inserted < words.length) {
          const want = hw[hw.length - 1 - k]!;
          if (isWord2(at(k + inserted)!, want)) k++;
          else if (!inserted && k + 1 < words.length && isWord2(at(k + 1)!, want)) { inserted = 1; k++; }
          else break;
        }
        if (k >= 3 && k < hw.length) problems.push(`${lang} ${id}: "${words.slice(-k - inserted - 1).join(' ')} (${x.dutch})": the glossary's name is "${x.head}"`);
      }
    }
  }
  return problems;
}

describe('the departed-term check itself', () => {
  const uk: Term[] = [{ dutch: 'zorgplicht', head: "обов'язок забезпечити місце" }, { dutch: 'aanmelding', head: 'заява на зарахування' }];
  it('finds a wording that begins like the heading and goes on differently, also declined', () => {
    expect(departedTerms('uk', uk, [['x', "Тоді обов'язок піклування (zorgplicht) має ця школа."]])).toHaveLength(1);
    expect(departedTerms('uk', uk, [['x', 'Вона не має обов’язку піклування (zorgplicht).']])).toHaveLength(1);
    // An inserted word with nothing of the heading after it is another wording too.
    expect(departedTerms('pl', [{ dutch: 'inschrijving', head: 'zapisanie do szkoły' }], [['x', 'od zapisania dziecka (inschrijving)']])).toHaveLength(1);
  });
  it('lets the heading pass, declined, shortened or followed by more words', () => {
    expect(departedTerms('uk', uk, [['x', "школа ще не має обов'язку забезпечити місце (zorgplicht)."]])).toEqual([]);
    expect(departedTerms('uk', uk, [['x', 'як ви подали заяву на зарахування дитини (aanmelding)? лише заява (aanmelding)']])).toEqual([]);
    const ar: Term[] = [{ dutch: 'extra ondersteuning', head: 'الدعم الإضافي' }];
    expect(departedTerms('ar', ar, [['x', 'يحتاج إلى دعم إضافي (extra ondersteuning)']])).toEqual([]);
    expect(departedTerms('ar', ar, [['x', 'يحتاج إلى دعم خاص (extra ondersteuning)']])).toHaveLength(1);
    expect(departedTerms('pl', [{ dutch: 'verwijdering', head: 'usunięcie ze szkoły' }], [['x', 'przy usunięciu ucznia ze szkoły (verwijdering)']])).toEqual([]);
    expect(departedTerms('en', [{ dutch: 'extra ondersteuning', head: 'extra support' }], [['x', 'What is extra help/support (extra ondersteuning)?']])).toEqual([]);
  });  it('finds a long name that ends like the heading and begins with another word, and lets the heading pass', () => {
    const ar: Term[] = [{ dutch: 'ouder- en jeugdsteunpunt', head: 'مركز دعم الأهل والشباب' }];
    expect(renamedTerms('ar', ar, [['x', 'غير متأكد؟ اتصل بنقطة دعم الأهل والشباب (ouder- en jeugdsteunpunt).']])).toHaveLength(1);
    expect(renamedTerms('ar', ar, [['x', 'أو نقطة دعم الأهل والشباب (ouder- en jeugdsteunpunt).']])).toHaveLength(1);
    expect(renamedTerms('ar', ar, [['x', 'اتصل بمركز دعم الأهل والشباب (ouder- en jeugdsteunpunt) وبمركز دعم الأهل والشباب (ouder- en jeugdsteunpunt)']])).toEqual([]);
    const pl: Term[] = [{ dutch: 'ouder- en jeugdsteunpunt', head: 'punkt wsparcia dla rodziców i młodzieży' }];
    expect(renamedTerms('pl', pl, [['x', 'Zadzwoń do punktu wsparcia dla rodziców i młodzieży (ouder- en jeugdsteunpunt).']])).toEqual([]);
    expect(renamedTerms('pl', pl, [['x', 'Zadzwoń do biura wsparcia dla rodziców i młodzieży (ouder- en jeugdsteunpunt).']])).toHaveLength(1);
    // Shorter headings are not read this way: a shortened heading and another name look alike there.
    expect(renamedTerms('tr', [{ dutch: 'schorsing', head: 'geçici uzaklaştırma' }], [['x', 'ilkokulda uzaklaştırma (schorsing)']])).toEqual([]);
  });
});

const base = loadLanguage(ROOT, BASE_LANG);

/**
 * Session 57: seven English plan texts (six of sessions 45-47, one older) said "Call the ouder- en jeugdsteunpunt", the
 * Dutch name alone, where every other English text says "parent and youth support point (ouder- en jeugdsteunpunt)":
 * a reader of English does not know what the Dutch words are. Letters are left out (their bodies stay Dutch); the
 * glossary lists the Dutch name as a match.
 */
describe('en: the steunpunt is never named by its Dutch name alone', () => {
  it('every "ouder- en jeugdsteunpunt" outside letters and the glossary stands in brackets after an English name (failed before on 7 texts)', () => {
    const en = loadLanguage(ROOT, 'en');
    const bare = flatUnits(en)
      .filter(([id]) => !id.startsWith('letter:') && !id.startsWith('glossary:'))
      .filter(([, text]) => /(?<!\()ouder- en jeugdsteunpunt/i.test(text.replace(/[\u2066-\u2069]/g, '')))
      .map(([id]) => id);
    expect(bare).toEqual([]);
  });
});

/**
 * Session 57: Polish addresses the parent in the past tense with both forms, "zgłosiłeś/zgłosiłaś"; the s51 dossier step
 * said "Poprosiłeś szkołę" only, the one text of all that did. A masculine second-person past form ("-łeś") is followed
 * by "/" and the feminine form ("-łaś").
 */
describe('pl: a past-tense "you" has both forms', () => {
  it('every "…łeś" is followed by "/…łaś" (failed before on ui:dossier51.planStep.dossierCorrectie.why)', () => {
    const pl = loadLanguage(ROOT, 'pl');
    const single = flatUnits(pl).flatMap(([id, text]) => [...text.matchAll(/\p{L}+łeś(?!\/\p{L}+łaś)(?!\p{L})/gu)].map((m) => `${id}: ${m[0]}`));
    expect(single).toEqual([]);
  });
});

/**
 * Session 57, two words the checks above do not see. Turkish zorgplicht was "bakım yükümlülüğü" ("duty of looking after")
 * in two texts where the glossary and thirty others say "özen yükümlülüğü" (departedTerms reads only wordings that begin
 * with the heading's first word). Polish ui:s56.planStep.overstapNergens told the parent "zapisz dziecko do szkoły",
 * *enrol* your child (inschrijving, which the school does), for the Dutch "meld je kind aan" (zgłoszenie, from which
 * the school's weeks run); no Polish text tells the parent to enrol a child.
 */
describe('tr and pl: two words for the wrong thing', () => {
  it('tr never "bakım yükümlülüğü" for zorgplicht nor a bare "steunpunt\'u"; pl never "zapisz dziecko" (each failed before)', () => {
    const hits = (lang: string, re: RegExp) => flatUnits(loadLanguage(ROOT, lang)).filter(([, s]) => re.test(s)).map(([id]) => `${lang} ${id}`);
    expect(hits('tr', /bakım yükümlülü/i)).toEqual([]);
    expect(hits('pl', /zapisz(cie)? dziecko/i)).toEqual([]);
    // tr dossier51 dossierCorrectie.late: "steunpunt'u arayın", the Dutch word with a Turkish ending and no Turkish name.
    expect(hits('tr', /steunpunt'/i)).toEqual([]);
  });
});

/**
 * Session 57: Ukrainian open28.choiceElsewhereGpoOnly put the Geschillencommissie's probable last day after "Happy with the
 * new school? Then nothing to do here", as the text's last words, where the Dutch gives it with the route it belongs
 * to. The date now follows "take your case to the committee", as in Dutch (a uk date ends in "р.", so no full stop).
 */
describe('uk: the last day stays with the route it is for', () => {
  it('open28.choiceElsewhereGpoOnly: {{date}} before "Вам підходить нова школа" (failed before)', () => {
    const uk = Object.fromEntries(flatUnits(loadLanguage(ROOT, 'uk')));
    const s = uk['ui:open28.choiceElsewhereGpoOnly']!;
    expect(s.indexOf('{{date}}')).toBeGreaterThan(s.indexOf('до комісії'));
    expect(s.indexOf('{{date}}')).toBeLessThan(s.indexOf('Вам підходить нова школа'));
  });
});

describe.each(OTHERS)('translation %s: a legal term in brackets follows its glossary wording', (lang) => {
  it('never a wording that begins like the glossary heading and then departs from it', () => {
    const other = loadLanguage(ROOT, lang);
    const terms = translatedTerms(base, other).filter((t) => LEGAL.includes(t.dutch));
    expect(terms.length).toBeGreaterThan(8);
    expect(departedTerms(lang, terms, flatUnits(other))).toEqual([]);
  });
  it('never a long name that ends like the glossary heading and begins with another word', () => {
    const other = loadLanguage(ROOT, lang);
    const terms = translatedTerms(base, other).filter((t) => LEGAL.includes(t.dutch));
    expect(renamedTerms(lang, terms, flatUnits(other))).toEqual([]);
  });
});
