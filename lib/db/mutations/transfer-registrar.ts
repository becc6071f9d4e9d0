// Moving a firm to another registration authority: the only way its registrar changes after it is
// registered (the intake API never does it). One transaction: the firm row, its outbox row (the
// profile names the registrar) and the audit entry naming the staff member and the reason.
// No 'server-only': scripts/transfer-registrar.ts runs it.
import { getSql } from '../client';
import { appendAudit } from './append-audit';
import { enqueueEntityChanges } from './enqueue-entity-changes';

export type TransferRegistrarOutcome =
  | { ok: true; entityId: number; from: string | null; to: string; changed: boolean }
  | { ok: false; reason: 'unknown_firm' | 'unknown_department' | 'not_a_registrar' | 'not_an_admin' };

/** Sets a firm's registrar to another registration authority, audited as the given admin's action. */
export async function transferRegistrarInDb(input: {
  uscc: string;
  toDepartmentCode: string;
  staffUserId: number;
  reason: string;
}): Promise<TransferRegistrarOutcome> {
  return getSql().begin(async (tx) => {
    const [staff] = await tx<{ role: string }[]>`select role::text as role from staff_users where id = ${input.staffUserId} and disabled_at is null`;
    if (staff?.role !== 'admin') return { ok: false, reason: 'not_an_admin' } as const;
    const [to] = await tx<
      { id: number; isRegistrar: boolean }[]
    >`select id, is_registrar as "isRegistrar" from departments where code = ${input.toDepartmentCode}`;
    if (!to) return { ok: false, reason: 'unknown_department' } as const;
    if (!to.isRegistrar) return { ok: false, reason: 'not_a_registrar' } as const;
    // The row lock serialises the transfer with registration intake of the same firm.
    const [firm] = await tx<{ id: number; from: string | null; fromId: number | null }[]>`
      select e.id::float8 as id, d.code as from, e.registrar_department_id as "fromId"
      from entities e left join departments d on d.id = e.registrar_department_id
      where e.uscc = ${input.uscc} for update of e`;
    if (!firm) return { ok: false, reason: 'unknown_firm' } as const;
    const changed = firm.fromId !== to.id;
    if (changed) {
      await tx`update entities set registrar_department_id = ${to.id}, updated_at = now() where id = ${firm.id}`;
      await enqueueEntityChanges(tx, [firm.id]);
    }
    await appendAudit(tx, {
      actorType: 'staff',
      actorId: String(input.staffUserId),
      action: 'entity.transfer_registrar',
      subjectType: 'entity',
      subjectId: input.uscc,
      details: { from: firm.from, to: input.toDepartmentCode, reason: input.reason, changed },
    });
    return { ok: true, entityId: firm.id, from: firm.from, to: input.toDepartmentCode, changed } as const;
  }) as Promise<TransferRegistrarOutcome>;
}
