/**
 * Preloaded with `node -r` in a child process: at exit, writes the files Node loaded (its module
 * cache) to the path in LOADED_MODULES_OUT, so a test can tell which packages a command pulled in.
 */
const fs = require("node:fs");

process.on("exit", () => {
  fs.writeFileSync(process.env.LOADED_MODULES_OUT, JSON.stringify(Object.keys(require.cache)));
});
