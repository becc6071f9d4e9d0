import { getTranslations } from 'next-intl/server';
import type { CreditLevel, Locale } from '@/lib/domain/vocabulary';
import type { RelatedNetwork } from '@/lib/network/get-related-network';
import { layoutGraph } from '@/lib/network/layout-graph';
import { districtName } from '@/lib/reference/labels';
import { CreditBadge } from '@/components/entity/credit-badge';
import { HeadedSection, PANEL_CLASS } from '@/components/ui/headed-section';
import { LEVEL_ICON_PATHS } from '@/components/ui/level-badge';

// Node colours of the four levels (the badge's own, lib: components/ui/level-badge.tsx), with the
// level also written under each node, so colour is never the only signal.
const NODE_FILL: Record<CreditLevel, string> = { green: '#1a7f37', yellow: '#b7791f', red: '#b71c1c', black: '#111827' };
// The level's shape inside each node (the badge's icons), at 3:1 or more against the fill.
const ICON_STROKE: Record<CreditLevel, string> = { green: '#ffffff', yellow: '#111827', red: '#ffffff', black: '#ffffff' };
/** Above this many firms on a ring the level words under the nodes would overlap: the shapes and the list carry them. */
const MAX_WORD_LABELS = 20;
const EDGE_DASH: Record<string, string | undefined> = { branch: undefined, same_address: '6 4', same_representative: '2 4' };

/** A firm's related firms (网图): an SVG graph whose nodes are links, and the same links as a list. */
export async function RelatedFirmsSection({ network, locale }: { network: RelatedNetwork; locale: Locale }) {
  const [t, tr, tl] = await Promise.all([getTranslations('Network'), getTranslations('RelationReasons'), getTranslations('Levels')]);
  const { origin, firms } = network;
  const firstVia = (f: RelatedNetwork['firms'][number]) => f.reasons[0]?.via ?? origin.uscc;
  const layout = layoutGraph({ origin: origin.uscc, firms: firms.map((f) => ({ uscc: f.uscc, depth: f.depth, via: firstVia(f) })), edges: network.edges });
  const info = new Map([[origin.uscc, { name: origin.name, level: origin.level }], ...firms.map((f) => [f.uscc, { name: f.name, level: f.level }] as const)]);
  const nameOf = (uscc: string) => info.get(uscc)?.name ?? uscc;
  const profile = `/${locale}/entities/${origin.uscc}`;
  const wordLabels = Math.max(firms.filter((f) => f.depth === 1).length, firms.filter((f) => f.depth === 2).length) <= MAX_WORD_LABELS;
  return (
    <HeadedSection id="related-heading" heading={t('heading')} className={PANEL_CLASS} headingClassName="text-xl font-bold">
      <p className="mt-2 text-sm text-slate-700">{t('intro')}</p>
      <p className="mt-2 flex flex-wrap gap-4 text-sm" data-testid="related-depth">
        <span>{t('depthNow', { depth: network.depth })}</span>
        {network.depth === 2 ? (
          <a href={`${profile}#related-heading`} className="text-brand-700 underline">
            {t('depthOne')}
          </a>
        ) : (
          <a href={`${profile}?depth=2#related-heading`} className="text-brand-700 underline" rel="nofollow">
            {t('depthTwo')}
          </a>
        )}
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-[3fr_2fr]">
        {firms.length > 0 && (
          <figure className="min-w-0">
            <svg
              viewBox={`0 0 ${layout.width} ${layout.height}`}
              className="h-auto w-full max-w-full"
              role="group"
              aria-labelledby="related-graph-title related-graph-desc"
              data-testid="related-graph"
            >
              <title id="related-graph-title">{t('graphTitle', { name: origin.name })}</title>
              <desc id="related-graph-desc">{t('graphDesc')}</desc>
              <g aria-hidden="true">
                {layout.edges.map((e) => (
                  <line
                    key={`${e.from}-${e.to}-${e.reason}`}
                    x1={e.x1}
                    y1={e.y1}
                    x2={e.x2}
                    y2={e.y2}
                    stroke="#64748b"
                    strokeWidth={1.5}
                    strokeDasharray={EDGE_DASH[e.reason]}
                  />
                ))}
              </g>
              {layout.nodes.map((n) => {
                const node = info.get(n.uscc)!;
                const label = t('nodeLabel', { name: node.name, level: tl(node.level), depth: n.depth });
                const scale = (n.r * 1.2) / 20;
                const shape = (
                  <>
                    <circle cx={n.x} cy={n.y} r={n.r} fill={NODE_FILL[node.level]} stroke="#fff" strokeWidth={2} />
                    <path
                      d={LEVEL_ICON_PATHS[node.level]}
                      transform={`translate(${n.x - 10 * scale} ${n.y - 10 * scale}) scale(${scale})`}
                      fill="none"
                      stroke={ICON_STROKE[node.level]}
                      strokeWidth={2.5}
                      strokeLinecap="round"
                      aria-hidden="true"
                    />
                    {(n.depth === 0 || wordLabels) && (
                      <text
                        x={n.x}
                        y={n.y + n.r + 11}
                        textAnchor="middle"
                        fontSize={10}
                        fill="#0f172a"
                        stroke="#fff"
                        strokeWidth={3}
                        paintOrder="stroke"
                        aria-hidden="true"
                      >
                        {tl(node.level)}
                      </text>
                    )}
                  </>
                );
                return n.depth === 0 ? (
                  <g key={n.uscc} role="img" aria-label={label} data-uscc={n.uscc} data-level={node.level}>
                    {shape}
                  </g>
                ) : (
                  <a
                    key={n.uscc}
                    href={`/${locale}/entities/${n.uscc}`}
                    aria-label={label}
                    data-uscc={n.uscc}
                    data-level={node.level}
                    className="focus:outline-none [&:focus-visible>circle]:stroke-[#f59e0b] [&:focus-visible>circle]:stroke-[4]"
                  >
                    <title>{label}</title>
                    {shape}
                  </a>
                );
              })}
            </svg>
            <figcaption className="mt-2 text-xs text-slate-600">{t('legend')}</figcaption>
          </figure>
        )}
        <div className="min-w-0">
          <h3 className="font-semibold">{t('listHeading')}</h3>
          {firms.length === 0 ? (
            <p className="mt-2 text-slate-700">{t('none')}</p>
          ) : (
            <ul className="mt-2 space-y-3" data-testid="related-list">
              {firms.map((f) => (
                <li key={f.uscc} data-uscc={f.uscc} className="rounded border border-slate-200 p-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <a href={`/${locale}/entities/${f.uscc}`} className="font-medium break-words text-brand-700 underline">
                      {f.name}
                    </a>
                    <CreditBadge level={f.level} />
                  </p>
                  <p className="text-sm text-slate-600">{districtName(f.districtCode, locale)}</p>
                  <ul className="mt-1 text-sm">
                    {f.reasons.map((r) => (
                      <li key={`${r.reason}-${r.via}`} data-reason={r.reason}>
                        {tr(r.reason)}
                        {r.via !== origin.uscc && <span className="text-slate-600"> · {t('via', { name: nameOf(r.via) })}</span>}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          {network.omitted > 0 && <p className="mt-3 text-sm text-slate-700">{t('omitted', { count: network.omitted })}</p>}
          <h3 className="mt-4 font-semibold">{t('formerNamesHeading')}</h3>
          {network.formerNames.length === 0 ? (
            <p className="mt-1 text-sm text-slate-700">{t('noFormerNames')}</p>
          ) : (
            <ul className="mt-1 list-disc pl-6 text-sm" data-testid="former-names">
              {network.formerNames.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </HeadedSection>
  );
}
