import type { Environment } from '../api/environments';
import { cell, type Rendering } from '../output/render';

type Contact = { name?: string; details?: { emailAddress?: string } };

/** Contact lines as the official CLI prints them (it reads the broker's `details.emailAddress` as Email). */
function contactLines(contacts: Contact[] | undefined): string[] {
  if (!contacts) return [];
  const lines = ['Contacts:'];
  for (const contact of contacts) {
    lines.push(' - Contact:');
    if (contact.name) lines.push(`  - Name: ${contact.name}`);
    if (contact.details?.emailAddress) lines.push(`  - Email: ${contact.details.emailAddress}`);
  }
  return lines;
}

/** How `describe-environment` and friends show one environment: the official CLI's lines, byte for byte. */
export function environmentRendering(environment: Environment): Rendering {
  const extra = environment as unknown as { createdAt?: string; contacts?: Contact[] };
  return {
    json: environment,
    text: () => [
      '✅',
      `UUID ${environment.uuid}`,
      `Name: ${environment.name}`,
      `Display Name: ${environment.displayName ?? 'null'}`,
      `Production: ${environment.production === true}`,
      `Created At: ${extra.createdAt ?? 'null'}`,
      ...contactLines(extra.contacts),
    ],
  };
}

/** How `list-environments` shows the environments. */
export function environmentsRendering(environments: Environment[]): Rendering {
  const table = () => ({
    header: ['UUID', 'NAME', 'DISPLAY NAME', 'PRODUCTION'],
    rows: environments.map((e) => [e.uuid, e.name, cell(e.displayName), String(e.production === true)]),
  });
  return { json: { environments }, table };
}
