import type { Environment } from '../api/environments';
import { cell, type Rendering } from '../output/render';

type Contact = { name?: string; details?: { emailAddress?: string } };

/** How `describe-environment` and friends show one environment. */
export function environmentRendering(environment: Environment): Rendering {
  const createdAt = (environment as unknown as { createdAt?: string }).createdAt;
  const contacts = ((environment as unknown as { contacts?: Contact[] }).contacts ?? []).map((c) =>
    [c.name, c.details?.emailAddress].filter(Boolean).join(' '),
  );
  return {
    json: environment,
    text: () => [
      `UUID: ${environment.uuid}`,
      `Name: ${environment.name}`,
      `Display Name: ${cell(environment.displayName)}`,
      `Production: ${environment.production === true}`,
      ...(contacts.length > 0 ? [`Contacts: ${contacts.join('; ')}`] : []),
      ...(createdAt ? [`Created At: ${createdAt}`] : []),
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
