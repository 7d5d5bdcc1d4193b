/**
 * The letters' overview (#/brieven): every letter by what a parent wants to do, as links.
 *
 * Session 67 (issue 17): a file of its own. It was part of LettersPage.tsx, which the build puts in `shared` with the plan's
 * rules (src/prerender/chunks.ts), so opening "Brieven" fetched and ran 142 KB of script for a list of links. A letter
 * itself still comes with `shared` (it fills in the parent's answers with those rules).
 */
import { useT } from '../../app/i18n';
import { toc } from '../lazy';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';

/**
 * What a parent wants to do, and the letters for it, in that order. A letter id not listed here
 * (a new letter) still shows, under "Andere brieven".
 */
export const LETTER_GOALS: readonly (readonly [goal: string, letters: readonly string[]])[] = [
  ['aanmelden', ['schriftelijke-aanmelding', 'herinnering-besluit', 'verzoek-sop']],
  ['ondersteuning', ['reactie-handelingsverlegen', 'verzoek-opp', 'bevestiging-afspraken']],
  ['thuis', ['onderwijs-tijdens-thuiszitten', 'bericht-leerplichtambtenaar']],
  ['tlv', ['zienswijze-tlv', 'bezwaar-tlv', 'aanvraag-leerlingenvervoer']],
  ['dossier', ['inzage-dossier', 'correctie-dossier']],
  ['oneens', ['bezwaar-weigering-verwijdering', 'klacht', 'aanmelding-onderwijsconsulenten']],
];

/** Letters grouped by goal, in the order above; unknown ids last under "overig". */
export function lettersByGoal(ids: readonly string[]): [string, string[]][] {
  const known = new Set(LETTER_GOALS.flatMap(([, l]) => l));
  const groups: [string, string[]][] = LETTER_GOALS.map(([g, l]) => [g, l.filter((id) => ids.includes(id))]);
  groups.push(['overig', ids.filter((id) => !known.has(id))]);
  return groups.filter(([, l]) => l.length > 0);
}

/** All letters on one page, by what a parent wants to do. */
export function LetterListPage() {
  const t = useT();
  const titles = toc(t.lang).letterTitles;
  return (
    <div class="page-letters">
      <Heading title={t('letter.title')} />
      <p class="lead">{t('letter.lead')}</p>
      {lettersByGoal(Object.keys(titles)).map(([goal, ids]) => (
        <section key={goal} aria-labelledby={`goal-${goal}`}>
          <h2 id={`goal-${goal}`} class="h3">
            {t.raw(`ui:letterPage.goals.${goal}`)}
          </h2>
          <ul class="letter-list">
            {ids.map((id) => (
              <li key={id}>
                <Link to={{ page: 'letter', id }}>{titles[id]}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
