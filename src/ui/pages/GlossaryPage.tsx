import '../reading.css';
import { useEffect } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { useContent } from '../lazy';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';

/** The begrippenlijst: every term, with a link to the section that explains it more. */
export function GlossaryPage({ id }: { id?: string }) {
  const t = useT();
  const { data, failed } = useContent('glossary', t.lang);
  useEffect(() => {
    // At once (session 55): the parent asked for this term; a smooth scroll repaints the long list for a second at 4×.
    if (data && id) document.getElementById(`begrip-${id}`)?.scrollIntoView({ behavior: 'instant' });
  }, [data, id]);
  return (
    <div class="page-glossary">
      <Heading title={t('glossary.title')} />
      <p class="lead">{t('glossary.lead')}</p>
      {!data && <p>{failed ? t('app.loadFailed') : t('app.loading')}</p>}
      {data && (
        <dl class="glossary">
          {data.map((g) => (
            <div key={g.id} id={`begrip-${g.id}`} class={g.id === id ? 'highlight' : undefined}>
              <dt>{g.term}</dt>
              <dd>
                {g.text}
                {g.see && (
                  <>
                    {' '}
                    <Link to={{ page: 'read', id: g.see }}>{t('glossary.more')}</Link>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
