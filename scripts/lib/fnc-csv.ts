import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { isFncStance, type FncPair } from './fnc-types.ts';

/** A malformed FNC file: names the file and the 1-based data row so the user can find it. */
export class FncFormatError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    detail: string,
  ) {
    super(`fnc1: ${file}${row === null ? '' : ` row ${row}`}: ${detail}`);
    this.name = 'FncFormatError';
  }
}

type Row = Record<string, string>;

// Bodies carry embedded newlines and doubled quotes: a real RFC 4180 parser, never line splitting.
function readRows(text: string, file: string, required: readonly string[]): Row[] {
  let rows: Row[];
  try {
    rows = parse<Row>(text, { columns: true, bom: true, skip_empty_lines: true });
  } catch (err) {
    throw new FncFormatError(file, null, `not valid CSV: ${(err as Error).message}`);
  }
  const header = rows[0] ? Object.keys(rows[0]) : [];
  for (const col of required) {
    if (rows.length > 0 && !header.includes(col)) {
      throw new FncFormatError(file, null, `missing column "${col}" (found: ${header.join(', ')})`);
    }
  }
  return rows;
}

function parseBodyId(raw: string | undefined, file: string, row: number): number {
  const id = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isInteger(id) || id < 0) {
    throw new FncFormatError(file, row, `Body ID must be a non-negative integer, got ${JSON.stringify(raw)}`);
  }
  return id;
}

/** Parses `Headline,Body ID[,Stance]`; a file without the Stance column yields stance null. */
export function parseFncStances(text: string, file: string): FncPair[] {
  return readRows(text, file, ['Headline', 'Body ID']).map((r, i) => {
    const raw = r['Stance'];
    if (raw !== undefined && raw !== '' && !isFncStance(raw)) {
      throw new FncFormatError(file, i + 1, `unknown stance ${JSON.stringify(raw)}`);
    }
    return {
      headline: r['Headline'] ?? '',
      bodyId: parseBodyId(r['Body ID'], file, i + 1),
      stance: raw === undefined || raw === '' ? null : raw,
    };
  });
}

/** Parses `Body ID,articleBody` into a map; a repeated id is an error (pairs would be ambiguous). */
export function parseFncBodies(text: string, file: string): Map<number, string> {
  const bodies = new Map<number, string>();
  readRows(text, file, ['Body ID', 'articleBody']).forEach((r, i) => {
    const id = parseBodyId(r['Body ID'], file, i + 1);
    if (bodies.has(id)) throw new FncFormatError(file, i + 1, `duplicate Body ID ${id}`);
    bodies.set(id, r['articleBody'] ?? '');
  });
  return bodies;
}

export function readFncStances(file: string): FncPair[] {
  return parseFncStances(readFileSync(file, 'utf8'), file);
}

export function readFncBodies(file: string): Map<number, string> {
  return parseFncBodies(readFileSync(file, 'utf8'), file);
}

/** Every pair must name a body that exists; reports the first few missing ids at once. */
export function checkBodiesPresent(pairs: readonly FncPair[], bodies: ReadonlyMap<number, string>, file: string): void {
  const missing = [...new Set(pairs.filter((p) => !bodies.has(p.bodyId)).map((p) => p.bodyId))];
  if (missing.length > 0) {
    throw new FncFormatError(file, null, `${missing.length} Body ID(s) not in the bodies file, e.g. ${missing.slice(0, 5).join(', ')}`);
  }
}
