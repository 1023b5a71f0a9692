/**
 * The CLI's I/O held in memory, so commands run in-process in tests (stdin given, stdout and
 * stderr collected).
 */
import type { Io } from "../../src/cli/main";

export type MemoryIo = Io & { out: string; err: string };

/**
 * @example
 * const io = memoryIo(JSON.stringify(input));
 * await main(["size", "--input", "-"], io); // io.out holds the JSON printed
 */
export function memoryIo(stdin = ""): MemoryIo {
  const io: MemoryIo = {
    out: "",
    err: "",
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    readStdin: async () => stdin,
  };
  return io;
}
