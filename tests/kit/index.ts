// The test kit for test files (vitest). Scripts that run outside vitest (the harness, the bench) import the
// modules they need directly: `hooks.ts` registers vitest hooks.
export { call, callAny, partnerId, refusal } from './channels';
export { openCore, systemClock, TEST_NOW, type CoreOptions, type TestCore } from './core';
export { createRecordingFileOpener, type RecordingFileOpener } from './file-opener';
export { useCores, useTempDirs } from './hooks';
export { memoryDocumentOutput, type MemoryDocumentOutput, type SavedDocument } from './memory-output';
export { memorySettingsFile, quietLogger, silentLogger } from './stand-ins';
export { makeTempDir } from './temp-dir';
