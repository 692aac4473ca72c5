import type { DocumentOutput, SavedFileKind } from '../../../src-main/documents/output';

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
}

export function memoryDocumentOutput(): MemoryDocumentOutput {
  const output: MemoryDocumentOutput = {
    printed: [],
    saved: [],
    cancel: false,
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
  };
  return output;
}
