/**
 * Opens a stored file with the system's viewer. It differs by shell: the Electron app asks the operating system;
 * the test harness records the path.
 */
export interface FileOpener {
  /** True when the viewer was started; false when the system could not open the file (the reason is logged). */
  open(path: string): Promise<boolean>;
}
