// Types of production-config.mjs (plain JavaScript so that scripts/serve.mjs runs it under plain Node).
/** Whether a URL's host is this machine only (localhost, 127.0.0.0/8, ::1). */
export function isLoopbackUrl(url: string): boolean;
/** Everything that keeps a production site process from starting, one sentence each naming the variable; empty outside production. */
export function productionConfigProblems(env: Record<string, string | undefined>): string[];
/** Throws one Error listing every problem. */
export function assertProductionConfig(env: Record<string, string | undefined>): void;
/** A private key from PKCS#8 PEM or its DER in base64; throws when it is neither. */
export function readPrivateKey(text: string): import('node:crypto').KeyObject;
/** Why REPORT_SIGNING_KEY cannot sign reports (not an Ed25519 PKCS#8 key, PEM or base64 DER), or null. */
export function signingKeyProblem(text: string): string | null;
