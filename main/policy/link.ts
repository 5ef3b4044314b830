// Links to a moment of the story (`tooth-rebirth://open#m=...`), from the operating system (the registered
// scheme), from a second launch, or from `--link`. Main checks only the shape: the scheme, one `m=` value of
// URL characters, a bounded length, nothing unprintable. The value itself (version, scenario, time, view) is
// the renderer's to validate with its own schema; main hands it over as the fragment `m=...`, which is what a
// web link carries after its `#`.

export const LINK_SCHEME = 'tooth-rebirth';
export const MAX_LINK_LENGTH = 2048;

export type LinkCheck = { ok: true; fragment: string } | { ok: false; reason: string };

// Unreserved and sub-delimiter characters, ':', '@', '/', '?', and percent escapes: everything an encoded URL
// fragment may hold, except '&' and '#', which would start another parameter or fragment.
const VALUE = /^(?:[A-Za-z0-9\-._~!$'()*+,;:@/?=]|%[0-9A-Fa-f]{2})+$/;

/** True for a command-line argument that is a link of the app's scheme (what the OS passes on Windows and Linux). */
export function looksLikeLink(arg: string): boolean {
  return arg.toLowerCase().startsWith(`${LINK_SCHEME}:`);
}

/** Checks a link (or a bare `#m=...` / `m=...` fragment) and returns the fragment for the renderer. */
export function checkLink(input: unknown): LinkCheck {
  if (typeof input !== 'string') return { ok: false, reason: 'not text' };
  if (input.length === 0) return { ok: false, reason: 'empty' };
  if (input.length > MAX_LINK_LENGTH) {
    return { ok: false, reason: `longer than ${MAX_LINK_LENGTH} characters (${input.length})` };
  }
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return { ok: false, reason: 'control characters' };
    if (code === 0x20 || code > 0x7e) return { ok: false, reason: 'characters a link cannot hold unencoded' };
  }

  let params: string;
  if (looksLikeLink(input)) {
    const rest = input.slice(LINK_SCHEME.length + 1);
    const hash = rest.indexOf('#');
    const query = rest.indexOf('?');
    if (hash !== -1) params = rest.slice(hash + 1);
    else if (query !== -1) params = rest.slice(query + 1);
    else return { ok: false, reason: 'no m= parameter' };
  } else if (input.startsWith('#m=') || input.startsWith('m=')) {
    params = input.startsWith('#') ? input.slice(1) : input;
  } else {
    return { ok: false, reason: `not a ${LINK_SCHEME}:// link` };
  }

  const values = params
    .split(/[&#]/)
    .filter((part) => part.startsWith('m='))
    .map((part) => part.slice(2));
  if (values.length === 0) return { ok: false, reason: 'no m= parameter' };
  if (values.length > 1) return { ok: false, reason: 'more than one m= parameter' };
  const value = values[0]!;
  if (!VALUE.test(value))
    return { ok: false, reason: 'the m= value is empty or holds characters a link may not' };
  return { ok: true, fragment: `m=${value}` };
}

/** Arguments for `app.setAsDefaultProtocolClient`: an unpackaged app must name the script Electron runs. */
export function protocolClientArgs(
  defaultApp: boolean,
  execPath: string,
  appPath: string | undefined,
): [string] | [string, string, string[]] {
  if (defaultApp && appPath) return [LINK_SCHEME, execPath, [appPath]];
  return [LINK_SCHEME];
}
