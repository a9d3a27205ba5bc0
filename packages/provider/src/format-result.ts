import { formatMismatches, type Mismatch } from '@treaty/core';
import { formatOpenApiIssues, type OpenApiIssue } from '@treaty/openapi';

/** The readable report of one failed interaction: pact mismatches, then OpenAPI violations, then an error. */
export function formatInteractionFailure(
  description: string,
  parts: { mismatches: Mismatch[]; openapi: OpenApiIssue[]; error?: string },
): string {
  const sections: string[] = [];
  if (parts.error) sections.push(`${description}\n  ${parts.error}`);
  if (parts.mismatches.length > 0) {
    let text: string;
    try {
      text = formatMismatches(parts.mismatches, { interaction: description });
    } catch {
      text = [description, ...parts.mismatches.map((m) => `  ${m.path}: ${m.message}`)].join('\n');
    }
    sections.push(text);
  }
  const errors = parts.openapi.filter((i) => i.severity === 'error');
  if (errors.length > 0)
    sections.push(
      `OpenAPI violations of ${description}:\n` +
        formatOpenApiIssues(errors, { locationLabel: 'at' }).replace(/^/gm, '  '),
    );
  return sections.join('\n\n');
}
