// The related-firms part of the OpenAPI document (网图, issue 20).
import { CREDIT_LEVELS, ENTITY_STATUSES } from '../domain/vocabulary';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const REASONS = ['head_office', 'branch', 'same_address', 'same_representative'];

export const networkPaths = {
  '/api/v1/entities/{uscc}/related': {
    get: {
      operationId: 'getRelatedEntities',
      summary:
        'A firm’s related firms (网图), as on its profile: head office and branches, firms at the same normalised registered address, firms in the same district whose legal representative has the same name (which may be a different person); at most 50, the rest counted',
      parameters: [
        { name: 'uscc', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9A-HJ-NP-RTUW-Y]{18}$' } },
        { name: 'depth', in: 'query', schema: { type: 'integer', enum: [1, 2], default: 1 }, description: '2 adds the firms related to the related firms' },
      ],
      responses: {
        '200': {
          description: 'The related firms, the links between them and how many were left out',
          headers: {
            'RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
            'RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
          },
          content: { 'application/json': { schema: { $ref: '#/components/schemas/RelatedNetwork' } } },
        },
        '400': errorResponse('Malformed code or depth'),
        '404': errorResponse('No entity has this code'),
        '429': errorResponse('Too many requests'),
        '503': errorResponse('The database is unavailable'),
      },
    },
  },
};

export const networkSchemas = {
  RelatedNetwork: {
    type: 'object',
    required: ['uscc', 'name', 'depth', 'firms', 'edges', 'omitted', 'counts', 'formerNames'],
    properties: {
      uscc: { type: 'string' },
      name: { type: 'string' },
      depth: { type: 'integer', enum: [1, 2] },
      formerNames: { type: 'array', items: { type: 'string' } },
      firms: {
        type: 'array',
        maxItems: 50,
        items: {
          type: 'object',
          required: ['uscc', 'name', 'creditLevel', 'status', 'districtCode', 'depth', 'reasons'],
          properties: {
            uscc: { type: 'string' },
            name: { type: 'string' },
            creditLevel: { type: 'string', enum: [...CREDIT_LEVELS] },
            status: { type: 'string', enum: [...ENTITY_STATUSES] },
            districtCode: { type: 'string' },
            depth: { type: 'integer', enum: [1, 2] },
            reasons: {
              type: 'array',
              items: {
                type: 'object',
                required: ['reason', 'via', 'text'],
                properties: {
                  reason: { type: 'string', enum: REASONS },
                  via: { type: 'string', description: 'The USCC of the firm this link joins it to' },
                  text: { type: 'string', description: 'Why, in the Accept-Language locale' },
                },
              },
            },
          },
        },
      },
      edges: {
        type: 'array',
        items: {
          type: 'object',
          required: ['from', 'to', 'reason'],
          properties: { from: { type: 'string' }, to: { type: 'string' }, reason: { type: 'string', enum: REASONS } },
        },
      },
      omitted: { type: 'integer', description: 'Related firms not listed (at depth 2 a lower bound)' },
      counts: {
        type: 'object',
        description: 'The firm’s own links per relation (each counted up to 10,000)',
        properties: Object.fromEntries(REASONS.map((r) => [r, { type: 'integer' }])),
      },
    },
  },
};
