/** A verification state as a labelled badge (colour plus text, never colour alone). */
export function Status({ status }: { status: 'passed' | 'failed' | 'unverified' | 'unknown' | string }) {
  const label =
    status === 'passed'
      ? '✓ passed'
      : status === 'failed'
        ? '✕ failed'
        : status === 'unknown'
          ? '? unknown'
          : '… unverified';
  return <span class={`badge badge-${status}`}>{label}</span>;
}

/** A badge for a boolean outcome. */
export function Outcome({ success }: { success: boolean | null | undefined }) {
  return <Status status={success === true ? 'passed' : success === false ? 'failed' : 'unknown'} />;
}
