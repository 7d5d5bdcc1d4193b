import { describe, expect, it, vi } from 'vitest';
import { fakeWindow } from './fake-window';
import { firstUnanswered, isComplete } from '../../src/flow/route';
import type { Answers } from '../../src/flow/answers';

/**
 * A plan saved before an update added a question (s20-lawyer asks `verwijdering-besluit` after
 * "geschorst"): #/plan showed the start page, and "Verder waar je was" the very first question, so
 * the parent's deadlines were a walk through every question away. Now the missing question opens,
 * with a notice that says why.
 */
const SUSPENDED: Answers = {
  situatie: ['thuiszitten'], 'thuis-reden': 'geschorst', 'schorsing-datum': '2026-11-23', 'thuis-sinds': '2026-11-23', 'thuis-hoeveel': 'helemaal', 'lessen-nu': 'nee', ingeschreven: 'ja',
  'verwijdering-besluit': 'nee', opp: 'nee', 'swv-betrokken': 'nee', 'school-zegt': ['geen'], 'lpa-betrokken': 'nee', 'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'nee',
  'dossier-gevraagd': 'nee', jeugdhulp: 'nee', klacht: 'nee', groep: 'groep-3-6', 'aanbod-geweigerd': 'nee',
};
const { 'verwijdering-besluit': _dropped, ...BEFORE_UPDATE } = SUSPENDED;

describe('the plan with an answer missing', () => {
  it('the fixture: complete, and without the new answer that question is the missing one', () => {
    expect(isComplete(SUSPENDED)).toBe(true);
    expect(isComplete(BEFORE_UPDATE)).toBe(false);
    expect(firstUnanswered(BEFORE_UPDATE)?.id).toBe('verwijdering-besluit');
  });

  it('#/plan opens the missing question with a notice, before and after the machine has loaded', async () => {
    const stored = JSON.stringify({ version: 2, answers: BEFORE_UPDATE, position: 'plan', savedAt: '' });
    const { win, location } = fakeWindow('#/plan', { 'wegwijzer.answers': stored });
    const c = await import('../../src/app/controller');
    await c.boot(win);
    expect(c.getState().route).toEqual({ page: 'question', id: 'verwijdering-besluit' });
    expect(location.hash).toBe('#/vraag/verwijdering-besluit');
    expect(c.getState().notices.map((n) => n.key)).toContain('app.answerMissing');
    // The machine arrives and agrees.
    c.startFlowSoon(win);
    await new Promise((r) => setTimeout(r, 1500));
    expect(c.getState().route).toEqual({ page: 'question', id: 'verwijdering-besluit' });
    expect(c.getState().position).toBe('verwijdering-besluit');
    // "Verder waar je was" from the start page goes there too, not to the first question.
    c.navigate({ page: 'start' }, win);
    c.startOrResume(win);
    expect(c.getState().route).toEqual({ page: 'question', id: 'verwijdering-besluit' });
  });

  it('"Verder waar je was" on the start page, saved on the plan: the missing question, not the first one', async () => {
    vi.resetModules();
    const stored = JSON.stringify({ version: 2, answers: BEFORE_UPDATE, position: 'plan', savedAt: '' });
    const { win } = fakeWindow('#/', { 'wegwijzer.answers': stored });
    const c = await import('../../src/app/controller');
    await c.boot(win);
    expect(c.getState().route.page).toBe('start');
    c.startFlowSoon(win);
    await new Promise((r) => setTimeout(r, 1500));
    c.startOrResume(win);
    expect(c.getState().route).toEqual({ page: 'question', id: 'verwijdering-besluit' });
  });
});
