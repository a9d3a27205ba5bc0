import type { ComponentChildren } from 'preact';

/** The row of filter fields above a result, submitted in place (no page load). */
export function FilterForm({ submit, children }: { submit: () => void; children: ComponentChildren }) {
  return (
    <form
      class="filters"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {children}
    </form>
  );
}
