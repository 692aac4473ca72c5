import type { ChosenFile, DocumentOutput, SavedFileKind } from '../../src-main/files/output';

export interface SavedDocument {
  fileName: string;
  kind: 'pdf' | SavedFileKind;
  /** The HTML for PDF, the file's bytes otherwise. */
  content: string | Uint8Array;
}

/** A DocumentOutput that keeps what it is given: the user "saves" to /memory and never cancels, unless told to. */
export interface MemoryDocumentOutput extends DocumentOutput {
  printed: { html: string; title: string }[];
  saved: SavedDocument[];
  /** The next dialogs are cancelled by the user. */
  cancel: boolean;
  /** The folder the user picks when asked for one (none unless a test sets it). */
  folder: string | null;
  /** The file the user picks when asked for one to open (none unless a test sets it). */
  file: ChosenFile | null;
}

export function memoryDocumentOutput(): MemoryDocumentOutput {
  const output: MemoryDocumentOutput = {
    printed: [],
    saved: [],
    cancel: false,
    folder: null,
    file: null,
    print: async (html, title) => {
      if (output.cancel) return false;
      output.printed.push({ html, title });
      return true;
    },
    savePdf: async (html, fileName) => {
      if (output.cancel) return null;
      output.saved.push({ fileName, kind: 'pdf', content: html });
      return `/memory/${fileName}`;
    },
    saveFile: async (bytes, fileName, kind) => {
      if (output.cancel) return null;
      output.saved.push({ fileName, kind, content: bytes });
      return `/memory/${fileName}`;
    },
    chooseFolder: async () => (output.cancel ? null : output.folder),
    chooseFile: async () => (output.cancel ? null : output.file),
  };
  return output;
}
