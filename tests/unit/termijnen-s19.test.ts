import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/rules/plan';
import { firstThings } from '../../src/ui/firstThings';
import type { Answers } from '../../src/flow/answers';

/**
 * Session 19, the parents' lawyer on the deadline card (FACTS.md §0): the first screen's "Eerstvolgende datum".
 * A child at home after a written removal decision of 23 November 2026: bezwaar within 6 weeks (002:846-850), so by
 * 4 January 2027. The parent also filed a complaint on 16 November (the klachtencommissie's 4 weeks are only in the
 * brochure, 000:1054, FACTS §X.13) and asked for the dossier on 20 November (one month: AVG, not in the sources).
 */
const removedAtHome: Answers = {
  situatie: ['thuiszitten'], opp: 'weet-niet', 'swv-betrokken': 'nee', 'school-zegt': ['geen'],
  'thuis-sinds': '2026-10-26', 'thuis-hoeveel': 'helemaal', 'thuis-reden': 'verwijderd',
  'verwijdering-besluit': 'schriftelijk', 'verwijdering-datum': '2026-11-23', 'verwijdering-andere-school': 'nee',
  'bezwaar-ingediend': 'nee', 'gpo-ingediend': 'nee', ingeschreven: 'ja', 'lessen-nu': 'nee', 'lpa-betrokken': 'nee',
  'gesprek-gepland': 'nee', tekenen: 'nee', 'dossier-gezien': 'nee', 'dossier-gevraagd': 'ja', 'dossier-gevraagd-datum': '2026-11-20',
  jeugdhulp: 'nee', klacht: 'ingediend', 'klacht-datum': '2026-11-16', groep: 'groep-3-6',
};

describe('"Eerst dit": the next date is the parent\'s own term, not the other side\'s follow-up', () => {
  for (const today of ['2026-11-30', '2026-12-13', '2026-12-14']) {
    it(`${today}: the bezwaar against the removal (4 January 2027) is the next date, not the complaint's or the dossier's`, () => {
      const plan = buildPlan(removedAtHome, today);
      const { actions, next } = firstThings(plan);
      // The two first actions are about education (order.ts EDUCATION_FIRST): the bezwaar is on the first screen only by this line.
      expect(actions.map((s) => s.id)).toEqual(['onderwijs-thuis-vragen', 'leerplicht-inschakelen']);
      expect(next?.id).toBe('bezwaar-verwijdering');
      expect(next?.deadline.due).toBe('2027-01-04');
      expect(next?.deadline.certain).toBe(true);
    });
  }

  it('the day itself and the day after: "vandaag", then no next date (the passed bezwaar stays in "Nu doen")', () => {
    expect(firstThings(buildPlan(removedAtHome, '2027-01-04')).next?.deadline).toMatchObject({ due: '2027-01-04', status: 'today' });
    const after = buildPlan(removedAtHome, '2027-01-05');
    expect(firstThings(after).next).toBeUndefined();
    expect(after.steps.find((s) => s.id === 'bezwaar-verwijdering')).toMatchObject({ group: 'nu', deadline: { status: 'passed' } });
  });

  it('with only a follow-up ahead, that follow-up is the next date, and it is marked uncertain', () => {
    const onlyComplaint: Answers = { ...removedAtHome, 'verwijdering-besluit': 'mondeling', 'dossier-gevraagd': 'nee' };
    delete (onlyComplaint as Record<string, unknown>)['verwijdering-datum'];
    const { next } = firstThings(buildPlan(onlyComplaint, '2026-11-30'));
    expect(next?.id).toBe('klacht-loopt');
    expect(next?.deadline).toMatchObject({ due: '2026-12-14', certain: false });
  });
});
