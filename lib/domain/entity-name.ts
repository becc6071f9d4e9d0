// How entity names are compared: intake matching, name search and the seed all fold names the same way.

/** Folds full-width brackets to half-width and removes spaces, as names are compared. */
export function normalizeEntityName(name: string): string {
  return name
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[\s\u3000]+/g, '');
}
