// Types of edge-seen.mjs (plain JavaScript so that scripts/serve.mjs runs it under plain Node).
/** How long a mark lasts, in milliseconds. */
export const EDGE_SEEN_MS: number;
/** The Redis key of a path's mark. */
export function edgeSeenKey(path: string): string;
/** Opens the connection ahead of the first mark. */
export function connectEdgeSeen(redisUrl: string | undefined): void;
/** Notes that the front server just fetched `path` (best effort: never throws, never waits). */
export function markEdgeSeen(redisUrl: string | undefined, path: string): void;
/** For each path, whether the front server may still hold a copy (all true when unknown). */
export function edgeSeen(redisUrl: string | undefined, paths: readonly string[]): Promise<boolean[]>;
/** Closes the connections. */
export function closeEdgeSeen(): Promise<void>;
