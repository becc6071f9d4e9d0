// OpenAPI fragments of the intake area: the department intake API (Bearer tokens), the import
// templates and the timeliness statistics. Merged into the document by lib/api/openapi.ts.
import { INTAKE_MAX_ITEMS } from '../domain/intake';
import { ENTITY_STATUSES, ENTITY_TYPES, RECORD_KINDS, SEVERITIES } from '../domain/vocabulary';

const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const intakeErrors = {
  '400': error(`Malformed body, not an array, empty, or more than ${INTAKE_MAX_ITEMS} items: nothing is committed`),
  '401': error('Missing, wrong or revoked token (WWW-Authenticate: Bearer)'),
  '413': error('Body above 16 MB (refused as it streams): nothing is committed'),
  '415': error('Content-Type is not application/json: nothing is committed'),
};
const date = { type: 'string', format: 'date' } as const;
const bearer = [{ departmentToken: [] }];
/** A JSON body of one required array, `{ <key>: [items…] }`, at most INTAKE_MAX_ITEMS long. */
const batchBody = (key: string, items: object) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', required: [key], properties: { [key]: { type: 'array', maxItems: INTAKE_MAX_ITEMS, items } } } } },
});
const result = (schema: string) => ({
  description: 'Per-item outcome',
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});

export const intakePaths = {
  '/api/v1/intake/records': {
    post: {
      operationId: 'postIntakeRecords',
      summary: `Push up to ${INTAKE_MAX_ITEMS} records (idempotent by sourceRef per department; a changed item makes a new version)`,
      description:
        'Valid items commit; invalid ones are listed in `rejected` with a message in the Accept-Language locale (zh-CN default). Firms are matched by USCC, else registration number, organisation code, tax number or exact name; items that match no firm, or several, wait in the unmatched queue for staff (`queued`). An item with a natural person’s ID number (GB 11643, 18 digits with a valid check character, or the 15-digit old form) in any text field is rejected naming the field; an 18-digit ID number is never taken for a USCC or tax number.',
      security: bearer,
      requestBody: batchBody('records', { $ref: '#/components/schemas/IntakeRecord' }),
      responses: { '200': result('IntakeResult'), ...intakeErrors },
    },
    delete: {
      operationId: 'retractIntakeRecords',
      summary: "Retract the department's own records by sourceRef (hidden and no longer counted; history kept)",
      security: bearer,
      requestBody: batchBody('sourceRefs', { type: 'string' }),
      responses: { '200': result('IntakeResult'), ...intakeErrors },
    },
  },
  '/api/v1/intake/entities': {
    post: {
      operationId: 'postIntakeEntities',
      summary: `Push up to ${INTAKE_MAX_ITEMS} registrations (registration authorities only; upsert by USCC)`,
      description:
        'A registration authority creates firms and updates only the firms it registers. An item about a firm registered by another authority (or with none on file) is rejected for that item (`rejected`, field `uscc`, naming the firm’s registrar) while the other items apply; a firm moves to another registrar only by an audited staff transfer.',
      security: bearer,
      requestBody: batchBody('entities', { $ref: '#/components/schemas/IntakeEntity' }),
      responses: { '200': result('IntakeResult'), ...intakeErrors, '403': error('The department is not a registration authority') },
    },
  },
  '/api/v1/intake/complaints': {
    post: {
      operationId: 'postIntakeComplaints',
      summary: `Push up to ${INTAKE_MAX_ITEMS} months of 12345 hotline complaint figures (idempotent by sourceRef per department; a re-sent month replaces the figures)`,
      description:
        'One item is one firm’s calendar month: complaints received and resolved. The figures sent last for a firm and month replace the earlier ones, whoever sent them; the same sourceRef sent again unchanged changes nothing, and sent for another firm or month moves the figures there. The firm is re-rated within seconds (4 or more complaints in the two-year window: red at a resolution rate of 50% or below, yellow below 80%). Firms are matched as for records; an item whose firm is unknown or uncertain is rejected (send it again once the firm is registered), as is a resolved count above the received one, a month after the current one or not written YYYY-MM, and the same firm-month twice in one call. Messages in the Accept-Language locale.',
      security: bearer,
      requestBody: batchBody('complaints', { $ref: '#/components/schemas/IntakeComplaint' }),
      responses: { '200': result('IntakeResult'), ...intakeErrors },
    },
  },
  '/api/v1/intake/templates/{file}': {
    get: {
      operationId: 'getIntakeTemplate',
      summary:
        'Import template with Chinese column headers, CSV (UTF-8 with BOM) or XLSX: <kind>.csv|.xlsx for a record kind, support.csv|.xlsx for support received, complaints.csv|.xlsx for 12345 complaint figures',
      parameters: [
        {
          name: 'file',
          in: 'path',
          required: true,
          schema: { type: 'string', pattern: `^(${[...RECORD_KINDS, 'support', 'complaints'].join('|')})\\.(csv|xlsx)$` },
        },
      ],
      responses: {
        '200': {
          description: 'The template',
          content: {
            'text/csv': { schema: { type: 'string' } },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
          },
        },
        '404': error('No such template'),
      },
    },
  },
  '/api/v1/stats/timeliness': {
    get: {
      operationId: 'getTimeliness',
      summary: 'On-time collection rate per department and per kind against the 7 / 20 working-day rules',
      parameters: [{ name: 'months', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 120, default: 12 } }],
      responses: {
        '200': { description: 'The report', content: { 'application/json': { schema: { $ref: '#/components/schemas/TimelinessReport' } } } },
        '400': error('Bad months'),
      },
    },
  },
} as const;

