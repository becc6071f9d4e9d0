/** A select's `<option>`s, one per value, in the order given. */
export function SelectOptions({ options }: { options: readonly { value: string | number; label: string }[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}
