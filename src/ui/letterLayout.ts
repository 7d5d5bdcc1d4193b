/**
 * How a filled letter is laid out and sent, as pure functions (tested in Node):
 * - the date line of a Dutch letter reads "Utrecht, 3 maart 2026" when the parent's town is known;
 * - the e-mail's subject is the letter's own "Onderwerp:" line, and the mail's body is the letter
 *   exactly as the parent sees it, so what is mailed is what was edited.
 */

/** "1234 AB Utrecht" → "Utrecht"; "Utrecht" → "Utrecht"; "" → "". */
export function placeOf(postcodePlaats: string | undefined): string {
  return (postcodePlaats ?? '')
    .replace(/^\s*\d{4}\s?[a-zA-Z]{2}\b[\s,]*/, '')
    .trim();
}

/** The date line: "Utrecht, 3 maart 2026", or the date alone without a town. */
export const placeAndDate = (postcodePlaats: string | undefined, date: string): string => {
  const place = placeOf(postcodePlaats);
  return place ? `${place}, ${date}` : date;
};

/**
 * Session 79 (s79-letters): the form asks "groep van je kind" and a parent types "4", "1/2" or "7b"; the letters say "uit
 * {{kind_groep}}", "in {{kind_groep}}", "School: …, {{kind_groep}}", and the school read "Mijn klacht gaat over mijn kind
 * Noor uit 4." A bare group number gets the word "groep" in the Dutch letter; anything else stays as typed ("groep 4",
 * "Groep 4", "de kleuterklas"). Groups 1 to 8, with a letter and a combination ("1/2", "1-2", "1 en 2", "5/6b").
 */
export function groupOf(value: string): string {
  return /^\s*[1-8]\s*[a-zA-Z]?(?:\s*(?:[-/]|en)\s*[1-8]\s*[a-zA-Z]?)?\s*$/.test(value) ? `groep ${value.trim()}` : value;
}

const SUBJECT_LINE = /^\s*(?:Onderwerp|Betreft)\s*:\s*(.*)$/im;

/** The subject for an e-mail: the text's "Onderwerp:" line, else the fallback (the letter's subject). */
export function subjectOf(text: string, fallback: string): string {
  const m = SUBJECT_LINE.exec(text);
  return (m?.[1] ?? '').trim() || fallback;
}
