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
  /** Related firms (网图): the firms at one normalised address (key: lib/db/queries/related-entities.ts). */
  relatedAddress: (key: string) => `related-address:${key}`,
  /** Related firms: the firms with one legal-representative name in one district. */
  relatedRepresentative: (key: string) => `related-rep:${key}`,
  /** Related firms: the branches of one firm (by entity id). */
  branches: (entityId: number) => `branches:${entityId}`,
  /** The publicity catalogue (issue 17): its page, its API and the repair links of profiles. */
  catalogue: 'catalogue',
  /** The 双公示 lists (licences, penalties), their feeds and filters; expired with any record change. */
  dualPublicity: 'dual-publicity',
  /** The timeliness report (a few hundred rows of timeliness_stats): expired with every record change, so 双公示 lateness counts within seconds. */
  timeliness: 'timeliness',
  /** Random inspections (双随机一公开): the plans list, results, exports' data and the feed. */
  inspections: 'inspections',
  /** One inspection plan's page and API answer. */
  inspectionPlan: (id: number) => `inspection-plan:${id}`,
  /** Credit commitments (信用承诺): the list, its feed and the templates page; expired with every worker batch. */
  commitments: 'commitments',
} as const;
