// Cypher scripts: statements end with ';' at the end of a line. Comment lines and cypher-shell
// commands (':begin', ':commit', ':param' …) are dropped.
import { readFile } from 'node:fs/promises';

export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const raw of script.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (current.length === 0 && (trimmed === '' || trimmed.startsWith('//') || trimmed.startsWith(':'))) continue;
    if (trimmed.startsWith('//')) continue;
    if (line.endsWith(';')) {
      current.push(line.slice(0, -1));
      statements.push(current.join('\n').trim());
      current = [];
    } else {
      current.push(line);
    }
  }
  const rest = current.join('\n').trim();
  if (rest !== '') statements.push(rest);
  return statements.filter((s) => s !== '');
}

export const SCHEMA_FILE = new URL('../../cypher/schema.cypher', import.meta.url);

export async function schemaStatements(): Promise<string[]> {
  return splitStatements(await readFile(SCHEMA_FILE, 'utf8'));
}
