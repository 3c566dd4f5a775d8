/** Strings a PR author could put in a ModelSpec to attack the rendered reports. */
export const HOSTILE = [
  "<img src=x onerror=alert(1)>",
  "</details><script>alert(1)</script>",
  "[click](https://evil.example/phish)",
  "![x](https://evil.example/t.png)",
  "https://evil.example/bare",
  "www.evil.example",
  "@octocat and @acme/admins",
  "fixes #1",
  "**bold** _it_ ~~s~~ `tick` $x^2$",
  "a | b | c",
  "line\nbreak\r\n# heading",
  "\u202eevil\u202c and zero\u200bwidth",
  "<!-- hidden -->",
  "&amp; &#60;script&#62;",
  "[ref]: https://evil.example",
];
