// An independent reading of CSV files against Frictionless Table Schemas (v1), for tests: it knows
// nothing of the build's validator, only the spec's rules for the types and constraints the
// package uses. Every problem comes back as "file:line: field: message".
import { parse } from 'csv-parse/sync';

export interface Field {
  name: string;
  type?: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: (string | number)[]; pattern?: string; minimum?: number | string; maximum?: number | string };
}

export interface Schema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string | string[];
  foreignKeys?: { fields: string | string[]; reference: { resource: string; fields: string | string[] } }[];
}

export interface Resource {
  name: string;
  path: string;
  schema: Schema;
}

const list = (x: string | string[] | undefined) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** A cell cast to its field's type (Table Schema "physical" to "logical"), or undefined when it cannot be. */
function cast(field: Field, cell: string): string | number | undefined {
  switch (field.type ?? 'string') {
    case 'string':
      if (field.format === 'uri') {
        try {
          new URL(cell);
        } catch {
          return undefined;
        }
      }
      return cell;
    case 'integer':
      return /^[+-]?\d+$/.test(cell) ? Number(cell) : undefined;
    case 'number':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell) ? Number(cell) : undefined;
    case 'year':
      return /^\d{4}$/.test(cell) ? Number(cell) : undefined;
    case 'date': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(cell)) return undefined;
      const d = new Date(`${cell}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(cell) ? cell : undefined;
    }
    default:
      throw new Error(`table-schema.ts does not know type ${field.type}`);
  }
}

export interface Table {
  header: string[];
  /** [line, cells] per record */
  rows: [number, string[]][];
}

export function readCsv(text: string): Table {
  const records = parse(text, { bom: true, info: true, skip_empty_lines: true }) as unknown as { record: string[]; info: { lines: number } }[];
  const [head, ...body] = records;
  // csv-parse reports the line a record ends on; every record here starts on the line after the last.
  let prev = head?.info.lines ?? 0;
  return {
    header: head?.record ?? [],
    rows: body.map(({ record, info }) => {
      const line = prev + 1;
      prev = info.lines;
      return [line, record];
    }),
  };
}

/**
 * Checks every table against its schema: the header names the fields in order; each cell casts to
 * its type and meets its constraints (a missing value only fails `required`); primary keys are
 * unique; foreign keys name a row of the referenced resource.
 */
export function checkTables(resources: Resource[], tables: Record<string, Table>): string[] {
  const problems: string[] = [];
  const keyOf = (fields: string[], header: string[], cells: string[]) => JSON.stringify(fields.map((f) => cells[header.indexOf(f)] ?? ''));
  for (const res of resources) {
    const { header, rows } = tables[res.name]!;
    const fields = res.schema.fields;
    const missing = new Set(res.schema.missingValues ?? ['']);
    const at = (line: number, field: string, message: string) => problems.push(`${res.path}:${line}: ${field}: ${message}`);
    if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name))) at(1, '', `header ${header.join(',')} is not the schema's fields ${fields.map((f) => f.name).join(',')}`);
    const unique = new Map<string, Set<string>>();
    for (const [line, cells] of rows) {
      if (cells.length !== fields.length) at(line, '', `has ${cells.length} cells for ${fields.length} fields`);
      fields.forEach((f, i) => {
        const cell = cells[i] ?? '';
        const c = f.constraints ?? {};
        if (missing.has(cell)) {
          if (c.required) at(line, f.name, 'is required');
          return;
        }
        const v = cast(f, cell);
        if (v === undefined) return at(line, f.name, `"${cell}" is not a ${f.type ?? 'string'}${f.format ? ` (${f.format})` : ''}`);
        if (c.enum && !c.enum.includes(v)) at(line, f.name, `"${cell}" is not in the enum`);
        if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell)) at(line, f.name, `"${cell}" does not match ${c.pattern}`);
        if (c.minimum !== undefined && v < c.minimum) at(line, f.name, `${cell} is below ${c.minimum}`);
        if (c.maximum !== undefined && v > c.maximum) at(line, f.name, `${cell} is above ${c.maximum}`);
        if (c.unique) {
          const seen = unique.get(f.name) ?? new Set();
          if (seen.has(cell)) at(line, f.name, `"${cell}" is not unique`);
          seen.add(cell);
          unique.set(f.name, seen);
        }
      });
    }
    const pk = list(res.schema.primaryKey);
    if (pk.length) {
      const seen = new Set<string>();
      for (const [line, cells] of rows) {
        const k = keyOf(pk, header, cells);
        if (seen.has(k)) at(line, pk.join('+'), `primary key ${k} is not unique`);
        seen.add(k);
      }
    }
    for (const fk of res.schema.foreignKeys ?? []) {
      const target = resources.find((r) => r.name === fk.reference.resource);
      if (!target) {
        at(0, list(fk.fields).join('+'), `refers to a resource "${fk.reference.resource}" the package lacks`);
        continue;
      }
      const t = tables[target.name]!;
      const keys = new Set(t.rows.map(([, cells]) => keyOf(list(fk.reference.fields), t.header, cells)));
      for (const [line, cells] of rows) {
        const k = keyOf(list(fk.fields), header, cells);
        if (!keys.has(k)) at(line, list(fk.fields).join('+'), `${k} is not a key of ${target.path}`);
      }
    }
  }
  return problems;
}
