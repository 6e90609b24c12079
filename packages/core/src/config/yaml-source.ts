import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import { ConfigurationError, type SourceLocation } from "../errors/index.js";

/** A parsed YAML file that can say where any value in it sits. */
export interface YamlSource {
  file: string;
  value: unknown;
  locate(path: ReadonlyArray<string | number>): SourceLocation;
}

export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = document.errors.map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    return { message: error.message.split("\n")[0]!, location: { file, line: position.line, column: position.col } };
  });
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new ConfigurationError(
      `is not valid YAML: ${first.message}`,
      first.location,
      problems.map((problem) => `${problem.location.line}:${problem.location.column}: ${problem.message}`),
    );
  }
  const locate = (path: ReadonlyArray<string | number>): SourceLocation => {
    // Walk down as far as the path exists: a missing key is reported at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const position = lineCounter.linePos(node.range[0]);
        return { file, line: position.line, column: position.col };
      }
    }
    return { file, line: 1, column: 1 };
  };
  return { file, value: document.toJS({ maxAliasCount: 100 }) ?? {}, locate };
}
