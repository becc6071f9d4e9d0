// A horizontal bar chart drawn as plain SVG on the server: no data access, no script, strings as
// props. Bars run left to right so long Chinese and English category names fit on a phone; the
// viewBox scales the drawing to its container. Every bar carries its value in text, and each
// series can add a pattern, so colour is never the only signal (WCAG 1.4.1).

/** Fill patterns that distinguish series without relying on colour. */
export type BarPattern = 'none' | 'stripes' | 'crosshatch' | 'lines';

export interface BarChartSeries {
  key: string;
  /** The series in words, shown in the legend. */
  label: string;
  fill: string;
  /** Outline and pattern colour; keeps pale fills visible against white (WCAG 1.4.11). */
  stroke: string;
  /** Colour of a value written inside the bar. */
  text: string;
  pattern?: BarPattern;
  /** Colour of the pattern's lines (defaults to `stroke`). */
  patternColor?: string;
}

export interface BarChartRow {
  key: string;
  label: string;
  /** One value per series, in the order of `series`. */
  values: readonly number[];
  /** The values formatted for the locale, in the same order. */
  valueLabels: readonly string[];
  /** Stacked charts: the row total, formatted, written after the bar. */
  totalLabel?: string;
}

export interface BarChartProps {
  /** Unique on the page: prefixes the ids of the chart's patterns. */
  id: string;
  /** Accessible name summarising the chart (the SVG has role="img"). */
  label: string;
  series: readonly BarChartSeries[];
  rows: readonly BarChartRow[];
  /** `stacked`: one bar per row, segments per series; `grouped`: one bar per series per row. */
  layout: 'stacked' | 'grouped';
  /** Heading of the legend; the legend is hidden when absent. */
  legendLabel?: string;
  /** Width of a row-label column at the left; when absent, labels sit above their bars. */
  rowLabelWidth?: number;
  /** Thinner bars and gaps, for charts with many rows. */
  compact?: boolean;
  /** Extra classes on the figure. */
  className?: string;
  /** Id of the element (usually a table caption) that the chart's data is in. */
  describedBy?: string;
}

const WIDTH = 360;
const FONT = 12;
const LABEL_LINE = 16;
const STACK_BAR = 20;
const GROUP_GAP = 2;
const VALUE_AREA = 56;

/** Approximate rendered width of a string: CJK and full-width characters take a full em. */
function textWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? size : size * 0.56;
  return width;
}

/** Cuts a label to fit a width, ending it with an ellipsis; the full text stays in a <title>. */
function fitText(text: string, size: number, max: number): string {
  if (textWidth(text, size) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, size) > max) break;
    out += ch;
  }
  return `${out}…`;
}

const PATTERN_PATHS: Record<Exclude<BarPattern, 'none'>, string> = {
  stripes: 'M0 6L6 0M-1 1L1 -1M5 7L7 5',
  crosshatch: 'M0 0L6 6M6 0L0 6',
  lines: 'M0 1.5H6M0 4.5H6',
};

