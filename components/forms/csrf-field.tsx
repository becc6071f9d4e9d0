/** The hidden anti-forgery field every state-changing form carries (lib/security/csrf.ts). */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}
