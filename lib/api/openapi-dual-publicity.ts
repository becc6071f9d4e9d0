// The 双公示 part of the OpenAPI document (licences and penalties across all firms, issue 18 part 1).
import { DUAL_KINDS, DUAL_PUBLICATION_LIMIT, DUAL_SLUGS, type DualSlug } from '../domain/dual-publicity';
import { SEVERITIES } from '../domain/vocabulary';
import { DUAL_MAX_LIMIT, DUAL_PAGE_SIZE } from '../dual-publicity/query-schema';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

function dualPath(slug: DualSlug) {
  return {
    get: {
      operationId: slug === 'licences' ? 'listLicences' : 'listPenalties',
      summary: `${slug === 'licences' ? 'Administrative licences' : 'Administrative penalties'} across all firms (双公示), newest decision first; format=csv|jsonl streams every entry the filters select, with no row cap`,
      parameters: [
        { name: 'department', in: 'query', schema: { type: 'string' }, description: 'Deciding department code' },
        { name: 'district', in: 'query', schema: { type: 'string', pattern: '^\\d{6}$' } },
        { name: 'industry', in: 'query', schema: { type: 'string', pattern: '^[A-T]\\d{2}$' } },
        { name: 'kind', in: 'query', schema: { type: 'string', enum: [...DUAL_KINDS[slug]] } },
        ...(slug === 'penalties' ? [{ name: 'severity', in: 'query', schema: { type: 'string', enum: [...SEVERITIES] } }] : []),
        { name: 'from', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Decided on or after' },
        { name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Decided on or before' },
        {
          name: 'after',
          in: 'query',
          schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}_\\d+$' },
          description: 'Keyset cursor: the `next` of the previous page (decision date and record id of its last entry)',
        },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: DUAL_MAX_LIMIT, default: DUAL_PAGE_SIZE } },
        {
          name: 'format',
          in: 'query',
          schema: { type: 'string', enum: ['json', 'csv', 'jsonl'], default: 'json' },
          description: 'csv: UTF-8 with BOM, one header row',
        },
        { name: 'lang', in: 'query', schema: { type: 'string', enum: ['zh-CN', 'zh-TW', 'en'] }, description: 'Language of CSV headers and names' },
      ],
      responses: {
        '200': {
          description: 'A keyset page (json) or the whole selection (csv, jsonl)',
          headers: {
            'RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
            'RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
          },
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/DualPage' } },
            'text/csv': { schema: { type: 'string' } },
            'application/x-ndjson': { schema: { $ref: '#/components/schemas/DualEntry' } },
          },
        },
        '400': errorResponse('A parameter is invalid; `error.param` names it'),
        '429': errorResponse('Too many requests, or every export slot is taken (Retry-After)'),
      },
    },
  };
}

export const dualPublicityPaths = Object.fromEntries(DUAL_SLUGS.map((slug) => [`/api/v1/${slug}`, dualPath(slug)]));

export const dualPublicitySchemas = {
  DualEntry: {
    type: 'object',
    required: ['id', 'uscc', 'docNo', 'decisionDate', 'publishedOn', 'late'],
    properties: {
      uscc: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string', enum: [...DUAL_KINDS.licences, ...DUAL_KINDS.penalties] },
      title: { type: 'string' },
      id: { type: 'string', description: 'The entry (record) id: stable, and the tie-break of the newest-first order.' },
      docNo: { type: ['string', 'null'], description: '文书号' },
      decisionDate: { type: 'string', format: 'date' },
      publishedOn: { type: 'string', format: 'date', description: 'The day the platform collected and published it' },
      workingDaysToPublication: { type: 'integer' },
      late: { type: 'boolean', description: `Published more than ${DUAL_PUBLICATION_LIMIT} working days after the decision (Chinese working-day calendar)` },
      severity: { type: ['string', 'null'], enum: [...SEVERITIES, null] },
      department: { type: 'string' },
      departmentCode: { type: 'string' },
      districtCode: { type: 'string' },
      industryCode: { type: ['string', 'null'] },
    },
  },
  DualPage: {
    type: 'object',
    properties: {
      entries: { type: 'array', items: { $ref: '#/components/schemas/DualEntry' } },
      next: { type: ['string', 'null'], description: 'Cursor of the next page (pass as `after`); null on the last page' },
      nextUrl: { type: ['string', 'null'] },
      limit: { type: 'integer' },
      dataAsOf: { type: 'string', format: 'date' },
    },
  },
};
