/**
 * A small docs page for when `@storybook/addon-docs` is not installed (main.ts adds this file's
 * annotations only then): the component's description and a props table from its TypeScript
 * types (react-docgen-typescript, via the argTypes Storybook extracted), then every story of the
 * file rendered live. With addon-docs installed, its full docs pages are used instead.
 */
import { useEffect, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';

interface ArgTypeLike {
  name?: string;
  description?: string;
  type?: { required?: boolean; name?: string };
  table?: { type?: { summary?: string }; defaultValue?: { summary?: string }; disable?: boolean; category?: string };
}

interface PreparedStoryLike {
  id: string;
  name: string;
  title: string;
  component?: { __docgenInfo?: { description?: string; displayName?: string } };
}

/** The part of Storybook's DocsContext this page uses. */
interface DocsContextLike {
  componentStories(): PreparedStoryLike[];
  getStoryContext(story: PreparedStoryLike): { argTypes: Record<string, ArgTypeLike> };
  renderStoryToElement(
    story: PreparedStoryLike,
    element: HTMLElement,
    callbacks: { showMain(): void; showError(error: { title: string; description: string }): void; showException(error: Error): void },
    options: { autoplay?: boolean; forceInitialArgs?: boolean },
  ): () => Promise<void>;
}

const cell = { textAlign: 'left', padding: '6px 10px', borderBottom: '1px solid #d1d9e0', verticalAlign: 'top', overflowWrap: 'anywhere' } as const;

function PropsTable({ argTypes }: { argTypes: Record<string, ArgTypeLike> }) {
  const rows = Object.entries(argTypes).filter(([, argType]) => !argType.table?.disable);
  if (rows.length === 0) return null;
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13, tableLayout: 'fixed' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>Props</caption>
      <colgroup>
        <col style={{ width: '18%' }} />
        <col style={{ width: '30%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '42%' }} />
      </colgroup>
      <thead>
        <tr>
          <th style={cell}>Name</th>
          <th style={cell}>Type</th>
          <th style={cell}>Default</th>
          <th style={cell}>Description</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, argType]) => (
          <tr key={key}>
            <td style={cell}>
              <code>{argType.name ?? key}</code>
              {argType.type?.required ? ' *' : ''}
            </td>
            <td style={cell}>
              <code style={{ whiteSpace: 'pre-wrap' }}>{argType.table?.type?.summary ?? argType.type?.name ?? ''}</code>
            </td>
            <td style={cell}>
              <code>{argType.table?.defaultValue?.summary ?? ''}</code>
            </td>
            <td style={cell}>{argType.description ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LiveStory({ context, story }: { context: DocsContextLike; story: PreparedStoryLike }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const teardown = context.renderStoryToElement(
      story,
      element,
      {
        showMain: () => undefined,
        showError: ({ title, description }) => {
          element.textContent = `${title}: ${description}`;
        },
        showException: (error) => {
          element.textContent = error.message;
        },
      },
      { autoplay: true, forceInitialArgs: true },
    );
    return () => {
      void teardown();
    };
  }, [context, story]);
  return (
    <section style={{ margin: '24px 0' }} aria-label={story.name}>
      <h3 style={{ fontSize: 15, margin: '0 0 8px' }}>{story.name}</h3>
      <div ref={ref} style={{ border: '1px solid #d1d9e0', borderRadius: 8, overflow: 'hidden' }} />
    </section>
  );
}

function DocsPage({ context }: { context: DocsContextLike }) {
  const stories = context.componentStories();
  const primary = stories[0];
  if (!primary) return <p>No stories.</p>;
  const docgen = primary.component?.__docgenInfo;
  const { argTypes } = context.getStoryContext(primary);
  return (
    <article style={{ fontFamily: 'system-ui, sans-serif', color: '#1f2328', padding: 24, maxWidth: 1100, margin: '0 auto' }}>
      <h1 style={{ fontSize: 26, margin: '0 0 8px' }}>{primary.title}</h1>
      {docgen?.description ? <p style={{ whiteSpace: 'pre-wrap', fontSize: 15, lineHeight: 1.5 }}>{docgen.description}</p> : null}
      <PropsTable argTypes={argTypes} />
      <h2 style={{ fontSize: 20, marginTop: 32 }}>Stories</h2>
      {stories.map((story) => (
        <LiveStory key={story.id} context={context} story={story} />
      ))}
    </article>
  );
}

const roots = new WeakMap<HTMLElement, Root>();

export const parameters = {
  docs: {
    renderer: async () => ({
      render: async (context: DocsContextLike, _parameters: unknown, element: HTMLElement) => {
        let root = roots.get(element);
        if (!root) {
          root = createRoot(element);
          roots.set(element, root);
        }
        root.render(<DocsPage context={context} />);
      },
      unmount: (element: HTMLElement) => {
        roots.get(element)?.unmount();
        roots.delete(element);
      },
    }),
  },
};

