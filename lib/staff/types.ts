import type { StaffRole } from '../domain/vocabulary';

/** The signed-in staff member, as every back-office page and action sees them. */
export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
  departmentId: number;
  departmentCode: string;
  departmentName: string;
  /** Opaque id of the current session (binds anti-forgery tokens to it); not the cookie value. */
  sessionId: string;
}
