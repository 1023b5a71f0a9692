/**
 * Builds the add-in into dist/:
 * - taskpane.html: the task pane, and the page of the shared runtime (it also loads functions.js);
 * - functions.js, functions.json (from the JSDoc), functions-fr.json (French names);
 * - preview.html: the same task pane on the demo workbook, for browsers without Excel;
 * - manifest.xml and assets/.
 * Each plugin's custom functions live in src/plugins/<id>/functions.ts, found here by name.
 */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedFunctionsPlugin } = require("./scripts/webpack/localized-functions-plugin");

const DEV_URL = "https://localhost:3000/";

/** Files of every plugin matching a name (functions.ts, functions.fr.json). */
function pluginFiles(name) {
  const root = path.join(__dirname, "src", "plugins");
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, entry.name, name)))
    .map((entry) => `./src/plugins/${entry.name}/${name}`)
    .sort();
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  // Where the add-in is hosted in production: set ADDIN_URL=https://… when building for deployment.
  const publicUrl = process.env.ADDIN_URL || DEV_URL;
  const functionFiles = pluginFiles("functions.ts");
  return {
    mode: production ? "production" : "development",
    stats: production ? "normal" : "errors-warnings",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The entry first: it tells the pack store where the national pack comes from.
      functions: ["./src/functions/entry.ts", ...functionFiles],
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        // The demo workbook goes into the preview's bundle as a data: URL: no request to open it.
        { test: /\.xlsx$/, type: "asset/inline" },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new LocalizedFunctionsPlugin({ translations: pluginFiles("functions.fr.json"), output: "functions-fr.json" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane", "functions"] }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (publicUrl === DEV_URL ? content : content.toString().split(DEV_URL).join(publicUrl)),
          },
        ],
      }),
    ],
  };
};
