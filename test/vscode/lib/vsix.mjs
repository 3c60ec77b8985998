import fs from 'node:fs';
import path from 'node:path';
import { ROOT, VSIX } from './paths.mjs';
import { run, timed } from './proc.mjs';

/**
 * The .vsix under test: `npm run package` (build + vsce), or TCERR_VSIX when set (then only the build runs,
 * for the compiled suite). TCERR_VSIX lets the suite run against any build, e.g. a deliberately broken one.
 */
export async function prepareVsix() {
  if (process.env.TCERR_VSIX) {
    const vsix = path.resolve(process.env.TCERR_VSIX);
    if (!fs.existsSync(vsix)) throw new Error(`TCERR_VSIX=${vsix} does not exist`);
    await timed('build (suite only; TCERR_VSIX given)', () => run('npm', ['run', 'build'], { cwd: ROOT }));
    return vsix;
  }
  await timed('package .vsix (npm run package)', () => run('npm', ['run', 'package'], { cwd: ROOT }));
  if (!fs.existsSync(VSIX)) throw new Error(`npm run package did not produce ${VSIX}`);
  return VSIX;
}
