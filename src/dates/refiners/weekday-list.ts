/**
 * Keeps the weekdays of a "و" list in the order they are written: "ستعقد الجولة يومي
 * الثلاثاء والأربعاء" published on a Wednesday is next Tuesday and the Wednesday after it,
 * not next Tuesday and today; "عقدت يومي الأربعاء والخميس" published on a Wednesday is
 * last Wednesday and last Thursday. Each weekday was placed alone from the reference;
 * a list names days that follow one another within the week it talks about.
 *
 * In a future list (a placing word such as المقبلين, or a verb in the future) every bare
 * day lies ahead of the reference and the later days move forward a week until they follow
 * the day before them; in a past list the earlier days move back a week until they precede the
 * day after them. Only bare weekdays move: one with its own placing word ("الأربعاء
 * المقبل") stays where that word put it.
 *
 * @module
 */

import type { Item, WeekdayCandidate } from "../candidate.js";
import { joinedByAnd } from "../scan/context.js";

const WEEK = 7;

function weekday(item: Item | undefined): WeekdayCandidate | null {
  return item !== undefined && item.candidate.kind === "weekday" && item.resolved.first === item.resolved.last ? item.candidate : null;
}

function moved(item: Item, days: number): Item {
  const r = item.resolved;
  return { ...item, resolved: { ...r, first: r.first + days, last: r.last + days } };
}

/** Puts the weekdays of each "و" list in written order; `today` is the reference's day number. */
export function orderWeekdayLists(text: string, items: Item[], today: number): Item[] {
  let k = 0;
  while (k < items.length) {
    // The run of weekdays items[k..j] joined by و.
    let j = k;
    while (weekday(items[j]) !== null && weekday(items[j + 1]) !== null && joinedByAnd(text, (items[j] as Item).end, (items[j + 1] as Item).start)) j++;
    if (j > k) orderRun(items, k, j, today);
    k = j + 1;
  }
  return items;
}

function orderRun(items: Item[], from: number, to: number, today: number): void {
  let future = false;
  for (let k = from; k <= to; k++) {
    const c = weekday(items[k]) as WeekdayCandidate;
    if (c.ahead === true || c.shift > 0) future = true;
  }
  if (future) {
    // "الاثنين والثلاثاء المقبلين": a bare day of a future list lies ahead too.
    for (let k = from; k <= to; k++) {
      const item = items[k] as Item;
      const first = item.resolved.first;
      if ((weekday(item) as WeekdayCandidate).shift === 0 && first < today) items[k] = moved(item, WEEK * Math.ceil((today - first) / WEEK));
    }
    for (let k = from + 1; k <= to; k++) {
      const before = (items[k - 1] as Item).resolved.first;
      const item = items[k] as Item;
      const first = item.resolved.first;
      if ((weekday(item) as WeekdayCandidate).shift !== 0 || first > before) continue;
      items[k] = moved(item, WEEK * (Math.floor((before - first) / WEEK) + 1));
    }
  } else {
    for (let k = to - 1; k >= from; k--) {
      const after = (items[k + 1] as Item).resolved.first;
      const item = items[k] as Item;
      const first = item.resolved.first;
      if ((weekday(item) as WeekdayCandidate).shift !== 0 || first < after) continue;
      items[k] = moved(item, -WEEK * (Math.floor((first - after) / WEEK) + 1));
    }
  }
}
