/** The Russian patterns of `hyphen` (Liang's algorithm over TeX's hyphenation patterns); the package has no types. */
declare module 'hyphen/ru' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const russian: { hyphenateSync(text: string, options?: HyphenateOptions): string };
  export default russian;
}
