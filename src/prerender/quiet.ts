import type { Plugin } from 'vite';

/**
 * i18next's messages for developers, left out of the build (issue 17: the first load was 83 bytes under its 45 KB gate).
 * Its logger prints `log`, `warn`, `deprecate` and `once` only with `debug: true` (i18next's `forward(…, debugOnly)`),
 * which this app never sets (src/app/i18n.ts); their long texts ("This means something IS WRONG in your setup…") still
 * came with every first load. Each such call becomes `void 0&&this.logger.warn(…)`, which the minifier removes with its
 * arguments. `error` is kept: i18next prints it whatever `debug` says. A call whose value is used would now give
 * `undefined` instead of `null`; i18next uses none (every call is a statement or an arrow's body whose value is dropped).
 */
const DEBUG_ONLY = /\bthis\.logger\.(log|warn|deprecate|once)\(/g;

export function quietI18nextSource(code: string): string {
  return code.replace(DEBUG_ONLY, 'void 0&&this.logger.$1(');
}

export function quietI18next(): Plugin {
  return {
    name: 'wegwijzer-quiet-i18next',
    apply: 'build',
    transform: (code, id) => (/[\\/]node_modules[\\/]i18next[\\/]dist[\\/]esm[\\/]i18next\.js$/.test(id) ? { code: quietI18nextSource(code), map: null } : undefined),
  };
}
