// The city map's sequential colour scale: five classes of ColorBrewer's single-hue "Blues"
// (colour-blind safe, prints in grey), each with the text colour that keeps the numbers written
// on it at WCAG AA contrast. Colour is never the only signal: every district carries its number.

export const MAP_CLASSES = [
  { fill: '#eff3ff', text: '#0f172a' },
  { fill: '#bdd7e7', text: '#0f172a' },
  { fill: '#6baed6', text: '#0f172a' },
  { fill: '#3182bd', text: '#ffffff' },
  { fill: '#08519c', text: '#ffffff' },
] as const;

/** The lower end of the scale: the smallest value (0 when there are none). */
export function scaleFloor(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.min(...values);
}

/** Class upper bounds: five equal steps from the smallest to the largest value, so districts that differ are told apart. */
export function classBreaks(values: readonly number[]): number[] {
  const min = scaleFloor(values);
  const max = Math.max(min, ...values);
  return MAP_CLASSES.map((_, i) => min + ((max - min) * (i + 1)) / MAP_CLASSES.length);
}

/** The class (0–4) of a value for these breaks: the first class whose upper bound holds it. */
export function classOf(value: number, breaks: readonly number[]): number {
  const i = breaks.findIndex((upper) => value <= upper);
  return i < 0 ? breaks.length - 1 : i;
}
