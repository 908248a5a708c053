/** A progress bar on stderr for the command-line tools; redraws at most ten times a second. */
export function progressBar(label: string) {
  let last = 0;
  const draw = (done: number, total: number | undefined) => {
    if (total) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`);
    } else {
      process.stderr.write(`\r${label} ${done}`);
    }
  };
  return {
    update(done: number, total?: number) {
      const now = Date.now();
      if (now - last < 100 && done !== total) return;
      last = now;
      draw(done, total);
    },
    done() {
      process.stderr.write("\n");
    },
  };
}
