// Production start checks (issue 15, finding 6), plain JavaScript so that scripts/serve.mjs can run
// them under plain Node before it loads Next. A site process with NODE_ENV=production refuses to
// start when it would sign forms with a secret nobody chose (APP_SECRET missing), sign credit reports
// with a key nobody keeps (REPORT_SIGNING_KEY missing) or announce a
// non-HTTPS origin (SITE_URL), unless ALLOW_INSECURE_LOCAL=1 says it is a local run, which only
// loopback origins may claim (the test suite, the demo and the one-machine cluster serve a
// production build on http://127.0.0.1).

import { createPrivateKey } from 'node:crypto';

const DEFAULT_SITE_URL = 'http://localhost:3000';

/**
 * Whether a URL's host is this machine only (localhost, 127.0.0.0/8, ::1).
 * @param {string} url
 */
export function isLoopbackUrl(url) {
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * A private key from REPORT_SIGNING_KEY's two forms, PKCS#8 PEM or its DER in base64; throws when
 * it is neither. The site signs with it (lib/reports/signature.ts) once this check let it start.
 * @param {string} text
 * @returns {import('node:crypto').KeyObject}
 */
export function readPrivateKey(text) {
  return text.includes('-----BEGIN') ? createPrivateKey(text) : createPrivateKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'pkcs8' });
}

/**
 * Why REPORT_SIGNING_KEY cannot sign reports (not an Ed25519 private key), or null when it can.
 * @param {string} text
 * @returns {string | null}
 */
export function signingKeyProblem(text) {
  let key;
  try {
    key = readPrivateKey(text);
  } catch {
    return 'REPORT_SIGNING_KEY cannot be read: give an Ed25519 private key as PKCS#8 PEM or as its DER in base64.';
  }
  return key.asymmetricKeyType === 'ed25519' ? null : `REPORT_SIGNING_KEY is a ${key.asymmetricKeyType} key: credit reports are signed with Ed25519.`;
}

/**
 * Everything that keeps a production site process from starting, one clear sentence each naming
 * the variable; empty outside production.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function productionConfigProblems(env) {
  if (env.NODE_ENV !== 'production') return [];
  const problems = [];
  const siteUrl = env.SITE_URL || DEFAULT_SITE_URL;
  const insecureLocal = env.ALLOW_INSECURE_LOCAL === '1';
  if (env.ALLOW_INSECURE_LOCAL !== undefined && env.ALLOW_INSECURE_LOCAL !== '' && env.ALLOW_INSECURE_LOCAL !== '0' && !insecureLocal) {
    problems.push(`ALLOW_INSECURE_LOCAL must be 1 (a local run) or unset; it is "${env.ALLOW_INSECURE_LOCAL}".`);
  }
  let protocol = '';
  try {
    protocol = new URL(siteUrl).protocol;
  } catch {
    problems.push(`SITE_URL is not a valid URL ("${siteUrl}"): set it to the site's public https:// origin.`);
  }
  if (insecureLocal) {
    if (protocol && !isLoopbackUrl(siteUrl)) {
      problems.push(
        `ALLOW_INSECURE_LOCAL=1 is only for local runs: SITE_URL must then be a loopback origin (localhost, 127.0.0.1, [::1]), not "${siteUrl}". In production unset ALLOW_INSECURE_LOCAL and set SITE_URL to the https:// origin and APP_SECRET.`,
      );
    }
  } else {
    if (protocol && protocol !== 'https:') {
      problems.push(
        `SITE_URL must be an https:// origin in production (it is "${siteUrl}"${env.SITE_URL ? '' : ', the default'}). For a local run of a production build on a loopback address, set ALLOW_INSECURE_LOCAL=1.`,
      );
    }
    if (!env.APP_SECRET) {
      problems.push(
        'APP_SECRET is not set: production needs its own random secret of at least 32 characters to sign form tokens and challenges (e.g. `openssl rand -base64 48`), the same on every site process.',
      );
    }
    if (!env.REPORT_SIGNING_KEY) {
      problems.push(
        'REPORT_SIGNING_KEY is not set: production needs its own Ed25519 private key to sign credit reports (PKCS#8 PEM or its DER in base64, e.g. `openssl genpkey -algorithm ed25519`), the same on every site process and kept across deployments, or reports issued earlier can no longer be verified.',
      );
    }
  }
  if (env.REPORT_SIGNING_KEY) {
    const keyProblem = signingKeyProblem(env.REPORT_SIGNING_KEY);
    if (keyProblem) problems.push(keyProblem);
  }
  if (env.APP_SECRET && env.REVALIDATE_SECRET && env.APP_SECRET === env.REVALIDATE_SECRET) {
    problems.push('APP_SECRET and REVALIDATE_SECRET are the same value: give each secret its own random value.');
  }
  return problems;
}

/**
 * Throws one Error listing every problem (serve.mjs prints it and exits 1).
 * @param {Record<string, string | undefined>} env
 */
export function assertProductionConfig(env) {
  const problems = productionConfigProblems(env);
  if (problems.length > 0) {
    throw new Error(`Refusing to start with NODE_ENV=production:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
