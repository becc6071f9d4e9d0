// The generic page-expiry outbox row (topic pages.expire): the worker reads its payload as the
// lease returns it, JSON text, and expires exactly the tags it names.
import { describe, expect, it } from 'vitest';
import { tagsOfPayloads } from '../../lib/db/mutations/pages-outbox';

describe('pages.expire payloads', () => {
  it('reads the tags of JSON text payloads, each once', () => {
    expect(tagsOfPayloads([JSON.stringify({ tags: ['measures', 'policies'] }), JSON.stringify({ tags: ['measures', 'catalogue'] })])).toEqual([
      'measures',
      'policies',
      'catalogue',
    ]);
  });

  it('names nothing for a malformed payload, and skips what is not a tag', () => {
    expect(tagsOfPayloads(['not json', '{}', JSON.stringify({ tags: 'measures' }), JSON.stringify({ tags: ['', 7, 'x'.repeat(201), 'ok'] })])).toEqual(['ok']);
  });
});
