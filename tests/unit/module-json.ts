/**
 * The JSON text of a generated content module's data (`const data: T = <json>;`), as the app gets it: since session 74 a
 * large module writes it as `JSON.parse("<json>")` (src/content/compile/compile.ts, dataLiteral), whose string is read here.
 */
export function moduleJson(source: string): string {
  const literal = /^const data: [^=]+ = (.*);$/m.exec(source)![1]!;
  const parsed = /^JSON\.parse\((".*")\)$/.exec(literal);
  return parsed ? (JSON.parse(parsed[1]!) as string) : literal;
}
