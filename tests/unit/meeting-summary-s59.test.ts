/**
 * Session 59 (s59-meeting): "Na het gesprek" on the meeting page sums up the latest recorded meeting of anyone (or the one just
 * saved while the page is open), and "Wijzig de afspraken" opens that one (src/meeting/summary.ts). Before, both were the
 * latest meeting at school: a meeting with the samenwerkingsverband recorded after it was neither shown nor changeable there.
 * The letter "Bevestiging van afspraken" stays with the latest meeting at school (session 57).
 */
import { describe, expect, it } from 'vitest';
import type { Party } from '../../src/timeline/effects';
import type { TimelineEvent } from '../../src/timeline/model';
import { meetingSummary } from '../../src/meeting/summary';

const meeting = (id: string, date: string, parties: Party[]): TimelineEvent => ({
  id, kind: 'gesprek', date, parties, note: '', meeting: { outcome: 'afspraken', agreements: [{ who: 'de school', what: id }], schoolSends: '', present: '' },
});

describe('meetingSummary', () => {
  it('is about the latest meeting of anyone; the letter stays with the one at school', () => {
    const events = [meeting('school', '2026-12-01', ['school']), meeting('swv', '2026-12-02', ['samenwerkingsverband'])];
    const s = meetingSummary(events)!;
    expect(s.meeting.id).toBe('swv');
    expect(s.atSchool).toBe(false);
    expect(s.letter?.id).toBe('school');
    expect(s.letterIsThis).toBe(false);
  });

  it('a meeting at school that is the latest: the letter is about it', () => {
    const s = meetingSummary([meeting('swv', '2026-11-20', ['samenwerkingsverband']), meeting('school', '2026-12-01', [])])!;
    expect(s).toMatchObject({ atSchool: true, letterIsThis: true });
    expect(s.meeting.id).toBe('school');
  });

  it('only a meeting with someone else: no letter', () => {
    const s = meetingSummary([meeting('lpa', '2026-12-01', ['leerplichtambtenaar'])])!;
    expect(s).toMatchObject({ atSchool: false, letter: undefined, letterIsThis: false });
  });

  it('latest by the day of the meeting, not by the order typed; the one just saved while the page is open', () => {
    // Recorded today for a day before the meeting at school: the summary is about the meeting at school, unless it was just saved.
    const events = [meeting('school', '2026-12-01', ['school']), meeting('late', '2026-11-25', ['samenwerkingsverband'])];
    expect(meetingSummary(events)!.meeting.id).toBe('school');
    expect(meetingSummary(events, 'late')!.meeting.id).toBe('late');
    expect(meetingSummary(events, 'gone')!.meeting.id).toBe('school');
    // Same day: the one logged last.
    expect(meetingSummary([meeting('a', '2026-12-01', ['school']), meeting('b', '2026-12-01', ['steunpunt'])])!.meeting.id).toBe('b');
  });

  it('nothing recorded: nothing to sum up (a talk logged in the timeline without a record neither)', () => {
    expect(meetingSummary([])).toBeUndefined();
    expect(meetingSummary([{ id: 'x', kind: 'gesprek', date: '2026-12-01', parties: ['school'], note: '' }])).toBeUndefined();
  });
});
