import fs from 'node:fs';
import path from 'node:path';

// VS Code runs extensionTestsPath only in extension-development mode. The real extension comes from the
// installed .vsix; this empty stand-in is the "development" extension, so tcerr itself runs as in production.
export function writeStubExtension(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'tcerr-test-host', publisher: 'tcerr-test', version: '0.0.0', engines: { vscode: '^1.100.0' },
    description: 'Empty development extension that lets VS Code run tcerr\'s extension-host tests.',
  }, null, 2));
  return dir;
}
