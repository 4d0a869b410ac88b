import { defineConfig } from "tsup";

// Two builds: the library (ESM + CJS + declarations, one self-contained bundle per
// subpath so that `nashra/normalize` never drags in a date or segmentation lexicon)
// and the command (ESM only, with a shebang). `clean` is left to the build script,
// since both builds write into the same folder at once. No source maps: with their
// sources inlined they tripled the package (8 MB unpacked), and the built files are
// readable, unminified JavaScript that a stack trace points into well enough.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      normalize: "src/normalize/index.ts",
      numbers: "src/numbers/index.ts",
      dates: "src/dates/index.ts",
      segment: "src/segment/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    splitting: false,
    treeshake: true,
    clean: false,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: false,
    target: "es2022",
    platform: "node",
    splitting: false,
    clean: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
