/** Validates knowledge files against the JSON Schemas in knowledge/schema (the same ones editors use). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

const SCHEMA_DIR = join(__dirname, '..', 'knowledge', 'schema');
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>();

/** The problems of one knowledge file's JSON, as "file: /path message" lines; empty when valid. */
export function schemaProblems(file: string, data: unknown): string[] {
  let validate = validators.get(file);
  if (validate === undefined) {
    validate = ajv.compile(
      JSON.parse(readFileSync(join(SCHEMA_DIR, file.replace('.json', '.schema.json')), 'utf8')) as object,
    );
    validators.set(file, validate);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `knowledge/${file}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
