// Types of request-guard.mjs (plain JavaScript so that scripts/serve.mjs runs under plain Node).
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

/** Body limits in bytes, by route family. */
export const BODY_LIMITS: Readonly<Record<'evidence' | 'upload' | 'intake' | 'internal' | 'verify' | 'signIn' | 'staff' | 'other', number>>;
/** The largest body a request to `pathname` may carry. */
export function bodyLimitFor(pathname: string): number;
/** Whether the path's percent-encoding cannot be decoded. */
export function hasMalformedPath(url: string): boolean;
/** Whether a request is a server action from another origin. */
export function isCrossOriginAction(req: { method?: string; url?: string; headers: IncomingHttpHeaders }): boolean;
/** The locale a path names, else the default. */
export function localeOfPath(pathname: string): string;
/** The body of a refusal: JSON under /api/, else a small translated page. */
export function refusal(status: 400 | 403 | 413, url: string, acceptLanguage: string | undefined, limit?: number): { contentType: string; body: string };
/** Runs the guards; true when the request was refused and must not reach Next. */
export function guardRequest(req: IncomingMessage, res: ServerResponse): boolean;
/** The refusal pages' Content-Security-Policy, nosniff and Referrer-Policy. */
export const REFUSAL_SECURITY_HEADERS: Readonly<Record<string, string>>;
