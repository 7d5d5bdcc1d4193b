import { useLayoutEffect, useRef } from 'preact/hooks';

/** One problem in a form: the id of the field it is about, and what to do. */
export interface FieldError {
  field: string;
  text: string;
}

/**
 * The error summary above a form (GOV.UK / NL Design System): announced (role="alert"), focused when
 * errors arrive, each error a link that moves focus to its field. Renders nothing without errors.
 * It takes focus whenever `focusKey` changes; by default that is the `errors` array itself, so each
 * check that sets a new array (each press on "Bewaar") brings focus back to the summary.
 */
export function ErrorSummary({ titleId, title, errors, focusKey = errors }: { titleId: string; title: string; errors: readonly FieldError[]; focusKey?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus moves in the render that shows the summary, not a frame later: the same paint, and a
  // check right after "Bewaar" already finds it there.
  useLayoutEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [focusKey]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <ul>
        {errors.map((x) => (
          <li key={x.field + x.text}>
            <a href={`#${x.field}`} onClick={(e) => (e.preventDefault(), document.getElementById(x.field)?.focus())}>
              {x.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
