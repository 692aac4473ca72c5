import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../src-main/files/atomic-write';
import { useTempDirs } from '../../kit';

const tempDir = useTempDirs();

describe('writeFileAtomically', () => {
  it('writes the file, making its folder if need be, and leaves nothing else beside it', async () => {
    const dir = join(tempDir(), 'Документы', 'Школа');
    const path = join(dir, 'Модель взаимодействия 2026-2027.pdf');
    await writeFileAtomically(path, new Uint8Array([1, 2, 3]));
    expect(readFileSync(path)).toEqual(Buffer.from([1, 2, 3]));
    expect(readdirSync(dir)).toEqual(['Модель взаимодействия 2026-2027.pdf']);
  });

  it('replaces an older file of the same name whole', async () => {
    const dir = tempDir();
    const path = join(dir, 'План.docx');
    writeFileSync(path, 'старый файл, который длиннее нового');
    await writeFileAtomically(path, new Uint8Array([9]));
    expect(readFileSync(path)).toEqual(Buffer.from([9]));
    expect(readdirSync(dir)).toEqual(['План.docx']);
  });

  it('fails without leaving a half-written file when the name is taken by a folder', async () => {
    const dir = tempDir();
    const path = join(dir, 'Модель.pdf');
    mkdirSync(path);
    await expect(writeFileAtomically(path, new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['Модель.pdf']);
  });
});
