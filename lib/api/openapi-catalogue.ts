// The publicity catalogue's part of the OpenAPI document (issue 17 part 1).
import { RECORD_KINDS, SEVERITIES } from '../domain/vocabulary';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

export const cataloguePaths = {
  '/api/v1/catalogue': {
    get: {
      operationId: 'getPublicityCatalogue',
      summary:
        'The publicity catalogue (公示期限目录): per record kind and penalty severity, the minimum and maximum publicity period, collection deadline and whether it counts toward the level',
      responses: {
        '200': {
          description: 'The entries in force today and the versions announced for later',
          headers: {
            'RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
            'RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
          },
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['asOf', 'entries', 'upcoming'],
                properties: {
                  asOf: { type: 'string', format: 'date' },
                  entries: { type: 'array', items: { $ref: '#/components/schemas/PublicityRule' } },
                  upcoming: { type: 'array', items: { $ref: '#/components/schemas/PublicityRule' } },
                },
              },
            },
          },
        },
        '429': errorResponse('Too many requests from this address'),
      },
    },
  },
} as const;

export const catalogueSchemas = {
  PublicityRule: {
    type: 'object',
    required: ['kind', 'severity', 'minimumMonths', 'maximumMonths', 'repairBeforeMaximum', 'collectionWorkingDays', 'countsTowardLevel', 'effectiveFrom'],
    properties: {
      kind: { type: 'string', enum: [...RECORD_KINDS] },
      severity: { type: ['string', 'null'], enum: [...SEVERITIES, null], description: 'Penalties only' },
      minimumMonths: { type: ['integer', 'null'], description: 'Months public before repair may be applied for; null: no minimum' },
      maximumMonths: {
        type: ['integer', 'null'],
        description: 'Months after the decision when publication stops (the record is gone the day after); null: until removed',
      },
      repairBeforeMaximum: { type: 'boolean', description: 'False for specific_serious: no repair before the maximum period ends' },
      collectionWorkingDays: { type: 'integer', description: 'Working days from production to collection' },
      countsTowardLevel: { type: 'boolean' },
      effectiveFrom: { type: 'string', format: 'date', description: 'Applies to records decided on or after this day' },
    },
  },
} as const;
