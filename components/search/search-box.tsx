'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { CreditLevel } from '@/lib/domain/vocabulary';
import { LevelBadge } from '@/components/ui/level-badge';
import { useRouter } from '@/lib/i18n/navigation';

interface Suggestion {
  uscc: string;
  name: string;
  creditLevel: CreditLevel;
}

/**
 * Search form with a typeahead (ARIA 1.2 combobox). Without JavaScript it is a plain GET form
 * to /{locale}/search; with it, suggestions appear as the user types.
 */
export function SearchBox({ defaultValue = '', autoFocus = false, size = 'lg' }: { defaultValue?: string; autoFocus?: boolean; size?: 'lg' | 'md' }) {
  const t = useTranslations('SearchBox');
  const tl = useTranslations('Levels');
  const locale = useLocale();
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [query, setQuery] = useState(defaultValue);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const abortRef = useRef<AbortController | null>(null);
  const router = useRouter();

  useEffect(() => {
    const q = query.trim();
    if (q.length === 0) return;
    const timer = setTimeout(async () => {
      abortRef.current?.abort();
      const controller = new AbortController();
      abortRef.current = controller;
      try {
        const res = await fetch(`/api/v1/search?q=${encodeURIComponent(q)}&limit=8`, { signal: controller.signal });
        if (!res.ok) return;
        const body = (await res.json()) as { hits: Suggestion[] };
        setItems(body.hits);
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted or offline: the plain form still works.
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);

  const go = (s: Suggestion) => {
    router.push(`/entities/${s.uscc}`);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (!open || items.length === 0) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (e.key === 'Enter' && active >= 0) {
      const chosen = items[active];
      if (chosen) {
        e.preventDefault();
        go(chosen);
      }
    }
  };

  const showList = open && items.length > 0;
  const inputSize = size === 'lg' ? 'text-lg py-3' : 'text-base py-2';

  return (
    <form action={`/${locale}/search`} method="get" role="search" className="relative w-full">
      <label htmlFor={`${id}-q`} className={size === 'lg' ? 'mb-2 block font-semibold' : 'sr-only'}>
        {t('label')}
      </label>
      <div className="flex gap-2">
        <div className="relative flex-1">
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            value={query}
            autoFocus={autoFocus}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            placeholder={t('placeholder')}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listId}
            aria-describedby={hintId}
            aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
            onChange={(e) => {
              setQuery(e.target.value);
              if (!e.target.value.trim()) setItems([]);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            className={`w-full rounded-md border-2 border-slate-500 bg-white px-3 ${inputSize} focus:border-brand-700`}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t('suggestions')}
            hidden={!showList}
            className="absolute top-full right-0 left-0 z-20 mt-1 max-h-96 overflow-auto rounded-md border border-slate-300 bg-white shadow-lg"
          >
            {items.map((s, i) => (
              <li
                key={s.uscc}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  go(s);
                }}
                className={`flex cursor-pointer items-center justify-between gap-3 px-3 py-2 ${i === active ? 'bg-brand-50' : ''}`}
              >
                <span className="min-w-0">
                  <span className="block truncate">{s.name}</span>
                  <span className="block font-mono text-xs text-slate-600">{s.uscc}</span>
                </span>
                <LevelBadge level={s.creditLevel} label={tl(s.creditLevel)} ariaLabel={tl('badgeLabel', { level: tl(s.creditLevel) })} />
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className={`rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 ${inputSize}`}>
          {t('submit')}
        </button>
      </div>
      <p id={hintId} className="mt-2 text-sm text-slate-600">
        {t('hint')}
      </p>
      <p aria-live="polite" className="sr-only">
        {query.trim() && open ? t('suggestionsCount', { count: items.length }) : ''}
      </p>
    </form>
  );
}
