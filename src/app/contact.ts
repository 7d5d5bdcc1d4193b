/**
 * The steunpunt's contact card from a link (`#/?org=…&tel=…`), kept on the device under
 * KEYS.contact. Values are plain text: trimmed, at most 200 characters (longer ones are dropped
 * and reported). The website must be an http(s) URL (otherwise dropped and reported). A phone
 * number or e-mail address that does not look valid is kept, but shown as text, not as a link.
 */
export const CONTACT_KEYS = ['org', 'naam', 'tel', 'email', 'web', 'regio', 'open'] as const;
export type ContactKey = (typeof CONTACT_KEYS)[number];
export type ContactCard = Partial<Record<ContactKey, string>>;

const MAX = 200;

/** Digits, spaces, + ( ) - only, with 6 to 20 digits. */
export const isPhone = (v: string) => /^[0-9 +()-]+$/.test(v) && /^(\D*\d){6,20}\D*$/.test(v);
/**
 * A plain address only: letters, digits and . _ + - before the @. No %, ?, &, = or other characters
 * that a mail program could decode into extra recipients or headers (e.g. "info%40a.nl?bcc=x@b.nl").
 */
export const isEmail = (v: string) => /^[A-Za-z0-9._+-]{1,64}@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(v) && !/^\.|\.\.|\.@/.test(v);
/** An http(s) address without user info ("https://good.nl@evil.example/" is refused). */
export const isWeb = (v: string) => {
  try {
    if (!/^https?:\/\/[^\s"<>\\]+$/i.test(v)) return false;
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname && !u.username && !u.password && !v.slice(0, v.indexOf(u.hostname) + 1).includes('@');
  } catch {
    return false;
  }
};
/** Where a web link really goes, as the browser reads it: shown as the link's text. */
export const webHref = (v: string): string | undefined => (isWeb(v) ? new URL(v).href : undefined);
/** The mailto: link for an address that passed isEmail (nothing else is ever put in it). */
export const mailHref = (v: string): string | undefined => (isEmail(v) ? `mailto:${v}` : undefined);

/** Reads the card from any source of strings (link parameters, stored data). */
export function parseContact(get: (k: ContactKey) => unknown): { card?: ContactCard; ignored: string[] } {
  const card: ContactCard = {};
  const ignored: string[] = [];
  for (const k of CONTACT_KEYS) {
    const raw = get(k);
    if (typeof raw !== 'string') continue;
    // Control characters become spaces: everything is shown as one line of text.
    const v = raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
    if (!v) continue;
    if (v.length > MAX || (k === 'web' && !isWeb(v))) ignored.push(k);
    else card[k] = v;
  }
  return Object.keys(card).length ? { card, ignored } : { ignored };
}

/** The validating loader for the stored card. */
export const contactFromStore = (v: unknown): ContactCard | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? parseContact((k) => (Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined)).card : undefined;
