/**
 * Session 38 (s38-zorg): the zorgplicht in the steps for a child who is enrolled nowhere.
 *
 * The step `nergens-ingeschreven` said without conditions that the school has the zorgplicht from the day it receives
 * the registration. FACTS.md says otherwise: the zorgplicht is for a child who needs extra support (A06, A07); it starts
 * at the registration (A03); it does not apply when the school has no places (A17), and with a waiting list or a
 * lottery it starts only when the child's turn comes or the child is drawn (A18). The step `uitschrijving-navragen`
 * ended with the same unconditional sentence; it now only points to `nergens-ingeschreven`, which explains it.
 *
 * Each language is checked with its own words, the ones its chapter 1 ("Soms heeft een school geen zorgplicht") and its
 * step `school-vol` use. Every test marked "(failed before)" failed on main 51a08e2.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/content/compile/load';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ALL = ['nl', 'en', 'tr', 'pl', 'uk', 'ar'] as const;
type Lang = (typeof ALL)[number];
const content = Object.fromEntries(ALL.map((l) => [l, loadLanguage(ROOT, l)])) as Record<Lang, ReturnType<typeof loadLanguage>>;
const why = (lang: Lang, id: string): string => content[lang].steps[id]!.why;

interface Words {
  /** The language's name for the zorgplicht (the Dutch word, kept in brackets or alone, is checked as well). */
  duty: RegExp;
  /** The question that makes the zorgplicht conditional: does your child need extra help? */
  extraHelp: RegExp;
  /** The place may be at the school itself or at another school. */
  otherSchool: RegExp;
  /** "That does not apply …" */
  notApply: RegExp;
  /** The school really has no place(s). */
  noPlaces: RegExp;
  waitingList: RegExp;
  lottery: RegExp;
  /** … only when it is your child's turn. */
  turn: RegExp;
}

const WORDS: Record<Lang, Words> = {
  nl: {
    duty: /zorgplicht/i,
    extraHelp: /Heeft je kind extra hulp nodig\?/,
    otherSchool: /op een andere school/,
    notApply: /geldt niet/,
    noPlaces: /echt geen plek/,
    waitingList: /wachtlijst/,
    lottery: /loting/,
    turn: /aan de beurt/,
  },
  en: {
    duty: /duty of care/i,
    extraHelp: /Does your child need extra help\?/,
    otherSchool: /at another school/,
    notApply: /does not apply/,
    noPlaces: /truly has no places?/,
    waitingList: /waiting list/,
    lottery: /lottery/,
    turn: /your child's turn/,
  },
  tr: {
    duty: /özen yükümlülü/i,
    extraHelp: /ek yardıma ihtiyacı var mı\?/,
    otherSchool: /başka bir okulda/,
    notApply: /geçerli değildir/,
    noPlaces: /gerçekten yeri yok/,
    waitingList: /bekleme listesi/,
    lottery: /kura/,
    turn: /sıra çocuğunuza geldiğinde/,
  },
  pl: {
    duty: /obowiązek zapewnienia miejsca/i,
    extraHelp: /potrzebuje dodatkowej pomocy\?/,
    otherSchool: /w innej szkole/,
    notApply: /nie obowiązuje/,
    noPlaces: /naprawdę nie ma miejsca/,
    waitingList: /list\p{L}* oczekujących/u,
    lottery: /losowani/,
    turn: /przyjdzie kolej dziecka/,
  },
  uk: {
    duty: /обов'язок забезпечити місце/i,
    extraHelp: /потрібна додаткова допомога\?/,
    otherSchool: /в іншій школі/,
    notApply: /не діє/,
    noPlaces: /справді немає місць/,
    waitingList: /списк\p{L}* очікування/u,
    lottery: /жеребкуванн/,
    turn: /настає черга вашої дитини/,
  },
  ar: {
    duty: /واجب الرعاية/,
    extraHelp: /يحتاج طفلك إلى مساعدة إضافية؟/,
    otherSchool: /في مدرسة أخرى/,
    notApply: /لا ينطبق/,
    noPlaces: /لم يكن في المدرسة مكان فعلاً/,
    waitingList: /قائمة انتظار/,
    lottery: /القرعة/,
    turn: /يأتي دور طفلك/,
  },
};

/** Sentences of a text: split after . ? ! and the Arabic question mark. */
const sentences = (text: string): string[] => text.split(/(?<=[.?!؟])\s+/).filter((s) => s.trim() !== '');
const namesDuty = (lang: Lang, s: string): boolean => /zorgplicht/i.test(s) || WORDS[lang].duty.test(s);

describe('nergens-ingeschreven: the zorgplicht is conditional and its exceptions are named', () => {
  it.each(ALL)('%s: guard, the words chosen are the language\'s own (chapter 1 uses them)', (lang) => {
    const w = WORDS[lang];
    const chapter = content[lang].chapters.find((c) => c.number === 1);
    expect(chapter).toBeDefined();
    const chapterText = JSON.stringify(chapter);
    expect(chapterText).toMatch(w.duty);
    expect(chapterText).toMatch(w.waitingList);
    expect(chapterText).toMatch(w.lottery);
    expect(why(lang, 'nergens-ingeschreven')).toMatch(w.duty);
  });

  it.each(ALL)('%s: the first sentence naming the zorgplicht follows the question whether the child needs extra help (failed before)', (lang) => {
    const s = sentences(why(lang, 'nergens-ingeschreven'));
    const first = s.findIndex((x) => namesDuty(lang, x));
    expect(first).toBeGreaterThan(0);
    expect(s[first - 1]).toMatch(WORDS[lang].extraHelp);
  });

  it.each(ALL)('%s: the place may be at another school (failed before)', (lang) => {
    expect(why(lang, 'nergens-ingeschreven')).toMatch(WORDS[lang].otherSchool);
  });

  it.each(ALL)('%s: names the exceptions, no places and a waiting list or lottery until the child\'s turn (failed before)', (lang) => {
    const w = WORDS[lang];
    const s = sentences(why(lang, 'nergens-ingeschreven'));
    const first = s.findIndex((x) => namesDuty(lang, x));
    // The exceptions come right after the zorgplicht, not somewhere else in the step.
    const after = s.slice(first, first + 7).join(' ');
    expect(after).toMatch(w.notApply);
    expect(after).toMatch(w.noPlaces);
    expect(after).toMatch(w.waitingList);
    expect(after).toMatch(w.lottery);
    expect(after).toMatch(w.turn);
    // The no-places sentence is the one that says the zorgplicht does not apply.
    expect(s.find((x) => w.noPlaces.test(x))).toMatch(w.notApply);
  });
});

describe('uitschrijving-navragen: no longer states the zorgplicht', () => {
  it.each(ALL)('%s: the step does not name the zorgplicht (failed before)', (lang) => {
    const text = why(lang, 'uitschrijving-navragen');
    expect(text).not.toMatch(/zorgplicht/i);
    expect(text).not.toMatch(WORDS[lang].duty);
  });
  it.each(ALL)('%s: guard, it still sends a child enrolled nowhere to the step that explains it', (lang) => {
    const text = why(lang, 'uitschrijving-navragen');
    const nergens = (content[lang].questions as Record<string, { options?: Record<string, string> }>)['thuis-reden']!.options!.nergens!;
    expect(text).toContain(nergens);
  });
});
