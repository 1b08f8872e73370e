/**
 * One article, composed: a topic and a place, a date and its dateline, a title, a lead, 4–12
 * paragraphs (some of them attributed speech, sometimes a list), 0–3 figures (alt line, then a
 * near-duplicate caption with a credit in one of three forms or none), a byline or none, and a
 * tail. Returns the article as blocks of lines (a Draft, rendered to text by render.ts) and the
 * Facts a parser must find in it, so tests can check one against the other.
 */
import type { Rng } from "./prng.ts";
import { fill, type Slots } from "./fill.ts";
import { COASTAL, DISTRICTS } from "./bank-places.ts";
import { PEN_NAMES, honorific, inSentence, person } from "./bank-people.ts";
import {
  BYLINE_UNITS, CLOSERS, COMMENTS_HEADERS, COMMON_PARAS, LEAD_INS, OFFICIAL_VERBS, PERSON_VERBS,
  RELATED_HEADERS, TAGS_LABELS, type Speaker, type Topic,
} from "./bank-common.ts";
import { DISASTER, PARTY, ROADS, RURAL } from "./bank-civic.ts";
import { ECONOMY, FARMING, FISHING, TOURISM } from "./bank-economy.ts";
import { FESTIVALS, HEALTH, SCHOOLS } from "./bank-society.ts";
import {
  dateline, eventDay, impossibleDateline, mismatchedDateline, pickForm, pickWhen, publishedAt,
  type DatelineForm, type When,
} from "./dateline.ts";

export const TOPICS: readonly Topic[] = [PARTY, RURAL, ROADS, DISASTER, FARMING, FISHING, ECONOMY, TOURISM, SCHOOLS, HEALTH, FESTIVALS];

export type CreditForm = "plain" | "paren" | "dash" | "none";
export type SpeechForm = "colon" | "colon-quoted" | "quote-first" | "follow-up";
export type BylineForm = "plain" | "unit" | "two" | "none";
export type TailKind = "related" | "section" | "articles" | "tags" | "tags+related" | "comments" | "none";
/** The dateline faults the contract treats as warnings. */
export type DatelineFault = "impossible-date" | "weekday-mismatch" | "no-dateline";

export type Chunk = { kind: "paragraph" | "figure" | "list" | "placeholder"; lines: string[] };

export type Draft = {
  title: string;
  dateline: string | null;
  /** Placeholder lines right under the dateline (stripped images and share buttons). */
  underDateline: string[];
  /** The body in reading order, the lead included: blocks separated by blank lines. */
  chunks: Chunk[];
  byline: string | null;
  /** Tail sections, each a list of lines: a header and what is left under it. */
  tail: string[][];
};

export type FigureFacts = { alt: string; caption: string; credit?: string; form: CreditForm };
export type SpeechFacts = { name: string; role?: string; form: SpeechForm };

export type Facts = {
  topic: string;
  district: string;
  commune: string;
  title: string;
  dateline: string | null;
  datelineForm: DatelineForm;
  /** What the parser must read from the dateline; null for a broken or missing one. */
  publishedAt: string | null;
  lead: string;
  /** Paragraph blocks of the body after the lead (speech and list lines included, byline not). */
  paragraphs: number;
  figures: FigureFacts[];
  figureBeforeLead: boolean;
  speeches: SpeechFacts[];
  list: boolean;
  placeholdersInBody: number;
  byline: string | null;
  bylineForm: BylineForm;
  tail: TailKind;
  relatedPlaceholders: number;
  tags: string[] | null;
};

/** How often each variant is drawn, as relative weights: the corpus's distribution in one place. */
export const WEIGHTS = {
  /** Paragraphs after the lead (speech and a list's intro included). */
  paragraphs: { 4: 8, 5: 12, 6: 15, 7: 15, 8: 14, 9: 11, 10: 9, 11: 8, 12: 8 } as Record<string, number>,
  /** Paragraphs of attributed speech (at most two fewer than the paragraphs). */
  speeches: { 0: 15, 1: 40, 2: 30, 3: 15 } as Record<string, number>,
  /** A second speech by the same speaker becomes "Ông Hùng cho biết thêm: …" one time in four. */
  speechForm: { colon: 45, "colon-quoted": 30, "quote-first": 25 } as Record<Exclude<SpeechForm, "follow-up">, number>,
  figures: { 0: 25, 1: 40, 2: 25, 3: 10 } as Record<string, number>,
  credit: { plain: 30, paren: 25, dash: 20, none: 25 } as Record<CreditForm, number>,
  byline: { plain: 40, unit: 15, two: 15, none: 30 } as Record<BylineForm, number>,
  tail: { related: 30, section: 12, articles: 10, tags: 8, "tags+related": 10, comments: 10, none: 20 } as Record<TailKind, number>,
};

