// The bundled catalog's one-line meaning of a code, read at run time so the UI test follows catalog edits.
import fs from 'node:fs';
import path from 'node:path';

export function catalogTitle(dir, code) {
  if (!fs.existsSync(dir)) return undefined;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('schema')).sort()) {
    let data;
    try {
      data = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch {
      continue;
    }
    for (const e of Array.isArray(data?.entries) ? data.entries : []) {
      if (e?.code === code && !e.product && e.text?.en?.title) return e.text.en.title;
    }
  }
  return undefined;
}
