/**
 * Text files as people save them: UTF-8 mostly, but editors on Windows still write UTF-16 with a
 * byte-order mark (PowerShell's `>` did so until version 6). Read as UTF-8, such a file becomes
 * garbage keys and NUL characters; decoded by its mark, it reads as what the person wrote.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return swapped.swap16().toString("utf16le");
  }
  return bytes.toString("utf8");
}
