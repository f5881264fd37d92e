/**
 * The pass/fail rule for Electronegativity's findings over electron/: nothing high (or critical),
 * and every medium finding either fixed or named in the checked-in allowlist with a reason. An
 * allowlist entry that no longer matches anything is itself a failure, so the list stays true.
 */

export interface Finding {
  check: string;
  /** Path relative to the scanned folder, with forward slashes ('N/A' for global checks). */
  file: string;
  line: number;
  severity: string;
  confidence: string;
  description: string;
}

export interface AllowlistEntry {
  check: string;
  file: string;
  reason: string;
}

export interface Verdict {
  failures: string[];
  allowed: { finding: Finding; reason: string }[];
  /** Low and informational findings: shown, never failing. */
  notes: Finding[];
  counts: Record<string, number>;
}

const BLOCKING = new Set(['HIGH', 'CRITICAL']);
const INFORMATIVE = new Set(['LOW', 'INFORMATIONAL']);

export function judgeFindings(findings: readonly Finding[], allowlist: readonly AllowlistEntry[], parseErrors: readonly string[] = []): Verdict {
  const failures: string[] = parseErrors.map((error) => `could not check ${error}`);
  const allowed: Verdict['allowed'] = [];
  const notes: Finding[] = [];
  const counts: Record<string, number> = {};
  const used = new Set<AllowlistEntry>();

  for (const entry of allowlist) {
    if (!entry.reason || !entry.reason.trim()) failures.push(`allowlist entry ${entry.check} ${entry.file} has no reason`);
  }

  for (const finding of findings) {
    const severity = finding.severity.toUpperCase();
    counts[severity] = (counts[severity] ?? 0) + 1;
    const where = `${finding.check} at ${finding.file}:${finding.line} (${severity}, ${finding.confidence}): ${finding.description}`;
    if (BLOCKING.has(severity)) {
      failures.push(`${where}; a ${severity.toLowerCase()} finding must be fixed, it cannot be allowlisted`);
    } else if (INFORMATIVE.has(severity)) {
      notes.push(finding);
    } else {
      const entry = allowlist.find((e) => e.check === finding.check && e.file === finding.file);
      if (entry) {
        used.add(entry);
        allowed.push({ finding, reason: entry.reason });
      } else {
        failures.push(`${where}; fix it, or add it to the allowlist with a one-line reason`);
      }
    }
  }

  for (const entry of allowlist) {
    if (!used.has(entry)) failures.push(`allowlist entry ${entry.check} ${entry.file} matches no finding any more: remove it`);
  }
  return { failures, allowed, notes, counts };
}
