/**
 * The file system's refusals (EACCES, EISDIR, ENOTDIR, ...) said in our words: which path, what is
 * wrong with it, and what to do. Node's own text ("EISDIR: illegal operation on a directory, open
 * '/x'") names the system call, not the problem.
 */
export interface SystemError extends Error {
  code: string;
  path?: string;
  dest?: string;
  syscall?: string;
}

const ADVICE: Record<string, (path: string, error: SystemError) => string> = {
  ENOENT: (path) => `${path} does not exist: check the path (paths are relative to the repository)`,
  EACCES: (path, error) => `${path} cannot be ${verb(error)}: permission denied; make it writable for the job's user, or choose another path`,
  EPERM: (path, error) => `${path} cannot be ${verb(error)}: the operation is not permitted; make it writable for the job's user, or choose another path`,
  EROFS: (path) => `${path} is on a read-only file system: choose a path on a writable one`,
  EISDIR: (path) => `${path} is a folder where a file was expected: give the path of a file, or remove the folder`,
  ENOTDIR: (path) => `a part of ${path} is a file where a folder was expected: remove that file or choose another path`,
  EEXIST: (path) => `${path} already exists and is in the way: remove it or choose another path`,
  ENOTEMPTY: (path) => `${path} is a folder that is not empty: empty or remove it, or choose another path`,
  ENOSPC: (path) => `no space left on the device to write ${path}: free some space`,
  EMFILE: (path) => `too many files open while reading ${path}: raise the limit of open files (ulimit -n)`,
  ELOOP: (path) => `${path} is a loop of symbolic links: correct the links`,
  ENAMETOOLONG: (path) => `the path ${path} is too long: choose a shorter one`,
};

export function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as Partial<SystemError>).code === "string" && /^E[A-Z]+$/.test((error as SystemError).code);
}

/** One line for a file-system error, or undefined when it is not one we can say better. */
export function describeSystemError(error: unknown): string | undefined {
  if (!isSystemError(error)) return undefined;
  const advice = ADVICE[error.code];
  if (!advice) return undefined;
  const path = error.path ?? pathInMessage(error.message);
  if (path === undefined) return `${advice("a path", error)} (${error.code})`;
  return `${advice(path, error)} (${error.code})`;
}

function verb(error: SystemError): string {
  const call = error.syscall ?? "";
  if (/^(write|mkdir|rename|copyfile|symlink|unlink|rmdir|rm|chmod|utime)/.test(call)) return "written";
  if (/^(scandir|opendir|readdir)/.test(call)) return "listed";
  return "opened";
}

/** Node puts the path in quotes at the end of its message: "ENOENT: no such file or directory, open '/x'". */
function pathInMessage(message: string): string | undefined {
  return /'([^']+)'(?: -> '[^']+')?$/.exec(message)?.[1];
}

/** Gives a file-system error the path it was about, when Node left it out (a read of a folder). */
export function atPath(error: unknown, path: string): unknown {
  if (isSystemError(error) && error.path === undefined) error.path = path;
  return error;
}
