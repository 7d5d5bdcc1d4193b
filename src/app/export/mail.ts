/**
 * The letter as an e-mail: the first line of the text is the subject, the rest the body.
 * Pure functions, so the encoding and the length rule are tested in Node.
 */

/** Longer mailto: links are cut off or refused by some mail apps and browsers; then we copy instead. */
export const MAILTO_MAX = 1800;

const normalizeLines = (s: string) => s.replace(/\r\n|\r/g, '\n');
/** encodeURIComponent throws on a lone surrogate (half an emoji); such a half becomes U+FFFD. */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Subject on the first line, an empty line, then the body. */
export const composeLetter = (subject: string, body: string): string => `${subject}\n\n${body}`;

/** The reverse of composeLetter, also for text the parent changed: first line, then the rest. */
export function splitLetter(text: string): { subject: string; body: string } {
  const t = normalizeLines(text);
  const nl = t.indexOf('\n');
  if (nl < 0) return { subject: t.trim(), body: '' };
  return { subject: t.slice(0, nl).trim(), body: t.slice(nl + 1).replace(/^\n+/, '') };
}

/** Line breaks as CRLF (%0D%0A), as RFC 6068 asks for the body of a mailto: link. */
export const encodeMailPart = (s: string): string =>
  encodeURIComponent(wellFormed(normalizeLines(s)).replace(/\n/g, '\r\n')).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
export const decodeMailPart = (s: string): string => decodeURIComponent(s).replace(/\r\n/g, '\n');

export const mailtoUrl = (subject: string, body: string, to = ''): string =>
  `mailto:${encodeURIComponent(to)}?subject=${encodeMailPart(subject)}&body=${encodeMailPart(body)}`;

/** The mailto: link for a letter text, and whether it is short enough to open. */
export function mailFor(text: string): { url: string; fits: boolean } {
  const { subject, body } = splitLetter(text);
  const url = mailtoUrl(subject, body);
  return { url, fits: url.length <= MAILTO_MAX };
}

/** A download's file name from the letter id: "schriftelijke-aanmelding.docx". */
export const fileName = (id: string, ext: 'txt' | 'docx'): string => `${id.replace(/[^a-z0-9-]/gi, '').slice(0, 80) || 'brief'}.${ext}`;

/**
 * A letter as an e-mail: `subject` on the subject line (the letter's "Onderwerp:"), and the letter
 * exactly as shown as the body, so what is mailed equals what the parent edited.
 */
export function mailForLetter(text: string, subject: string): { url: string; fits: boolean } {
  const url = mailtoUrl(subject, text);
  return { url, fits: url.length <= MAILTO_MAX };
}
