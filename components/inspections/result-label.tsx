// A result in words, with a border colour as a second signal only (WCAG 1.4.1: the word carries it).
import type { InspectionResult } from '@/lib/domain/inspections';

const TONE: Record<InspectionResult, string> = {
  passed: 'border-green-700 text-green-900',
  failed: 'border-red-700 text-red-900',
  correction_ordered: 'border-amber-600 text-amber-900',
  not_found: 'border-slate-500 text-slate-800',
  closed: 'border-slate-500 text-slate-800',
};

export function ResultLabel({ result, label }: { result: InspectionResult | null; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm ${result ? TONE[result] : 'border-slate-300 text-slate-700'}`}>{label}</span>;
}
