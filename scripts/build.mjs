// One build for everything: the desktop (node) extension, the web extension, the CLI and the tests.
// jsonc-parser's UMD entry requires files at run time; its ESM entry bundles cleanly, hence mainFields.
import { build } from 'esbuild';
import { readdirSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
// The web extension gets the `.web` twin of modules that need Node (e.g. streaming a large file with fs).
const webTwins = {
  name: 'web-twins',
  setup(b) {
    b.onResolve({ filter: /\/large-file-source$/ }, (a) => ({ path: join(a.resolveDir, `${a.path}.web.ts`) }));
  },
};
const common = { bundle: true, mainFields: ['module', 'main'], sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none' };

function testEntries(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith('.ts'))
    .map((f) => join(dir, String(f)));
}

rmSync('dist', { recursive: true, force: true });
rmSync('dist-test', { recursive: true, force: true });

await Promise.all([
  build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] }),
  build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], plugins: [webTwins] }),
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: testEntries('test/unit'), outdir: 'dist-test/unit', platform: 'node', format: 'cjs', target: 'node20', sourcemap: true }),
  build({ ...common, entryPoints: testEntries('test/vscode'), outdir: 'dist-test/vscode', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], sourcemap: true }),
]);
