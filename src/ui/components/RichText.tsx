import { useState } from 'preact/hooks';
import type { Block, Inline } from '../../content/types';
import { useT } from '../../app/i18n';
import { useContent } from '../lazy';
import { Link } from './Link';

/** Renders compiled content (never HTML): paragraphs, lists, notes, section links and tappable terms. */
export function RichText({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  if ('p' in block) return <p>{inlines(block.p)}</p>;
  if ('h3' in block) return <h3>{inlines(block.h3)}</h3>;
  if ('ul' in block)
    return (
      <ul>
        {block.ul.map((item, i) => (
          <li key={i}>{inlines(item)}</li>
        ))}
      </ul>
    );
  if ('ol' in block)
    return (
      <ol>
        {block.ol.map((item, i) => (
          <li key={i}>{inlines(item)}</li>
        ))}
      </ol>
    );
  return (
    <div class="note">
      <RichText blocks={block.note} />
    </div>
  );
}

export function inlines(list: readonly Inline[]) {
  return list.map((x, i) => {
    if (typeof x === 'string') return x;
    if ('b' in x) return <strong key={i}>{inlines(x.b)}</strong>;
    if ('i' in x) return <em key={i}>{inlines(x.i)}</em>;
    if ('sec' in x)
      return (
        <Link key={i} to={{ page: 'read', id: x.sec }}>
          {inlines(x.c)}
        </Link>
      );
    return <Term key={i} id={x.term}>{inlines(x.c)}</Term>;
  });
}

let termCount = 0;

/** A glossary word: tap it to see its meaning in place, with a link to the whole begrippenlijst. */
export function Term({ id, children }: { id: string; children: preact.ComponentChildren }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [uid] = useState(() => `term-${++termCount}`);
  const { data } = useContent('glossary', t.lang);
  const term = open ? data?.find((g) => g.id === id) : undefined;
  return (
    <>
      <button type="button" class="term" aria-expanded={open} aria-controls={uid} onClick={() => setOpen(!open)}>
        {children}
      </button>
      {open && (
        <span class="term-def" id={uid} role="note">
          {term ? (
            <>
              <strong>{term.term}</strong>: {term.text}{' '}
              <Link to={{ page: 'glossary', id }}>{t('glossary.all')}</Link>
            </>
          ) : (
            t('app.loading')
          )}
        </span>
      )}
    </>
  );
}
