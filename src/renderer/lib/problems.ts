// zod issues -> problem keys by field path ('title.fr', 'ownerEmail'), the shape forms display.
import type { z } from 'zod';
import { PROBLEMS, type ProblemKey } from '../../shared/domain/problems';

export type Problems = Partial<Record<string, ProblemKey>>;

const isProblemKey = (message: string): message is ProblemKey => message in PROBLEMS;

function keyOf(issue: z.core.$ZodIssue): ProblemKey {
  if (isProblemKey(issue.message)) return issue.message;
  if (issue.code === 'invalid_union') {
    for (const branch of issue.errors) {
      for (const inner of branch) if (isProblemKey(inner.message)) return inner.message;
    }
  }
  return 'invalid';
}

export function problemsOf(schema: z.ZodType, value: unknown): Problems {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const problems: Problems = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    problems[path] ??= keyOf(issue);
  }
  return problems;
}

export const problemCount = (problems: Problems): number => Object.keys(problems).length;
