import '../search.css';
import { useMemo, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { useContent } from '../lazy';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { questionDocs, search } from '../../content/search';
import { questionById } from '../../flow/questions';

/** Offline search over all sections and terms; the index loads only when this page is opened. */
export function SearchPage() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState('');
  const { data } = useContent('search', t.lang);
  // The answer options of the questionnaire are the app's own words too ("geschorst", "thuis zonder school").
  const questions = useContent('questions', t.lang);
  const docs = useMemo(() => (data ? [...data, ...(questions.data ? questionDocs(questions.data, questionById) : [])] : undefined), [data, questions.data]);
  const results = docs && submitted ? search(docs, submitted) : [];
  return (
    <div class="page-search">
      <Heading title={t('search.title')} />
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(query);
        }}
      >
        <label for="search-input" class="label">
          {t('search.label')}
        </label>
        <div class="search-row">
          <input id="search-input" class="input" type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
          <button type="submit" class="button">
            {t('search.button')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {submitted && data && <p>{results.length ? t('search.results', { count: results.length }) : t('search.none')}</p>}
      </div>
      <ol class="search-results">
        {results.map((r) => (
          <li key={`${r.kind}-${r.id}`}>
            <Link to={r.kind === 'term' ? { page: 'glossary', id: r.id } : { page: 'read', id: r.section ?? r.id }}>{r.title}</Link>
            {r.kind === 'term' && <span class="muted"> ({t('search.term')})</span>}
            {r.kind === 'question' && <span class="muted"> ({t('searchPage.question')})</span>}
            <p class="snippet">{r.snippet}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
