/**
 * The bare chosen stack (tests/bench/bare/): built here, on the fly, with the app's own Vite and
 * Preact preset, into a temporary folder. `npm run bench` measures it beside the app as the floor.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The app's plan page as drawn (bench.ts capturePlan): [tag, attributes, ...children] per element, and its CSS. */
export interface CapturedPage {
  tree: unknown[];
  css: string;
}

/** The check page and the plan it opened, in one visit (bench.ts captureReviewPlan), and the stylesheets then in the page. */
export interface CapturedReviewPlan {
  review: unknown[];
  plan: unknown[];
  css: string;
}

export async function buildBare(plan: CapturedPage = { tree: [], css: '' }, reviewPlan: CapturedReviewPlan = { review: [], plan: [], css: '' }): Promise<string> {
  const captured = join(import.meta.dirname, 'bare', '.captured');
  mkdirSync(captured, { recursive: true });
  writeFileSync(join(captured, 'plan.json'), JSON.stringify(plan.tree));
  writeFileSync(join(captured, 'plan.css'), plan.css);
  writeFileSync(join(captured, 'reviewplan.json'), JSON.stringify({ review: reviewPlan.review, plan: reviewPlan.plan }));
  writeFileSync(join(captured, 'reviewplan.css'), reviewPlan.css);
  const { build } = await import('vite');
  const { default: preact } = await import('@preact/preset-vite');
  const outDir = mkdtempSync(join(tmpdir(), 'wegwijzer-bare-'));
  // index.html: the bare stack; page.html and plan.html: the same stack drawing the app's question page
  // and plan; pagelogic.html: that question page with the app's route and save in each tap; plancalc.html: the plan computed with the app's rules and texts, then drawn;
  // planlogic.html: that plan read from the stored answers and timeline with the app's own code first;
  // planview.html: the app's own PlanPage drawn from the stored answers without the app's frame (counted only);
  // reviewplan.html: the check page whose tap computes the plan and draws it. One build each, so the bare stack's own first load stays one script (no shared chunk).
  for (const [k, name] of ['index', 'page', 'pagelogic', 'plan', 'plancalc', 'planlogic', 'planview', 'reviewplan'].entries())
    await build({
      configFile: false,
      root: join(import.meta.dirname, 'bare'),
      base: './',
      logLevel: 'error',
      plugins: [preact()],
      build: {
        outDir,
        emptyOutDir: k === 0,
        rollupOptions: { input: { [name]: join(import.meta.dirname, 'bare', `${name}.html`) } },
        target: 'es2020',
        modulePreload: { polyfill: false },
        reportCompressedSize: false,
        // BARE_MINIFY=0: readable, for tests/bench/profile.ts's sums by source module.
        ...(process.env['BARE_MINIFY'] === '0' ? { minify: false } : {}),
      },
    });
  if (process.env['BARE_MINIFY'] === '0') console.log(`bare stack built, not minified, in ${outDir}`);
  return outDir;
}