const group = {
  records: { type: 'integer' },
  onTime: { type: 'integer' },
  onTimeRate: { type: ['number', 'null'] },
  averageLag: { type: ['number', 'null'], description: 'Mean working days from production to collection' },
};

export const intakeSchemas = {
  IntakeRecord: {
    type: 'object',
    required: ['sourceRef', 'kind', 'title', 'decisionDate'],
    description: 'Identify the firm by one of uscc, regNo, orgCode, taxNo or entityName (tried in that order; a USCC is authoritative).',
    properties: {
      sourceRef: { type: 'string', maxLength: 100, description: "The department's own reference (idempotency key)" },
      uscc: { type: 'string' },
      regNo: { type: 'string', pattern: '^\\d{15}$' },
      orgCode: { type: 'string', description: '9 characters, hyphen optional' },
      taxNo: { type: 'string', description: '18-character USCC or 15-character tax registration number' },
      entityName: { type: 'string', description: 'Exact name (brackets and spaces normalised)' },
      kind: { type: 'string', enum: [...RECORD_KINDS] },
      title: { type: 'string', maxLength: 500 },
      docNo: { type: 'string' },
      decisionDate: { ...date, description: 'Not in the future' },
      producedOn: { ...date, description: 'Default: decisionDate; timeliness is measured from it' },
      severity: {
        type: 'string',
        enum: [...SEVERITIES],
        description:
          'Penalties only (required for them): minor is the simple procedure (other information, does not count toward the level); specific_serious cannot be repaired before its maximum period',
      },
      publicityEnd: {
        ...date,
        description:
          'Last public day. Default: the publicity catalogue’s maximum for the kind and severity (GET /api/v1/catalogue); outside the catalogue’s minimum and maximum the item is rejected',
      },
      listedOn: { ...date, description: 'List entries only' },
      removedOn: { ...date, description: 'List entries only' },
      removalReason: { type: 'string' },
      grounds: { type: 'string' },
      content: { type: 'string' },
      legalBasis: { type: 'string', description: 'Required for department_blacklist' },
      listName: { type: 'string', maxLength: 200, description: 'department_blacklist only (required): the name of the department’s blacklist' },
    },
  },
  IntakeComplaint: {
    type: 'object',
    required: ['sourceRef', 'month', 'received', 'resolved'],
    description: 'Identify the firm by one of uscc, regNo, orgCode, taxNo or entityName, as for IntakeRecord.',
    properties: {
      sourceRef: { type: 'string', maxLength: 100, description: "The department's own reference (idempotency key)" },
      uscc: { type: 'string' },
      regNo: { type: 'string', pattern: '^\\d{15}$' },
      orgCode: { type: 'string' },
      taxNo: { type: 'string' },
      entityName: { type: 'string' },
      month: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'Calendar month YYYY-MM, not after the current month' },
      received: { type: 'integer', minimum: 0, maximum: 32767, description: 'Complaints received in the month' },
      resolved: { type: 'integer', minimum: 0, maximum: 32767, description: 'Of them, resolved; not more than received' },
    },
  },
  IntakeEntity: {
    type: 'object',
    required: ['uscc', 'name', 'type', 'legalRepresentative', 'establishedOn', 'address', 'districtCode', 'status'],
    properties: {
      uscc: { type: 'string' },
      regNo: { type: 'string' },
      name: { type: 'string' },
      type: { type: 'string', enum: [...ENTITY_TYPES] },
      legalRepresentative: { type: 'string' },
      registeredCapital: { type: 'number', description: '10,000 CNY' },
      establishedOn: date,
      businessTermFrom: { ...date, description: '营业期限 from; give businessTermTo with it' },
      businessTermTo: { type: 'string', description: '营业期限 to: YYYY-MM-DD, or "indefinite" for a term without end (长期); not before businessTermFrom' },
      address: { type: 'string' },
      districtCode: { type: 'string', pattern: '^\\d{6}$' },
      industryCode: { type: 'string', pattern: '^[A-T]\\d{2}$' },
      status: { type: 'string', enum: [...ENTITY_STATUSES] },
      formerNames: { type: 'array', items: { type: 'string' } },
      aliases: { type: 'array', items: { type: 'string' } },
      headOfficeUscc: {
        type: 'string',
        description: 'A branch’s head office (总公司) by its USCC; absent = not a branch. A head office not on file leaves the link empty, with a warning',
      },
    },
  },
  IntakeIssue: { type: 'object', properties: { index: { type: 'integer' }, field: { type: 'string' }, message: { type: 'string' } } },
  IntakeResult: {
    type: 'object',
    required: ['accepted', 'updated', 'rejected'],
    properties: {
      accepted: { type: 'integer', description: 'Valid items taken in' },
      created: { type: 'integer' },
      updated: { type: 'integer', description: 'Items that changed (or retracted) an existing record' },
      unchanged: { type: 'integer' },
      queued: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            index: { type: 'integer' },
            sourceRef: { type: 'string' },
            reason: { type: 'string', enum: ['not_found', 'name_ambiguous', 'code_ambiguous'] },
            message: { type: 'string' },
          },
        },
      },
      rejected: { type: 'array', items: { $ref: '#/components/schemas/IntakeIssue' } },
      warnings: { type: 'array', items: { $ref: '#/components/schemas/IntakeIssue' } },
    },
  },
  TimelinessReport: {
    type: 'object',
    properties: {
      from: date,
      to: date,
      rules: {
        type: 'object',
        properties: { shortLimit: { type: 'integer' }, longLimit: { type: 'integer' }, limits: { type: 'object', additionalProperties: { type: 'integer' } } },
      },
      departments: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'object' }, ...group } } },
      kinds: {
        type: 'array',
        items: { type: 'object', properties: { kind: { type: 'string', enum: [...RECORD_KINDS] }, limit: { type: 'integer' }, ...group } },
      },
      total: { type: 'object', properties: group },
    },
  },
} as const;

export const intakeSecuritySchemes = {
  departmentToken: { type: 'http', scheme: 'bearer', description: 'Department API token (`npm run intake:token`); intake endpoints only' },
} as const;
