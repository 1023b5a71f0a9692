/**
 * Jest runs three kinds of tests:
 * - core: the pure domain and the Node faces (CLI, xlsx adapter, functions), in Node;
 * - ui: React panels with Testing Library, in jsdom;
 * - e2e: the built preview in Debian's Chromium (needs `npm run build` first; `npm test` does it).
 * Type checking is `npm run typecheck` (tsc), so ts-jest only transpiles and stays fast.
 */
const transform = {
  "^.+\\.tsx?$": [
    "ts-jest",
    {
      tsconfig: {
        module: "commonjs",
        moduleResolution: "node10",
        jsx: "react-jsx",
        esModuleInterop: true,
        resolveJsonModule: true,
        isolatedModules: true,
      },
    },
  ],
};

const common = {
  transform,
  // office-addin-mock → office-addin-manifest pulls ESM-only packages Jest cannot load on Node 20;
  // the mock only needs the OfficeApp enum (see test/stubs).
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
    "\\.(css|png|svg)$": "<rootDir>/test/stubs/file.js",
  },
  setupFiles: ["<rootDir>/test/setup/custom-functions-stub.ts", "<rootDir>/test/setup/national-pack.ts"],
};

module.exports = {
  // A timeout is there to catch a hang, not to measure speed (speed targets live in `npm run bench*`).
  // A whole panel driven through Testing Library takes several seconds when two workers share the
  // two cores of a CI machine; 5 s (Jest's default) made such tests fail on a busy runner.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: "core",
      testEnvironment: "node",
      testMatch: ["<rootDir>/domain/**/*.test.ts", "<rootDir>/src/**/*.test.ts", "<rootDir>/test/unit/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/src/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/ui.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
    },
  ],
};
