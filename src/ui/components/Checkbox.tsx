/** A single checkbox with its label and an optional hint under it, in the style of the question options. */
export function Checkbox({ id, label, hint, checked, onChange }: { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div class="option">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="option-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
