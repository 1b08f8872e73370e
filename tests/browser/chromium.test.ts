/** Chromium discovery: the first existing candidate, CHROME_PATH first, and a useful error without one. */
import { expect, test } from "vitest";
import { INSTALL_COMMAND, findChromium } from "../../scripts/support/chromium.ts";

const missing = "/nonexistent/chromium";

test("CHROME_PATH wins when it exists", () => {
  expect(findChromium({ CHROME_PATH: process.execPath }, [missing])).toBe(process.execPath);
});

test("takes the first candidate that exists", () => {
  expect(findChromium({}, [missing, process.execPath])).toBe(process.execPath);
});

test("a CHROME_PATH that does not exist is an error, not a silent fallback", () => {
  expect(() => findChromium({ CHROME_PATH: missing }, [process.execPath])).toThrow(/CHROME_PATH is set to \/nonexistent\/chromium/);
});

test("no Chromium at all fails at once with the command that installs it", () => {
  expect(() => findChromium({}, [missing])).toThrow(INSTALL_COMMAND);
  expect(INSTALL_COMMAND).toBe("apt-get update && apt-get install -y chromium fonts-noto-core");
});
