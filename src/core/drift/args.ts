/**
 * Command lines as Kubernetes hands them to a container: `command` + `args` arrays, where one
 * element may itself be a shell script (`["/bin/sh", "-c", "vllm serve m --max-model-len 8192"]`).
 * Pure: strings in, tokens out, never throws.
 */

/** One word of a command line and where it came from (which array element, offset inside it). */
export interface Token {
  text: string;
  /** Index into the combined `command` + `args` list of the container. */
  element: number;
  /** Character offset of the token inside that element (0 for an element that is one word). */
  offset: number;
}

/**
 * Splits a shell command string into words the way POSIX `sh` would for the simple commands
 * manifests contain: single and double quotes, backslash escapes, `\`-newline continuations.
 * Operators (`&&`, `;`, `|`) end up as their own words, so `exec`-style wrappers stay readable.
 * Variables are not expanded (`$MAX_LEN` stays literal; `expandK8sVars` handles `$(VAR)`).
 */
export function shellWords(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let cur = "";
  let start = -1;
  let quote: "'" | '"' | null = null;
  const push = () => {
    if (start !== -1) out.push({ text: cur, offset: start });
    cur = "";
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else cur += c;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === "\\" && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1]!)) {
        if (text[i + 1] !== "\n") cur += text[i + 1];
        i++;
      } else cur += c;
      continue;
    }
    if (c === "\\" && i + 1 < text.length) {
      if (text[i + 1] !== "\n") {
        if (start === -1) start = i;
        cur += text[i + 1];
      }
      i++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      push();
      continue;
    }
    if (c === ";" || c === "|" || c === "&") {
      push();
      out.push({ text: c, offset: i });
      continue;
    }
    if (c === "#" && start === -1) {
      // A comment runs to the end of the line.
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? text.length : nl;
      continue;
    }
    if (start === -1) start = i;
    if (c === "'" || c === '"') quote = c;
    else cur += c;
  }
  push();
  return out;
}

const SHELLS = /(^|\/)(ba|da|z)?sh$/;

/**
 * The words of a container's command line: `command` then `args`. An element that follows a
 * shell's `-c` (or the only element of a `sh -c` form) is split as a script; every other element is
 * one word, as the kubelet passes it (quotes and spaces inside it are literal).
 */
export function commandTokens(elements: readonly string[]): Token[] {
  const out: Token[] = [];
  let script = false;
  elements.forEach((el, element) => {
    if (script) {
      for (const w of shellWords(el)) out.push({ text: w.text, element, offset: w.offset });
      script = false;
      return;
    }
    out.push({ text: el, element, offset: 0 });
    if (/^-[a-z]*c$/.test(el) && elements.slice(0, element).some((e) => SHELLS.test(e))) script = true;
  });
  return out;
}

/**
 * Kubernetes expands `$(VAR)` in `command` and `args` from the container's `env` (`$$(VAR)` escapes
 * it). Unknown variables stay as written, as the kubelet leaves them.
 */
export function expandK8sVars(text: string, env: ReadonlyMap<string, string>): string {
  return text.replace(/\$\$\(|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string | undefined) => {
    if (name === undefined) return "$(";
    const v = env.get(name);
    return v === undefined ? m : v;
  });
}
