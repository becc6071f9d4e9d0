import type { CreditLevel } from '@/lib/domain/vocabulary';

const STYLES: Record<CreditLevel, string> = {
  green: 'bg-[#e7f5ec] text-[#0f5323] ring-[#1a7f37]',
  yellow: 'bg-[#fff4cc] text-[#5f3b00] ring-[#b7791f]',
  red: 'bg-[#b71c1c] text-white ring-[#7f1010]',
  black: 'bg-[#111827] text-white ring-black',
};

// A distinct shape per level, so colour is never the only signal (WCAG 1.4.1). Drawn in a 20×20 box.
export const LEVEL_ICON_PATHS: Record<CreditLevel, string> = {
  green: 'M5 10.5l3 3 7-7',
  yellow: 'M10 5v6M10 14.5v.5',
  red: 'M6 6l8 8M14 6l-8 8',
  black: 'M5 10h10M5 6.5h10M5 13.5h10',
};

export interface LevelBadgeProps {
  level: CreditLevel;
  /** The level in words, e.g. 良好. */
  label: string;
  /** Accessible name, e.g. 信用等级：良好. */
  ariaLabel?: string;
  size?: 'sm' | 'lg';
}

/** A credit level badge: colour, shape and words; carries data-level for tests and styling. */
export function LevelBadge({ level, label, ariaLabel, size = 'sm' }: LevelBadgeProps) {
  const sizing = size === 'lg' ? 'gap-2 px-3 py-1.5 text-lg' : 'gap-1 px-2 py-0.5 text-sm';
  return (
    <span
      data-level={level}
      role="img"
      aria-label={ariaLabel ?? label}
      className={`inline-flex shrink-0 items-center rounded-full font-semibold whitespace-nowrap ring-1 ring-inset ${sizing} ${STYLES[level]}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className={size === 'lg' ? 'h-5 w-5' : 'h-4 w-4'}
        fill="none"
        stroke="currentColor"
        strokeWidth={2.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={LEVEL_ICON_PATHS[level]} />
      </svg>
      <span aria-hidden="true">{label}</span>
    </span>
  );
}
