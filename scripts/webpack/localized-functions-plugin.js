/**
 * Derives functions-fr.json (French names and descriptions, same ids) from the functions.json that
 * custom-functions-metadata generated from the JSDoc, using each plugin's functions.fr.json.
 * The build fails when a function has no French translation, or a translation names a parameter
 * the function does not have: French Excel users would otherwise see English or broken metadata.
 *
 * It also declares what the functions accept that custom-functions-metadata cannot say from the
 * JSDoc: `allowErrorForDataTypeAny` on every function, since every one reads error values in its
 * arguments itself and answers #VALUE! naming the argument and the cell (without it Excel would
 * not call the function and the facilitator would see a bare #DIV/0! with no cell named).
 */
const fs = require("fs");
const path = require("path");
const { sources, WebpackError } = require("webpack");

class LocalizedFunctionsPlugin {
  /** @param {{ translations: string[], output: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const source = compilation.getAsset("functions.json");
          if (!source) return; // metadata generation failed: its own errors are already reported
          const metadata = declareAccepted(JSON.parse(source.source.source().toString()));
          compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(metadata, null, 2)));
          for (const file of this.options.translations) compilation.fileDependencies.add(path.resolve(file));
          const translations = Object.assign({}, ...this.options.translations.map((file) => JSON.parse(fs.readFileSync(file, "utf8"))));
          const { localized, errors } = localize(metadata, translations);
          errors.forEach((message) => compilation.errors.push(new WebpackError(`functions-fr.json : ${message}`)));
          compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(localized, null, 2)));
        },
      );
    });
  }
}

/** Every function takes error values in (it refuses them itself, naming the argument and cell). */
function declareAccepted(metadata) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({ ...fn, options: { ...(fn.options || {}), allowErrorForDataTypeAny: true } })),
  };
}

/** Applies translations to metadata; returns the localized copy and the problems found. */
function localize(metadata, translations) {
  const errors = [];
  const functions = metadata.functions.map((fn) => {
    const french = translations[fn.id];
    if (!french) {
      errors.push(`la fonction ${fn.id} n'a pas de traduction (ajoutez-la au functions.fr.json de son plugin)`);
      return fn;
    }
    const known = new Set(fn.parameters.map((parameter) => parameter.name));
    for (const name of Object.keys(french.parameters || {})) {
      if (!known.has(name)) errors.push(`${fn.id} : le paramètre « ${name} » n'existe pas`);
    }
    const parameters = fn.parameters.map((parameter) => {
      const translated = (french.parameters || {})[parameter.name];
      if (!translated) errors.push(`${fn.id} : le paramètre « ${parameter.name} » n'a pas de traduction`);
      return translated ? { ...parameter, name: translated.name, description: translated.description } : parameter;
    });
    return { ...fn, name: french.name, description: french.description, parameters };
  });
  return { localized: { ...metadata, functions }, errors };
}

module.exports = { LocalizedFunctionsPlugin, localize, declareAccepted };
