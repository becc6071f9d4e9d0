// The credit commitments' part of the OpenAPI document (信用承诺, issue 18 part 3).
import { COMMITMENT_STATUSES } from '../domain/commitments';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

export const commitmentPaths = {
  '/api/v1/commitments': {
    get: {
      operationId: 'listCommitments',
      summary: 'Credit commitments firms signed (信用承诺), newest first, with their procedure and status; or the whole selection as CSV / JSON Lines',
      parameters: [
        { name: 'procedure', in: 'query', schema: { type: 'string' }, description: 'A procedure code (see /{locale}/commitments/templates)' },
        { name: 'department', in: 'query', schema: { type: 'string' }, description: 'The providing department’s code' },
        { name: 'status', in: 'query', schema: { type: 'string', enum: [...COMMITMENT_STATUSES] } },
        { name: 'from', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Signed on or after' },
        { name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Signed on or before' },
        { name: 'after', in: 'query', schema: { type: 'string' }, description: 'The `next` cursor of the previous page (keyset paging)' },
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        {
          name: 'format',
          in: 'query',
          schema: { type: 'string', enum: ['json', 'csv', 'jsonl'], default: 'json' },
          description: 'csv (UTF-8 with BOM) and jsonl stream every commitment the filters select, with no cap',
        },
        { name: 'lang', in: 'query', schema: { type: 'string', enum: ['zh-CN', 'zh-TW', 'en'] }, description: 'Language of the CSV header and labels' },
      ],
      responses: {
        '200': {
          description: 'One page (json), or the export',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['entries', 'total', 'totalCapped', 'next', 'dataAsOf'],
                properties: {
                  entries: { type: 'array', items: { $ref: '#/components/schemas/Commitment' } },
                  total: { type: 'integer', description: 'Counted up to 10,000' },
                  totalCapped: { type: 'boolean', description: 'More than `total` commitments match' },
                  next: { type: ['string', 'null'], description: 'Pass as `after` for the next page; null on the last' },
                  dataAsOf: { type: 'string', format: 'date' },
                },
              },
            },
            'text/csv': { schema: { type: 'string' } },
            'application/x-ndjson': { schema: { type: 'string' } },
          },
        },
        '400': errorResponse('A parameter is invalid; `error.param` names it'),
        '429': errorResponse('Too many requests or exports from this address'),
      },
    },
  },
} as const;

export const commitmentSchemas = {
  Commitment: {
    type: 'object',
    required: [
      'id',
      'uscc',
      'name',
      'procedureCode',
      'procedure',
      'title',
      'docNo',
      'signedOn',
      'collectedOn',
      'status',
      'department',
      'departmentCode',
      'brokenRecordId',
    ],
    properties: {
      id: { type: 'string', description: 'The record id (anchor #record-{id} on the firm’s profile)' },
      uscc: { type: 'string' },
      name: { type: 'string' },
      procedureCode: { type: ['string', 'null'] },
      procedure: { type: ['string', 'null'], description: 'The template’s title (zh-CN)' },
      title: { type: 'string' },
      docNo: { type: ['string', 'null'] },
      signedOn: { type: 'string', format: 'date' },
      collectedOn: { type: 'string', format: 'date' },
      status: { type: 'string', enum: [...COMMITMENT_STATUSES] },
      department: { type: 'string' },
      departmentCode: { type: 'string' },
      brokenRecordId: { type: ['string', 'null'], description: 'The public broken_commitment record of a broken commitment, when there is one' },
    },
  },
} as const;
