/** One record of the file and the line the user sees it on. */
export interface FileRow {
  line: number;
  cells: string[];
}
