// Deep merge of message trees (the core file and each area's), shared by lib/i18n/messages and the
// test support that reads the same files without JSON imports (tests/support/messages.ts).
export type MessageTree = { [key: string]: string | MessageTree };

export function deepMerge(target: MessageTree, source: MessageTree): MessageTree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') deepMerge(existing, value);
    else target[key] = typeof value === 'object' ? deepMerge({}, value) : value;
  }
  return target;
}
