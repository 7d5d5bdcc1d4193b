import { useT } from '../../app/i18n';
import { useContent } from '../lazy';
import { Heading } from '../components/Heading';
import { RichText } from '../components/RichText';
import { NotFoundPage } from './NotFoundPage';

/** Plain pages from content/<lang>/pages: privacy, toegankelijkheid, over. */
export function InfoPage({ id }: { id: string }) {
  const t = useT();
  const { data, failed } = useContent('pages', t.lang);
  if (!data) return <p>{failed ? t('app.loadFailed') : t('app.loading')}</p>;
  const page = data.find((p) => p.id === id);
  if (!page) return <NotFoundPage />;
  return (
    <article class="page-info">
      <Heading title={page.title} />
      <RichText blocks={page.intro} />
      {page.sections.map((s) => (
        <section key={s.id} id={s.id}>
          <h2>{s.title}</h2>
          <RichText blocks={s.blocks} />
        </section>
      ))}
    </article>
  );
}
