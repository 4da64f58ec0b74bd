/*
 * What every string that reaches the database must be: PostgreSQL refuses NUL in text and in
 * jsonb (a 500 when it gets there), and a lone UTF-16 surrogate is not text at all (it breaks
 * encodeURIComponent, JSON consumers and jsonb). Pure: no Strapi here.
 */

/** Why this string is unacceptable as text, or null when it is fine. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(value)) return 'is not well-formed Unicode (lone surrogate)';
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A path for messages: `filters.title.$eq`, `data.sources[2].quotedAs`. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** A path short enough for a message: the start and the end of one nested thousands deep. */
export function displayPath(path: string): string {
  return path.length <= 160 ? path : `${path.slice(0, 100)}…${path.slice(-50)}`;
}

export interface InputProblem {
  /** Where in the input, e.g. `filters.id.$gt`. */
  path: string;
  /** What is wrong, readable by the API client. */
  message: string;
}

/** A value's own shape limits: deeper or larger than this is refused before anything walks it. */
export interface ShapeLimits {
  maxDepth: number;
  maxNodes: number;
}

/**
 * Finds the first string (value or object key) that is not acceptable text, and refuses
 * values nested deeper or larger than the limits. Iterative, so that a value nested thousands
 * deep cannot overflow the stack here (it is what a recursive walker further on would do).
 */
export function scanValue(value: unknown, root: string, limits: ShapeLimits): InputProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value, path: root, depth: 0 },
  ];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (++nodes > limits.maxNodes) {
      return { path: root, message: `has more than ${limits.maxNodes} values` };
    }
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) return { path, message: problem };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limits.maxDepth) {
      return { path, message: `is nested deeper than ${limits.maxDepth} levels` };
    }
    if (Array.isArray(current)) {
      current.forEach((item, index) =>
        stack.push({ value: item, path: joinPath(path, index), depth: depth + 1 })
      );
      continue;
    }
    for (const [key, item] of Object.entries(current as Record<string, unknown>)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { path: joinPath(path, key), message: `key ${keyProblem}` };
      stack.push({ value: item, path: joinPath(path, key), depth: depth + 1 });
    }
  }
  return null;
}
