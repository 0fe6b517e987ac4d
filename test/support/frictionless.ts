import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import datapackage from 'datapackage';

export interface PackageReport {
  /** Problems with the descriptor, then with each resource's descriptor. */
  errors: string[];
  /** Each tabular resource read with its schema (types, constraints, keys, foreign keys), or why it could not be. */
  tables: Record<string, { rows: number } | { error: string }>;
}

const BOM = '\u{feff}';

/**
 * Loads a Data Package with datapackage-js, the Frictionless Data library for JavaScript, and reads
 * every table through its schema. That library does not skip a UTF-8 byte order mark (frictionless-py
 * and spreadsheets do), so the package is read from a copy whose CSV files have it removed; callers
 * check the mark themselves.
 */
export async function readPackage(dir: string): Promise<PackageReport> {
  const copy = mkdtempSync(join(tmpdir(), 'palmares-frictionless-'));
  try {
    cpSync(dir, copy, { recursive: true });
    for (const name of readdirSync(copy).filter((f) => f.endsWith('.csv'))) {
      const text = readFileSync(join(copy, name), 'utf8');
      writeFileSync(join(copy, name), text.startsWith(BOM) ? text.slice(1) : text);
    }
    const pkg = await datapackage.Package.load(join(copy, 'datapackage.json'), { basePath: copy });
    const errors = [...pkg.errors, ...pkg.resources.flatMap((r) => r.errors)].map((e) => e.message);
    const tables: PackageReport['tables'] = {};
    for (const r of pkg.resources.filter((x) => x.tabular)) {
      tables[r.name] = await r.read({ keyed: true, relations: true }).then(
        (rows) => ({ rows: rows.length }),
        (e: Error & { errors?: Error[] }) => ({
          error: [e.message, ...(e.errors ?? []).map((x) => x.message)].join('; '),
        }),
      );
    }
    return { errors, tables };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
