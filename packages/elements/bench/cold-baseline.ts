// The cold start's baseline (bench/run.mjs): in a fresh page, the same 24 × 350 cells as an
// unstyled table built with createElement, timed like cold-start.ts (script inserted in the
// timed region, until the frame showing it has been painted).
import {afterPaint} from './measure.js';

const page = window as unknown as {
  coldStart: number;
  coldResult: Promise<number>;
};

async function mount(): Promise<number> {
  const table = document.createElement('table');
  for (let row = 0; row < 24; row++) {
    const tr = document.createElement('tr');
    for (let column = 0; column < 350; column++) {
      const td = document.createElement('td');
      td.setAttribute('aria-label', `Room ${(column % 50) + 1}, ${8 + row / 2}: free`);
      tr.append(td);
    }
    table.append(tr);
  }
  document.body.append(table);
  await afterPaint();
  performance.mark('cold-end');
  return performance.now() - page.coldStart;
}

page.coldResult = mount();
