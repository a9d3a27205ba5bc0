import { isTreatyError, parsePact, type Interaction, type Pact } from '@treaty/core';

/** An interaction of a pact that could not be read, with why. */
export interface UnreadableInteraction {
  index: number;
  description: string;
  reason: string;
}

/** A pact read interaction by interaction: the readable ones, and the others with their reasons. */
export interface TolerantPact {
  pact: Pact;
  /** Position in the file of each interaction of `pact.interactions`. */
  positions: number[];
  unreadable: UnreadableInteraction[];
}

function isPactModel(value: unknown): value is Pact {
  const pact = value as Pact | null;
  return (
    pact !== null &&
    typeof pact === 'object' &&
    typeof pact.specVersion === 'string' &&
    Array.isArray(pact.interactions) &&
    pact.interactions.every((i) => typeof i?.type === 'string')
  );
}

/** `null` means "absent" in the pacts some tools write (`"headers": null`). */
function dropNulls(part: unknown): unknown {
  if (part === null || typeof part !== 'object' || Array.isArray(part)) return part;
  return Object.fromEntries(Object.entries(part).filter(([, value]) => value !== null));
}

function cleaned(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const item = raw as Record<string, unknown>;
  return { ...item, request: dropNulls(item.request), response: dropNulls(item.response) };
}

/**
 * Read a pact so that one malformed interaction (an unknown type, no description) does not hide the others.
 * @throws TreatyError TREATY_CORE_INVALID_PACT when the file itself is not a pact (no consumer, no interaction list)
 */
export function readPactTolerantly(input: unknown): TolerantPact {
  if (isPactModel(input)) return { pact: input, positions: input.interactions.map((_, i) => i), unreadable: [] };
  const file = (typeof input === 'string' ? jsonOrNull(input) : input) as Record<string, unknown> | null;
  if (file === null || typeof file !== 'object') return { pact: parsePact(input), positions: [], unreadable: [] };
  const key = Array.isArray(file.interactions) ? 'interactions' : Array.isArray(file.messages) ? 'messages' : undefined;
  if (key === undefined) return { pact: parsePact(file), positions: [], unreadable: [] };
  const list = file[key] as unknown[];
  const pact = parsePact({ ...file, [key]: [] });
  const interactions: Interaction[] = [];
  const positions: number[] = [];
  const unreadable: UnreadableInteraction[] = [];
  list.forEach((raw, index) => {
    try {
      interactions.push(...parsePact({ ...file, [key]: [cleaned(raw)] }).interactions);
      positions.push(index);
    } catch (error) {
      if (!isTreatyError(error)) throw error;
      const description = String((raw as { description?: unknown } | null)?.description ?? '');
      unreadable.push({ index, description, reason: error.message });
    }
  });
  return { pact: { ...pact, interactions }, positions, unreadable };
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
