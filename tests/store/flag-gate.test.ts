import {cachedDataVersionTag} from 'node:v8';
import {describe, expect, it} from 'vitest';
import {arriveAtGate, createFlagGate, gateOpen, passFlagGate} from '../../src/store/flag-gate.js';

// V8's code caches carry a hash of the flags in force (cachedDataVersionTag), so the tag says when a gate's flags
// came into force. Vitest runs each test file in its own process, so the flags set here reach no other file.

describe('a flag gate', () => {
  it('sets its flags when the last party arrives, not before', () => {
    const before = cachedDataVersionTag();
    const gate = createFlagGate(3, ['--interrupt-budget=300000']);
    expect(arriveAtGate(gate)).toBe(false);
    expect(arriveAtGate(gate)).toBe(false);
    expect(gateOpen(gate)).toBe(false);
    expect(cachedDataVersionTag()).toBe(before);
    expect(arriveAtGate(gate)).toBe(true);
    expect(gateOpen(gate)).toBe(true);
    expect(cachedDataVersionTag()).not.toBe(before);
  });

  it('lets a waiting thread on past its wait, with the flags set', () => {
    const before = cachedDataVersionTag();
    const gate = createFlagGate(2, ['--interrupt-budget=400000'], 20);
    const t0 = performance.now();
    passFlagGate(gate);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(15);
    expect(gateOpen(gate)).toBe(true);
    expect(cachedDataVersionTag()).not.toBe(before);
    // The party that comes late finds it open and sets nothing again.
    expect(arriveAtGate(gate)).toBe(true);
  });
});
