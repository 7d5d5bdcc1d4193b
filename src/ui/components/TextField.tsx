import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { T } from '../../app/i18n';
import { formatDate, parseTypedDate } from '../../rules/dates';

interface TextFieldProps {
  t: T;
  /** The input's id (what the error summary links to). */
  id: string;
  /** The start of the hint, error, "Je bedoelt" and label ids: `<idBase>-hint` and so on (default: `id`). */
  idBase?: string;
  label: string;
  hint?: ComponentChildren;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  /**
   * A date: "Je bedoelt …" (the date as read) under the field. 'live': that line is read out as it
   * changes. 'settled': read out once the date is complete (a 4-digit year and a short pause, or
   * leaving the field), from a hidden live region, so a half-typed date is not announced.
   */
  date?: 'live' | 'settled';
  /** An element that names the field before its own label (a question's h1): the label then gets `<idBase>-label`. */
  labelledBy?: string;
  /** More attributes of the input. */
  input?: { spellcheck?: boolean; inputMode?: 'text'; maxLength?: number };
  /** Shown in the form group after the field (a "don't know" checkbox). */
  children?: ComponentChildren;
}

/** A text field in the form-group pattern: label, hint, error message, input; for dates the "Je bedoelt …" line. */
export function TextField({ t, id, idBase = id, label, hint, error, value, onInput, date, labelledBy, input, children }: TextFieldProps) {
  const hintId = `${idBase}-hint`;
  const errorId = `${idBase}-error`;
  const meansId = `${idBase}-means`;
  const labelId = `${idBase}-label`;
  const parsed = date ? parseTypedDate(value) : undefined;
  const echo = parsed ? t('question.dateMeans', { date: formatDate(parsed, t.lang) }) : '';
  const settled = date === 'settled';
  const [spoken, setSpoken] = useState('');
  const [left, setLeft] = useState(false);
  useEffect(() => {
    if (!settled) return;
    if (!echo) return setSpoken('');
    if (!left && !/\d{4}$/.test(value.trim())) return;
    const timer = setTimeout(() => setSpoken(echo), left ? 0 : 800);
    return () => clearTimeout(timer);
  }, [echo, left]);
  return (
    <div class={`form-group${error ? ' has-error' : ''}`}>
      <label class="label" for={id} id={labelledBy ? labelId : undefined}>
        {label}
      </label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={errorId}>
          {error}
        </p>
      )}
      <input
        {...input}
        id={id}
        class={`input${date ? ' date-input' : ''}`}
        type="text"
        autoComplete="off"
        value={value}
        aria-labelledby={labelledBy ? `${labelledBy} ${labelId}` : undefined}
        aria-describedby={[hint ? hintId : '', error ? errorId : '', date ? meansId : ''].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        onInput={(e) => (onInput((e.target as HTMLInputElement).value), setLeft(false))}
        onBlur={settled ? () => setLeft(true) : undefined}
      />
      {date && (
        <p class="date-means" id={meansId} aria-live={settled ? undefined : 'polite'}>
          {echo}
        </p>
      )}
      {settled && (
        <p class="visually-hidden" aria-live="polite">
          {spoken}
        </p>
      )}
      {children}
    </div>
  );
}
