// The fuzz generators and the properties every answer must have, shared by the CI fuzz test
// (tests/integration/fuzz.test.ts, tests/e2e/fuzz-forms.spec.ts) and `npm run bench:fuzz`
// (scripts/bench-fuzz.ts). Pure: no database, no network; what the generators draw from
// (firms, policies, departments) comes in as `FuzzPools`.
//
// Three surfaces: the public read-only API (every GET /api/v1 route with arbitrary path segments
// and query parameters), the intake API (POST/DELETE /api/v1/intake/* with arbitrary bodies,
// content types and credentials) and the public forms (objection/repair, status look-up).
// Properties: no answer ≥ 500; every refusal specific (the API's `{error: {code, message}}` of
// lib/api/respond.ts with a code of lib/errors.ts other than `internal`; per-item rejections with
// a field and a translated message; form errors per field, translated); and a refusal writes
// nothing (checked by the callers with tests/support/fuzz-storage.ts).
import fc from 'fast-check';
import { APP_ERROR_STATUS } from '../../lib/errors';
import { APPLICANT_TYPES, OBJECTION_REASONS } from '../../lib/domain/objections';
import { POLICY_CATEGORIES, POLICY_VALIDITY } from '../../lib/domain/policies';
import { CREDIT_LEVELS, ENTITY_STATUSES, ENTITY_TYPES, LIST_SLUGS, LOCALES, RECORD_KINDS, SEVERITIES, type Locale } from '../../lib/domain/vocabulary';
import { MESSAGES, type MessageTree } from './messages';
import { fieldErrors, objectionFormSchema, repairFormSchema, type FieldError } from '../../lib/objections/application-schema';
import { buildUscc, USCC_ALPHABET } from '../../lib/uscc';

// ---------------------------------------------------------------------------------------------
// Seeds and run counts

/** The default seed: CI runs the same cases every time; FUZZ_SEED explores others. */
export const FUZZ_DEFAULT_SEED = 15_2026;

