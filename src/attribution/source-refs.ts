/*
 * The `sources` component list as it arrives from REST, GraphQL, the Document Service or the
 * admin panel, and as it is rebuilt: editor entries kept as they are, detected entries
 * recomputed. Pure: the caller supplies look-ups for the database.
 */

export interface SourceRefInput {
  id?: number;
  source?: unknown;
  quotedAs?: string | null;
  originalUrl?: string | null;
  originalHeadline?: string | null;
  role?: 'origin' | 'quoted' | null;
  detected?: boolean | null;
  [key: string]: unknown;
}

export interface StoredSourceRef {
  id: number;
  quotedAs: string | null;
  originalUrl: string | null;
  originalHeadline: string | null;
  role: 'origin' | 'quoted' | null;
  detected: boolean | null;
  source: { id: number } | null;
}

export interface DetectedSource {
  sourceId: number;
  sourceDocumentId: string;
  quotedAs: string;
}

/** What a relation value in component data points at: a numeric id or a documentId. */
export type SourcePointer = { id: number } | { documentId: string };

/** Reads every shape Strapi 5 accepts for a relation value (shorthand, connect, set). */
export function pointerOf(value: unknown): SourcePointer | null {
  if (typeof value === 'number' && Number.isInteger(value)) return { id: value };
  if (typeof value === 'string' && value) return { documentId: value };
  if (Array.isArray(value)) return value.length > 0 ? pointerOf(value[value.length - 1]) : null;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'number') return { id: record.id };
    if (typeof record.documentId === 'string') return { documentId: record.documentId };
    for (const key of ['set', 'connect']) {
      if (key in record) return pointerOf(record[key]);
    }
  }
  return null;
}

export interface RebuildInput {
  /** `data.sources` of the write, or undefined when the write does not touch them. */
  incoming: SourceRefInput[] | undefined;
  /** The draft's current list. */
  stored: StoredSourceRef[];
  detected: DetectedSource[];
  /** Maps a pointer to a Source id (null when it points at nothing known). */
  sourceIdOf: (pointer: SourcePointer) => number | null;
}

export interface RebuiltRefs {
  data: SourceRefInput[];
  /** Source ids in display order: editor entries first, then detected ones. */
  sourceIds: number[];
  /** The Source of each entry of `data`, in the same order (null: an entry naming none). */
  entrySourceIds: (number | null)[];
}

/**
 * Editor entries (detected !== true) are kept untouched. Detected entries are replaced by
 * this write's detection, reusing the stored component (and any URL or headline an editor
 * added to it) when the same Source is detected again. A Source present as an editor entry
 * is not added again as a detected one.
 */
export function rebuildSourceRefs({
  incoming,
  stored,
  detected,
  sourceIdOf,
}: RebuildInput): RebuiltRefs {
  const storedById = new Map(stored.map((ref) => [ref.id, ref]));
  const current: SourceRefInput[] =
    incoming ??
    stored.map((ref) => ({
      id: ref.id,
      quotedAs: ref.quotedAs,
      originalUrl: ref.originalUrl,
      originalHeadline: ref.originalHeadline,
      role: ref.role,
      detected: ref.detected,
      // No `source`: an existing component keeps its relation when the write leaves it out.
    }));

  const sourceIdOfEntry = (entry: SourceRefInput): number | null => {
    const pointer = pointerOf(entry.source);
    if (pointer) return sourceIdOf(pointer);
    // An existing component sent back without its relation keeps the stored one.
    const storedRef = typeof entry.id === 'number' ? storedById.get(entry.id) : undefined;
    return storedRef?.source?.id ?? null;
  };

  const editorEntries = current.filter((entry) => entry.detected !== true);
  const previousDetected = new Map<number, SourceRefInput>();
  for (const entry of current.filter((e) => e.detected === true)) {
    const id = sourceIdOfEntry(entry);
    if (id !== null && !previousDetected.has(id)) previousDetected.set(id, entry);
  }

  const sourceIds: number[] = [];
  for (const entry of editorEntries) {
    const id = sourceIdOfEntry(entry);
    if (id !== null && !sourceIds.includes(id)) sourceIds.push(id);
  }

  const detectedEntries: SourceRefInput[] = [];
  const detectedIds: number[] = [];
  for (const found of detected) {
    if (sourceIds.includes(found.sourceId)) continue;
    sourceIds.push(found.sourceId);
    detectedIds.push(found.sourceId);
    const previous = previousDetected.get(found.sourceId);
    detectedEntries.push({
      ...(typeof previous?.id === 'number' ? { id: previous.id } : {}),
      source: found.sourceDocumentId,
      quotedAs: found.quotedAs,
      originalUrl: previous?.originalUrl ?? null,
      originalHeadline: previous?.originalHeadline ?? null,
      role: previous?.role ?? 'origin',
      detected: true,
    });
  }

  return {
    data: [...editorEntries, ...detectedEntries],
    sourceIds,
    entrySourceIds: [...editorEntries.map((entry) => sourceIdOfEntry(entry)), ...detectedIds],
  };
}
