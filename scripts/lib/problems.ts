/** One reason a data file cannot be used, pointing at the exact place an editor must fix. */
export interface Problem {
  file: string;
  /** 1-based line in the file; 0 when the problem concerns the file as a whole. */
  line: number;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

/** Thrown when a build cannot go on; carries every problem found, not just the first. */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}
