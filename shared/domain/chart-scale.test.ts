import { describe, expect, it } from 'vitest';
import { chartScale, niceStep } from './chart-scale.js';

describe('chart axis', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect([niceStep(2.86e9), niceStep(7.2e8), niceStep(13)]).toEqual([1e9, 2e8, 5]);
  });

  it('starts at zero and leaves room above the highest point', () => {
    // the 2.86 bn drawn against ticks at quarters of it (2.86bn / 2.15bn / 1.43bn / 716.01m)
    expect(chartScale([2.15e9, 2.86e9]).ticks).toEqual([0, 1e9, 2e9, 3e9]);
    expect(chartScale([1e9, 2e9]).max).toBe(2.5e9);
  });

  it('goes below zero for a deficit', () => {
    expect(chartScale([9.1e8, 2.4e9, -1.49e9], 5)).toEqual({
      min: -2e9,
      max: 3e9,
      ticks: [-2e9, -1e9, 0, 1e9, 2e9, 3e9],
    });
  });
});
