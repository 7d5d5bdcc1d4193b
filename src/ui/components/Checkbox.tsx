/**
 * A single checkbox with its label and an optional hint under it, in the style of the question options. `invalid`: the
 * field it belongs to has an error (the question page's "Weet ik niet" beside a date).
 *
 * Session 67: the question page (first load) uses it too, so it travels in the entry's file. Before, it was only in lazy
 * pages, and the chunk rule put it in `shared` with the plan's code: the professionals page loaded and ran all of `shared`
 * (142 KB of script) for this one component (src/prerender/chunks.ts; tests/unit/chunks-s67.test.ts).
 */
export function Checkbox({ id, label, hint, checked, invalid, onChange }: { id: string; label: string; hint?: string; checked: boolean; invalid?: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div class="option">
      <input id={id} type="checkbox" checked={checked} aria-invalid={invalid || undefined} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="option-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
