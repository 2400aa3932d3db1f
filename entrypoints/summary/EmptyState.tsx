/** What the page says when there is nothing to chart, and where to go from there. */
// Relative: the summary and the options page are both at the extension's root.
const optionsUrl = (section: string) => `options.html#${section}`;

export function EmptyState({ kind }: { kind: 'no-history' | 'empty-week' }) {
  if (kind === 'empty-week') {
    return (
      <section className="empty card">
        <h2>No posts this week</h2>
        <p>Nothing you published falls in this week. Earlier weeks are one click back.</p>
      </section>
    );
  }
  return (
    <section className="empty card">
      <h2>No history yet</h2>
      <p>
        PostLint records each post you publish on X, Facebook or LinkedIn from now on. To see your past weeks today, import the
        archive each platform lets you download.
      </p>
      <p>
        <a href={optionsUrl('import')}>Import your posts in the options</a>
      </p>
    </section>
  );
}
