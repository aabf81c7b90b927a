/**
 * The README's host snippets are copied from the example apps under `examples/`, which `npm test`
 * builds and runs, or from files under `test/support/` a test runs (`ownAnalysis/`): a snippet
 * marked `<!-- example: path -->` must equal that file, one marked `<!-- example-lines: path -->`
 * must consist of lines the file has, in the same order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

interface MarkedSnippet {
  mode: 'example' | 'example-lines';
  path: string;
  code: string;
}

/** Every fenced block directly after an `<!-- example…: path -->` marker. */
function markedSnippets(markdown: string): MarkedSnippet[] {
  const pattern = /<!-- (example|example-lines): (\S+) -->\n```\w*\n([\s\S]*?)```/g;
  return [...markdown.matchAll(pattern)].map((match) => ({
    mode: match[1] as MarkedSnippet['mode'],
    path: match[2]!,
    code: match[3]!,
  }));
}

/** Whether every non-blank line of `snippet` appears in `file` (trimmed), in order. */
function linesInOrder(snippet: string, file: string): string[] {
  const fileLines = file.split('\n').map((line) => line.trim());
  let at = 0;
  const missing: string[] = [];
  for (const line of snippet.split('\n').map((text) => text.trim()).filter((text) => text !== '')) {
    const found = fileLines.indexOf(line, at);
    if (found === -1) missing.push(line);
    else at = found + 1;
  }
  return missing;
}

describe('README host snippets', () => {
  const snippets = markedSnippets(readme);

  it('marks the route handler, the provider, the Express app, the widgets and the own analysis as copies of example files', () => {
    expect(snippets.map((snippet) => snippet.path)).toEqual(
      expect.arrayContaining([
        'examples/next-app-router/app/api/analytics/[...path]/route.ts',
        'examples/next-app-router/app/AnalyticsRoot.tsx',
        'examples/next-app-router/app/page.tsx',
        'examples/express/app.js',
        'examples/express/server.js',
        'test/support/ownAnalysis/signalsByPriority.ts',
        'test/support/ownAnalysis/analyticsProxy.ts',
        'test/support/ownAnalysis/PriorityCard.tsx',
      ]),
    );
  });

  for (const snippet of markedSnippets(readme)) {
    it(`${snippet.mode === 'example' ? 'equals' : 'is made of lines of'} ${snippet.path}`, () => {
      expect(existsSync(`${root}${snippet.path}`), snippet.path).toBe(true);
      const file = readFileSync(`${root}${snippet.path}`, 'utf8');
      if (snippet.mode === 'example') expect(snippet.code).toBe(file);
      else expect(linesInOrder(snippet.code, file)).toEqual([]);
    });
  }

  it('notices a snippet that drifts from its file', () => {
    const [first] = snippets;
    expect(first).toBeDefined();
    const drifted = readme.replace(first!.code, first!.code.replace('createAnalyticsProxy', 'createProxy'));
    const changed = markedSnippets(drifted).find((snippet) => snippet.path === first!.path)!;
    expect(changed.code).not.toBe(readFileSync(`${root}${first!.path}`, 'utf8'));
    expect(linesInOrder('<NotAWidget />', readFileSync(`${root}examples/next-app-router/app/page.tsx`, 'utf8'))).toEqual(['<NotAWidget />']);
  });
});
