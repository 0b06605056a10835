// datapackage.json (Frictionless Data Package + Table Schema), so pandas, R or `frictionless` load
// the CSVs typed. Generated from report/rows.ts SCHEMAS: the columns and their types cannot drift.
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { SCHEMAS, type TableName } from './rows.js';

export function dataPackage(tables: readonly TableName[], delimiter: string): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'asn-scan-results',
    title: 'ASN neutrality statements, officials, regions, dates and violation counts',
    created_by: `${TOOL_NAME} ${TOOL_VERSION}`,
    resources: tables.map((t) => ({
      name: t,
      path: `${t}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter, header: true, doubleQuote: true },
      schema: {
        fields: SCHEMAS[t].map((f) => ({ name: f.name, type: f.type, description: f.description })),
        missingValues: [''],
      },
    })),
  };
}
