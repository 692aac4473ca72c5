import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecordingFileOpener } from '../../kit/file-opener';
import { useTempDirs } from '../../kit';

const tempDir = useTempDirs();

describe('the harness’s stand-in for the system viewer', () => {
  it('records every path it is asked to open, in order, and says whether there was a file', async () => {
    const dir = tempDir();
    const scan = join(dir, `${randomUUID()}.pdf`);
    writeFileSync(scan, '%PDF-1.7');
    const missing = join(dir, `${randomUUID()}.png`);
    const opener = createRecordingFileOpener();
    expect(await opener.open(scan)).toBe(true);
    expect(await opener.open(missing)).toBe(false);
    expect(opener.opened).toEqual([scan, missing]);
  });
});
