// Times loading the extension bundle and calling activate() in this fresh Node process, against a minimal
// fake `vscode` module. The fake answers every property with a callable stand-in that returns a Disposable-like
// stand-in, so it keeps working as the extension registers more things. What it measures: module evaluation
// plus our activate() (the real editor adds its own extension-host overhead, which is not ours to win).
// argv: <path to extension.js>; prints {"requireMs","activateMs","totalMs"} on stdout.
'use strict';
const Module = require('node:module');
const { performance } = require('node:perf_hooks');

function stub(name) {
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.hasInstance) return () => false;
      if (prop === Symbol.toPrimitive) return () => '';
      if (prop === 'then') return undefined; // not a promise
      if (prop === 'length' || prop === 'size') return 0;
      if (prop === 'dispose') return () => {};
      if (prop === 'toString') return () => name;
      if (prop === 'language') return 'en';
      if (prop === 'textDocuments' || prop === 'visibleTextEditors' || prop === 'workspaceFolders' || prop === 'all') return [];
      if (prop === 'activeTextEditor' || prop === 'activeTab') return undefined;
      return stub(`${name}.${String(prop)}`);
    },
    set() {
      return true; // item.text = …, item.name = …
    },
    defineProperty() {
      return true;
    },
    apply() {
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`);
    },
  });
}

// esbuild's CommonJS interop copies the module's own keys, so the top level is an object naming the API.
const NAMES = ['window', 'workspace', 'languages', 'commands', 'env', 'extensions', 'l10n', 'tasks', 'debug', 'scm', 'tests',
  'authentication', 'notebooks', 'chat', 'lm', 'Uri', 'Range', 'Position', 'Selection', 'Location', 'Diagnostic',
  'DiagnosticSeverity', 'DiagnosticRelatedInformation', 'DiagnosticTag', 'Hover', 'MarkdownString', 'EventEmitter',
  'Disposable', 'ViewColumn', 'StatusBarAlignment', 'StatusBarItem', 'ProgressLocation', 'TreeItem',
  'TreeItemCollapsibleState', 'ThemeIcon', 'ThemeColor', 'TabInputText', 'TabInputTextDiff', 'CancellationTokenSource',
  'CancellationError', 'CodeAction', 'CodeActionKind', 'CodeLens', 'WorkspaceEdit', 'TextEdit', 'ConfigurationTarget',
  'ExtensionMode', 'FileType', 'RelativePattern', 'DocumentLink', 'QuickPickItemKind', 'OverviewRulerLane',
  'DecorationRangeBehavior', 'TextEditorRevealType', 'EndOfLine', 'LogLevel', 'UIKind', 'ColorThemeKind', 'version'];
const fakeVscode = Object.fromEntries(NAMES.map((n) => [n, stub(`vscode.${n}`)]));
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return fakeVscode;
  return originalLoad.call(this, request, parent, isMain);
};

// Work the extension starts in the background (reading state, files) meets the fake's stand-ins and may fail;
// that is not activation time, so it is ignored here.
process.on('unhandledRejection', () => {});
const file = require('node:path').resolve(process.argv[2]);
const context = {
  subscriptions: [],
  extension: { packageJSON: { version: 'bench' } },
  extensionUri: stub('extensionUri'),
  extensionPath: process.cwd(),
  globalState: stub('globalState'),
  workspaceState: stub('workspaceState'),
  globalStorageUri: stub('globalStorageUri'),
  storageUri: undefined,
  logUri: stub('logUri'),
  asAbsolutePath: (p) => p,
};
const t0 = performance.now();
const ext = require(file);
const t1 = performance.now();
Promise.resolve(ext.activate(context)).then(
  () => {
    const t2 = performance.now();
    process.stdout.write(JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, subscriptions: context.subscriptions.length }) + '\n');
  },
  (err) => {
    process.stderr.write(`activate() failed against the fake vscode: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  },
);
