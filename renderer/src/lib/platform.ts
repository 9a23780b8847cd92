// How shortcuts read on this system: "⌘ L" on macOS, "Ctrl L" elsewhere (Mantine's `mod`).
const isMac = /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);

export const modKeyLabel = isMac ? '⌘' : 'Ctrl';
