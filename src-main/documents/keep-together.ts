import type { Block } from './model';

const SIGNED: ReadonlySet<Block['type']> = new Set(['signatures', 'parties']);
/** Blocks that only lead into what follows: kept with it, and the walk back goes on past them. */
const LEADING: ReadonlySet<Block['type']> = new Set(['heading', 'spread']);

/**
 * The blocks that are kept on one page with the block after them, so that signatures never stand alone on a page:
 * before each block of signatures, the headings that lead into it and the paragraph, list or table before those.
 * The renderers keep the end of such a block (its last lines or row) with the next one, not the whole of it.
 */
export function keptWithNext(blocks: readonly Block[]): Set<number> {
  const kept = new Set<number>();
  blocks.forEach((block, i) => {
    if (!SIGNED.has(block.type)) return;
    for (let j = i - 1; j >= 0; j--) {
      const before = blocks[j];
      if (!before || before.type === 'pageBreak' || SIGNED.has(before.type)) break;
      kept.add(j);
      if (!LEADING.has(before.type)) break;
    }
  });
  return kept;
}
