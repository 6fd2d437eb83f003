import React from 'react';
import {render, Box, Text, useApp, useInput} from 'ink';
import type {IndexingHandle, Store} from '../store/index.js';

/** What the reader needs from the CLI. */
export interface TuiOptions {
  store: Store;
  /** Indexing running in the background, if any. */
  indexing?: IndexingHandle;
  /** Opens a URL with the system opener; absent when the system has none. */
  openUrl?: (url: string) => void;
}

/** Placeholder reader: the titles of the library; q quits. The full UI replaces this. */
function TitleList({store}: {store: Store}) {
  const {exit} = useApp();
  useInput((input) => {
    if (input === 'q') exit();
  });
  const articles = store.listArticles();
  const rows = Math.max(1, (process.stdout.rows ?? 24) - 3);
  return (
    <Box flexDirection="column">
      <Text bold>brief — {articles.length} articles</Text>
      {articles.slice(0, rows).map((a) => (
        <Text key={a.id} wrap="truncate">
          {a.title}
        </Text>
      ))}
      <Text dimColor>q quit</Text>
    </Box>
  );
}

/** Starts the Ink reader and resolves when the user quits. */
export async function runTui(options: TuiOptions): Promise<void> {
  const app = render(<TitleList store={options.store} />);
  await app.waitUntilExit();
}