/** `{seed, numRuns}` from FUZZ_SEED / FUZZ_RUNS (a total, split by the caller), else the defaults. */
export function fuzzSettings(defaultRuns: number, env: Record<string, string | undefined> = process.env): { seed: number; runs: number } {
  const seed = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : FUZZ_DEFAULT_SEED;
  const runs = env.FUZZ_RUNS ? Number(env.FUZZ_RUNS) : defaultRuns;
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${env.FUZZ_SEED}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, not ${env.FUZZ_RUNS}`);
  return { seed, runs };
}

// ---------------------------------------------------------------------------------------------
// What the generators draw from

export interface FuzzPools {
  /** Published firms (their profiles are read; never written by the fuzz). */
  readUsccs: string[];
  /** Firms the fuzz departments may write about (records, support) and the fuzz registrar owns. */
  writeUsccs: string[];
  policyIds: number[];
  /** Department codes that exist (filters, implementing department). */
  departmentCodes: string[];
  /** sourceRefs the fuzz uses, so that items collide, update and retract each other. */
  sourceRefs: string[];
  /** Whole-list CSV/JSONL exports: cheap on a test database, not at a million firms. */
  exports: boolean;
}

/** A valid USCC of Jinan that no seeded firm has (the seed uses other organisation-code bodies). */
export function freshUscc(n: number): string {
  let body = '';
  for (let i = 0, x = n; i < 7; i++, x = Math.floor(x / USCC_ALPHABET.length)) body = USCC_ALPHABET[x % USCC_ALPHABET.length]! + body;
  return buildUscc({ department: '9', category: '1', divisionCode: '370102', orgCodeBody: `Z${body}`.replace(/[IOSVZ]/g, 'Y') });
}

/** Fresh codes the generators post (registrations and records for unknown firms): part of the storage scope. */
export const FRESH_USCC_OFFSETS = { entities: 800_000, records: 900_000 } as const;
export function generatedFreshUsccs(): string[] {
  return [
    ...Array.from({ length: 201 }, (_, n) => freshUscc(FRESH_USCC_OFFSETS.entities + n)),
    ...Array.from({ length: 51 }, (_, n) => freshUscc(FRESH_USCC_OFFSETS.records + n)),
  ];
}

// ---------------------------------------------------------------------------------------------
// Hostile values

const CONTROL = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '\u202E',
  '\r\n',
  '\t',
  '%E0',
  '%25E0',
  '%',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' or '1'='1' --",
  '"; drop table entities; --',
  '${7*7}',
  '{{7*7}}',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '1e308',
  '９１３７０１０２',
  '𠮷野家',
  'ＡＢＣ',
  '济南',
  '濟南',
  'Ⅻ',
  'İ',
  'ß',
];

/** Strings people and machines send by mistake or on purpose: unicode, controls, overlong, injections. */
export const junkString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.array(CONTROL, { minLength: 1, maxLength: 6 }).map((a) => a.join('')), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom('A', '中', '%', '9', '\u0301'), fc.integer({ min: 100, max: 3000 })).map(([c, n]) => c.repeat(n)), weight: 1 },
);

/** Numbers at and beyond every boundary a schema or a database column has. */
export const junkNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1.5,
    0.001,
    1e12,
    1e12 + 1,
    1e13,
    1e308,
    -1e308,
    5e-324,
    2 ** 31 - 1,
    2 ** 31,
    2 ** 32,
    2 ** 53,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    1999,
    2101,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const DATES = [
  '2025-02-30',
  '2024-02-29',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '10000-01-01',
  '2026-13-01',
  '2026-1-1',
  '2026/01/01',
  '20260101',
  '2026-01-01T00:00:00Z',
  ' 2026-01-01 ',
];
export const junkDate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...DATES),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** Codes that look like a USCC and are not (or are, by accident). */
export const junkUscc: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '91370102MA3C0000I1',
    '913701020000000000',
    '91370102MA3C5PRX3',
    '91370102MA3C5PRX3EE',
    '91370102ma3c5prx3e',
    ' 91370102MA3C5PRX3E ',
    '９１３７０１０２ＭＡ３Ｃ５ＰＲＸ３Ｅ',
    'O1370102MA3C5PRX3E',
  ),
  fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 17, maxLength: 19 }),
  junkString,
);

/** Any JSON value that is not what a field wants. */
export const junkJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: junkString, weight: 4 },
  { arbitrary: junkNumber, weight: 3 },
  { arbitrary: junkDate, weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }), weight: 1 },
);

/**
 * A string as it goes on the wire in a URL: percent-encoded UTF-8, except that a lone surrogate
 * becomes the (invalid) bytes it would have in WTF-8, as a hostile client can send them.
 */
export function encodeWire(value: string): string {
  let out = '';
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else out += encodeURIComponent(ch);
  }
  return out;
}

/** Percent sequences that do not decode, decode to nothing useful, or decode twice. */
const RAW_WIRE = ['%E0', '%25E0', '%', '%%', '%zz', '%C0%AF', '%ED%A0%80', '%00', '%FF%FE', '%2F', '%5C', '%0A', '%E4%B8', '%F0%9F%98'];

/**
 * A URL path segment as sent (already encoded, never empty, never `.` or `..`, which clients
 * resolve away): a real value, a real value with a hostile tail, or hostile bytes.
 */
export function segmentArb(valid: readonly string[]): fc.Arbitrary<string> {
  const real = valid.length > 0 ? fc.constantFrom(...valid) : fc.constant('x');
  return fc
    .oneof(
      { arbitrary: real.map(encodeWire), weight: 2 },
      { arbitrary: fc.tuple(real, fc.constantFrom(...RAW_WIRE)).map(([v, junk]) => `${encodeWire(v)}${junk}`), weight: 1 },
      {
        arbitrary: fc
          .tuple(real, fc.nat({ max: 17 }), fc.constantFrom('0', 'I', '中', ' ', '%'))
          .map(([v, i, c]) => encodeWire(v.slice(0, i) + c + v.slice(i + 1))),
        weight: 1,
      },
      { arbitrary: junkString.map(encodeWire), weight: 3 },
      { arbitrary: fc.array(fc.constantFrom(...RAW_WIRE), { minLength: 1, maxLength: 4 }).map((a) => a.join('')), weight: 2 },
    )
    .filter((s) => s !== '' && s !== '.' && s !== '..' && s !== '%2E' && s !== '%2E%2E' && s.length < 6000);
}

/** How Next hands a segment to a route handler: decoded when it decodes, as sent when it does not. */
export function segmentParam(wire: string): string {
  try {
    return decodeURIComponent(wire);
  } catch {
    return wire;
  }
}

// ---------------------------------------------------------------------------------------------
// The public API

export const PUBLIC_API_ROUTES = [
  'entity',
  'search',
  'list',
  'policies',
  'policy',
  'supportStats',
  'timeliness',
  'dumpLatest',
  'dumpFile',
  'template',
  'openapi',
  'licences',
  'penalties',
  'commitments',
] as const;
export type PublicApiRoute = (typeof PUBLIC_API_ROUTES)[number];

/** Each route's path (with its one dynamic segment, if any) and the query parameters it reads. */
const ROUTE_SPECS: Record<PublicApiRoute, { path: (segment: string) => string; params: string[] }> = {
  entity: { path: (s) => `/api/v1/entities/${s}`, params: [] },
  search: { path: () => '/api/v1/search', params: ['q', 'level', 'district', 'industry', 'type', 'page', 'limit', 'facets'] },
  list: { path: (s) => `/api/v1/lists/${s}`, params: ['status', 'district', 'industry', 'authority', 'from', 'to', 'sort', 'page', 'limit', 'format', 'lang'] },
  policies: { path: () => '/api/v1/policies', params: ['q', 'category', 'department', 'status', 'district', 'industry', 'page', 'limit'] },
  policy: { path: (s) => `/api/v1/policies/${s}`, params: ['page'] },
  supportStats: { path: () => '/api/v1/stats/support', params: [] },
  timeliness: { path: () => '/api/v1/stats/timeliness', params: ['months'] },
  dumpLatest: { path: () => '/api/v1/dumps/latest', params: [] },
  dumpFile: { path: (s) => `/api/v1/dumps/${s}`, params: [] },
  template: { path: (s) => `/api/v1/intake/templates/${s}`, params: [] },
  openapi: { path: () => '/api/v1/openapi.json', params: [] },
  licences: { path: () => '/api/v1/licences', params: ['department', 'district', 'industry', 'kind', 'from', 'to', 'after', 'limit', 'format', 'lang'] },
  penalties: {
    path: () => '/api/v1/penalties',
    params: ['department', 'district', 'industry', 'kind', 'severity', 'from', 'to', 'after', 'limit', 'format', 'lang'],
  },
  commitments: { path: () => '/api/v1/commitments', params: ['procedure', 'department', 'status', 'from', 'to', 'after', 'limit', 'format', 'lang'] },
};

export interface PublicApiCase {
  route: PublicApiRoute;
  /** The dynamic segment as sent (entity, list, policy, dumpFile, template). */
  segment: string;
  /** Query pairs, already encoded as sent (some deliberately malformed). */
  query: [string, string][];
  acceptLanguage: string | null;
}

/** The request path and query string of a case, exactly as sent. */
export function publicApiPath(c: PublicApiCase): string {
  const qs = c.query.map(([k, v]) => `${k}=${v}`).join('&');
  return `${ROUTE_SPECS[c.route].path(c.segment)}${qs ? `?${qs}` : ''}`;
}

const ACCEPT_LANGUAGES = [null, 'zh-CN', 'zh-TW', 'en', 'en-US,en;q=0.9', 'zh-HK', '*', 'xx', ';;;', 'en;q=abc', '\u00e9'.repeat(10)];

function validValues(key: string, pools: FuzzPools): string[] {
  const formats = pools.exports ? ['json', 'csv', 'jsonl'] : ['json'];
  const values: Record<string, string[]> = {
    q: ['济南', '华通', 'huatong', 'htsm', pools.readUsccs[0] ?? '', '科技有限公司'],
    level: [...CREDIT_LEVELS, 'red,black'],
    district: ['370102', '370112', '370000'],
    industry: ['F52', 'C13', 'I65'],
    type: [...ENTITY_TYPES],
    page: ['1', '2', '3', '250', '500', '1000'],
    limit: ['1', '10', '20', '50', '500'],
    facets: ['true', 'false'],
    status: ['current', 'removed', 'all', ...POLICY_VALIDITY],
    authority: pools.departmentCodes.slice(0, 3),
    department: pools.departmentCodes.slice(0, 3),
    category: [...POLICY_CATEGORIES],
    from: ['2020-01-01', '2025-06-30'],
    to: ['2026-01-01', '2019-12-31'],
    sort: ['newest', 'oldest'],
    format: formats,
    lang: [...LOCALES],
    months: ['1', '12', '120'],
    kind: ['licence', 'qualification', 'penalty', 'licence_revocation'],
    severity: ['minor', 'general', 'serious'],
    after: ['2026-01-05_1', '2025-06-30_999999999999999999', '2020-02-29_0'],
  };
  return values[key] ?? ['1'];
}

function queryValueArb(key: string, pools: FuzzPools): fc.Arbitrary<string> {
  const valid = validValues(key, pools);
  const decoded = fc.oneof(
    { arbitrary: fc.constantFrom(...valid), weight: 4 },
    { arbitrary: junkString, weight: 3 },
    { arbitrary: junkNumber.map(String), weight: 2 },
    { arbitrary: junkDate, weight: 1 },
    { arbitrary: fc.constantFrom('9'.repeat(30), '-1', '0', '1.0', ' 2', '2 ', '+3', '1e3', '0b11', 'true,false,red'), weight: 1 },
  );
  let arb = fc.oneof({ arbitrary: decoded.map(encodeWire), weight: 6 }, { arbitrary: fc.constantFrom(...RAW_WIRE), weight: 1 });
  // At a million firms only the JSON page of a list is cheap enough to fuzz (see FuzzPools.exports).
  if (key === 'format' && !pools.exports) arb = arb.filter((v) => !/^(csv|jsonl)$/i.test(segmentParam(v).trim()));
  return arb;
}

/** Arbitrary query parameters for a route: its own, repeated ones, unknown ones. */
function queryArb(route: PublicApiRoute, pools: FuzzPools): fc.Arbitrary<[string, string][]> {
  const keys = ROUTE_SPECS[route].params;
  const known = keys.length > 0 ? fc.constantFrom(...keys).chain((k) => queryValueArb(k, pools).map((v): [string, string] => [k, v])) : null;
  const unknown = fc.tuple(
    fc.oneof(fc.constantFrom('utm_source', '__proto__', 'constructor', 'page[]', 'q%00', '%E0'), junkString.map(encodeWire)),
    queryValueArb('q', pools),
  ) as fc.Arbitrary<[string, string]>;
  const pair = known ? fc.oneof({ arbitrary: known, weight: 5 }, { arbitrary: unknown, weight: 1 }) : unknown;
  return fc.array(pair, { maxLength: 6 });
}

/** One GET of the public API. */
export function publicApiCaseArb(pools: FuzzPools): fc.Arbitrary<PublicApiCase> {
  const segments: Partial<Record<PublicApiRoute, fc.Arbitrary<string>>> = {
    entity: segmentArb(pools.readUsccs),
    list: segmentArb(LIST_SLUGS),
    policy: segmentArb(pools.policyIds.map(String)),
    dumpFile: segmentArb(['entities-2026-01-01.jsonl.gz', 'latest']),
    template: segmentArb([...RECORD_KINDS.slice(0, 3).map((k) => `${k}.csv`), 'penalty.xlsx', 'support.csv']),
  };
  return fc.constantFrom(...PUBLIC_API_ROUTES).chain((route) =>
    fc.record({
      route: fc.constant(route),
      segment: segments[route] ?? fc.constant(''),
      query: queryArb(route, pools),
      acceptLanguage: fc.constantFrom(...ACCEPT_LANGUAGES),
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The intake API

export const INTAKE_ENDPOINTS = ['records', 'recordsDelete', 'entities', 'support'] as const;
export type IntakeEndpoint = (typeof INTAKE_ENDPOINTS)[number];

export interface IntakeCase {
  endpoint: IntakeEndpoint;
  /** `valid`: the fuzz department's token (the registrar's for entities); else a bad credential. */
  auth: 'valid' | 'missing' | 'wrong' | 'malformed' | 'notRegistrar';
  contentType: string | null;
  body: string;
  acceptLanguage: string | null;
}

/** Method, path and the JSON key of the item array of an endpoint. */
export const INTAKE_ROUTES: Record<IntakeEndpoint, { method: 'POST' | 'DELETE'; path: string; key: string }> = {
  records: { method: 'POST', path: '/api/v1/intake/records', key: 'records' },
  recordsDelete: { method: 'DELETE', path: '/api/v1/intake/records', key: 'sourceRefs' },
  entities: { method: 'POST', path: '/api/v1/intake/entities', key: 'entities' },
  support: { method: 'POST', path: '/api/v1/intake/support', key: 'support' },
};

const CONTENT_TYPES = [
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  null,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/jsonp',
  '*/*',
];

const isoDaysAgo = (today: string, days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** Replaces, removes or adds fields of a valid item; sometimes leaves it valid. */
function mutateItem(base: fc.Arbitrary<Record<string, unknown>>, fields: readonly string[]): fc.Arbitrary<unknown> {
  const edit = fc.oneof(
    { arbitrary: fc.tuple(fc.constantFrom(...fields), junkJson).map(([k, v]) => (item: Record<string, unknown>) => ({ ...item, [k]: v })), weight: 6 },
    {
      arbitrary: fc
        .constantFrom(...fields)
        .map((k) => (item: Record<string, unknown>) => Object.fromEntries(Object.entries(item).filter(([key]) => key !== k))),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('extra', 'Title', 'decisonDate', '__proto__', 'constructor'), junkJson)
        .map(([k, v]) => (item: Record<string, unknown>) => ({ ...item, [k]: v })),
      weight: 1,
    },
  );
  const item = fc.tuple(base, fc.array(edit, { maxLength: 3 })).map(([b, edits]) => edits.reduce((acc, e) => e(acc), b));
  return fc.oneof({ arbitrary: item, weight: 12 }, { arbitrary: junkJson, weight: 1 });
}

function recordItemArb(pools: FuzzPools, today: string): fc.Arbitrary<unknown> {
  const base = fc.record({
    sourceRef: fc.constantFrom(...pools.sourceRefs),
    uscc: fc.oneof(
      { arbitrary: fc.constantFrom(...pools.writeUsccs), weight: 4 },
      { arbitrary: fc.nat({ max: 50 }).map((n) => freshUscc(FRESH_USCC_OFFSETS.records + n)), weight: 1 },
    ),
    kind: fc.constantFrom(...RECORD_KINDS),
    title: fc.constantFrom('模糊测试处罚', 'fuzz title', '测试'),
    decisionDate: fc.nat({ max: 2000 }).map((d) => isoDaysAgo(today, d)),
    severity: fc.constantFrom(...SEVERITIES),
    docNo: fc.constantFrom('济测罚〔2026〕1号', 'X-1'),
    legalBasis: fc.constant('《测试法》第一条'),
  });
  // Only penalties take a severity: drop it for the rest, so a fair share of items is valid.
  const fixed = base.map(({ severity, ...rest }) => (rest.kind === 'penalty' ? { ...rest, severity } : rest) as Record<string, unknown>);
  return mutateItem(fixed, [
    'sourceRef',
    'uscc',
    'regNo',
    'orgCode',
    'taxNo',
    'entityName',
    'kind',
    'title',
    'docNo',
    'decisionDate',
    'producedOn',
    'severity',
    'publicityEnd',
    'listedOn',
    'removedOn',
    'removalReason',
    'grounds',
    'content',
    'legalBasis',
  ]);
}

function entityItemArb(pools: FuzzPools, today: string): fc.Arbitrary<unknown> {
  const base = fc.record({
    uscc: fc.oneof(
      fc.constantFrom(...pools.writeUsccs),
      fc.nat({ max: 200 }).map((n) => freshUscc(FRESH_USCC_OFFSETS.entities + n)),
    ),
    name: fc.nat({ max: 50 }).map((n) => `模糊测试登记${n}有限公司`),
    type: fc.constantFrom(...ENTITY_TYPES),
    legalRepresentative: fc.constant('测试人'),
    registeredCapital: fc.oneof(fc.nat({ max: 1e9 }), fc.constant('100.5')),
    establishedOn: fc.nat({ max: 5000 }).map((d) => isoDaysAgo(today, d)),
    address: fc.constant('济南市历下区测试路1号'),
    districtCode: fc.constant('370102'),
    industryCode: fc.constantFrom('F52', 'C13'),
    status: fc.constantFrom(...ENTITY_STATUSES),
  }) as fc.Arbitrary<Record<string, unknown>>;
  return mutateItem(base, [
    'uscc',
    'regNo',
    'name',
    'type',
    'legalRepresentative',
    'registeredCapital',
    'establishedOn',
    'address',
    'districtCode',
    'industryCode',
    'status',
    'formerNames',
    'aliases',
  ]);
}

function supportItemArb(pools: FuzzPools, today: string): fc.Arbitrary<unknown> {
  const base = fc.record({
    sourceRef: fc.constantFrom(...pools.sourceRefs),
    uscc: fc.constantFrom(...pools.writeUsccs),
    policyId: fc.oneof(fc.constantFrom(...(pools.policyIds.length ? pools.policyIds : [1])), junkNumber),
    content: fc.constant('模糊测试补贴'),
    amountCny: fc.oneof(fc.nat({ max: 1_000_000 }), junkNumber),
    grantedOn: fc.nat({ max: 3000 }).map((d) => isoDaysAgo(today, d)),
  }) as fc.Arbitrary<Record<string, unknown>>;
  return mutateItem(base, ['sourceRef', 'uscc', 'year', 'policyId', 'policyBasis', 'content', 'amountCny', 'implementingDepartment', 'grantedOn']);
}

function sourceRefItemArb(pools: FuzzPools): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: fc.constantFrom(...pools.sourceRefs), weight: 4 }, { arbitrary: junkJson, weight: 2 });
}

/** A batch: usually a few items (some duplicated), sometimes none or more than the API takes. */
function itemsArb(item: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  const few = fc.array(item, { minLength: 1, maxLength: 6 });
  const withDuplicates = fc.tuple(few, fc.nat()).map(([items, i]) => [...items, items[i % items.length]]);
  return fc.oneof(
    { arbitrary: few, weight: 10 },
    { arbitrary: withDuplicates, weight: 3 },
    { arbitrary: fc.constant([] as unknown[]), weight: 1 },
    { arbitrary: fc.constant(Array.from({ length: 1001 }, (): unknown => ({}))), weight: 1 },
  );
}

/** The raw body: the right envelope around arbitrary items, a wrong envelope, or text that is not JSON. */
function intakeBodyArb(endpoint: IntakeEndpoint, pools: FuzzPools, today: string): fc.Arbitrary<string> {
  const key = INTAKE_ROUTES[endpoint].key;
  const item = { records: recordItemArb, recordsDelete: sourceRefItemArb, entities: entityItemArb, support: supportItemArb }[endpoint](pools, today);
  const envelope = itemsArb(item).map((items) => JSON.stringify({ [key]: items }));
  const wrongEnvelope = fc
    .oneof(
      itemsArb(item),
      fc.tuple(fc.constantFrom('items', 'record', key.toUpperCase(), ''), itemsArb(item)).map(([k, items]) => ({ [k]: items })),
      junkJson.map((v) => ({ [key]: v })),
      fc.jsonValue({ maxDepth: 3 }),
    )
    .map((v) => JSON.stringify(v) ?? 'undefined');
  const notJson = fc.oneof(
    fc.constantFrom('', '{', '{"records":[', 'null', '\uFEFF{"records":[]}', `{"${key}":[1,]}`, `{"${key}":[]} trailing`, '[]'.repeat(3), `{"${key}": NaN}`),
    fc.nat({ max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
    junkString,
  );
  return fc.oneof({ arbitrary: envelope, weight: 12 }, { arbitrary: wrongEnvelope, weight: 2 }, { arbitrary: notJson, weight: 2 });
}

/** One call of the intake API. */
export function intakeCaseArb(pools: FuzzPools, today: string): fc.Arbitrary<IntakeCase> {
  return fc.constantFrom(...INTAKE_ENDPOINTS).chain((endpoint) =>
    fc.record({
      endpoint: fc.constant(endpoint),
      auth: fc.oneof(
        { arbitrary: fc.constant('valid' as const), weight: 16 },
        { arbitrary: fc.constantFrom('missing' as const, 'wrong' as const, 'malformed' as const, 'notRegistrar' as const), weight: 1 },
      ),
      contentType: fc.oneof({ arbitrary: fc.constant('application/json'), weight: 8 }, { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 2 }),
      body: intakeBodyArb(endpoint, pools, today),
      acceptLanguage: fc.constantFrom(...ACCEPT_LANGUAGES),
    }),
  );
}

/** The Authorization header of a case (`token` and `otherToken`, a non-registrar's, are real). */
export function intakeAuthorization(c: IntakeCase, token: string, otherToken: string): string | null {
  switch (c.auth) {
    case 'valid':
      return `Bearer ${token}`;
    case 'notRegistrar':
      return `Bearer ${otherToken}`;
    case 'missing':
      return null;
    case 'wrong':
      return `Bearer ${token.slice(0, -4)}AAAA`;
    case 'malformed':
      return `Basic ${token}`;
  }
}

// ---------------------------------------------------------------------------------------------
// The public forms

export interface FormCase {
  kind: 'objection' | 'repair';
  /** The form's fields; absent = not sent. */
  fields: Record<string, string | undefined>;
  /** The anti-forgery token: the form's own, none, or forged. */
  csrf: 'valid' | 'missing' | 'junk';
  /** The proof of work: solved, none, or a wrong answer. */
  pow: 'solved' | 'missing' | 'junk';
  /** The `record` field: the target record, none, or junk. */
  record: 'target' | 'missing' | string;
  files: { name: string; content: 'pdf' | 'png' | 'exe' | 'empty' | 'text'; type: string }[];
  /** Whether the Server Action's bound arguments (kind, firm) are edited, as form data can be. */
  tamper: boolean;
}

const VALID_FORM: Record<string, string> = {
  applicantType: 'company',
  applicantName: '济南模糊测试申请有限公司',
  applicantUscc: '91370102MA3C5PRX3E',
  phone: '13812345678',
  email: 'fuzz@example.com',
  reason: 'wrong',
  description: '模糊测试：处罚决定书文号与原件不一致。',
  declaration: 'yes',
  commitment: 'yes',
  actingRole: 'legal_representative',
  routes: 'correction',
};

function formValueArb(field: string): fc.Arbitrary<string | undefined> {
  const valid: Record<string, string[]> = {
    applicantType: [...APPLICANT_TYPES],
    reason: [...OBJECTION_REASONS],
    phone: ['13812345678', '0531-88888888', '+86 138 1234 5678', ''],
    email: ['a@b.cn', ''],
    applicantUscc: ['91370102MA3C5PRX3E', '91370102ma3c5prx3e'],
    declaration: ['yes'],
    commitment: ['yes'],
    actingRole: ['legal_representative', 'authorised_agent'],
    routes: ['commitment', 'correction', 'public_service'],
    description: ['说明'.repeat(1000), '说明'.repeat(1001)],
  };
  return fc.oneof(
    { arbitrary: fc.constantFrom(...(valid[field] ?? [VALID_FORM[field] ?? ''])), weight: 2 },
    { arbitrary: junkString, weight: 4 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

/** One submission of the objection or repair form. */
export function formCaseArb(): fc.Arbitrary<FormCase> {
  const fieldNames = Object.keys(VALID_FORM);
  const edits = fc.array(
    fc.constantFrom(...fieldNames).chain((k) => formValueArb(k).map((v) => [k, v] as const)),
    { maxLength: 4 },
  );
  const file = fc.record({
    name: fc.oneof(fc.constantFrom('决定书.pdf', 'photo.png', 'a.exe', '', '../../x.pdf', 'x'.repeat(300) + '.pdf'), junkString),
    content: fc.constantFrom('pdf' as const, 'png' as const, 'exe' as const, 'empty' as const, 'text' as const),
    type: fc.constantFrom('application/pdf', 'image/png', 'application/octet-stream', ''),
  });
  return fc.record({
    kind: fc.constantFrom('objection' as const, 'repair' as const),
    fields: edits.map((e) => ({ ...VALID_FORM, ...Object.fromEntries(e) })),
    csrf: fc.oneof({ arbitrary: fc.constant('valid' as const), weight: 8 }, { arbitrary: fc.constantFrom('missing' as const, 'junk' as const), weight: 1 }),
    pow: fc.oneof({ arbitrary: fc.constant('solved' as const), weight: 3 }, { arbitrary: fc.constantFrom('missing' as const, 'junk' as const), weight: 1 }),
    record: fc.oneof(
      { arbitrary: fc.constant('target'), weight: 8 },
      { arbitrary: fc.oneof(fc.constant('missing'), junkString, junkNumber.map(String)), weight: 1 },
    ),
    files: fc.array(file, { maxLength: 6 }),
    tamper: fc.oneof({ arbitrary: fc.constant(false), weight: 15 }, { arbitrary: fc.constant(true), weight: 1 }),
  });
}

/** One look-up on the status page: the tracking number (path segment) and the access code typed. */
export interface LookupCase {
  trackingNo: string;
  accessCode: string | undefined;
}

export function lookupCaseArb(knownTrackingNos: readonly string[]): fc.Arbitrary<LookupCase> {
  return fc.record({
    trackingNo: fc.oneof(
      { arbitrary: fc.constantFrom(...(knownTrackingNos.length ? knownTrackingNos : ['YY20260101ABCDEFGH'])), weight: 2 },
      { arbitrary: fc.constantFrom('YY20260101ABCDEFGH', 'XF20261301ABCDEFGH', 'yy20260101abcdefgh', 'YY2026'), weight: 1 },
      { arbitrary: junkString, weight: 2 },
    ),
    accessCode: fc.oneof(fc.constantFrom('ABCDE-FGHJK', 'abcde fghjk', '', undefined), junkString),
  });
}

/** The field errors the shared schema itself gives for a form's text fields (the server adds others, e.g. evidence). */
export function expectedFieldErrors(kind: 'objection' | 'repair', fields: Record<string, string | undefined>): FieldError[] {
  // Form data carries scalar values: a lone surrogate arrives as U+FFFD (FormData and multipart alike).
  const usv = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const raw: Record<string, unknown> = Object.fromEntries(Object.keys(VALID_FORM).map((k) => [k, usv(fields[k] ?? '')]));
  // The repair routes are a checkbox group: the server reads every value sent (none when absent).
  raw.routes = fields.routes === undefined ? [] : [usv(fields.routes)];
  const parsed = (kind === 'objection' ? objectionFormSchema : repairFormSchema).safeParse(raw);
  return parsed.success ? [] : fieldErrors(parsed.error);
}

// ---------------------------------------------------------------------------------------------
// Properties

const KNOWN_CODES = new Set(Object.keys(APP_ERROR_STATUS));

/** Whether a message is a real sentence, not a message key or an empty string. */
export function looksTranslated(message: unknown): boolean {
  return typeof message === 'string' && message.trim().length > 0 && !/^[A-Za-z]+(\.[A-Za-z]+)+$/.test(message) && !/^[a-z]+[A-Z][A-Za-z]*$/.test(message);
}

/** A JSON API refusal in the one format: `{error: {code, message}}`, a specific code, its own status. */
export function checkApiError(status: number, body: string): string | null {
  let parsed: { error?: { code?: unknown; message?: unknown; param?: unknown } };
  try {
    parsed = JSON.parse(body);
  } catch {
    return `${status} without the API's JSON error body: ${JSON.stringify(body.slice(0, 120))}`;
  }
  const error = parsed?.error;
  if (!error || typeof error.code !== 'string') return `${status} without error.code: ${body.slice(0, 160)}`;
  if (!KNOWN_CODES.has(error.code)) return `${status} with an unknown error code ${error.code}`;
  if (error.code === 'internal') return `${status} with the generic code "internal"`;
  if (APP_ERROR_STATUS[error.code as keyof typeof APP_ERROR_STATUS] !== status)
    return `${status} with code ${error.code} (which maps to ${APP_ERROR_STATUS[error.code as keyof typeof APP_ERROR_STATUS]})`;
  if (!looksTranslated(error.message)) return `${status} ${error.code} without a translated message: ${JSON.stringify(error.message)}`;
  if (error.code === 'bad_parameter' && (typeof error.param !== 'string' || error.param === '')) return `bad_parameter without naming the parameter`;
  return null;
}

