// Packaging (electron-builder): `npm run dist` builds the installers for the platform it runs on.
// The fuses are the part that matters for security (SECURITY.md 23): they are flipped in the Electron binary
// itself, so a shipped Rapport cannot be turned into a plain Node runtime or a debugger target by whoever
// controls its environment or command line. tests/shell/packaging.test.ts asserts every value here.
// The read-back from a packaged binary (`npx @electron/fuses read --app …`) is a [release] check: it needs
// the real Electron binary, which this project's CI cannot download.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'de.rapport.app',
  productName: 'Rapport',
  directories: { output: 'dist', buildResources: 'build' },
  // Only what the app runs: the built bundles, the report fonts and the package manifest (production
  // node_modules are added by electron-builder). Sources, tests, scripts and migrations' sources stay out.
  files: [
    'out/**',
    'resources/**',
    'package.json',
    '!**/*.map',
    // Development tools that are listed as dependencies for the CLI and npm scripts, not used by the app.
    '!node_modules/node/**',
    '!node_modules/tsx/**',
  ],
  asar: true,
  // A native module cannot be loaded from inside the asar archive.
  asarUnpack: ['node_modules/better-sqlite3-multiple-ciphers/**'],
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would make the signed app binary a general-purpose Node.
    runAsNode: false,
    // Chromium's cookie store encrypted with the OS key (Rapport sets no cookies; defence in depth).
    enableCookieEncryption: true,
    // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code (--require) or trust into the main process.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect / --inspect-brk / SIGUSR1 would open a debugger on the process that holds the ledger key.
    enableNodeCliInspectArguments: false,
    // The app.asar is checked against the hash embedded in the binary (macOS, Windows).
    enableEmbeddedAsarIntegrityValidation: true,
    // Only the (integrity-checked) app.asar is loaded, never a loose app/ folder placed next to it.
    onlyLoadAppFromAsar: true,
    // Rapport ships no custom V8 snapshot.
    loadBrowserProcessSpecificV8Snapshot: false,
    // Pages come from the app:// protocol; file:// gets no privileges beyond a browser's.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Rapport',
  },
  deb: {
    // safeStorage needs a Secret Service (or KWallet) to offer "remember on this device".
    recommends: ['libsecret-1-0'],
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.business',
    hardenedRuntime: true,
  },
  dmg: {},
  win: {
    target: ['nsis'],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
};
