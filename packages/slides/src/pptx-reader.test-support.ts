/** Reads a .pptx the way a test must: unzip, parse each slide's XML, collect its text runs. */
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

export interface PptxSlideText {
  /** Every `<a:t>` run, in document order. */
  runs: string[];
  /** Runs joined per paragraph (`<a:p>`), so a title split into runs reads whole. */
  paragraphs: string[];
  hasTable: boolean;
}

export interface PptxContents {
  slides: PptxSlideText[];
  notes: string[];
  files: string[];
}

const parser = new XMLParser({ ignoreAttributes: true, preserveOrder: true, trimValues: false, parseTagValue: false });

export async function readPptx(bytes: Uint8Array): Promise<PptxContents> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const numbered = (prefix: string) =>
    files.filter((name) => new RegExp(`^${prefix}\\d+\\.xml$`).test(name)).sort((a, b) => Number(a.match(/(\d+)\.xml$/)![1]) - Number(b.match(/(\d+)\.xml$/)![1]));
  const slides = await Promise.all(numbered("ppt/slides/slide").map(async (name) => slideText(await zip.file(name)!.async("string"))));
  const notes = await Promise.all(numbered("ppt/notesSlides/notesSlide").map(async (name) => slideText(await zip.file(name)!.async("string")).paragraphs.join("\n")));
  return { slides, notes, files };
}

type XmlNode = Record<string, unknown>;

function slideText(xml: string): PptxSlideText {
  const tree = parser.parse(xml) as XmlNode[];
  const runs: string[] = [];
  const paragraphs: string[] = [];
  let hasTable = false;
  const walk = (nodes: XmlNode[], paragraph: string[] | null) => {
    for (const node of nodes) {
      for (const [tag, value] of Object.entries(node)) {
        if (!Array.isArray(value)) continue;
        if (tag === "a:tbl") hasTable = true;
        if (tag === "a:t") {
          const text = (value as XmlNode[]).map((child) => String(child["#text"] ?? "")).join("");
          runs.push(text);
          paragraph?.push(text);
        } else if (tag === "a:p") {
          const own: string[] = [];
          walk(value as XmlNode[], own);
          paragraphs.push(own.join(""));
        } else walk(value as XmlNode[], paragraph);
      }
    }
  };
  walk(tree, null);
  return { runs, paragraphs, hasTable };
}
