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
}

export type SavedFileKind = 'docx' | 'xlsx' | 'ics';
