// The OpenAPI 3.1 description of the public read-only API: the one source for /api/v1/openapi.json
// and the developers page.
import { CREDIT_LEVELS, ENTITY_TYPES, LIST_SLUGS, RECORD_KINDS, RECORD_STATUSES, SEVERITIES } from '../domain/vocabulary';
import { intakePaths, intakeSchemas, intakeSecuritySchemes } from './openapi-intake';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const rateHeaders = {
  'RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
  'RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
  ETag: { $ref: '#/components/headers/ETag' },
};
const commonErrors = {
  '304': { description: 'Not modified (If-None-Match matched the ETag)' },
  '400': errorResponse('A parameter is invalid; `error.param` names it'),
  '429': { ...errorResponse('Too many requests from this address'), headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } } },
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
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
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
            { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv', 'jsonl'], default: 'json' }, description: 'csv: UTF-8 with BOM, one header row' },
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
      '/api/health': {
        get: {
          operationId: 'getHealth',
          summary: 'Whether the database and search answer, and the regeneration backlog',
          responses: { '200': { description: 'Healthy' }, '503': { description: 'Degraded' } },
        },
      },
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
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, param: { type: 'string' } } } },
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
          },
        },
        Entity: {
          type: 'object',
          required: ['uscc', 'name', 'creditLevel', 'creditReasons', 'records', 'complaints'],
          properties: {
            uscc: { type: 'string' },
            name: { type: 'string' },
            type: { type: 'string', enum: [...ENTITY_TYPES] },
            creditLevel: { type: 'string', enum: [...CREDIT_LEVELS] },
            creditReasons: { type: 'array', items: { $ref: '#/components/schemas/CreditReason' } },
            records: { type: 'array', items: { $ref: '#/components/schemas/Record' } },
            complaints: { type: 'object', properties: { count: { type: 'integer' }, resolvedRate: { type: ['number', 'null'] } } },
          },
        },
        SearchHit: {
          type: 'object',
          properties: { uscc: { type: 'string' }, name: { type: 'string' }, creditLevel: { type: 'string', enum: [...CREDIT_LEVELS] }, legalRepresentative: { type: 'string' }, districtCode: { type: 'string' } },
        },
        SearchResult: {
          type: 'object',
          properties: { hits: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } }, total: { type: 'integer' }, page: { type: 'integer' }, totalPages: { type: 'integer' } },
        },
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
        ListPage: {
          type: 'object',
          properties: { entries: { type: 'array', items: { $ref: '#/components/schemas/ListEntry' } }, total: { type: 'integer' }, page: { type: 'integer' }, totalPages: { type: 'integer' } },
        },
        ...intakeSchemas,
      },
    },
  } as const;
}
