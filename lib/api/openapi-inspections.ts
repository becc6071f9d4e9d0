// Random inspections' part of the OpenAPI document (双随机一公开, issue 18 part 2). Inspectors appear
// by role only: no schema here has a field for a name.
import { INSPECTION_PLAN_STATUSES, INSPECTION_RESULTS, INSPECTION_TARGET_REASONS, INSPECTOR_ROLES } from '../domain/inspections';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const rateHeaders = {
  'RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
  'RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
};
const format = {
  name: 'format',
  in: 'query',
  schema: { type: 'string', enum: ['json', 'csv', 'jsonl'], default: 'json' },
  description: 'csv (UTF-8 with BOM) or jsonl: every firm of the selection with its result, streamed',
};
const planId = { name: 'planId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const exportContent = { 'text/csv': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } } };

export const inspectionPaths = {
  '/api/v1/inspections': {
    get: {
      operationId: 'listInspectionPlans',
      summary: 'Random inspection plans (双随机一公开), newest first, with the latest results; or every inspected firm as an export',
      parameters: [
        { name: 'department', in: 'query', schema: { type: 'string' }, description: 'A department code' },
        {
          name: 'before',
          in: 'query',
          schema: { type: 'integer', minimum: 1 },
          description: 'Keyset: plans with a smaller id (the previous answer’s nextBefore)',
        },
        format,
      ],
      responses: {
        '200': {
          description: 'A page of plans (json), or the export',
          headers: rateHeaders,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['plans', 'nextBefore', 'recentResults'],
                properties: {
                  plans: { type: 'array', items: { $ref: '#/components/schemas/InspectionPlan' } },
                  nextBefore: { type: ['integer', 'null'] },
                  recentResults: { type: 'array', items: { $ref: '#/components/schemas/InspectionTarget' } },
                },
              },
            },
            ...exportContent,
          },
        },
        '400': errorResponse('A parameter is invalid; `error.param` names it'),
        '429': errorResponse('Too many requests from this address'),
      },
    },
  },
  '/api/v1/inspections/{planId}': {
    get: {
      operationId: 'getInspectionPlan',
      summary: 'One plan: its draw (seed, algorithm, directory snapshot size and SHA-256) and its first 1,000 firms with results',
      parameters: [planId, format],
      responses: {
        '200': {
          description: 'The plan and its firms (json), or the export of all its firms',
          headers: rateHeaders,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['plan', 'targets', 'targetsTruncated'],
                properties: {
                  plan: { $ref: '#/components/schemas/InspectionPlan' },
                  targets: { type: 'array', items: { $ref: '#/components/schemas/InspectionTarget' } },
                  targetsTruncated: { type: 'boolean' },
                },
              },
            },
            ...exportContent,
          },
        },
        '404': errorResponse('No published plan has this number'),
        '429': errorResponse('Too many requests from this address'),
      },
    },
  },
  '/api/v1/inspections/{planId}/snapshot': {
    get: {
      operationId: 'getInspectionSnapshot',
      summary: 'The directory snapshot the draw ran on: one USCC a line in position order; its SHA-256 is the published hash',
      parameters: [planId],
      responses: {
        '200': { description: 'The snapshot', headers: rateHeaders, content: { 'text/plain': { schema: { type: 'string' } } } },
        '404': errorResponse('No published plan has this number'),
        '429': errorResponse('Too many requests from this address'),
      },
    },
  },
  '/api/v1/intake/inspection-results': {
    post: {
      operationId: 'postInspectionResults',
      summary: 'Send the results of random inspections (the token’s department’s plans only; a repeated item corrects the result)',
      description:
        'Each valid item enters the result of one firm on one drawn plan and publishes it on the firm’s profile; invalid items, other departments’ plans and firms not on the plan are listed in `rejected` with a message in the Accept-Language locale.',
      security: [{ departmentToken: [] }],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['results'],
              properties: { results: { type: 'array', maxItems: 1000, items: { $ref: '#/components/schemas/InspectionResultItem' } } },
            },
          },
        },
      },
      responses: {
        '200': { description: 'Per-item outcome', content: { 'application/json': { schema: { $ref: '#/components/schemas/InspectionIntakeResult' } } } },
        '400': errorResponse('Malformed body, not an array, empty, or more than 1000 items: nothing is committed'),
        '401': errorResponse('Missing, wrong or revoked token'),
        '413': errorResponse('Body above 16 MB'),
        '415': errorResponse('Content-Type is not application/json'),
      },
    },
  },
} as const;

