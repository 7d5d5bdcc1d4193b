import type { TimelineItem, LateFlag } from './model';

/**
 * The chronological overview as plain lines (for .txt, .docx and the printed page): dates, what
 * happened, with whom, how, which letters went out, and the terms that passed with no answer.
 * Pure: the caller passes the texts. Names appear only when `names` is given (the parent ticked it).
 */
export interface OverviewTexts {
  heading: string;
  made: string;
  names?: readonly string[];
  date: (iso: string) => string;
  kind: (item: TimelineItem) => string;
  who: (item: TimelineItem) => string | undefined;
  how: (item: TimelineItem) => string | undefined;
  letter: (item: TimelineItem) => string | undefined;
  /** Session 55: what an event did that its name does not say ("Kind gaat weer naar school": the at-home steps leave the plan). */
  effect?: (item: TimelineItem) => string | undefined;
  fromAnswers: string;
  lateTitle: string;
  lateNone: string;
  late: (flag: LateFlag) => string;
}

export function overviewLines(items: readonly TimelineItem[], flags: readonly LateFlag[], x: OverviewTexts): string[] {
  const lines = [x.heading, x.made];
  if (x.names?.length) lines.push(...x.names);
  lines.push('');
  for (const it of items) {
    lines.push(`${x.date(it.date)}\t${x.kind(it)}${it.from !== 'timeline' ? ` ${x.fromAnswers}` : ''}`);
    for (const extra of [x.who(it), x.how(it), x.letter(it), x.effect?.(it)]) if (extra) lines.push(`\t${extra}`);
    for (const line of it.note.split(/\r\n|\r|\n/)) if (line.trim()) lines.push(`\t${line}`);
    lines.push('');
  }
  lines.push(x.lateTitle);
  if (!flags.length) lines.push(x.lateNone);
  for (const f of flags) lines.push(x.late(f));
  return lines;
}
