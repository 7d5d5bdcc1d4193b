/**
 * Session 79 (s79-read): a long plan text in paragraphs. A text marks a paragraph break with a newline: a blank line in a
 * folded YAML block (`why: >-`) or `\n` in a quoted one. The plan page gives each paragraph its own `<p>` (a plain
 * function, no component per paragraph: the plan page's boot cost), the plan command a blank line between them.
 */
export function paragraphs(text: string): string[] {
  return text.split(/[ \t]*\n\s*/).filter((p) => p !== '');
}