const SCHOOLS_OF = ["Trường Tiểu học", "Trường THCS", "Trường Mầm non", "Trường Tiểu học và THCS", "Trường PTDTBT THCS"];
const FESTIVAL_NAMES = [
  "Ngày hội Văn hóa, Thể thao các dân tộc", "Hội xuân", "Lễ hội truyền thống", "Ngày hội văn hóa dân tộc Dao",
  "Lễ hội đình làng", "Ngày hội văn hóa các dân tộc",
];

/** The slot values of one article: its places, its dates, its product, school and festival. */
export function articleSlots(rng: Rng, topic: Topic, when: When) {
  const district = rng.pick(topic.coastal ? COASTAL : DISTRICTS);
  const communes = topic.units ? district.communes.filter((c) => topic.units!.includes(c.kind)) : district.communes;
  const commune = rng.pick(communes);
  const commune2 = rng.pick(district.communes.filter((c) => c !== commune));
  const [village, village2] = rng.sample(district.villages, 2) as [string, string];
  const slots: Slots = {
    xa: commune.name, dv: `${commune.kind} ${commune.name}`, cap: commune.kind,
    xa2: commune2.name, dv2: `${commune2.kind} ${commune2.name}`,
    huyen: district.name, hdv: `${district.kind} ${district.name}`, hkind: district.kind,
    uy: `${district.committee} ${district.name}`,
    thon: village, tdv: `thôn ${village}`, thon2: village2, tdv2: `thôn ${village2}`,
    chude: topic.theme,
    sp: topic.products ? rng.pick(topic.products) : "",
    truong: `${rng.pick(SCHOOLS_OF)} ${commune.name}`,
    lehoi: rng.pick(FESTIVAL_NAMES),
    nam: String(when.y), nam1: String(when.y - 1), nam2: String(when.y + 1), thang: String(when.m),
    ngay: eventDay(when, rng), buoi: rng.pick(["Sáng", "Sáng", "Chiều", "Ngày", "Ngày", "Tối"]),
  };
  return { district, commune, slots };
}

/** A caption that repeats its alt text with a reporter's small edits. */
function captionOf(alt: string, slots: Slots, rng: Rng): string {
  let c = alt;
  for (const op of rng.sample(["place", "where", "drop", "period"], rng.int(0, 2))) {
    if (op === "place" && c.includes(slots.dv!) && !c.includes(slots.hdv!)) c = c.replace(slots.dv!, `${slots.dv} (${slots.hdv})`);
    if (op === "where") c = c.includes(" tại ") ? c.replace(" tại ", " ở ") : c.replace(" ở ", " tại ");
    if (op === "drop") {
      const word = [" đã ", " được ", " các ", " những ", " của "].find((w) => c.includes(w));
      if (word) c = c.replace(word, " ");
    }
    if (op === "period") c = c.replace(/\.$/, "");
  }
  return c;
}

function figure(alt: string, slots: Slots, credits: readonly string[], rng: Rng): { chunk: Chunk; facts: FigureFacts } {
  const caption = captionOf(alt, slots, rng);
  const form = rng.weighted(WEIGHTS.credit);
  const name = rng.pick(credits);
  let line = caption;
  let expected = caption;
  if (form === "plain") {
    expected = /[.!?]$/.test(caption) ? caption : `${caption}.`;
    line = `${expected} Ảnh: ${name}`;
  } else if (form === "paren") {
    line = `${caption} (Ảnh: ${name})`;
  } else if (form === "dash") {
    expected = caption.replace(/\.$/, "");
    line = `${expected} ${rng.chance(0.8) ? "-" : "–"} Ảnh: ${name}`;
  }
  const facts: FigureFacts = form === "none" ? { alt, caption: expected, form } : { alt, caption: expected, credit: name, form };
  return { chunk: { kind: "figure", lines: [alt, line] }, facts };
}

type Said = { text: string; facts: SpeechFacts; honorific: string; given: string };

