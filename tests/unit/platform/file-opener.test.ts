import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/errors';
import { createElectronFileOpener } from '../../../src-main/platform/file-opener';

/** A stand-in for Electron's shell: `openPath` resolves to '' on success, to the error's text otherwise. */
const fake = vi.hoisted(() => ({ openPath: vi.fn<(path: string) => Promise<string>>() }));

vi.mock('electron', () => {
  const electron = { shell: { openPath: (path: string) => fake.openPath(path) } };
  return { default: electron, ...electron };
});

const attachmentsDir = resolve('Содружество', 'attachments');
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const opener = () => createElectronFileOpener({ attachmentsDir, logger });
const scan = () => join(attachmentsDir, `${randomUUID()}.pdf`);

beforeEach(() => {
  fake.openPath.mockReset();
  logger.error.mockReset();
});

describe('opening a stored file in the Electron app', () => {
  it('asks the system to open the path and answers true when it did', async () => {
    fake.openPath.mockResolvedValue('');
    const path = scan();
    expect(await opener().open(path)).toBe(true);
    expect(fake.openPath).toHaveBeenCalledWith(path);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('answers false and logs the system’s reason when no viewer could open it', async () => {
    fake.openPath.mockResolvedValue('Failed to open path');
    expect(await opener().open(scan())).toBe(false);
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('Failed to open path'));
  });

  it('answers false and logs when the shell itself fails', async () => {
    fake.openPath.mockRejectedValue(new Error('shell unavailable'));
    expect(await opener().open(scan())).toBe(false);
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('shell unavailable'));
  });

  it.each([
    ['a file outside the data directory', '/etc/passwd'],
    ['a stored-looking file beside the attachments folder', join(attachmentsDir, '..', `${randomUUID()}.pdf`)],
    ['a file in a subfolder', join(attachmentsDir, 'scans', `${randomUUID()}.pdf`)],
    ['a program in the attachments folder', join(attachmentsDir, `${randomUUID()}.exe`)],
    ['a file the user named', join(attachmentsDir, 'Договор.pdf')],
    ['the folder itself', attachmentsDir],
  ])('refuses %s without asking the system', async (_what, path) => {
    const opening = opener().open(path);
    await expect(opening).rejects.toBeInstanceOf(AppError);
    await expect(opening).rejects.toThrow('Открывать можно только файлы, прикреплённые в программе.');
    expect(fake.openPath).not.toHaveBeenCalled();
  });
});
