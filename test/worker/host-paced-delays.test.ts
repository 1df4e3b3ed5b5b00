import { describe, expect, it } from 'vitest';
import { hostPacedDelays } from '../../jobs/poll-source.ts';

describe('hostPacedDelays (a poll queues its new items paced per host)', () => {
  it('gives the k-th item of a host k host intervals, each host counted on its own', () => {
    const urls = ['http://a.example/1', 'http://b.example/1', 'http://a.example/2', 'http://A.example/3', 'http://b.example/2', 'http://c.example/1'];
    expect(urls.map(hostPacedDelays(50))).toEqual([0, 0, 50, 100, 50, 0]);
  });

  it('gives no delays with no host interval, and none for a URL it cannot parse', () => {
    expect(['http://a.example/1', 'http://a.example/2'].map(hostPacedDelays(0))).toEqual([0, 0]);
    expect(['not a url', 'not a url'].map(hostPacedDelays(1000))).toEqual([0, 0]);
  });
});
