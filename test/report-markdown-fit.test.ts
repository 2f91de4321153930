// Fitting a report under a size limit: detail gives way by priority, breadth first, and protected sections never shrink.
import { describe, expect, it } from "vitest";
import { byteLength, fitSections } from "../src/report/fit-size.js";

describe("fitSections", () => {
  it("keeps everything when it fits", () => {
    const { text, trimmed } = fitSections([{ priority: 9, variants: ["head"] }, { priority: 0, variants: ["detail", ""] }], { limit: 100 });
    expect(text).toBe("head\n\ndetail\n");
    expect(trimmed).toBe(false);
  });

  it("shortens the least important section first", () => {
    const { text } = fitSections(
      [
        { priority: 9, variants: ["HEAD"] },
        { priority: 3, variants: ["table ".repeat(5), "table (short)"] },
        { priority: 0, variants: ["details ".repeat(5), ""] },
      ],
      { limit: 50 },
    );
    expect(text).toBe(`HEAD\n\n${"table ".repeat(5)}\n`);
  });

  it("makes every equal section compact before dropping any, the first ones last", () => {
    const sections = [0, 1, 2].map((i) => ({ priority: 1, variants: [`full-${i}-${"x".repeat(20)}`, `c${i}`, ""] }));
    expect(fitSections(sections, { limit: 40 }).text).toBe(`full-0-${"x".repeat(20)}\n\nc1\n\nc2\n`);
    expect(fitSections(sections, { limit: 8 }).text).toBe("c0\n\nc1\n");
  });

  it("never shortens a single-variant section, and cuts the tail with a note as a last resort", () => {
    const { text, trimmed } = fitSections(
      [
        { priority: 9, variants: ["THE HEADLINE"] },
        { priority: 9, variants: [Array.from({ length: 50 }, (_, i) => `line ${i}`).join("\n")] },
      ],
      { limit: 150 },
    );
    expect(trimmed).toBe(true);
    expect(text.startsWith("THE HEADLINE\n")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(150);
    expect(text).toContain("report cut to fit");
  });

  it("measures in bytes when asked (the job summary's limit is in bytes)", () => {
    const emoji = "✅".repeat(10);
    expect(byteLength(emoji)).toBe(30);
    const { text } = fitSections([{ priority: 1, variants: [emoji, "ok"] }], { limit: 20, measure: byteLength });
    expect(text).toBe("ok\n");
  });
});
