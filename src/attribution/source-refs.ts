/*
 * The `sources` component list as it arrives from REST, GraphQL, the Document Service or the
 * admin panel, and as it is rebuilt: editor entries kept as they are, detected entries
 * recomputed, and a new translation's entries inherited from the version it was made from.
 * Pure: the caller supplies look-ups for the database.
 */

export interface SourceRefInput {
  id?: number;
  source?: unknown;
  quotedAs?: string | null;
  originalUrl?: string | null;
  originalHeadline?: string | null;
  role?: 'origin' | 'quoted' | null;
  detected?: boolean | null;
  inheritedFrom?: string | null;
  [key: string]: unknown;
}

export interface StoredSourceRef {
  id: number;
  quotedAs: string | null;
  originalUrl: string | null;
  originalHeadline: string | null;
  role: 'origin' | 'quoted' | null;
  detected: boolean | null;
  /** The locale this entry was inherited from, when it came with the translation. */
  inheritedFrom?: string | null;
  source: { id: number } | null;
}

export interface DetectedSource {
  sourceId: number;
  sourceDocumentId: string;
  quotedAs: string;
}

/** A source of the version a translation was made from, for the translation to inherit. */
export interface InheritedSource {
  sourceId: number;
  sourceDocumentId: string;
  fromLocale: string;
  quotedAs: string | null;
  role: 'origin' | 'quoted' | null;
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
  /** Sources a new translation takes from the version it was made from (none otherwise). */
  inherited?: InheritedSource[];
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
 * Editor entries (detected !== true, inherited ones included once stored) are kept untouched.
 * Detected entries are replaced by this write's detection, reusing the stored component (and
 * any URL or headline an editor added to it) when the same Source is detected again. Inherited
 * sources come last, marked with their locale. A Source already present is not added again.
 */
export function rebuildSourceRefs({
  incoming,
  stored,
  detected,
  inherited = [],
  sourceIdOf,
}: RebuildInput): RebuiltRefs {
  const storedById = new Map(stored.map((ref) => [ref.id, ref]));
  const current: SourceRefInput[] =
    // No `source`: an existing component keeps its relation when the write leaves it out.
    incoming ?? stored.map(({ source: _source, ...ref }) => storedAsInput(ref));

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

  const inheritedEntries: SourceRefInput[] = [];
  const inheritedIds: number[] = [];
  for (const source of inherited) {
    if (sourceIds.includes(source.sourceId)) continue;
    sourceIds.push(source.sourceId);
    inheritedIds.push(source.sourceId);
    inheritedEntries.push(inheritedEntry(source));
  }

  return {
    data: [...editorEntries, ...detectedEntries, ...inheritedEntries],
    sourceIds,
    entrySourceIds: [
      ...editorEntries.map((entry) => sourceIdOfEntry(entry)),
      ...detectedIds,
      ...inheritedIds,
    ],
  };
}

/** The entry a translation stores for a source it inherits. */
export function inheritedEntry(source: InheritedSource): SourceRefInput {
  return {
    source: source.sourceDocumentId,
    quotedAs: source.quotedAs,
    originalUrl: null,
    originalHeadline: null,
    role: source.role ?? 'origin',
    detected: false,
    inheritedFrom: source.fromLocale,
  };
}

/**
 * A translation's entries once the version it was made from changed its Sources from
 * `before` to `after`: inherited entries of a Source the origin dropped go, Sources the origin
 * added come in as inherited; what the translation names itself, and an inherited entry an
 * editor removed from it earlier, stay as they are. Null when nothing changes.
 */
export function followOrigin(
  translation: readonly StoredSourceRef[],
  originLocale: string,
  before: readonly number[],
  after: readonly InheritedSource[]
): SourceRefInput[] | null {
  const afterIds = new Set(after.map((source) => source.sourceId));
  const dropped = (ref: StoredSourceRef) =>
    ref.inheritedFrom === originLocale && ref.source !== null && !afterIds.has(ref.source.id);
  const kept = translation.filter((ref) => !dropped(ref));
  const present = new Set(kept.map((ref) => ref.source?.id));
  const added = after.filter(
    (source) => !before.includes(source.sourceId) && !present.has(source.sourceId)
  );
  if (kept.length === translation.length && added.length === 0) return null;
  return [
    ...kept.map((ref) => ({
      ...storedAsInput(ref),
      source: ref.source ? { id: ref.source.id } : null,
    })),
    ...added.map(inheritedEntry),
  ];
}

/** A stored entry as a write sends it back: the same component (by id), the same values. */
function storedAsInput(ref: Omit<StoredSourceRef, 'source'>): SourceRefInput {
  return {
    id: ref.id,
    quotedAs: ref.quotedAs,
    originalUrl: ref.originalUrl,
    originalHeadline: ref.originalHeadline,
    role: ref.role,
    detected: ref.detected,
    inheritedFrom: ref.inheritedFrom ?? null,
  };
}
