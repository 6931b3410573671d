import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { MAX_DOCUMENT_BYTES, prepareDocument } from "./document-input";

const bytes = (s: string) => new TextEncoder().encode(s);
const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof IngestError) return e.code;
    throw e;
  }
  return "accepted";
};

describe("prepareDocument", () => {
  it("refuses an empty file", () => {
    expect(codeOf(() => prepareDocument("a.txt", new Uint8Array()))).toBe("empty");
  });

  it("refuses a file with only blank space, saying no text was found", () => {
    expect(codeOf(() => prepareDocument("a.txt", bytes("  \n\n \t")))).toBe("no-text");
  });

  it("refuses a binary file (a PDF, an image)", () => {
    expect(codeOf(() => prepareDocument("a.pdf", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0xff])))).toBe("binary");
  });

  it("refuses invalid UTF-8 with a message naming the file", () => {
    try {
      prepareDocument("latin1.txt", new Uint8Array([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0x20, 0x77]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IngestError);
      expect((e as IngestError).code).toBe("not-utf8");
      expect((e as IngestError).message).toMatch(/latin1\.txt.*UTF-8/);
    }
  });

  it("refuses UTF-16 and says to save as UTF-8", () => {
    expect(codeOf(() => prepareDocument("u16.txt", new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0])))).toBe("utf16");
  });

  it("refuses a file over the size limit", () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61);
    expect(codeOf(() => prepareDocument("big.txt", big))).toBe("too-large");
  });

  it("reduces HTML to its text, drops scripts and styles, and says scripts were removed", () => {
    const doc = prepareDocument(
      "page.html",
      bytes('<html><head><style>p{color:red}</style><script>alert("x")</script></head><body><h1>Shelling in Latakia</h1><p onclick="steal()">Five <b>killed</b>.</p><img src=x onerror=alert(1)></body></html>'),
    );
    expect(doc.format).toBe("html");
    expect(doc.text).toContain("Shelling in Latakia");
    expect(doc.text).toContain("Five killed.");
    expect(doc.text).not.toMatch(/alert|steal|color:red|<|>/);
    expect(doc.warnings.join(" ")).toMatch(/scripts/);
  });

  it("recognises HTML pasted without a file name by its tags", () => {
    expect(prepareDocument("paste", "<p>Five killed in <i>Latakia</i>.</p>").format).toBe("html");
    expect(prepareDocument("paste", "Five killed in Latakia.").format).toBe("text");
  });

  it("gives the same hash to the same content whatever its line endings, BOM or trailing blanks", () => {
    const a = prepareDocument("a.txt", bytes("One line.\nTwo lines.\n"));
    const b = prepareDocument("b.txt", bytes("\uFEFFOne line.  \r\nTwo lines.\r\n\r\n"));
    const c = prepareDocument("c.txt", bytes("One line.\nThree lines.\n"));
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  it("keeps the text as given apart from line endings, so offsets into it hold", () => {
    expect(prepareDocument("a.txt", bytes("\uFEFFA  \r\nB")).text).toBe("A  \nB");
  });
});
