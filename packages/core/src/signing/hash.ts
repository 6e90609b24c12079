import { createHash } from "node:crypto";
import { open } from "node:fs/promises";

/** Size of each read; two such buffers are all the memory hashing takes, whatever the file's size. */
export const HASH_CHUNK = 1 << 20;

export interface FileDigest {
  sha256: string;
  size: number;
}

/**
 * SHA-256 of a file in flat memory. Reads into two fixed buffers in turn, so the disk read of the
 * next chunk overlaps the hashing of this one. `onChunk` sees every chunk (a streaming signer),
 * and must not keep it: the buffer is reused.
 */
export async function hashFile(path: string, onChunk?: (chunk: Buffer) => void, chunkSize = HASH_CHUNK): Promise<FileDigest> {
  const handle = await open(path, "r");
  try {
    const hash = createHash("sha256");
    // A small file needs no large buffers: one read of its size (+1 to see the end) does it.
    const { size: expected } = await handle.stat();
    chunkSize = Math.max(1, Math.min(chunkSize, expected + 1));
    const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
    let size = 0;
    let turn = 0;
    let pending = handle.read(buffers[0]!, 0, chunkSize, null);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const current = buffers[turn]!;
      turn ^= 1;
      pending = handle.read(buffers[turn]!, 0, chunkSize, null);
      const chunk = current.subarray(0, bytesRead);
      hash.update(chunk);
      onChunk?.(chunk);
      size += bytesRead;
    }
    return { sha256: hash.digest("hex"), size };
  } finally {
    await handle.close();
  }
}
