/**
 * `npm run test:security`: Electronegativity (Doyensec's Electron security linter) over electron/,
 * judged by electronegativityRules.ts against build/checks/electronegativity-allowlist.json.
 *
 * Runs offline. The tool asks the network twice (updated translations, Electron's release list);
 * here its HTTP client is replaced by one that fails at once, which the tool already handles, so
 * nothing leaves the machine and the scan does not wait for time-outs. The Electron version is
 * the installed package's, passed as the CLI's `-e` would.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { judgeFindings, type AllowlistEntry, type Finding } from './electronegativityRules';

const repoRoot = path.resolve(import.meta.dirname, '../..');
// An optional folder argument scans another copy (e.g. an older checkout, to compare counts).
const scanned = path.resolve(process.argv[2] ?? path.join(repoRoot, 'electron'));
const allowlistFile = path.join(import.meta.dirname, 'electronegativity-allowlist.json');
const require = createRequire(import.meta.url);

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
}

interface RunResult {
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

/** Puts a `got` that always fails where Electronegativity will require it. */
function keepOffline(): void {
  const runnerPath = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(runnerPath).resolve('got');
  const offline = () => Promise.reject(new Error('offline: Electronegativity runs without network here'));
  const stub = Object.assign(offline, { head: offline, get: offline });
  const cached = new Module(gotPath);
  cached.filename = gotPath;
  cached.loaded = true;
  cached.exports = stub;
  require.cache[gotPath] = cached;
}

async function scan(electronVersion: string): Promise<RunResult> {
  keepOffline();
  const run = require('@doyensec/electronegativity') as (options: object, forCli: boolean) => Promise<RunResult>;
  // The tool prints its own chatter through console.log; keep the report to ours.
  const log = console.log;
  console.log = () => undefined;
  try {
    return await run(
      {
        input: scanned,
        isRelative: true,
        isVerbose: false,
        customScan: [],
        excludeFromScan: [],
        parserPlugins: [],
        electronVersionOverride: electronVersion,
      },
      false,
    );
  } finally {
    console.log = log;
  }
}

async function main(): Promise<number> {
  const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  const allowlist = JSON.parse(readFileSync(allowlistFile, 'utf8')) as AllowlistEntry[];
  const result = await scan(electronVersion);
  const findings: Finding[] = result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file.split(path.sep).join('/'),
    line: issue.location.line,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    description: issue.description,
  }));
  const parseErrors = result.errors.filter((e) => !e.tolerable).map((e) => `${path.relative(repoRoot, e.file)}: ${e.message}`);
  const verdict = judgeFindings(findings, allowlist, parseErrors);

  const counts = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => `${verdict.counts[s] ?? 0} ${s.toLowerCase()}`).join(', ');
  console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version} over ${path.relative(repoRoot, scanned) || '.'}/ (Electron ${electronVersion}): ${counts}`);
  for (const { finding, reason } of verdict.allowed) console.log(`  allowed  ${finding.check} ${finding.file}:${finding.line}: ${reason}`);
  for (const note of verdict.notes) console.log(`  note     ${note.check} ${note.file}:${note.line} (${note.severity}): ${note.description}`);
  if (verdict.failures.length === 0) {
    console.log('security check passed');
    return 0;
  }
  for (const failure of verdict.failures) console.error(`  FAIL     ${failure}`);
  console.error(`security check failed: ${verdict.failures.length} problem(s)`);
  return 1;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error('security check could not run:', error);
  return 1;
});
