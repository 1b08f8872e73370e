// Loaded with `node --import` into a process the scale bench measures: on exit, writes the
// process's peak resident memory in bytes to $PEAK_MEMORY_FILE (getrusage's maxrss, which
// covers every thread, Rolldown's native ones included).
import { writeFileSync } from "node:fs";

const file = process.env.PEAK_MEMORY_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
