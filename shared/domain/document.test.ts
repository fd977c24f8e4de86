import { describe, expect, it } from 'vitest';
import { compareSequencers, isStaleEvent, tooLargeReason } from './document.js';

describe('S3 event sequencers', () => {
  it('orders hex sequencers, the shorter left-padded with zeros', () => {
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E6')).toBeLessThan(0);
    expect(compareSequencers('FF', '0100')).toBeLessThan(0);
    expect(compareSequencers('0100', 'ff')).toBeGreaterThan(0);
    expect(compareSequencers('00AB', 'ab')).toBe(0);
  });

  it('calls an event stale only when both sequencers are known and it is the older', () => {
    expect(isStaleEvent('0A', '0B')).toBe(true);
    expect(isStaleEvent('0B', '0B')).toBe(false);
    expect(isStaleEvent('0C', '0B')).toBe(false);
    expect(isStaleEvent(null, '0B')).toBe(false);
    expect(isStaleEvent('0A', null)).toBe(false);
  });
});

describe('the size limit', () => {
  it('says how large the file is and what to do', () => {
    expect(tooLargeReason(100 * 1024 * 1024)).toBe(
      'the file is 100 MB; files over 50 MB are not read (split it, or drop only the pages that matter)',
    );
    expect(tooLargeReason(3 * 1024 * 1024, 2 * 1024 * 1024)).toBe(
      'the file is 3.0 MB; files over 2.0 MB are not read (split it, or drop only the pages that matter)',
    );
  });
});
