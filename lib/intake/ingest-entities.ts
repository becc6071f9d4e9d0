// Intake of registration data from registration authorities (POST /api/v1/intake/entities):
// validate each item with the shared schema, upsert the valid ones in one transaction with their
// outbox rows and an audit entry, and match records that were waiting in the unmatched queue for
// a firm that has just registered. A registrar updates only the firms it registers: an item about
// another authority's firm is rejected for that item, naming the firm's registrar.
import { getSql } from '../db/client';
import { appendAudit } from '../db/mutations/append-audit';
import { inTransaction } from '../db/mutations/enqueue-entity-changes';
import { entityIdsByUscc, findQueuedForUsccs, upsertEntities, type EntityRow } from '../db/mutations/intake-entities';
import { ensureWorkCalendar, mergeQueuedItems } from '../db/mutations/intake-records';
import type { Locale } from '../domain/vocabulary';
import { ratingDate } from '../env';
import { logger } from '../log';
import { normalizeEntityName } from '../domain/entity-name';
import { validateUscc } from '../uscc';
import { entityItemSchema, INDEFINITE_TERM } from './entity-schema';
import { translateIssues, type IntakeActor, type TranslatedIssue } from './ingest-records';
import { parseItem, type ItemIssue } from './record-schema';

export interface EntityIntakeResult {
  accepted: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Queued records of other departments that this registration let the platform match. */
  matchedFromQueue: number;
  rejected: TranslatedIssue[];
  warnings: TranslatedIssue[];
}

/** Takes in registration items of a registration authority (see the module comment). */
export async function ingestEntities(options: {
  departmentId: number;
  departmentCode: string;
  items: readonly unknown[];
  locale: Locale;
  actor: IntakeActor;
}): Promise<EntityIntakeResult> {
  const today = ratingDate();
  const schema = entityItemSchema(today);
  const issues: ItemIssue[] = [];
  const warnings: ItemIssue[] = [];
  const rows: EntityRow[] = [];
  const indexOf = new Map<string, number>();
  const seen = new Set<string>();
  options.items.forEach((raw, index) => {
    const e = parseItem(schema, raw, index, issues);
    if (e === null) return;
    if (seen.has(e.uscc)) {
      issues.push({ index, field: 'uscc', code: 'duplicateUscc' });
      return;
    }
    seen.add(e.uscc);
    indexOf.set(e.uscc, index);
    const validation = validateUscc(e.uscc);
    const checksumValid = validation.ok && validation.warnings.length === 0;
    if (!checksumValid) warnings.push({ index, field: 'uscc', code: 'usccChecksum' });
    rows.push({
      uscc: e.uscc,
      uscc_checksum_valid: checksumValid,
      reg_no: e.regNo ?? null,
      name: e.name,
      name_normalized: normalizeEntityName(e.name),
      former_names: e.formerNames ?? [],
      aliases: e.aliases ?? [],
      type: e.type,
      legal_representative: e.legalRepresentative,
      registered_capital: e.registeredCapital ?? null,
      established_on: e.establishedOn,
      business_term_from: e.businessTermFrom ?? null,
      // Stored without an end date when the term is indefinite (长期).
      business_term_to: e.businessTermTo === INDEFINITE_TERM ? null : (e.businessTermTo ?? null),
      address: e.address,
      district_code: e.districtCode,
      industry_code: e.industryCode ?? null,
      status: e.status,
      head_office_uscc: e.headOfficeUscc ?? null,
    });
  });
  let outcome = { created: 0, updated: 0, unchanged: 0, matchedFromQueue: 0 };
  if (rows.length > 0) {
    await ensureWorkCalendar(getSql());
    // The closure touches nothing outside its transaction: a deadlock runs it again (inTransaction).
    const done = await inTransaction(async (tx) => {
      const result = await upsertEntities(tx, options.departmentId, rows);
      const waiting = await findQueuedForUsccs(tx, result.createdUsccs);
      let matchedFromQueue = 0;
      if (waiting.length > 0) {
        const ids = await entityIdsByUscc(tx, result.createdUsccs);
        const merged = await mergeQueuedItems(
          tx,
          waiting.flatMap((w) => (ids.has(w.uscc) ? [{ departmentId: w.departmentId, payload: w.payload, entityId: ids.get(w.uscc)! }] : [])),
          { collectedOn: today, resolvedBy: null },
        );
        matchedFromQueue = merged.reduce((n, m) => n + m.created + m.updated + m.unchanged, 0);
      }
      // A call that applied nothing changed nothing: no audit entry (as for a refused retraction).
      if (result.created + result.updated + result.unchanged + matchedFromQueue > 0) {
        await appendAudit(tx, {
          actorType: options.actor.type,
          actorId: options.actor.id,
          action: 'intake.entities',
          subjectType: 'department',
          subjectId: options.departmentCode,
          details: {
            items: options.items.length,
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
            matchedFromQueue,
            rejected: new Set([...issues.map((i) => i.index), ...result.notOwned.map((f) => indexOf.get(f.uscc)!)]).size,
            // Attempts on other registrars' firms, for whoever reviews the log.
            notOwned: result.notOwned.slice(0, 100).map((f) => ({ uscc: f.uscc, registrar: f.registrar?.code ?? null })),
            usccs: rows.slice(0, 100).map((r) => r.uscc),
          },
        });
      }
      return { result, matchedFromQueue };
    });
    const { result, matchedFromQueue } = done;
    // A head office that is not on file is left empty (the link is made when the item is posted again).
    for (const uscc of result.unknownHeadOffices) warnings.push({ index: indexOf.get(uscc)!, field: 'headOfficeUscc', code: 'headOfficeUnknown' });
    for (const firm of result.notOwned) {
      const index = indexOf.get(firm.uscc)!;
      issues.push(
        firm.registrar
          ? { index, field: 'uscc', code: 'registeredElsewhere', params: { registrar: firm.registrar[options.locale] } }
          : { index, field: 'uscc', code: 'noRegistrarOnFile' },
      );
    }
    if (result.notOwned.length > 0) {
      // Also in the application log when nothing else was applied (then there is no audit entry).
      logger.warn(
        { department: options.departmentCode, notOwned: result.notOwned.slice(0, 20).map((f) => f.uscc) },
        "intake: items about other registrars' firms refused",
      );
    }
    outcome = { created: result.created, updated: result.updated, unchanged: result.unchanged, matchedFromQueue };
  }
  return {
    accepted: outcome.created + outcome.updated + outcome.unchanged,
    ...outcome,
    rejected: translateIssues(
      issues.sort((x, y) => x.index - y.index),
      options.locale,
    ),
    warnings: translateIssues(warnings, options.locale),
  };
}
