/**
 * The bench's floors (tests/bench/bare.ts): the bare stack stays one script on its first load, and its
 * variants draw the app's question page, the captured plan, and the captured check page whose tap computes the plan.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildBare } from '../bench/bare';
import { firstLoadFiles } from '../budget/first-load';

describe('the bare stack builds for npm run bench', () => {
  it('keeps its own first load one script, and draws the app\'s question page and the captured plan', async () => {
    const dir = await buildBare(
      { tree: [['main', { class: 'page-plan' }, ['h1', {}, 'Jouw plan (captured)']]], css: '.page-plan{color:red}' },
      { review: [['div', { class: 'page-review' }, ['h1', {}, 'Controleer (captured)']]], plan: [['div', { class: 'page-plan' }, ['h1', {}, 'Plan na controle (captured)']]], css: '.page-review{color:blue}' },
    );
    try {
      // A shared chunk between the three pages would make the floor's own first load slower.
      expect(firstLoadFiles(dir).filter((f) => f.endsWith('.js'))).toHaveLength(1);
      const assets = readdirSync(join(dir, 'assets'));
      const text = (prefix: string, ext: string) => assets.filter((a) => a.startsWith(prefix) && a.endsWith(ext)).map((a) => readFileSync(join(dir, 'assets', a), 'utf8')).join('');
      // The question page: the app's stylesheet and a real question of the thuiszitten walk.
      expect(text('page', '.css')).toContain('.option-hint');
      expect(text('page', '.js')).toContain('Waarom zit je kind thuis?');
      // The plan page: the captured tree and its stylesheet, nothing else of the app.
      expect(text('plan', '.js')).toContain('Jouw plan (captured)');
      expect(text('plan', '.css')).toContain('.page-plan');
      expect(text('plan', '.js')).not.toContain('Waarom zit je kind thuis?');
      // The check page whose tap computes the plan: both captured pages, their stylesheet, and the app's rules
      // (a step id of the plan catalogue), but not the plan page's own tree.
      expect(text('reviewplan', '.js')).toContain('Controleer (captured)');
      expect(text('reviewplan', '.js')).toContain('Plan na controle (captured)');
      expect(text('reviewplan', '.js')).not.toContain('Jouw plan (captured)');
      expect(text('reviewplan', '.css')).toContain('.page-review');
      expect(text('plan', '.js')).not.toContain('Controleer (captured)');
      // The plan with the app's logic: the captured plan, and the app's own reading of the stored answers and timeline.
      expect(text('planlogic', '.js')).toContain('Jouw plan (captured)');
      expect(text('planlogic', '.js')).toContain('wegwijzer.timeline');
      expect(text('plancalc', '.js')).not.toContain('wegwijzer.timeline');
      // Session 64: and the timeline's "te laat?" flags the plan shows (lateFlags, whose own item id this is).
      expect(text('planlogic', '.js')).toContain('earlier:dossier-gevraagd-datum');
      expect(text('plancalc', '.js')).not.toContain('earlier:dossier-gevraagd-datum');
      // Session 65: the app's own plan page without the app's frame: the page component (its print class), the
      // stored timeline read, no captured tree, and none of App's header or main.tsx's boot.
      expect(text('planview', '.js')).toContain('print-private');
      expect(text('planview', '.js')).toContain('wegwijzer.timeline');
      expect(text('planview', '.js')).not.toContain('Jouw plan (captured)');
      expect(text('planview', '.js')).not.toContain('site-header');
      expect(text('planview', '.js')).not.toContain('Er ging iets mis bij het starten');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
