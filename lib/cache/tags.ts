// Cache tags, built in one place (HOUSE_STYLE habit 4). A change to an entity expires
// tags.entity(uscc); anything counting entities by level expires tags.levelCounts.
export const tags = {
  entity: (uscc: string) => `entity:${uscc}`,
  levelCounts: 'level-counts',
  /** Counts on the list pages; expired with any listing change. */
  lists: 'lists',
  departments: 'departments',
  /** The site-wide "data current as of" time (refreshed by its own timer). */
  dataAsOf: 'data-as-of',
  stats: 'stats',
  /** One support policy's page (policies area). */
  policy: (id: number) => `policy:${id}`,
  /** Policy lists, the feed, the eligibility guide, the directory and the support figures. */
  policies: 'policies',
  /** The newest nightly dump, named on the developers page; expired when a dump is written. */
  dumps: 'dumps',
  /** The measures catalogue (激励/惩戒): its page, its API and the "what this level means" part of profiles. */
  measures: 'measures',
  /** Credit commitments (信用承诺): the list, its feed and the templates page; expired with every worker batch. */
  commitments: 'commitments',
} as const;