export type Verdict =
  /** Accepted (2xx/304); `wrote` says whether it may have written (intake, forms). */
  | { ok: true; refused: false }
  /** Refused with a specific answer: nothing may have been written. */
  | { ok: true; refused: true }
  /** A property failed. `rateLimited`: a 429 (the target's limits are too low for the run). */
  | { ok: false; problem: string; rateLimited?: boolean };

/** The verdict on one public API answer. */
export function judgePublicApi(status: number, contentType: string | null, body: string): Verdict {
  if (status === 429) return { ok: false, problem: '429: the site rate-limited the fuzz (raise API_RATE_LIMIT_PER_MINUTE)', rateLimited: true };
  if (status >= 500) return { ok: false, problem: `${status} ${body.slice(0, 200)}` };
  if ((status >= 200 && status < 300) || status === 304) return { ok: true, refused: false };
  // A URL longer than the HTTP server reads (Node: 16 KB of headers; nginx: 414) never reaches the app.
  if ((status === 414 || status === 431) && body === '') return { ok: true, refused: true };
  if (status >= 400) {
    const problem = checkApiError(status, body);
    return problem ? { ok: false, problem } : { ok: true, refused: true };
  }
  return { ok: false, problem: `unexpected status ${status} (${contentType})` };
}

/** The verdict on one intake answer: a refusal in the API format, or a per-item outcome whose rejections are specific. */
export function judgeIntake(c: IntakeCase, status: number, body: string): Verdict {
  if (status === 429) return { ok: false, problem: '429 from the intake API', rateLimited: true };
  if (status >= 500) return { ok: false, problem: `${status} ${body.slice(0, 200)}` };
  // A missing, wrong or malformed token is a 401; a department that is no registrar may not post entities (403).
  const expected =
    c.auth === 'missing' || c.auth === 'wrong' || c.auth === 'malformed' ? 401 : c.auth === 'notRegistrar' && c.endpoint === 'entities' ? 403 : null;
  if (expected !== null && status !== expected) return { ok: false, problem: `credential "${c.auth}" answered ${status}, not ${expected}` };
  if (status >= 400) {
    const problem = checkApiError(status, body);
    return problem ? { ok: false, problem } : { ok: true, refused: true };
  }
  if (status !== 200) return { ok: false, problem: `unexpected status ${status}` };
  let parsed: { accepted?: unknown; rejected?: unknown; queued?: unknown };
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, problem: `200 without a JSON body: ${body.slice(0, 120)}` };
  }
  if (typeof parsed.accepted !== 'number' || !Array.isArray(parsed.rejected))
    return { ok: false, problem: `200 without accepted/rejected: ${body.slice(0, 160)}` };
  for (const r of parsed.rejected as { index?: unknown; field?: unknown; message?: unknown }[]) {
    // The field may be the empty string: an unknown key "" sent by the client is named as sent.
    if (typeof r.index !== 'number' || typeof r.field !== 'string' || !looksTranslated(r.message)) {
      return { ok: false, problem: `a rejection without index, field or a translated message: ${JSON.stringify(r)}` };
    }
  }
  const queued = Array.isArray(parsed.queued) ? parsed.queued.length : 0;
  return parsed.accepted === 0 && queued === 0 ? { ok: true, refused: true } : { ok: true, refused: false };
}

function lookup(tree: MessageTree, path: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The verdict on a form's answer as the server action returns it (errors as codes). */
export function judgeFormErrors(errors: readonly FieldError[], locale: Locale = 'zh-CN'): Verdict {
  if (errors.length === 0) return { ok: false, problem: 'refused without any error' };
  for (const e of errors) {
    if (!['form', ...Object.keys(VALID_FORM), 'evidence'].includes(e.field)) return { ok: false, problem: `an error for an unknown field ${e.field}` };
    for (const l of LOCALES)
      if (!lookup(MESSAGES[l], `ApplicationErrors.${e.code}`)) return { ok: false, problem: `error ${e.field}/${e.code} has no ${l} message` };
  }
  void locale;
  return { ok: true, refused: true };
}
