/**
 * The Gregorian month names of the Arab press, in one merged table: no locale is
 * needed to read a date. Written as the press spells them; the scanner folds every
 * name with nashra's matching normalizer, so one entry covers its hamza, alef maksura,
 * taa marbuta and Persian-letter spellings (أبريل ابريل إبريل, يونية يونيه, فبرایر).
 *
 * @module
 */

/** The naming systems of the Gregorian months in Arabic. */
export type MonthRegion = "egypt-gulf" | "levant-iraq" | "maghreb" | "morocco";

/** A Gregorian month name. */
export interface GregorianMonthName {
  /** The name as written, with hamza. */
  readonly name: string;
  /** The month, 1–12. */
  readonly month: number;
  /** The systems that use it; a two-name form pairs names of different systems. */
  readonly regions: readonly MonthRegion[];
  /**
   * True for a name that is also a common word or name (مارس "he practised", آب/أب
   * "father", نيسان the car maker, شباط a family name, مايو of Mayo Clinic, ماي, جوان, غشت, ينير): it is read as a month only
   * with a day, a year, "شهر", a two-name partner or a preposition beside it.
   */
  readonly ambiguous?: true;
}

const EGYPT: readonly MonthRegion[] = ["egypt-gulf"];
const LEVANT: readonly MonthRegion[] = ["levant-iraq"];
/** Algeria and Tunisia (the French names). */
const MAGHREB: readonly MonthRegion[] = ["maghreb"];
/** Morocco and Mauritania. */
const MOROCCO: readonly MonthRegion[] = ["morocco"];
const EGYPT_MOROCCO: readonly MonthRegion[] = ["egypt-gulf", "morocco"];
const ALL_BUT_LEVANT: readonly MonthRegion[] = ["egypt-gulf", "maghreb", "morocco"];
const EGYPT_MAGHREB: readonly MonthRegion[] = ["egypt-gulf", "maghreb"];
const MAGHREB_MOROCCO: readonly MonthRegion[] = ["maghreb", "morocco"];

/** Every Gregorian month name nashra reads. */
export const GREGORIAN_MONTHS: readonly GregorianMonthName[] = [
  { name: "يناير", month: 1, regions: EGYPT_MOROCCO },
  { name: "فبراير", month: 2, regions: EGYPT_MOROCCO },
  { name: "مارس", month: 3, regions: ALL_BUT_LEVANT, ambiguous: true },
  { name: "أبريل", month: 4, regions: EGYPT_MOROCCO },
  { name: "مايو", month: 5, regions: EGYPT, ambiguous: true },
  { name: "يونيو", month: 6, regions: EGYPT_MOROCCO },
  { name: "يونية", month: 6, regions: EGYPT },
  { name: "يوليو", month: 7, regions: EGYPT },
  { name: "يولية", month: 7, regions: EGYPT },
  { name: "أغسطس", month: 8, regions: EGYPT },
  { name: "سبتمبر", month: 9, regions: EGYPT_MAGHREB },
  { name: "أكتوبر", month: 10, regions: ALL_BUT_LEVANT },
  { name: "نوفمبر", month: 11, regions: EGYPT_MAGHREB },
  { name: "ديسمبر", month: 12, regions: EGYPT_MAGHREB },

  { name: "كانون الثاني", month: 1, regions: LEVANT },
  { name: "كانون ثاني", month: 1, regions: LEVANT },
  { name: "كانون 2", month: 1, regions: LEVANT },
  { name: "شباط", month: 2, regions: LEVANT, ambiguous: true },
  { name: "آذار", month: 3, regions: LEVANT, ambiguous: true },
  { name: "نيسان", month: 4, regions: LEVANT, ambiguous: true },
  { name: "أيار", month: 5, regions: LEVANT },
  { name: "حزيران", month: 6, regions: LEVANT },
  { name: "تموز", month: 7, regions: LEVANT },
  { name: "آب", month: 8, regions: LEVANT, ambiguous: true },
  { name: "أيلول", month: 9, regions: LEVANT },
  { name: "تشرين الأول", month: 10, regions: LEVANT },
  { name: "تشرين أول", month: 10, regions: LEVANT },
  { name: "تشرين 1", month: 10, regions: LEVANT },
  { name: "تشرين الثاني", month: 11, regions: LEVANT },
  { name: "تشرين ثاني", month: 11, regions: LEVANT },
  { name: "تشرين 2", month: 11, regions: LEVANT },
  { name: "كانون الأول", month: 12, regions: LEVANT },
  { name: "كانون أول", month: 12, regions: LEVANT },
  { name: "كانون 1", month: 12, regions: LEVANT },

  { name: "جانفي", month: 1, regions: MAGHREB },
  { name: "فيفري", month: 2, regions: MAGHREB },
  { name: "أفريل", month: 4, regions: MAGHREB },
  { name: "ماي", month: 5, regions: MAGHREB_MOROCCO, ambiguous: true },
  { name: "جوان", month: 6, regions: MAGHREB, ambiguous: true },
  { name: "جويلية", month: 7, regions: MAGHREB },
  { name: "أوت", month: 8, regions: MAGHREB, ambiguous: true },

  { name: "ينير", month: 1, regions: MOROCCO, ambiguous: true },
  { name: "يوليوز", month: 7, regions: MOROCCO },
  { name: "غشت", month: 8, regions: MOROCCO, ambiguous: true },
  { name: "أغشت", month: 8, regions: MOROCCO },
  { name: "شتنبر", month: 9, regions: MOROCCO },
  { name: "شتمبر", month: 9, regions: MOROCCO },
  { name: "نونبر", month: 11, regions: MOROCCO },
  { name: "دجنبر", month: 12, regions: MOROCCO },
  { name: "دجمبر", month: 12, regions: MOROCCO },
];
