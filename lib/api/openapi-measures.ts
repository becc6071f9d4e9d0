// The measures catalogue's part of the OpenAPI document (激励/惩戒, issue 16 part 3).
import { MEASURE_KINDS } from '../domain/measures';
import { CREDIT_LEVELS, LISTING_KINDS, LIST_SLUGS } from '../domain/vocabulary';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

export const measurePaths = {
  '/api/v1/measures': {
    get: {
      operationId: 'listMeasures',
      summary: 'The incentive and punitive measures in force today (激励/惩戒措施清单): whom each applies to, what it does, its legal basis',
      parameters: [
        { name: 'level', in: 'query', schema: { type: 'string', enum: [...CREDIT_LEVELS] }, description: 'Measures that apply to firms of this level' },
        {
          name: 'list',
          in: 'query',
          schema: { type: 'string', enum: [...LISTING_KINDS, ...LIST_SLUGS] },
          description: 'Measures that apply to firms on this list (record kind or list slug); with `level`, measures matching either',
        },
        { name: 'kind', in: 'query', schema: { type: 'string', enum: [...MEASURE_KINDS] } },
      ],
      responses: {
        '200': {
          description: 'The measures, punitive first',
          headers: {
            'RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
            'RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
          },
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['measures'],
                properties: { measures: { type: 'array', items: { $ref: '#/components/schemas/CreditMeasure' } } },
              },
            },
          },
        },
        '400': errorResponse('A parameter is invalid; `error.param` names it'),
        '429': errorResponse('Too many requests from this address'),
      },
    },
  },
} as const;

export const measureSchemas = {
  CreditMeasure: {
    type: 'object',
    required: ['code', 'kind', 'levels', 'lists', 'title', 'description', 'legalBasis', 'department', 'effectiveFrom', 'effectiveTo', 'excludesSupport', 'url'],
    properties: {
      code: { type: 'string', description: 'Stable slug; the anchor on /{locale}/measures' },
      kind: { type: 'string', enum: [...MEASURE_KINDS] },
      levels: { type: 'array', items: { type: 'string', enum: [...CREDIT_LEVELS] } },
      lists: { type: 'array', items: { type: 'string', enum: [...LISTING_KINDS] } },
      title: { type: 'string' },
      description: { type: 'string' },
      legalBasis: { type: 'string', description: 'The notices and sections it rests on' },
      department: {
        type: ['object', 'null'],
        description: 'The implementing department; null = every department',
        properties: { code: { type: 'string' }, name: { type: 'string' } },
      },
      effectiveFrom: { type: 'string', format: 'date' },
      effectiveTo: { type: ['string', 'null'], format: 'date' },
      excludesSupport: { type: 'boolean', description: 'The measure takes financial subsidies and government support away' },
      version: { type: 'integer' },
      updatedAt: { type: 'string', format: 'date-time' },
      url: { type: 'string', format: 'uri' },
    },
  },
} as const;
