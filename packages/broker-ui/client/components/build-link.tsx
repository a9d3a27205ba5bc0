/** " Build." linking to a CI build, or nothing without a URL: the tail of a sentence about a version. */
export function BuildLink({ url }: { url?: string | null }) {
  if (!url) return null;
  return (
    <>
      {' '}
      <a href={url} rel="noreferrer">
        Build
      </a>
      .
    </>
  );
}