/** A server-rendered, accessible horizontal bar chart (stacked or grouped). */
export function BarChart({ id, label, series, rows, layout, legendLabel, rowLabelWidth, compact = false, className, describedBy }: BarChartProps) {
  const groupBar = compact ? 10 : 12;
  const rowGap = compact ? 6 : 10;
  const labelsLeft = rowLabelWidth !== undefined;
  const plotX = labelsLeft ? rowLabelWidth : 0;
  const plotWidth = WIDTH - plotX - VALUE_AREA;
  const max = Math.max(1, ...rows.map((r) => (layout === 'stacked' ? r.values.reduce((a, b) => a + b, 0) : Math.max(0, ...r.values))));
  const scale = (v: number) => (v / max) * plotWidth;
  const barsHeight = layout === 'stacked' ? STACK_BAR : series.length * groupBar + (series.length - 1) * GROUP_GAP;
  const rowHeight = (labelsLeft ? Math.max(barsHeight, LABEL_LINE) : LABEL_LINE + barsHeight) + rowGap;
  const height = rows.length * rowHeight;
  const idBase = `bar-chart-${id}`;

  return (
    <figure className={className}>
      {legendLabel ? (
        <figcaption className="mb-2 text-sm text-slate-700">
          <span className="font-semibold">{legendLabel}</span>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {series.map((s) => (
              <li key={s.key} className="inline-flex items-center gap-1.5">
                <svg aria-hidden="true" viewBox="0 0 14 14" className="h-3.5 w-3.5 shrink-0">
                  <SwatchPattern id={`${idBase}-lg-${s.key}`} series={s} />
                  <rect x="0.5" y="0.5" width="13" height="13" fill={s.fill} stroke={s.stroke} />
                  {s.pattern && s.pattern !== 'none' ? <rect x="0.5" y="0.5" width="13" height="13" fill={`url(#${idBase}-lg-${s.key})`} /> : null}
                </svg>
                {s.label}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
      <svg
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full"
        fontSize={FONT}
        fontFamily="inherit"
      >
        <defs>
          {series.map((s) => (
            <SwatchPattern key={s.key} id={`${idBase}-${s.key}`} series={s} />
          ))}
        </defs>
        {rows.map((row, i) => {
          const top = i * rowHeight;
          const barTop = labelsLeft ? top + Math.max(0, (LABEL_LINE - barsHeight) / 2) : top + LABEL_LINE;
          const labelY = labelsLeft ? top + Math.max(barsHeight, LABEL_LINE) / 2 + FONT * 0.35 : top + FONT;
          const labelMax = labelsLeft ? plotX - 6 : WIDTH;
          return (
            <g key={row.key} aria-hidden="true">
              <text x={0} y={labelY} fill="#0f172a">
                <title>{row.label}</title>
                {fitText(row.label, FONT, labelMax)}
              </text>
              {layout === 'stacked' ? (
                <StackedBar row={row} series={series} x={plotX} y={barTop} scale={scale} idBase={idBase} />
              ) : (
                series.map((s, j) => {
                  const v = row.values[j] ?? 0;
                  const y = barTop + j * (groupBar + GROUP_GAP);
                  const w = scale(v);
                  return (
                    <g key={s.key}>
                      <title>{`${row.label} · ${s.label}: ${row.valueLabels[j] ?? ''}`}</title>
                      {v > 0 ? <Segment x={plotX} y={y} w={w} h={groupBar} series={s} idBase={idBase} /> : null}
                      <text x={plotX + w + 4} y={y + groupBar - 1.5} fontSize={groupBar} fill="#0f172a">
                        {row.valueLabels[j]}
                      </text>
                    </g>
                  );
                })
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function SwatchPattern({ id, series }: { id: string; series: BarChartSeries }) {
  if (!series.pattern || series.pattern === 'none') return null;
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse">
      <path d={PATTERN_PATHS[series.pattern]} stroke={series.patternColor ?? series.stroke} strokeWidth={1} opacity={0.6} />
    </pattern>
  );
}

function Segment({ x, y, w, h, series, idBase }: { x: number; y: number; w: number; h: number; series: BarChartSeries; idBase: string }) {
  const width = Math.max(w, 1);
  return (
    <>
      <rect x={x} y={y} width={width} height={h} fill={series.fill} stroke={series.stroke} strokeWidth={1} />
      {series.pattern && series.pattern !== 'none' ? <rect x={x} y={y} width={width} height={h} fill={`url(#${idBase}-${series.key})`} /> : null}
    </>
  );
}

function StackedBar({
  row,
  series,
  x,
  y,
  scale,
  idBase,
}: {
  row: BarChartRow;
  series: readonly BarChartSeries[];
  x: number;
  y: number;
  scale: (v: number) => number;
  idBase: string;
}) {
  // Left edge of each segment: the running sum of the widths before it.
  const widths = series.map((_, j) => scale(row.values[j] ?? 0));
  const starts = widths.map((_, j) => x + widths.slice(0, j).reduce((a, b) => a + b, 0));
  const end = x + widths.reduce((a, b) => a + b, 0);
  const segments = series.map((s, j) => {
    const v = row.values[j] ?? 0;
    const w = widths[j] ?? 0;
    const start = starts[j] ?? x;
    if (v <= 0) return null;
    const text = row.valueLabels[j] ?? '';
    const fits = textWidth(text, FONT - 1) + 6 <= w;
    return (
      <g key={s.key}>
        <title>{`${row.label} · ${s.label}: ${text}`}</title>
        <Segment x={start} y={y} w={w} h={STACK_BAR} series={s} idBase={idBase} />
        {fits ? (
          <text
            x={start + w / 2}
            y={y + STACK_BAR / 2 + (FONT - 1) * 0.35}
            textAnchor="middle"
            fontSize={FONT - 1}
            fontWeight={600}
            fill={s.text}
            stroke={s.fill}
            strokeWidth={3}
            paintOrder="stroke"
          >
            {text}
          </text>
        ) : null}
      </g>
    );
  });
  return (
    <>
      {segments}
      {row.totalLabel !== undefined ? (
        <text x={end + 4} y={y + STACK_BAR / 2 + FONT * 0.35} fontWeight={600} fill="#0f172a">
          {row.totalLabel}
        </text>
      ) : null}
    </>
  );
}
