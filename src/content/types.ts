/**
 * The Article contract (../shared/ARTICLE-FORMAT.md). Every consumer — the Vite plugin, the
 * pages, the parse CLI and the tests — reads these types; none of them re-declares a shape.
 */

export type ParagraphBlock = { type: "paragraph"; text: string; line: number };

export type FigureBlock = {
  type: "figure";
  alt: string;
  caption: string;
  /** Photographer or source, without the "Ảnh:" label (the page adds it back). */
  credit?: string;
  /** Public URL of the real image, when `public/images/<id>/<n>.(jpg|png|webp)` exists. */
  src?: string;
  width?: number;
  height?: number;
  line: number;
};

export type PullQuoteBlock = {
  type: "pullquote";
  /** An excerpt of the speech: whole sentences or clauses, never cut mid-word. */
  text: string;
  name: string;
  role?: string;
  /**
   * Extra field: the quote stood alone in the dump with its speaker's name under it (Tuổi Trẻ's
   * pull-quote boxes, structure.ts): its text is the line as written and no paragraph repeats it.
   */
  boxed?: true;
  line: number;
};

/** Why a line of a dump is page furniture, not the article (furniture.ts). */
export type RemovedReason =
  | "share" | "font-size" | "print" | "comments" | "related" | "call-to-action" | "url" | "end-mark" | "widget"
  /** A line that recurs in many dumps of the corpus: an outlet's boilerplate (boilerplate.ts). */
  | "recurring";

/** A line kept out of the body as page furniture: nothing is lost, and a build counts them by reason. */
export type RemovedLine = { line: number; text: string; reason: RemovedReason };

/** Extra block (other outlets): a crosshead, a short line without a stop between paragraphs (structure.ts). */
export type HeadingBlock = { type: "heading"; text: string; line: number };

export type Block = ParagraphBlock | FigureBlock | PullQuoteBlock | HeadingBlock;
export type BlockType = Block["type"];

export type Article = {
  id: string;
  slug: string;
  title: string;
  dateline: string | null;
  publishedAt: string | null;
  /** Extra field: false when the dateline gave a date but no clock time (shown without one). */
  hasTime?: boolean;
  lead: string | null;
  byline: string | null;
  body: Block[];
  relatedPlaceholders: number;
  tags?: string[];
  /** Extra field: the outlet's mark taken off the lead ("TTO", "Dân trí", "VnExpress"): lead-source.ts. */
  source?: string;
  /** Extra field: the place line set alone beside the lead ("Yên Bái"). */
  place?: string;
  /** Extra field: the photographer credited with the byline ("Bài, ảnh: X", "X Ảnh: Y"): byline.ts. */
  photoCredit?: string;
  /** Extra field: page furniture kept out of the body (share prompts, related links …), in file order. */
  removed?: RemovedLine[];
  /** Extra field: text lines found after a tail header ("Tin liên quan" …), kept, not shown as body. */
  tailText?: string[];
  /** Minutes to read the lead and body (reading-time.ts), added by enrichment (enrich.ts). */
  readingMinutes: number;
};

/**
 * What a dump says, before enrichment (enrich.ts) adds its slug, reading time, the pull quotes
 * drawn from attributed speech and its figures' images: parse.ts readDump's answer.
 */
export type ParsedDump = Omit<Article, "slug" | "readingMinutes">;
export type DumpResult = { file: string; dump: ParsedDump | null; problems: Problem[] };

export type Severity = "error" | "warning";
export type Problem = { file: string; line: number; severity: Severity; message: string };

export type ParseResult = { file: string; article: Article | null; problems: Problem[] };

/**
 * The part of an article a large corpus leaves on disk until a page or a data file needs it:
 * whatever only the article's own page shows.
 */
export type ArticleBody = Pick<Article, "lead" | "byline" | "body" | "relatedPlaceholders" | "tags" | "tailText" | "removed" | "photoCredit">;

/**
 * What the corpus holds of an article: everything but its body, and what lists read of the body
 * (the excerpt, the reading time), computed once at parse time (corpus.ts recordOf).
 */
export type ArticleRecord = Omit<Article, keyof ArticleBody | "readingMinutes"> & {
  readingMinutes: number;
  excerpt: string | null;
  /** Page furniture taken out of the body, counted by reason (set only when there was some). */
  removedCounts?: Partial<Record<RemovedReason, number>>;
  /** Keys of the body's short lines without a sentence's end, that may be boilerplate (boilerplate.ts). */
  lineKeys?: number[];
  /** The authors its byline names (authors.ts authorsOf), set only when it names some: the author pages read them. */
  authors?: string[];
  /** The places, people, organisations and tags its text names (topics.ts encodeEntities), set only when it names some: topics read them. */
  entities?: string;
  /** Set by the corpus: the keys of this body's lines that recur in many dumps, taken out when it is shown. */
  boilerplate?: number[];
};

/** A parsed dump as a large corpus holds it: the article's record, not its body. */
export type RecordResult = { file: string; article: ArticleRecord | null; problems: Problem[] };

/** What lists (home, related, previous/next) need of an article: no body. */
export type ArticleSummary = {
  id: string;
  slug: string;
  title: string;
  dateline: string | null;
  publishedAt: string | null;
  hasTime: boolean;
  excerpt: string | null;
  /** "N phút đọc": whole minutes, at least 1 (see reading-time.ts). */
  readingMinutes: number;
  /** In a related list: the topics it shares with the article being read ("Cùng nói về …", topic-index.ts). */
  about?: string[];
};

/** One article's JSON module: the article plus its place in the corpus. */
export type ArticlePage = {
  article: Article;
  related: ArticleSummary[];
  /** The article published just before this one, and just after (by date, then id). */
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
  /** Its topics (topic-index.ts), most specific first: the "Chủ đề" row. */
  topics?: Array<{ name: string; slug: string }>;
};

/** A dump that could not become an article (only shown by the dev server). */
export type BrokenFile = { file: string; id: string; slug: string; problems: Problem[] };
