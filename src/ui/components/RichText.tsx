import '../reading.css';
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

/**
 * A term is a button, which the browser lays out as one box, and Chromium breaks a line after such a
 * box even before a word joiner: ");" ended up alone at the start of a line. So a term and what
 * follows it without a space (punctuation, a suffix) are kept together in a no-wrap span
 * (`.term-glue` in styles.css; the term's own text and its meaning still wrap).
 */
export function inlines(list: readonly Inline[]) {
  const out: preact.ComponentChildren[] = [];
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    if (typeof x === 'string') out.push(x);
    else if ('b' in x) out.push(<strong key={i}>{inlines(x.b)}</strong>);
    else if ('i' in x) out.push(<em key={i}>{inlines(x.i)}</em>);
    else if ('sec' in x)
      out.push(
        <Link key={i} to={{ page: 'read', id: x.sec }}>
          {inlines(x.c)}
        </Link>,
      );
    else {
      const term = (
        <Term key={i} id={x.term}>
          {inlines(x.c)}
        </Term>
      );
      const next = list[i + 1];
      const lead = typeof next === 'string' ? /^[^\s]+/.exec(next)?.[0] : undefined;
      if (lead === undefined) out.push(term);
      else {
        out.push(
          <span key={i} class="term-glue">
            {term}
            {lead}
          </span>,
        );
        out.push((next as string).slice(lead.length));
        i++;
      }
    }
  }
  return out;
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
