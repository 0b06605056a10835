// datapackage.json (Frictionless Data Package + Table Schema), so pandas, R or `frictionless` load
// the CSVs typed. Generated from report/rows.ts SCHEMAS: the columns and their types cannot drift.
// Keys and relations are declared here: each table's primary key, and the foreign keys that join the
// tables (statements → articles, officials, people, regions; counts → claims, statements; …). Table
// Schema foreign keys point to one table each, so a statement's speaker, which is an official or another
// person, is declared through its two typed columns `official_id` and `person_id`.
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { SCHEMAS, type TableName } from './rows.js';

export const PRIMARY_KEYS: Partial<Record<TableName, string[]>> = {
  articles: ['id'],
  statements: ['id'],
  officials: ['id'],
  people: ['id'],
  regions: ['code'],
  claims: ['id'],
  summary: ['section', 'key'],
};

interface ForeignKey {
  field: string;
  table: TableName;
  key: string;
}
const fk = (field: string, table: TableName, key: string): ForeignKey => ({ field, table, key });

export const FOREIGN_KEYS: Partial<Record<TableName, ForeignKey[]>> = {
  statements: [fk('article_id', 'articles', 'id'), fk('official_id', 'officials', 'id'), fk('person_id', 'people', 'id'), fk('region_code', 'regions', 'code')],
  officials: [fk('region_code', 'regions', 'code')],
  dates: [fk('article_id', 'articles', 'id')],
  violations: [
    fk('article_id', 'articles', 'id'), fk('statement_id', 'statements', 'id'), fk('claim_id', 'claims', 'id'),
    fk('reporter_region_code', 'regions', 'code'),
  ],
  claims: [fk('region_code', 'regions', 'code')],
};

export interface PackageOptions {
  delimiter: string;
  /** The CSVs start with a byte-order mark (`--bom`): declared as `utf-8-sig`, so readers skip it. */
  bom: boolean;
}

export function dataPackage(tables: readonly TableName[], opts: PackageOptions): Record<string, unknown> {
  const has = new Set(tables);
  return {
    profile: 'tabular-data-package',
    name: 'asn-scan-results',
    title: 'ASN neutrality statements, officials, regions, dates and violation counts',
    created_by: `${TOOL_NAME} ${TOOL_VERSION}`,
    resources: tables.map((t) => {
      const schema: Record<string, unknown> = {
        fields: SCHEMAS[t].map((f) => ({
          name: f.name,
          type: f.type,
          description: f.description,
          ...(f.enum ? { constraints: { enum: [...f.enum] } } : {}),
        })),
        missingValues: [''],
      };
      const pk = PRIMARY_KEYS[t];
      if (pk) schema.primaryKey = pk.length === 1 ? pk[0] : pk;
      const fks = (FOREIGN_KEYS[t] ?? []).filter((k) => has.has(k.table));
      if (fks.length) schema.foreignKeys = fks.map((k) => ({ fields: k.field, reference: { resource: k.table, fields: k.key } }));
      return {
        name: t,
        path: `${t}.csv`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: opts.bom ? 'utf-8-sig' : 'utf-8',
        dialect: { delimiter: opts.delimiter, header: true, doubleQuote: true },
        schema,
      };
    }),
  };
}
