import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, FORMAT } from '../src/core';
import { buildDesignJsonSchema, designJsonSchemaText, SCHEMA_ID, SCHEMA_PATH } from './write-schema';

describe('docs/design.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` to regenerate it)', () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(JSON.parse(committed)).toEqual(buildDesignJsonSchema());
    expect(committed).toBe(designJsonSchemaText());
  });

  it('describes the envelope of the current version, with defaults from the input side', () => {
    const schema = buildDesignJsonSchema() as {
      $id: string;
      $schema: string;
      properties: Record<string, { const?: unknown }>;
      required: string[];
      $defs: Record<string, { properties: Record<string, { default?: unknown; description?: string }>; required?: string[] }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema.properties.format?.const).toBe(FORMAT);
    expect(schema.properties.version?.const).toBe(CURRENT_VERSION);
    expect(schema.required).toEqual(['format', 'version', 'design']);
    const { Design, Edge, Workload } = schema.$defs;
    expect(Design?.required).toEqual(['id', 'name']);
    expect(Edge?.properties.protocol?.default).toBe('https');
    expect(Workload?.properties.latencySloMs?.default).toBe(200);
    for (const [name, def] of Object.entries(schema.$defs)) {
      for (const [property, value] of Object.entries(def.properties ?? {})) {
        expect(value.description, `${name}.${property} is described`).toBeTruthy();
      }
    }
  });

  it('is the same object on every call', () => {
    expect(buildDesignJsonSchema()).toEqual(buildDesignJsonSchema());
  });
});
