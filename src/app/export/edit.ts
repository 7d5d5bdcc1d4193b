/**
 * The parent's own version of a letter can be kept on the device, under "wegwijzer.letter-edit.<id>"
 * (so "Wis mijn gegevens" removes it), but never when it could hold the child's BSN.
 */
import { PREFIX } from '../storage';

export const letterEditKey = (id: string): string => `${PREFIX}letter-edit.${id}`;

/** Stored edits longer than this are not kept (a letter is a page or two). */
export const EDIT_MAX = 50_000;

/**
 * A 9-digit number that passes the "elfproef", as a BSN does, written in any usual way: together,
 * or with spaces, non-breaking spaces, dots, dashes (also the typographic ones), slashes or
 * underscores between the digits ("123456782", "123 456 782", "111-222-333", "1234.56.782").
 * Full-width digits count as digits.
 */
const SEP = '[\\s.\\-\\u2010-\\u2015\\u2212_/]{0,3}';

export function containsBsnLike(text: string): boolean {
  const plain = text.normalize('NFKC');
  for (const m of plain.matchAll(/(?<!\d)(?:\d[\s.\-\u2010-\u2015\u2212_/]{0,3}){8}\d(?!\d)/g)) {
    const d = m[0].replace(/\D/g, '');
    if (d.length !== 9) continue;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
    sum -= Number(d[8]);
    if (sum % 11 === 0 && d !== '000000000') return true;
  }
  return false;
}

export type EditPrivacy = 'keep' | 'bsnFilled' | 'bsnInText' | 'tooLong';

/**
 * May this edit be stored? Not while the BSN field is filled, not when the text holds a BSN the
 * parent typed on this page (`seenBsn`) or anything that looks like one, and not when it is huge.
 */
export function editPrivacy(text: string, bsn: string, seenBsn: Iterable<string> = []): EditPrivacy {
  if (bsn.trim()) return 'bsnFilled';
  const plain = text.normalize('NFKC');
  for (const v of seenBsn) {
    const digits = v.normalize('NFKC').replace(/\D/g, '');
    // The same digits, whatever is written between them.
    if (digits.length >= 8 && digits.length <= 12 && new RegExp(`(?<!\\d)${digits.split('').join(SEP)}(?!\\d)`).test(plain)) return 'bsnInText';
  }
  if (containsBsnLike(text)) return 'bsnInText';
  if (text.length > EDIT_MAX) return 'tooLong';
  return 'keep';
}
