/** Text with the matched parts marked; segments come pre-parsed, no HTML is injected. */
export function Highlighted({ segments, fallback }: { segments?: { text: string; hit: boolean }[]; fallback: string }) {
  if (!segments || segments.length === 0) return <>{fallback}</>;
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}
