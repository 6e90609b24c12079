import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from "yaml";
import { ConfigurationError, formatLocation, type SourceLocation } from "../errors/index.js";

/** A parsed YAML file that can say where any value in it sits. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** Where the value at the path is written; with `key`, where its key is. */
  locate(path: ReadonlyArray<string | number>, options?: { key?: boolean }): SourceLocation;
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
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    throw new ConfigurationError(
      `is not valid YAML: ${first.message}${more}`,
      first.location,
      problems.map((problem) => `${formatLocation(problem.location)}: ${problem.message}`),
    );
  }
  const locate = (path: ReadonlyArray<string | number>, options: { key?: boolean } = {}): SourceLocation => {
    if (options.key && path.length > 0) {
      const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
      const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path[path.length - 1])) : undefined;
      if (pair && isNode(pair.key) && pair.key.range) {
        const position = lineCounter.linePos(pair.key.range[0]);
        return { file, line: position.line, column: position.col };
      }
    }
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
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias with no anchor, or an alias bomb: the document parsed but cannot be turned into data.
    throw new ConfigurationError(`cannot be read: ${error instanceof Error ? error.message : String(error)}`, { file, line: 1, column: 1 });
  }
  return { file, value: value ?? {}, locate };
}
