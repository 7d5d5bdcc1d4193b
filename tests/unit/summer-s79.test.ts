/**
 * Session 79 (from s79-blind's "noticed": a child at home read on Thu 1 July 2027). In July the plan gives
 * onderwijs-thuis-vragen its summer text (inSummerMonths), but on 1 July every region's school is still open (the summer
 * holiday's start differs per region and is in no source). The step's title asked only about "na de vakantie", and
 * "Is de school nog open? Vraag dan ook welke les je kind nu krijgt." was its last sentence: the lessons the child is
 * owed now (C04, C13, D09) were buried. Now the title asks which lessons the child gets, also after the holiday, and
 * the text starts with the school-still-open question; the rest is unchanged. Also for an offer turned down (left68).
 * Both tests failed before (title and first sentence), in all six languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlanTexts, tFor } from './plan-texts';
import { stepText } from '../../src/ui/deadlineText';
import { agree, dutch, step, story } from './lawyer-kit';

beforeAll(loadPlanTexts);

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const OPEN_FIRST: Record<(typeof LANGS)[number], RegExp> = {
  nl: /^Is de school nog open\? Vraag dan welke les je kind nu krijgt\.\s+Is het nu zomervakantie\?/,
  en: /^Is the school still open\? Then ask which lessons your child gets now\.\s+Is it the summer holiday now\?/,
  tr: /^Okul hâlâ açık mı\? O zaman çocuğunuzun şu an hangi dersleri aldığını sorun\.\s+Şu an yaz tatili mi\?/,
  pl: /^Czy szkoła jest jeszcze otwarta\? Zapytaj wtedy, jakie lekcje dziecko ma teraz\.\s+Czy są teraz wakacje letnie\?/,
  uk: /^Школа ще працює\? Тоді запитайте, які уроки дитина має зараз\.\s+Зараз літні канікули\?/,
  ar: /^هل المدرسة ما زالت مفتوحة؟ اسأل إذن عن الدروس التي يحصل عليها طفلك الآن\.\s+هل هي العطلة الصيفية الآن؟/,
};
const OLD_TITLES = [
  'Vraag nu hoe je kind na de vakantie les krijgt',
  'Ask now how your child will get lessons after the holiday',
  'Çocuğunuzun tatilden sonra nasıl ders alacağını şimdi sorun',
  'Zapytaj już teraz, jak dziecko będzie się uczyć po wakacjach',
  'Уже зараз запитайте, як дитина навчатиметься після канікул',
  'اسأل الآن كيف سيحصل طفلك على الدروس بعد العطلة',
];

const atHome = {
  situatie: ['thuiszitten'], 'thuis-reden': 'verwijderd', 'thuis-sinds': '2027-06-28', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee',
  ingeschreven: 'ja', 'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2027-06-25', 'verwijdering-andere-school': 'nee',
  'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', 'aanbod-geweigerd': 'nee', opp: 'nee', 'swv-betrokken': 'ja', 'school-zegt': ['geen'],
  'lpa-betrokken': 'nee', 'gesprek-gepland': 'nee', 'dossier-gezien': 'ja', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6',
};

describe.each([
  ['no offer turned down', atHome],
  ['an offer turned down (left68)', { ...atHome, 'aanbod-geweigerd': 'ja' }],
])('a child at home, read Thu 1 July 2027, %s', (_name, answers) => {
  const plan = () => agree(story(answers), '2027-07-01');

  it('the step asks which lessons the child gets, also after the holiday (title)', () => {
    const s = step(plan(), 'onderwijs-thuis-vragen')!;
    expect(dutch(s, 'title')).toBe('Vraag nu welke les je kind krijgt, ook na de vakantie');
    for (const lang of LANGS) expect(OLD_TITLES, lang).not.toContain(stepText(s, 'title', tFor(lang)));
  });

  it('its text starts with the school that may still be open, in six languages, and keeps the summer text after it', () => {
    const s = step(plan(), 'onderwijs-thuis-vragen')!;
    for (const lang of LANGS) {
      const t = stepText(s, 'why', tFor(lang));
      expect(t, lang).toMatch(OPEN_FIRST[lang]);
      expect(t.match(/Is de school nog open|Is the school still open|Okul hâlâ açık mı|Czy szkoła jest jeszcze otwarta|Школа ще працює|هل المدرسة ما زالت مفتوحة/g), lang).toHaveLength(1);
    }
    expect(dutch(s)).toMatch(/Vraag de school nu per e-mail waar/);
  });
});
