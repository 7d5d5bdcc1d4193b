import '../reading.css';
import { useLayoutEffect } from 'preact/hooks';
import { useT, core } from '../../app/i18n';
import { getReturnRoute, send } from '../../app/controller';
import { toc, useContent } from '../lazy';
import { Heading } from '../components/Heading';
import { Link } from '../components/Link';
import { RichText } from '../components/RichText';
import { NotFoundPage } from './NotFoundPage';

/**
 * "Lees meer": the index of the ten chapters (also the "ik wil eerst lezen" page), and a page per
 * chapter with its follow-up questions as a box of links at the top. `id` may name a chapter or a
 * section; a section opens its chapter, scrolled to it.
 */
export function ReadPage({ id, reading }: { id?: string; reading?: boolean }) {
  const t = useT();
  if (!id) return <ChapterIndex reading={reading} />;
  const meta = toc(t.lang);
  // Object.hasOwn: an id like "constructor" must not find Object.prototype's members.
  const chapterId = meta.chapters.some((c) => c.id === id) ? id : Object.hasOwn(meta.sectionChapter, id) ? meta.sectionChapter[id] : undefined;
  if (!chapterId) return <NotFoundPage />;
  return <ChapterView chapterId={chapterId} sectionId={id === chapterId ? undefined : id} key={t.lang} />;
}

function ChapterIndex({ reading }: { reading?: boolean }) {
  const t = useT();
  return (
    <div class="page-read">
      <Heading title={reading ? t('reading.title') : t('read.title')} />
      <p class="lead">{reading ? t('reading.lead') : t('read.lead')}</p>
      <ol class="chapter-list">
        {toc(t.lang).chapters.map((c) => (
          <li key={c.id}>
            <Link to={{ page: 'read', id: c.id }}>{c.title}</Link>
          </li>
        ))}
      </ol>
      {reading && (
        <button type="button" class="button" onClick={() => send({ type: 'BEGIN' })}>
          {t('reading.toQuestions')}
        </button>
      )}
    </div>
  );
}

function ChapterView({ chapterId, sectionId }: { chapterId: string; sectionId?: string }) {
  const t = useT();
  const { data, failed } = useContent('chapters', t.lang);
  const chapter = data?.find((c) => c.id === chapterId);
  const meta = toc(t.lang).chapters.find((c) => c.id === chapterId)!;
  const back = getReturnRoute();
  // The sections below this one are laid out only when they come near the screen (reading.css, `.later`).
  const opensAt = Math.max(0, chapter?.sections.findIndex((s) => s.id === sectionId) ?? 0);
  // Before the first paint, and at once, not smooth (styles.css): the chapter is painted where the parent asked to
  // be, once. A scroll after the paint painted its top first; a smooth one repainted the long chapter for more than a
  // second at 4× (Lighthouse's TBT on a section link).
  useLayoutEffect(() => {
    if (!chapter || !sectionId) return;
    const el = document.getElementById(sectionId);
    el?.scrollIntoView({ behavior: 'instant' });
    el?.querySelector('h2')?.focus();
  }, [chapter, sectionId]);
  const backLink = () =>
    back && (
      <p class="back">
        <Link to={back} class="back-link">
          {t('read.backToWhereYouWere')}
        </Link>
      </p>
    );
  return (
    <article class="page-chapter">
      {backLink()}
      <Heading title={meta.title} caption={t('read.chapterNumber', { number: String(meta.number) })} />
      {!chapter && <p>{failed ? t('app.loadFailed') : t('app.loading')}</p>}
      {chapter && (
        <>
          <p class="lead">{chapter.intro}</p>
          <nav class="link-box" aria-labelledby="in-this-chapter">
            <h2 id="in-this-chapter" class="h4">
              {t('read.inThisChapter')}
            </h2>
            <ul>
              {chapter.sections.map((s) => (
                <li key={s.id}>
                  <a href={`#/lees/${s.id}`} onClick={(e) => (e.preventDefault(), jumpTo(s.id))}>
                    {s.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {chapter.sections.map((s, i) => (
            <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`} class={i > opensAt ? 'later' : undefined}>
              <h2 id={`${s.id}-title`} tabIndex={-1}>
                {s.title}
              </h2>
              <RichText blocks={s.blocks} />
              {/* Session 56: a section opened by a link (a plan step's "Lees meer") is scrolled to, so the link at the
                  chapter's top is out of view: the way back is also where the section's text ends. */}
              {s.id === sectionId && backLink()}
            </section>
          ))}
          <p class="sources">
            {t('read.sources')}: {chapter.sources.join('; ')}
          </p>
          <p>
            <Link to={{ page: 'read' }}>{t('read.allChapters')}</Link>
          </p>
        </>
      )}
    </article>
  );
}

function jumpTo(id: string) {
  history.replaceState(null, '', `#/lees/${id}`);
  const el = document.getElementById(id);
  // Lay out every section up to this one first (reading.css, `.later`): scrolled to from estimated heights, it moved
  // once the sections above it were drawn.
  for (const s of document.querySelectorAll<HTMLElement>('.page-chapter section.later')) {
    s.style.contentVisibility = 'visible';
    if (s === el) break;
  }
  el?.scrollIntoView();
  // Without preventScroll the focus scrolled once more, smoothly, and the two scrolls left the heading in the middle of
  // the screen (chapter-s82).
  (el?.querySelector('h2') as HTMLElement | null)?.focus({ preventScroll: true });
}
