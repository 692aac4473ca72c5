import type { ChosenFile, DocumentOutput, SavedFileKind } from '../../../src-main/documents/output';

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
  /** The charts drawn for Word files, with the size asked for. */
  rasterized: { svg: string; width: number; height: number }[];
}

/** A valid PNG of one white pixel: what every chart becomes in memory (the harness draws real ones). */
export const BLANK_PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64'),
);

export function memoryDocumentOutput(): MemoryDocumentOutput {
  const output: MemoryDocumentOutput = {
    printed: [],
    saved: [],
    cancel: false,
    folder: null,
    file: null,
    rasterized: [],
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
    rasterize: async (svg, width, height) => {
      output.rasterized.push({ svg, width, height });
      return BLANK_PNG;
    },
  };
  return output;
}
