import type { BarChartSeries } from '@/components/ui/bar-chart';
import { CREDIT_LEVELS, type CreditLevel } from '@/lib/domain/vocabulary';

// The colours of components/ui/level-badge.tsx, plus a pattern per level echoing the badge shapes,
// so a segment's level is told by its pattern and the legend's words as well as by colour.
const LEVEL_STYLE: Record<CreditLevel, Omit<BarChartSeries, 'key' | 'label'>> = {
  green: { fill: '#e7f5ec', stroke: '#1a7f37', text: '#0f5323', pattern: 'none' },
  yellow: { fill: '#fff4cc', stroke: '#b7791f', text: '#5f3b00', pattern: 'stripes' },
  red: { fill: '#b71c1c', stroke: '#7f1010', text: '#ffffff', pattern: 'crosshatch', patternColor: '#ffffff' },
  black: { fill: '#111827', stroke: '#000000', text: '#ffffff', pattern: 'lines', patternColor: '#9ca3af' },
};

/** Chart series for the four credit levels, labelled by `label(level)`. */
export function levelSeries(label: (level: CreditLevel) => string): BarChartSeries[] {
  return CREDIT_LEVELS.map((level) => ({ key: level, label: label(level), ...LEVEL_STYLE[level] }));
}
