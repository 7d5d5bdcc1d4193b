import { formatDateShort, type IsoDate } from './dates';
import { addWeeks } from './calendar';
import { TERMS } from './deadlines';
import { factsFrom } from './facts';
import type { Answers } from '../flow/answers';

export * from './letter-fields';
import type { LetterField } from './letter-fields';

/** Values that come from the answers: dates, written out in Dutch (letters are always Dutch). */
export function valuesFromAnswers(answers: Answers, today: IsoDate): Partial<Record<LetterField, string>> {
  const f = factsFrom(answers, today);
  const nl = (d: IsoDate | undefined) => (d ? formatDateShort(d, 'nl') : undefined);
  const received = f.date('aanmelding-datum');
  const decided = f.date('weigering-datum') ?? f.date('verwijdering-datum') ?? f.date('tlv-besluit-datum');
  const out: Partial<Record<LetterField, string | undefined>> = {
    datum_vandaag: nl(today),
    datum_aanmelding: nl(received),
    datum_besluit_uiterlijk: received
      ? nl(addWeeks(received, f.oneOf('aanmelding-verlengd', 'ja') ? TERMS.admissionDecisionMaxWeeks : TERMS.admissionDecisionWeeks))
      : undefined,
    datum_besluit: nl(decided),
    datum_thuis_sinds: nl(f.date('thuis-sinds')),
    datum_schorsing: nl(f.date('schorsing-datum')),
    datum_gesprek: nl(f.date('gesprek-datum')),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Partial<Record<LetterField, string>>;
}

export type LetterPiece = { text: string } | { field: LetterField; value?: string };

/**
 * Fills a letter template. Returns pieces, so a view can mark missing values visibly and
 * render everything as text (never as markup). `{{name}}` with an unknown name is left as it is;
 * the content build guarantees there are none.
 */
export function fillLetter(template: string, values: Partial<Record<LetterField, string>>): LetterPiece[] {
  const pieces: LetterPiece[] = [];
  const re = /\{\{\s*([a-z_]+)\s*\}\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) pieces.push({ text: template.slice(last, m.index) });
    const field = m[1] as LetterField;
    const value = values[field]?.trim();
    pieces.push(value ? { field, value } : { field });
    last = re.lastIndex;
  }
  if (last < template.length) pieces.push({ text: template.slice(last) });
  return pieces;
}

/** The letter as plain text; a missing value shows as "[label]" so nothing looks finished when it is not. */
export const letterText = (pieces: readonly LetterPiece[], label: (field: LetterField) => string): string =>
  pieces.map((p) => ('text' in p ? p.text : (p.value ?? `[${label(p.field)}]`))).join('');
