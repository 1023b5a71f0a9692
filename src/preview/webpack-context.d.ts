// webpack's require.context, used by the preview to load every plugin's functions.
declare namespace NodeJS {
  interface Require {
    context(
      directory: string,
      useSubdirectories: boolean,
      pattern: RegExp,
    ): {
      keys(): string[];
      (id: string): unknown;
    };
  }
}
