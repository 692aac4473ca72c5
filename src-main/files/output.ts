/**
 * Where a finished document goes. It differs by shell: the Electron app asks the user with system dialogs
 * and prints through Chromium; the test harness writes files into the data directory.
 */
export interface DocumentOutput {
  /** Prints a self-contained HTML page; false when the user cancelled the print dialog. */
  print(html: string, title: string): Promise<boolean>;
  /** Renders the page to an A4 PDF and saves it; the saved path, or null when the user cancelled. */
  savePdf(html: string, suggestedFileName: string): Promise<string | null>;
  /** Saves a finished file; the saved path, or null when the user cancelled. */
  saveFile(bytes: Uint8Array, suggestedFileName: string, kind: SavedFileKind): Promise<string | null>;
  /** Asks for a folder (a USB stick for a backup); its path, or null when the user cancelled. */
  chooseFolder(title: string): Promise<string | null>;
  /**
   * Asks for a file to open and reads it (an archive to load); null when the user cancelled. A file over `maxBytes`
   * is refused with a Russian message before it is read.
   */
  chooseFile(title: string, kind: ChosenFileKind, maxBytes: number): Promise<ChosenFile | null>;
}

export type ChosenFileKind = 'archive';

export interface ChosenFile {
  path: string;
  bytes: Uint8Array;
}

export type SavedFileKind = 'docx' | 'xlsx' | 'ics' | 'zip' | 'archive';
