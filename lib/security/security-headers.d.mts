// Types of security-headers.mjs (plain JavaScript so that scripts/serve.mjs runs it under plain Node).
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CSP_HEADER: 'Content-Security-Policy';
/** Above this many inline scripts a cached page gets the 'unsafe-inline' policy instead of hashes. */
export const MAX_SCRIPT_HASHES: number;

export type ScriptSources = { nonce: string } | { hashes: readonly string[] } | { unsafeInline: true };

/** Whether a request path (no query) is a page rendered per request, which gets a nonce policy. */
export function isPerRequestPath(pathname: string): boolean;
/** The Content-Security-Policy of an HTML page. */
export function buildContentSecurityPolicy(options: { scripts: ScriptSources; https?: boolean; dev?: boolean }): string;
/** Headers for every response; HSTS only over HTTPS. */
export function baseSecurityHeaders(options: { https: boolean }): [string, string][];
/** The CSP sources ('sha256-…') of the inline scripts of an HTML document; null when there are too many. */
export function inlineScriptHashes(html: string): string[] | null;
/** Whether a request reached us over HTTPS (public origin, TLS socket, or a trusted proxy's X-Forwarded-Proto). */
export function isHttpsRequest(req: IncomingMessage, options: { siteHttps: boolean; trustForwardedProto: boolean }): boolean;
/** Options of createSecurityHeaders from the environment (SITE_URL, TRUSTED_PROXY_HOPS). */
export function securityOptionsFromEnv(
  env: Record<string, string | undefined>,
  extra?: { dev?: boolean },
): { siteHttps: boolean; trustForwardedProto: boolean; dev: boolean };
/** The serving layer's hook: call before Next handles the request. */
export function createSecurityHeaders(options?: {
  siteHttps?: boolean;
  trustForwardedProto?: boolean;
  dev?: boolean;
  /** Characters of remembered page policies (an LRU), default 4,000,000. */
  memoChars?: number;
}): (req: IncomingMessage, res: ServerResponse) => void;
