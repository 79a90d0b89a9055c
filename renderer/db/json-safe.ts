export interface NonJsonValue {
  /** Dotted path inside the inspected value, empty for the value itself. */
  path: string;
  /** What was found: a class name such as `Blob` or `Date`, or `NaN`, `undefined`, `bigint`. */
  kind: string;
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/**
 * The first place where `value` is not plain JSON, i.e. where JSON.stringify would drop, change or
 * refuse it, or null when it is plain. An `undefined` property counts as absent, as in JSON.
 */
export const findNonJsonValue = (value: unknown, path = ''): NonJsonValue | null => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : { path, kind: String(value) };
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) {
          const found = findNonJsonValue(item, `${path}[${index}]`);
          if (found !== null) return found;
        }
        return null;
      }
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) {
        return { path, kind: (value as { constructor?: { name?: string } }).constructor?.name ?? 'object' };
      }
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) continue;
        const found = findNonJsonValue(item, join(path, key));
        if (found !== null) return found;
      }
      return null;
    }
    default:
      return { path, kind: typeof value };
  }
};
