// The OpenAPI 3.1 description of the public read-only API: the one source for /api/v1/openapi.json
// and the developers page.
import { CREDIT_LEVELS, ENTITY_TYPES, LIST_SLUGS, RECORD_KINDS, RECORD_STATUSES, SEVERITIES } from '../domain/vocabulary';
import { CREDIT_CONDITIONS, ENTERPRISE_SIZES, POLICY_CATEGORIES, POLICY_VALIDITY } from '../domain/policies';
import { intakePaths, intakeSchemas, intakeSecuritySchemes } from './openapi-intake';
import { measurePaths, measureSchemas } from './openapi-measures';
import { networkPaths, networkSchemas } from './openapi-network';
import { cataloguePaths, catalogueSchemas } from './openapi-catalogue';
import { dualPublicityPaths, dualPublicitySchemas } from './openapi-dual-publicity';
import { inspectionPaths, inspectionSchemas } from './openapi-inspections';
import { commitmentPaths, commitmentSchemas } from './openapi-commitments';
import { reportPaths, reportSchemas } from './openapi-reports';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
/** A page of results: `{ <key>: [<schema>…], total, page, totalPages }`. */
const pageOf = (key: string, schema: string) => ({
  type: 'object',
  properties: {
    [key]: { type: 'array', items: { $ref: `#/components/schemas/${schema}` } },
    total: { type: 'integer' },
    page: { type: 'integer' },
    totalPages: { type: 'integer' },
  },
});
const rateHeaders = {
  'RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
  'RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
  ETag: { $ref: '#/components/headers/ETag' },
};
const commonErrors = {
  '304': { description: 'Not modified (If-None-Match matched the ETag)' },
  '400': errorResponse('A parameter is invalid; `error.param` names it'),
  '429': {
    ...errorResponse('Too many requests from this address'),
    headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } },
  },
};