export const inspectionSchemas = {
  InspectionResultItem: {
    type: 'object',
    required: ['planId', 'uscc', 'result', 'inspectedOn'],
    properties: {
      planId: { type: 'integer', minimum: 1, description: 'A drawn plan of the token’s department' },
      uscc: { type: 'string', description: 'A firm on the plan' },
      result: { type: 'string', enum: [...INSPECTION_RESULTS] },
      inspectedOn: { type: 'string', format: 'date', description: 'Not after today' },
      correctionDeadline: {
        type: 'string',
        format: 'date',
        description: 'Required for correction_ordered, after inspectedOn; a follow-up inspection is queued for it',
      },
      findings: { type: 'string', maxLength: 2000, description: 'Public' },
      docNo: { type: 'string', maxLength: 100 },
    },
  },
  InspectionIntakeResult: {
    type: 'object',
    required: ['accepted', 'rejected'],
    properties: {
      accepted: { type: 'integer' },
      rejected: {
        type: 'array',
        items: { type: 'object', properties: { index: { type: 'integer' }, field: { type: 'string' }, message: { type: 'string' } } },
      },
    },
  },
  InspectionPlan: {
    type: 'object',
    required: ['id', 'title', 'department', 'items', 'population', 'periodStart', 'periodEnd', 'status', 'draw', 'url'],
    properties: {
      id: { type: 'integer' },
      title: { type: 'string' },
      department: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } },
      items: {
        type: 'array',
        items: {
          type: 'object',
          properties: { code: { type: 'string' }, title: { type: 'string' }, legalBasis: { type: ['string', 'null'] }, method: { type: ['string', 'null'] } },
        },
      },
      population: {
        type: 'object',
        properties: {
          districts: { type: 'array', items: { type: 'string' } },
          industries: { type: 'array', items: { type: 'string' } },
          entityTypes: { type: 'array', items: { type: 'string' } },
        },
      },
      firmCount: { type: ['integer', 'null'] },
      sharePercent: { type: ['number', 'null'] },
      periodStart: { type: 'string', format: 'date' },
      periodEnd: { type: 'string', format: 'date' },
      status: { type: 'string', enum: [...INSPECTION_PLAN_STATUSES] },
      draw: {
        type: 'object',
        properties: {
          seed: { type: 'string' },
          algorithm: { type: ['string', 'null'], description: 'sha256-ctr-fisher-yates-v1: see the plan page or the README' },
          snapshotSize: { type: ['integer', 'null'] },
          snapshotSha256: { type: ['string', 'null'] },
          snapshotUrl: { type: 'string', format: 'uri' },
          inspectorPoolSize: { type: ['integer', 'null'] },
          drawnAt: { type: ['string', 'null'], format: 'date-time' },
        },
      },
      drawnCount: { type: 'integer' },
      resultCount: { type: 'integer' },
      url: { type: 'string', format: 'uri' },
    },
  },
  InspectionTarget: {
    type: 'object',
    required: ['uscc', 'name', 'reason', 'inspectors', 'result'],
    properties: {
      planId: { type: 'integer' },
      planTitle: { type: 'string' },
      uscc: { type: 'string' },
      name: { type: 'string' },
      reason: { type: 'string', enum: [...INSPECTION_TARGET_REASONS] },
      drawPosition: { type: ['integer', 'null'] },
      inspectors: { type: 'array', items: { type: 'object', properties: { role: { type: 'string', enum: [...INSPECTOR_ROLES] } } } },
      result: { type: ['string', 'null'], enum: [...INSPECTION_RESULTS, null] },
      inspectedOn: { type: ['string', 'null'], format: 'date' },
      correctionDeadline: { type: ['string', 'null'], format: 'date' },
      findings: { type: ['string', 'null'] },
      docNo: { type: ['string', 'null'] },
    },
  },
} as const;
