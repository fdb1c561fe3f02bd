/**
 * Reading the fields of a record a caller passed (a page, a review), each
 * checked by a guard and named by its path (`reviews[0].excerpt`) in the
 * error: the one place where the writers (critic-consensus/formats) and the
 * statistics (critic-consensus/stats) check a page's fields. Internal: not
 * exported from the package.
 *
 * @module
 */
import { isRecord, ownValue, typeMisuse } from './checks.js';

/** Whether a value is a `T`. */
export type Guard<T> = (value: unknown) => value is T;

export const isString: Guard<string> = (value): value is string => typeof value === 'string';
export const isNumber: Guard<number> = (value): value is number => typeof value === 'number';
export const isBoolean: Guard<boolean> = (value): value is boolean => typeof value === 'boolean';
export const isList: Guard<readonly unknown[]> = (value): value is readonly unknown[] => Array.isArray(value);

/** A guard for one of `values`. */
export function isOneOf<T extends string>(values: readonly T[]): Guard<T> {
  return (value): value is T => (values as readonly unknown[]).includes(value);
}

/** Reads the fields of one record, naming each by its path (`reviews[0].excerpt`) in an error. */
export class FieldReader {
  constructor(
    private readonly fn: string,
    private readonly values: Readonly<Record<string, unknown>>,
    private readonly path: string,
  ) {}

  /** The path of the field `key`. */
  name(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  /** The field, or null when it is absent or null; a TypeError when it is something else than `accepted`. */
  nullable<T>(key: string, guard: Guard<T>, accepted: string): T | null {
    const value = ownValue(this.values, key);
    if (value === undefined || value === null) return null;
    if (!guard(value)) throw typeMisuse(this.fn, this.name(key), `${accepted} or null`, value);
    return value;
  }

  /** The field, which must be there and be `accepted`. */
  required<T>(key: string, guard: Guard<T>, accepted: string): T {
    const value = ownValue(this.values, key);
    if (!guard(value)) throw typeMisuse(this.fn, this.name(key), accepted, value);
    return value;
  }

  /** The field's value as `check` makes it, given the value (`undefined` when absent) and its path. */
  checked<T>(key: string, check: (value: unknown, path: string) => T): T {
    return check(ownValue(this.values, key), this.name(key));
  }

  string(key: string): string | null {
    return this.nullable(key, isString, 'a string');
  }

  number(key: string): number | null {
    return this.nullable(key, isNumber, 'a number');
  }

  /** A nested record, or null; `read` makes its value from a reader of its fields; `accepted` names the record in an error. */
  object<T>(key: string, read: (fields: FieldReader) => T, accepted = 'an object'): T | null {
    const value = this.nullable(key, isRecord, accepted);
    return value === null ? null : read(new FieldReader(this.fn, value, this.name(key)));
  }

  /** A list (empty when absent), each item a record made by `read`. */
  list<T>(key: string, read: (fields: FieldReader) => T): T[] {
    const items = this.nullable(key, isList, 'an array') ?? [];
    return items.map((item, at) => {
      const path = `${this.name(key)}[${at}]`;
      if (!isRecord(item)) throw typeMisuse(this.fn, path, 'an object', item);
      return read(new FieldReader(this.fn, item, path));
    });
  }
}
