import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../lib/api/openapi';

const doc = buildOpenApiDocument('https://credit.example') as unknown as Record<string, unknown>;

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with info, servers and paths', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc).toHaveProperty('info.title');
    expect(doc).toHaveProperty('servers.0.url', 'https://credit.example');
    expect(Object.keys(doc.paths as object)).toEqual(
      expect.arrayContaining(['/api/v1/entities/{uscc}', '/api/v1/search', '/api/v1/lists/{slug}', '/api/v1/reports/{reportNo}', '/api/v1/reports/public-key']),
    );
  });

  it('resolves every $ref', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(5);
    for (const ref of all) {
      expect(ref.startsWith('#/')).toBe(true);
      const target = ref
        .slice(2)
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('declares every path parameter and gives every operation an id and a 200', () => {
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(
      doc.paths as Record<
        string,
        Record<string, { operationId: string; parameters?: { name: string; in: string; required?: boolean }[]; responses: Record<string, unknown> }>
      >,
    )) {
      for (const op of Object.values(item)) {
        expect(ids.has(op.operationId)).toBe(false);
        ids.add(op.operationId);
        expect(op.responses).toHaveProperty('200');
        for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
          expect(op.parameters?.find((p) => p.name === name && p.in === 'path' && p.required)).toBeTruthy();
        }
      }
    }
  });
});
