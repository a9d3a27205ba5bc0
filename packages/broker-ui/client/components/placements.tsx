/** A version in an environment. */
export interface PlacementData {
  environment: string;
  version: string;
  kind: 'deployed' | 'released';
  applicationInstance?: string | null;
}

/** Where an application runs: one chip per environment. */
export function Placements({ items }: { items: PlacementData[] }) {
  if (items.length === 0) return <span class="muted">—</span>;
  return (
    <span class="chips">
      {items.map((p) => (
        <span
          class="chip"
          title={`${p.kind} ${p.version}${p.applicationInstance ? ` (${p.applicationInstance})` : ''}`}
        >
          {p.environment}: {p.version}
        </span>
      ))}
    </span>
  );
}
