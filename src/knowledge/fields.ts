/**
 * Small path-aware readers for untrusted JSON, so a broken knowledge file fails with a message
 * that names the file, the entry and the bad value.
 */

/** Raised when a knowledge file is missing, unparsable or invalid. */
export class KnowledgeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KnowledgeError';
  }
}

/** A JSON value at a known place in a known file. */
export class Field {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly value: unknown,
  ) {}

  /** Fails with `file: path problem`. */
  fail(problem: string): never {
    throw new KnowledgeError(`${this.file}: ${this.path} ${problem}`);
  }

  /** The child at `key` of an object. */
  get(key: string): Field {
    if (typeof this.value !== 'object' || this.value === null || Array.isArray(this.value)) {
      this.fail('must be an object');
    }
    const path = this.path ? `${this.path}.${key}` : key;
    return new Field(this.file, path, (this.value as Record<string, unknown>)[key]);
  }

  /** True when the object has `key` set. */
  has(key: string): boolean {
    return (
      typeof this.value === 'object' &&
      this.value !== null &&
      (this.value as Record<string, unknown>)[key] !== undefined
    );
  }

  string(): string {
    if (typeof this.value !== 'string' || this.value.trim() === '') this.fail('must be a non-empty string');
    return this.value;
  }

  number(): number {
    if (typeof this.value !== 'number' || !Number.isFinite(this.value)) this.fail('must be a number');
    return this.value;
  }

  boolean(): boolean {
    if (typeof this.value !== 'boolean') this.fail('must be true or false');
    return this.value;
  }

  /** One of the allowed strings. */
  oneOf<T extends string>(allowed: readonly T[]): T {
    const s = this.string();
    if (!(allowed as readonly string[]).includes(s)) this.fail(`must be one of ${allowed.join(', ')} (got "${s}")`);
    return s as T;
  }

  /** Each element of an array, mapped. */
  array<T>(map: (item: Field) => T, options: { minLength?: number } = {}): T[] {
    if (!Array.isArray(this.value)) this.fail('must be an array');
    const items = this.value as unknown[];
    if (items.length < (options.minLength ?? 0)) this.fail(`must have at least ${options.minLength} entries`);
    return items.map((v, i) => map(new Field(this.file, `${this.path}[${i}]`, v)));
  }

  strings(options: { minLength?: number } = {}): string[] {
    return this.array((f) => f.string(), options);
  }

  /** Words a message is matched on: each has a letter or a digit, since a message keeps no other ("what %" is "what"). */
  phrases(options: { minLength?: number } = {}): string[] {
    return this.array((f) => {
      const phrase = f.string();
      if (phrase.split(/\s+/).some((w) => w !== '' && !/[\p{L}\p{N}]/u.test(w)))
        f.fail(`has a word with no letter or digit, which messages never keep ("${phrase}")`);
      return phrase;
    }, options);
  }

  /** An optional string: undefined when absent. */
  optionalString(): string | undefined {
    return this.value === undefined ? undefined : this.string();
  }
}

/** Fails on the first id that appears twice. */
export function assertUnique(field: Field, ids: readonly string[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) new Field(field.file, `${field.path}[${i}].id`, id).fail(`duplicates id "${id}"`);
    seen.add(id);
  });
}

/** Recursively freezes a loaded value so no turn can mutate shared knowledge. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
