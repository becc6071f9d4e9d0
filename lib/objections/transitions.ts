// The state machine of objections and repair requests: which staff action applies to which kind,
// from which statuses, to which status and record status. Pure; the decision mutation
// (lib/db/mutations/decide-application.ts) enforces it and the staff detail page offers only the
// actions it allows.
import type { ApplicationEvent, ApplicationKind, ApplicationStatus } from '../domain/objections';
import { OPEN_APPLICATION_STATUSES } from '../domain/objections';
import type { RecordStatus, StaffRole } from '../domain/vocabulary';

export const DECISION_ACTIONS = ['suspend', 'resume', 'correct', 'revoke', 'uphold', 'approve', 'refuse', 'reassign'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export interface Transition {
  kinds: readonly ApplicationKind[];
  from: readonly ApplicationStatus[];
  /** The application's new status; none for reassign (only the department changes). */
  to?: ApplicationStatus;
  event: ApplicationEvent;
  /** What happens to the record objected to: a status, 'restore' (back to before the objection), or nothing. */
  record?: RecordStatus | 'restore';
  /** Offered only when the application names a record (suspend, resume, correct, revoke act on it). */
  needsRecord?: boolean;
  /** Only admins may take it (reassign moves an item between departments). */
  adminOnly?: boolean;
}

/** Which action applies to which kind, from which statuses, to which status and record status. */
export const TRANSITIONS: Readonly<Record<DecisionAction, Transition>> = {
  suspend: { kinds: ['objection'], from: ['open'], to: 'suspended', event: 'suspended', record: 'suspended', needsRecord: true },
  resume: { kinds: ['objection'], from: ['suspended'], to: 'open', event: 'resumed', record: 'under_objection', needsRecord: true },
  correct: { kinds: ['objection'], from: ['open', 'suspended'], to: 'corrected', event: 'corrected', record: 'corrected', needsRecord: true },
  revoke: { kinds: ['objection'], from: ['open', 'suspended'], to: 'revoked', event: 'revoked', record: 'revoked', needsRecord: true },
  uphold: { kinds: ['objection'], from: ['open', 'suspended'], to: 'upheld', event: 'upheld', record: 'restore' },
  approve: { kinds: ['repair'], from: ['open'], to: 'approved', event: 'approved', record: 'repaired' },
  refuse: { kinds: ['repair'], from: ['open'], to: 'refused', event: 'refused' },
  reassign: { kinds: ['objection', 'repair'], from: ['open', 'suspended'], event: 'reassigned', adminOnly: true },
};

/** Whether an application is still being reviewed (no decision yet). */
export function isOpenApplication(status: ApplicationStatus): boolean {
  return (OPEN_APPLICATION_STATUSES as readonly ApplicationStatus[]).includes(status);
}

/** Whether `action` applies to an application of `kind` in `status` (the mutation's state check). */
export function canTransition(action: DecisionAction, kind: ApplicationKind, status: ApplicationStatus): boolean {
  const rule = TRANSITIONS[action];
  return rule.kinds.includes(kind) && rule.from.includes(status);
}

/** Whether a transition ends the review (a decision with a written reply), as opposed to suspend/resume/reassign. */
export function isFinalTransition(rule: Transition): boolean {
  return rule.to !== undefined && !isOpenApplication(rule.to);
}

/** The actions the detail page offers a staff member for an application, in the order it shows them. */
export function availableActions(app: { kind: ApplicationKind; status: ApplicationStatus; hasRecord: boolean }, staff: { role: StaffRole }): DecisionAction[] {
  return DECISION_ACTIONS.filter((action) => {
    const rule = TRANSITIONS[action];
    if (rule.needsRecord && !app.hasRecord) return false;
    if (rule.adminOnly && staff.role !== 'admin') return false;
    return canTransition(action, app.kind, app.status);
  });
}
