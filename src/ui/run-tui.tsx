import React from 'react';
import {render, Box, Text, useApp, useInput} from 'ink';
import type {Article} from '../library/index.js';

/** Placeholder reader: the titles of the library; q quits. The full UI replaces this. */
function TitleList({articles}: {articles: Article[]}) {
  const {exit} = useApp();
  useInput((input) => {
    if (input === 'q') exit();
  });
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
export async function runTui(articles: Article[]): Promise<void> {
  const app = render(<TitleList articles={articles} />);
  await app.waitUntilExit();
}
