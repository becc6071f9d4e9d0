// The credit reports' part of the OpenAPI document (issue 16): checking an issued report, and the
// public key that checks its signature. The PDF itself is a page of the site, not of the API.
import { CREDIT_LEVELS, LOCALES } from '../domain/vocabulary';

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const rateHeaders = {
  'RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
  'RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
};
const tooMany = {
  ...errorResponse('Too many requests from this address'),
  headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } },
};
const SIGNED =
  'Ed25519 signature (base64url) over the UTF-8 bytes of the canonical JSON of `snapshot`: object keys sorted by UTF-16 code unit at every depth, no whitespace, strings and numbers as JSON.stringify writes them. Check it with the key from /api/v1/reports/public-key.';

export const reportPaths = {
  '/api/v1/reports/{reportNo}': {
    get: {
      operationId: 'getCreditReport',
      summary:
        'What an issued credit report stated (level, reasons, record count, issue time), its signed snapshot, and whether the firm’s level has changed since',
      parameters: [
        {
          name: 'reportNo',
          in: 'path',
          required: true,
          schema: { type: 'string', pattern: '^\\d{8}-[0-9A-HJKMNP-TV-Z]{16}$' },
          description: 'As printed on the report',
        },
      ],
      responses: {
        '200': { description: 'The report', headers: rateHeaders, content: { 'application/json': { schema: { $ref: '#/components/schemas/CreditReport' } } } },
        '404': errorResponse('No report has this number'),
        '429': tooMany,
      },
    },
  },
  '/api/v1/reports/public-key': {
    get: {
      operationId: 'getReportPublicKey',
      summary: 'The Ed25519 public key that checks credit report signatures',
      responses: {
        '200': {
          description: 'The key',
          headers: rateHeaders,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['algorithm', 'keyId', 'publicKeyPem'],
                properties: {
                  algorithm: { const: 'Ed25519' },
                  keyId: { type: 'string', description: 'First 16 hex digits of the SHA-256 of the key (SPKI DER)' },
                  publicKeyPem: { type: 'string' },
                  signedData: { type: 'string' },
                },
              },
            },
          },
        },
        '429': tooMany,
      },
    },
  },
} as const;

export const reportSchemas = {
  CreditReport: {
    type: 'object',
    required: ['reportNo', 'uscc', 'name', 'issuedAt', 'level', 'reasons', 'recordCount', 'levelChanged', 'signature', 'snapshot'],
    properties: {
      reportNo: { type: 'string' },
      uscc: { type: 'string' },
      name: { type: 'string' },
      locale: { type: 'string', enum: [...LOCALES], description: 'The language the report was issued in' },
      issuedAt: { type: 'string', format: 'date-time' },
      dataAsOf: { type: ['string', 'null'], format: 'date-time', description: 'When the published data last changed before issue' },
      level: { type: 'string', enum: [...CREDIT_LEVELS], description: 'The level the report stated' },
      reasons: { type: 'array', items: { $ref: '#/components/schemas/CreditReason' } },
      ruleVersion: { type: 'string' },
      ratedOn: { type: 'string', format: 'date' },
      recordCount: { type: 'integer', description: 'Public records of the firm when issued' },
      currentLevel: { type: ['string', 'null'], enum: [...CREDIT_LEVELS, null], description: 'The firm’s level today (null: no longer published)' },
      levelChanged: { type: 'boolean' },
      signature: {
        type: 'object',
        properties: {
          algorithm: { const: 'Ed25519' },
          keyId: { type: 'string' },
          snapshotSha256: { type: 'string', description: 'SHA-256 (hex) of the canonical JSON of `snapshot`' },
          value: { type: 'string', description: SIGNED },
          valid: { type: 'boolean', description: 'Whether the stored snapshot verifies with the site’s key' },
          signedData: { type: 'string' },
        },
      },
      snapshot: { type: 'object', description: 'Everything the report stated, as signed (no verification code, no personal data beyond the public profile)' },
    },
  },
} as const;
