import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../app/i18n';

let firstPage = true;

/**
 * The page's h1. When a new page appears, focus moves to it (so screen readers announce the new
 * step) and the document title changes. On the very first page load focus stays where the browser put it.
 */
export function Heading({ title, caption, titlePrefix }: { title: string; caption?: string; titlePrefix?: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else ref.current?.focus();
  }, []);
  useEffect(() => {
    document.title = t('app.pageTitle', { page: [titlePrefix, title].filter(Boolean).join(': ') });
  }, [title, titlePrefix, t.lang]);
  return (
    <>
      {caption && <p class="caption">{caption}</p>}
      <h1 tabIndex={-1} ref={ref}>
        {title}
      </h1>
    </>
  );
}
