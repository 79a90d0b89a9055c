/**
 * Switches that would open the packaged app to another process: Chromium's remote debugging and Node's
 * inspector. The fuses already disable Node's; the app refuses both, so a shortcut with such a switch
 * fails loudly instead of running with a debugger open.
 */
const forbidden = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'inspect', 'inspect-brk', 'inspect-port', 'inspect-publish-uid'];

/** Chromium takes `--name`, `-name` and, on Windows, `/name`, each with an optional `=value`. */
const switchName = (argument: string): string | null => argument.match(/^(?:--?|\/)([a-z][a-z-]*)(?:=|$)/i)?.[1]?.toLowerCase() ?? null;

/** The first forbidden switch on the command line, as written; null when there is none. */
export const findDebugSwitch = (argv: readonly string[]): string | null =>
  argv.find((argument) => forbidden.includes(switchName(argument) ?? '')) ?? null;
