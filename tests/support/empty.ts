// Stands in for 'server-only' under Vitest and Playwright (Node, not React Server Components).
export {};