function speech(rng: Rng, slots: Slots, speaker: Speaker, say: string, form: Exclude<SpeechForm, "follow-up">): Said {
  const who = person(rng, speaker.g);
  const title = honorific(rng, speaker.h, who.gender);
  const role = fill(speaker.role, slots, rng);
  const verbs = speaker.official ? OFFICIAL_VERBS : PERSON_VERBS;
  // "cho rằng", "nhận định" need what follows them: never last, after a quotation.
  const verb = rng.pick(form === "quote-first" ? verbs.filter((v) => v !== "cho rằng" && v !== "nhận định") : verbs);
  const facts: SpeechFacts = { name: who.name, role, form };
  let text: string;
  if (form === "quote-first") {
    // The quotation's own last full stop gives way to the attribution: “… hơn nhiều”, anh A nói.
    const quoted = say.replace(/\.$/, "");
    const by = title === "" ? who.name : `${inSentence(title)} ${who.name}`;
    text = rng.chance(0.8) ? `“${quoted}”, ${by}, ${role}, ${verb}.` : `“${quoted}” - ${by}, ${role}, ${verb}.`;
  } else {
    const leadIn = rng.chance(0.3) ? rng.pick(LEAD_INS) : null;
    const by = title === "" ? who.name : `${leadIn ? inSentence(title) : title} ${who.name}`;
    const quoted = form === "colon-quoted" ? `“${say}”` : say;
    text = `${leadIn ? `${leadIn}, ` : ""}${by}, ${role}, ${verb}: ${quoted}`;
  }
  return { text, facts, honorific: title, given: who.given };
}

/** "Ông Hùng cho biết thêm: …": the same speaker again, by honorific and given name. */
function followUp(rng: Rng, first: Said, say: string): Said {
  const text = `${first.honorific} ${first.given} ${rng.pick(["cho biết thêm", "nói thêm", "chia sẻ thêm", "cho biết"])}: ${say}`;
  return { text, facts: { name: first.given, form: "follow-up" }, honorific: first.honorific, given: first.given };
}

/** Where n items go among `gaps` gaps: sorted gap indices, repeats allowed. */
function positions(rng: Rng, n: number, gaps: number): number[] {
  return Array.from({ length: n }, () => rng.int(0, gaps)).sort((a, b) => a - b);
}

function insertAt<T>(items: T[], inserts: Array<[number, T]>): T[] {
  const out: T[] = [];
  let k = 0;
  const sorted = [...inserts].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i <= items.length; i++) {
    while (k < sorted.length && sorted[k]![0] === i) out.push(sorted[k++]![1]);
    if (i < items.length) out.push(items[i]!);
  }
  return out;
}

