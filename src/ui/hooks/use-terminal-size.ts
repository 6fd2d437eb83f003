import {useEffect, useState} from 'react';
import {useStdout} from 'ink';
import type {Size} from '../screen-model.js';

/** The terminal's size, updated on resize; `fixed` (tests) overrides it. */
export function useTerminalSize(fixed?: Size): Size {
  const {stdout} = useStdout();
  const read = (): Size => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
  const [size, setSize] = useState<Size>(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize({columns: stdout.columns || 80, rows: stdout.rows || 24});
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}
