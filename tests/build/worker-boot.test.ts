import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {esChunks} from '../../scripts/worker-boot.mjs';
import {findWorkerScript} from '../../src/store/worker-pool.js';
import {tempDir} from '../helpers/temp-dir.js';

// A worker thread starts from dist/index-worker-boot.cjs (scripts/worker-boot.mjs): the worker's entry as CommonJS,
// so that no worker loads Node's ES module loader; its two import()s name the ES bundle's chunks.

const BOOT = fileURLToPath(new URL('../../dist/index-worker-boot.cjs', import.meta.url));

describe('esChunks', () => {
  const outputs = {
    'dist/chunks/extract-AB12.js': {entryPoint: 'src/extract/index.ts'},
    'dist/chunks/extraction-server-CD34.js': {entryPoint: 'src/store/extraction-server.ts'},
    'dist/chunks/chunk-EF56.js': {},
  };

  it('names each chunk the worker imports, relative to dist/', () => {
    expect(esChunks({outputs})).toEqual({
      '../extract/index.js': './chunks/extract-AB12.js',
      './extraction-server.js': './chunks/extraction-server-CD34.js',
    });
  });

  it('gives null when one is missing, so that no boot file is written', () => {
    const {'dist/chunks/extract-AB12.js': _, ...rest} = outputs;
    expect(esChunks({outputs: rest})).toBeNull();
  });
});

describe('the built worker entry', () => {
  it('is the script the pool starts', () => {
    expect(findWorkerScript()).toBe(BOOT);
  });

  it('imports chunks the build wrote', () => {
    const specifiers = [...readFileSync(BOOT, 'utf8').matchAll(/\bimport\("([^"]+)"\)/g)].map(
      (m) => m[1] ?? '',
    );
    expect(specifiers).toHaveLength(2);
    for (const s of specifiers) expect(existsSync(join(dirname(BOOT), s)), s).toBe(true);
  });

  it('starts the classic script without Node’s ES module loader', async () => {
    // A CommonJS wrapper runs the entry in a worker and reports the built-in modules loaded once it has started.
    const dir = tempDir();
    const wrapper = join(dir, 'wrapper.cjs');
    writeFileSync(
      wrapper,
      [
        "const {parentPort} = require('node:worker_threads');",
        `require(${JSON.stringify(BOOT)});`,
        'parentPort.postMessage({modules: process.moduleLoadList});',
      ].join('\n'),
    );
    const worker = new Worker(wrapper, {workerData: {cacheDir: join(dir, 'v8')}});
    try {
      const modules = await new Promise<string[]>((resolve, reject) => {
        worker.on('message', (m: {modules?: string[]}) => m.modules && resolve(m.modules));
        worker.on('error', reject);
      });
      // The classic script ran (vm), and no ES module was resolved, loaded or linked (`node:module`, which the
      // script's require comes from, loads the loader's own file only).
      expect(modules).toContain('NativeModule vm');
      for (const esm of ['resolve', 'translators', 'module_job', 'load'])
        expect(modules).not.toContain(`NativeModule internal/modules/esm/${esm}`);
      expect(modules).not.toContain('NativeModule internal/fs/promises');
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