export function compose(rng: Rng, fault: DatelineFault | null = null): { draft: Draft; facts: Facts } {
  const topic = rng.pick(TOPICS);
  const when = pickWhen(rng);
  const { district, commune, slots } = articleSlots(rng, topic, when);
  const f = (template: string) => fill(template, slots, rng);

  // Dateline, right or with the fault asked for.
  const form = pickForm(rng, fault === "weekday-mismatch");
  let line: string | null = dateline(form, when, rng);
  let iso: string | null = publishedAt(form, when);
  if (fault === "impossible-date") [line, iso] = [impossibleDateline(form, when, rng), null];
  if (fault === "weekday-mismatch") line = mismatchedDateline(form, when, rng);
  if (fault === "no-dateline") [line, iso] = [null, null];

  const title = f(rng.pick(topic.titles));
  const lead = f(rng.pick(topic.leads));

  // Paragraphs: the topic's own first, then shared ones; often a closing paragraph last.
  const total = Number(rng.weighted(WEIGHTS.paragraphs));
  const speechCount = Math.min(Number(rng.weighted(WEIGHTS.speeches)), total - 2);
  const list = topic.list !== undefined && rng.chance(0.25);
  const closer = rng.chance(0.6);
  const plainCount = total - speechCount - (list ? 1 : 0) - (closer ? 1 : 0);
  const own = rng.sample(topic.paras, plainCount);
  const plain = [...own, ...rng.sample(COMMON_PARAS, plainCount - own.length)].map(f);
  let chunks: Chunk[] = plain.map((text) => ({ kind: "paragraph", lines: [text] }));

  // Speech, each at a random place among the paragraphs, in order.
  const said: Said[] = [];
  const usedSays = new Set<string>();
  const unused = (speaker: Speaker) => speaker.say.filter((s) => !usedSays.has(s));
  let previous: Speaker | null = null;
  for (let i = 0; i < speechCount; i++) {
    const prev = said[said.length - 1];
    // The same speaker again, by honorific and given name, when they have more to say.
    const more = previous ? unused(previous) : [];
    if (prev && previous && more.length > 0 && /^\p{L}+( \p{L}+)?$/u.test(prev.honorific) && prev.facts.form !== "follow-up" && rng.chance(0.25)) {
      const say = rng.pick(more);
      usedSays.add(say);
      said.push(followUp(rng, prev, say));
      continue;
    }
    let speaker = rng.pick(topic.speakers);
    for (let tries = 0; unused(speaker).length === 0 && tries < 20; tries++) speaker = rng.pick(topic.speakers);
    const say = rng.pick(unused(speaker).length > 0 ? unused(speaker) : speaker.say);
    usedSays.add(say);
    said.push(speech(rng, slots, speaker, say, rng.weighted(WEIGHTS.speechForm)));
    previous = speaker;
  }
  // Follow-ups must come right after their speaker's first words: place speech as a run when one follows.
  const speechChunks: Chunk[] = said.map((s) => ({ kind: "paragraph", lines: [s.text] }));
  const at = positions(rng, speechChunks.length, chunks.length);
  said.forEach((s, i) => { if (s.facts.form === "follow-up") at[i] = at[i - 1]!; });
  chunks = insertAt(chunks, speechChunks.map((c, i) => [at[i]!, c] as [number, Chunk]));

  if (list) {
    const intro: Chunk = { kind: "paragraph", lines: [f(topic.list!.intro)] };
    const items: Chunk = { kind: "list", lines: topic.list!.items.map(f) };
    const where = rng.int(1, chunks.length);
    chunks.splice(where, 0, intro, items);
  }
  if (closer) chunks.push({ kind: "paragraph", lines: [f(rng.pick(CLOSERS))] });

  // Byline: a pen name, with a newsroom, two names, or none.
  const bylineForm = rng.weighted(WEIGHTS.byline);
  const pen = rng.pick(PEN_NAMES);
  let byline: string | null = null;
  if (bylineForm === "plain") byline = pen;
  if (bylineForm === "unit") byline = `${pen} ${f(rng.pick(BYLINE_UNITS))}`;
  if (bylineForm === "two") {
    const other = rng.pick(PEN_NAMES.filter((p) => p !== pen));
    byline = `${pen}${rng.pick([" - ", " - ", " và ", ", ", " – "])}${other}`;
  }

  // Figures: at random gaps between body blocks; now and then one before the lead.
  const figureCount = Number(rng.weighted(WEIGHTS.figures));
  const credits = bylineForm === "none" ? PEN_NAMES : [pen, pen, pen, ...PEN_NAMES];
  const figures = rng.sample(topic.figures, figureCount).map((alt) => figure(f(alt), slots, credits, rng));
  const figureBeforeLead = figures.length > 0 && rng.chance(0.12);
  const inBody = figureBeforeLead ? figures.slice(1) : figures;
  chunks = insertAt(chunks, positions(rng, inBody.length, chunks.length).map((p, i) => [p, inBody[i]!.chunk] as [number, Chunk]));

  // Stripped images or links left lone dots between blocks.
  let placeholdersInBody = 0;
  if (rng.chance(0.15)) {
    const n = rng.int(1, 2);
    placeholdersInBody = n;
    const dots = () => ({ kind: "placeholder" as const, lines: [rng.pick([".", ".", "…", "...", ". . ."])] });
    chunks = insertAt(chunks, positions(rng, n, chunks.length).map((p) => [p, dots()] as [number, Chunk]));
  }

  chunks.unshift({ kind: "paragraph", lines: [lead] });
  if (figureBeforeLead) chunks.unshift(figures[0]!.chunk);

  // Tail.
  const tailKind = rng.weighted(WEIGHTS.tail);
  const tail: string[][] = [];
  let tags: string[] | null = null;
  let relatedPlaceholders = 0;
  if (tailKind === "tags" || tailKind === "tags+related") {
    tags = [...new Set([district.name, ...rng.sample(topic.tags, rng.int(1, 3)), ...(rng.chance(0.5) ? [commune.name] : [])])];
    tail.push([`${rng.pick(TAGS_LABELS)} ${tags.join(rng.chance(0.85) ? ", " : "; ")}`]);
  }
  if (tailKind === "related" || tailKind === "section" || tailKind === "articles" || tailKind === "tags+related") {
    const headers = RELATED_HEADERS[tailKind === "tags+related" ? "related" : tailKind];
    relatedPlaceholders = rng.int(1, 10);
    const dots = Array.from({ length: relatedPlaceholders }, () => ".");
    tail.push([rng.pick(headers), ...(rng.chance(0.3) ? [""] : []), ...dots]);
  }
  if (tailKind === "comments") tail.push([rng.pick(COMMENTS_HEADERS)]);

  const underDateline = line !== null && rng.chance(0.6) ? Array.from({ length: rng.int(1, 3) }, () => ".") : [];
  const paragraphs = chunks.filter((c) => c.kind === "paragraph").length - 1 + (list ? topic.list!.items.length : 0);

  return {
    draft: { title, dateline: line, underDateline, chunks, byline, tail },
    facts: {
      topic: topic.key, district: district.name, commune: commune.name,
      title, dateline: line, datelineForm: form, publishedAt: iso, lead, paragraphs,
      figures: figures.map((x) => x.facts), figureBeforeLead,
      speeches: said.map((s) => s.facts), list, placeholdersInBody,
      byline, bylineForm, tail: tailKind, relatedPlaceholders, tags,
    },
  };
}
