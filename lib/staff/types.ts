import type { StaffIdentity } from '../db/queries/staff';

/** The signed-in staff member, as every back-office page and action sees them. */
export interface StaffUser extends StaffIdentity {
  id: number;
  /** Opaque id of the current session (binds anti-forgery tokens to it); not the cookie value. */
  sessionId: string;
}
