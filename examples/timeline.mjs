// Put a folder of articles on a timeline: each article's publication date comes from
// the text (or the feed), and every date it mentions is resolved against it.
// Run with `node examples/timeline.mjs [FOLDER]` after `npm run build`; without a
// folder it uses three small articles written here.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "nashra";

const folder = process.argv[2];
const articles = folder
  ? readdirSync(folder)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => ({ name: f, text: readFileSync(join(folder, f), "utf8") }))
  : [
      {
        name: "flood.txt",
        text: "فيضانات في الجنوب\nالأحد 9 مارس 2025\nالبصرة - (وكالات) - غمرت مياه الأمطار أحياء في المدينة الجمعة، وقال الدفاع المدني إن المياه انحسرت أمس.",
      },
      {
        name: "summit.txt",
        text: "قمة اقتصادية في الرياض\n15 رمضان 1446هـ\nالرياض - واس - تنطلق القمة الاقتصادية الأسبوع المقبل بمشاركة 20 دولة.",
      },
      {
        name: "budget.txt",
        text: "البرلمان يقر الموازنة\nعمان - بترا - أقر مجلس النواب الموازنة العامة في جلسة عقدها في 3 كانون الثاني/يناير 2025.",
      },
    ];

const events = [];
for (const { name, text } of articles) {
  const { published, dates } = analyzeArticle(text);
  for (const d of dates) {
    if (typeof d.where !== "object") continue; // keep the main articles' own dates
    events.push({ day: iso(d.start), to: iso(d.end), text: d.text, article: name, published: published && iso(published) });
  }
}
events.sort((a, b) => a.day.localeCompare(b.day));
for (const e of events) console.log(`${e.day}${e.to === e.day ? "" : ` → ${e.to}`}  ${e.text}  (${e.article})`);

function iso({ year, month, day }) {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

if (!folder) {
  const days = events.map((e) => `${e.day} ${e.text}`);
  assert.ok(days.includes("2025-03-07 الجمعة"), "the Friday before Sunday 9 March 2025");
  assert.ok(days.includes("2025-03-08 أمس"));
  assert.ok(days.includes("2025-03-15 15 رمضان 1446هـ"));
  assert.ok(days.includes("2025-01-03 3 كانون الثاني/يناير 2025"));
  assert.deepEqual(days, [...days].sort());
}
