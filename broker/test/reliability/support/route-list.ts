import type { FastifyInstance } from 'fastify';

/** One route of the broker: a path template (`/pacticipants/:pacticipant`) and its methods. */
export interface RouteEntry {
  path: string;
  methods: string[];
}

const LINE = /^([\s│├└─]*)(\S.*?) \(([A-Z, ]+)\)$/;

function join(parent: string, segment: string): string {
  if (parent.endsWith('/') || segment.startsWith('/')) return `${parent}${segment}`;
  return `${parent}/${segment}`;
}

/**
 * Every route the app serves, read from Fastify's route tree (`printRoutes`), so that routes added later on any branch
 * are fuzzed without editing this list.
 */
export function routesOf(app: FastifyInstance): RouteEntry[] {
  const stack: { indent: number; path: string }[] = [];
  const routes: RouteEntry[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = LINE.exec(line);
    if (!match) continue;
    const indent = match[1].length;
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const path = stack.length ? join(stack[stack.length - 1].path, match[2]) : match[2];
    stack.push({ indent, path });
    routes.push({ path, methods: match[3].split(', ').filter((m) => m !== 'HEAD') });
  }
  return routes;
}