/** The OpenAPI document for a server origin. */
export function buildOpenApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jinan market entity credit disclosure: open data API',
      version: '1.0.0',
      description:
        'Read-only, no key needed. Per-address rate limit (see RateLimit-* headers; 429 with Retry-After when exceeded). JSON responses carry a strong ETag and Last-Modified. Errors are JSON {error:{code,message}} in the language of Accept-Language (zh-CN default). The /api/v1/intake endpoints are for departments only and need a Bearer token.',
    },
    servers: [{ url: origin }],
    paths: {
      '/api/v1/entities/{uscc}': {
        get: {
          operationId: 'getEntity',
          summary: 'A market entity: registration data, credit level with reasons, public records, complaints',
          parameters: [{ name: 'uscc', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9A-HJ-NP-RTUW-Y]{18}$' } }],
          responses: {
            '200': { description: 'The entity', headers: rateHeaders, content: { 'application/json': { schema: { $ref: '#/components/schemas/Entity' } } } },
            ...commonErrors,
            '404': errorResponse('No entity has this code'),
          },
        },
      },
      '/api/v1/search': {
        get: {
          operationId: 'searchEntities',
          summary: 'Search entities by name, short name, pinyin, code or legal representative',
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string', maxLength: 500 } },
            { name: 'level', in: 'query', schema: { type: 'array', items: { type: 'string', enum: [...CREDIT_LEVELS] } }, style: 'form', explode: true },
            { name: 'district', in: 'query', schema: { type: 'string', pattern: '^\\d{6}$' } },
            { name: 'industry', in: 'query', schema: { type: 'string', pattern: '^[A-T]\\d{2}$' } },
            { name: 'type', in: 'query', schema: { type: 'string', enum: [...ENTITY_TYPES] } },
            {
              name: 'page',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 1000, default: 1 },
              description:
                'A page from 1 to `totalPages` (at most 10,000 hits can be paged through; a search with no hits has one page). A page past the last is a 400 `bad_parameter` for `page` whose message names the last page, never an empty page: stop when `page` equals `totalPages`.',
            },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50, default: 20 } },
            { name: 'facets', in: 'query', schema: { type: 'boolean', default: false }, description: 'Include counts per level, district, industry and type' },
          ],
          responses: {
            '200': { description: 'Hits', headers: rateHeaders, content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchResult' } } } },
            ...commonErrors,
            '503': errorResponse('Search is temporarily unavailable'),
          },
        },
      },
      '/api/v1/lists/{slug}': {
        get: {
          operationId: 'getList',
          summary: 'Entries of a list; format=csv|jsonl streams every entry the filters select, with no row cap',
          parameters: [
            { name: 'slug', in: 'path', required: true, schema: { type: 'string', enum: [...LIST_SLUGS] } },
            { name: 'status', in: 'query', schema: { type: 'string', enum: ['current', 'removed', 'all'], default: 'current' } },
            { name: 'district', in: 'query', schema: { type: 'string', pattern: '^\\d{6}$' } },
            { name: 'industry', in: 'query', schema: { type: 'string', pattern: '^[A-T]\\d{2}$' } },
            { name: 'authority', in: 'query', schema: { type: 'string' }, description: 'Department code' },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Listed on or after' },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Listed on or before' },
            { name: 'sort', in: 'query', schema: { type: 'string', enum: ['newest', 'oldest'], default: 'newest' } },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
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
              description: 'A page (json) or the whole selection (csv, jsonl)',
              headers: rateHeaders,
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/ListPage' } },
                'text/csv': { schema: { type: 'string' } },
                'application/x-ndjson': { schema: { $ref: '#/components/schemas/ListEntry' } },
              },
            },
            ...commonErrors,
            '404': errorResponse('No such list'),
          },
        },
      },
      '/api/v1/policies': {
        get: {
          operationId: 'searchPolicies',
          summary: 'Published small and micro business support policies: full-text search and filters',
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string', maxLength: 100 } },
            { name: 'category', in: 'query', schema: { type: 'string', enum: [...POLICY_CATEGORIES] } },
            { name: 'status', in: 'query', schema: { type: 'string', enum: [...POLICY_VALIDITY] }, description: 'Validity today; absent = all published' },
            { name: 'department', in: 'query', schema: { type: 'string' }, description: 'Issuing department code' },
            { name: 'district', in: 'query', schema: { type: 'string', pattern: '^\\d{6}$' }, description: 'Policies open to firms of this district' },
            { name: 'industry', in: 'query', schema: { type: 'string', pattern: '^[A-T]\\d{2}$' }, description: 'Policies open to firms of this industry' },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 250, default: 1 } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50, default: 20 } },
          ],
          responses: {
            '200': { description: 'Policies', headers: rateHeaders, content: { 'application/json': { schema: { $ref: '#/components/schemas/PolicyPage' } } } },
            ...commonErrors,
          },
        },
      },
      '/api/v1/policies/{id}': {
        get: {
          operationId: 'getPolicy',
          summary: 'A published or withdrawn policy with a page of its beneficiaries and their totals',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 1 }, description: 'Page of beneficiaries (20 each)' },
          ],
          responses: {
            '200': {
              description: 'The policy',
              headers: rateHeaders,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/PolicyDetail' } } },
            },
            ...commonErrors,
            '404': errorResponse('No published policy has this id'),
          },
        },
      },
      '/api/v1/stats/support': {
        get: {
          operationId: 'getSupportStats',
          summary: 'Support received by small and micro businesses: totals by year, implementing department and policy category',
          responses: {
            '200': { description: 'Figures', headers: rateHeaders, content: { 'application/json': { schema: { $ref: '#/components/schemas/SupportStats' } } } },
            ...commonErrors,
          },
        },
      },
      '/api/health': {
        get: {
          operationId: 'getHealth',
          summary: 'Whether the database and search answer, and the regeneration backlog',
          responses: { '200': { description: 'Healthy' }, '503': { description: 'Degraded' } },
        },
      },
      ...reportPaths,
      ...measurePaths,
      ...networkPaths,
      ...cataloguePaths,
      ...dualPublicityPaths,
      ...inspectionPaths,
      ...commitmentPaths,
      ...intakePaths,
    },
    components: {
      securitySchemes: intakeSecuritySchemes,
      headers: {
        RateLimitLimit: { schema: { type: 'integer' }, description: 'Requests per minute allowed' },
        RateLimitRemaining: { schema: { type: 'integer' }, description: 'Requests left in the window' },
        ETag: { schema: { type: 'string' }, description: 'Strong validator of the JSON body' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, param: { type: 'string' } },
            },
          },
        },
        CreditReason: {
          type: 'object',
          properties: {
            code: { type: 'string', enum: ['entity_revoked', 'licence_revocation', 'blacklisted', 'abnormal_listing', 'penalties', 'complaints'] },
            level: { type: 'string', enum: [...CREDIT_LEVELS] },
            recordIds: { type: 'array', items: { type: 'string' } },
            count: { type: 'integer' },
            resolvedRate: { type: 'number' },
          },
        },
        Record: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            category: { type: 'string', enum: ['basic', 'good', 'warning', 'inspection'] },
            kind: { type: 'string', enum: [...RECORD_KINDS] },
            title: { type: 'string' },
            docNo: { type: ['string', 'null'] },
            decisionDate: { type: 'string', format: 'date' },
            collectedOn: { type: 'string', format: 'date' },
            authority: { type: 'string' },
            authorityCode: { type: 'string' },
            status: { type: 'string', enum: [...RECORD_STATUSES] },
            severity: { type: ['string', 'null'], enum: [...SEVERITIES, null] },
            removedOn: { type: ['string', 'null'], format: 'date', description: 'Listings only; null while listed' },
            listName: { type: ['string', 'null'], description: 'department_blacklist only: the name of the department’s list' },
          },
        },
        Entity: {
          type: 'object',
          required: ['uscc', 'name', 'creditLevel', 'creditReasons', 'records', 'complaints'],
          properties: {
            uscc: { type: 'string' },
            name: { type: 'string' },
            type: { type: 'string', enum: [...ENTITY_TYPES] },
            businessTerm: {
              type: ['object', 'null'],
              description: '营业期限; null when not on file. `to` is null and `indefinite` true for a term without end (长期).',
              properties: { from: { type: 'string', format: 'date' }, to: { type: ['string', 'null'], format: 'date' }, indefinite: { type: 'boolean' } },
            },
            creditLevel: { type: 'string', enum: [...CREDIT_LEVELS] },
            creditReasons: { type: 'array', items: { $ref: '#/components/schemas/CreditReason' } },
            records: { type: 'array', items: { $ref: '#/components/schemas/Record' } },
            complaints: { type: 'object', properties: { count: { type: 'integer' }, resolvedRate: { type: ['number', 'null'] } } },
          },
        },
        SearchHit: {
          type: 'object',
          properties: {
            uscc: { type: 'string' },
            name: { type: 'string' },
            creditLevel: { type: 'string', enum: [...CREDIT_LEVELS] },
            legalRepresentative: { type: 'string' },
            districtCode: { type: 'string' },
          },
        },
        SearchResult: pageOf('hits', 'SearchHit'),
        ListEntry: {
          type: 'object',
          properties: {
            uscc: { type: 'string' },
            name: { type: 'string' },
            slug: { type: 'string', enum: [...LIST_SLUGS] },
            kind: { type: 'string' },
            listedOn: { type: 'string', format: 'date' },
            grounds: { type: ['string', 'null'] },
            authority: { type: 'string' },
            authorityCode: { type: 'string' },
            docNo: { type: ['string', 'null'] },
            listedNow: { type: 'boolean' },
            removedOn: { type: ['string', 'null'], format: 'date' },
            removalReason: { type: ['string', 'null'] },
          },
        },
        Policy: {
          type: 'object',
          required: ['id', 'title', 'issuingDepartment', 'category', 'validFrom', 'status'],
          properties: {
            id: { type: 'integer' },
            title: { type: 'string' },
            issuingDepartment: { type: 'string' },
            issuingDepartmentCode: { type: 'string' },
            docNo: { type: ['string', 'null'] },
            issuedOn: { type: 'string', format: 'date' },
            publishedOn: { type: ['string', 'null'], format: 'date' },
            publishedLate: { type: 'boolean', description: 'Published more than 20 days after issue' },
            category: { type: 'string', enum: [...POLICY_CATEGORIES] },
            creditCondition: {
              type: 'string',
              enum: [...CREDIT_CONDITIONS],
              description: 'Who the support is closed to on credit grounds: no_blacklist (firms on a blacklist), no_red_or_black (also red firms), none',
            },
            eligibility: {
              type: 'object',
              properties: {
                sizes: { type: 'array', items: { type: 'string', enum: [...ENTERPRISE_SIZES] }, description: 'Empty = any size' },
                industries: { type: 'array', items: { type: 'string' }, description: 'GB/T 4754 divisions or sections; empty = any' },
                districts: { type: 'array', items: { type: 'string' }, description: 'GB/T 2260 codes; empty = citywide' },
              },
            },
            benefits: { type: 'string' },
            howToApply: {
              type: 'object',
              properties: { steps: { type: ['string', 'null'] }, materials: { type: ['string', 'null'] }, where: { type: ['string', 'null'] } },
            },
            validFrom: { type: 'string', format: 'date' },
            validTo: { type: ['string', 'null'], format: 'date' },
            validity: { type: 'string', enum: [...POLICY_VALIDITY] },
            status: { type: 'string', enum: ['published', 'withdrawn'] },
            links: { type: 'array', items: { type: 'object', properties: { label: { type: 'string' }, url: { type: 'string' } } } },
            attachments: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  name: { type: 'string' },
                  url: { type: 'string' },
                  mediaType: { type: ['string', 'null'] },
                  bytes: { type: ['integer', 'null'] },
                },
              },
            },
          },
        },
        PolicyPage: pageOf('policies', 'Policy'),
        PolicyDetail: {
          allOf: [
            { $ref: '#/components/schemas/Policy' },
            {
              type: 'object',
              properties: {
                beneficiaries: {
                  type: 'object',
                  properties: {
                    total: { type: 'integer' },
                    amountCny: { type: 'number' },
                    page: { type: 'integer' },
                    totalPages: { type: 'integer' },
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          uscc: { type: 'string' },
                          name: { type: 'string' },
                          year: { type: 'integer' },
                          content: { type: 'string' },
                          amountCny: { type: ['number', 'null'] },
                          implementingDepartment: { type: 'string' },
                          grantedOn: { type: 'string', format: 'date' },
                        },
                      },
                    },
                  },
                },
              },
            },
          ],
        },
        SupportStats: {
          type: 'object',
          properties: {
            total: { $ref: '#/components/schemas/SupportFigure' },
            byYear: {
              type: 'array',
              items: { allOf: [{ $ref: '#/components/schemas/SupportFigure' }, { type: 'object', properties: { year: { type: 'integer' } } }] },
            },
            byDepartment: {
              type: 'array',
              items: {
                allOf: [
                  { $ref: '#/components/schemas/SupportFigure' },
                  { type: 'object', properties: { departmentCode: { type: 'string' }, department: { type: 'string' } } },
                ],
              },
            },
            byCategory: {
              type: 'array',
              items: {
                allOf: [
                  { $ref: '#/components/schemas/SupportFigure' },
                  { type: 'object', properties: { category: { type: ['string', 'null'], enum: [...POLICY_CATEGORIES, null] } } },
                ],
              },
            },
          },
        },
        SupportFigure: {
          type: 'object',
          properties: { grants: { type: 'integer' }, firms: { type: 'integer' }, amountCny: { type: 'number' } },
        },
        ListPage: pageOf('entries', 'ListEntry'),
        ...reportSchemas,
        ...measureSchemas,
        ...networkSchemas,
        ...catalogueSchemas,
        ...dualPublicitySchemas,
        ...inspectionSchemas,
        ...commitmentSchemas,
        ...intakeSchemas,
      },
    },
  } as const;
}
