import { describe, expect, it } from "vitest";
import { day, expectDate, expectNone, mentionsOf } from "../helpers.js";

describe("extractDates: days named from the reference", () => {
  it("reads أمس، الأمس، بالأمس، البارحة as the day before", () => {
    for (const word of ["أمس", "الأمس", "البارحة"]) {
      expectDate(`استدعت الوزارة ${word} القائم بالأعمال`, { text: word, start: "2025-07-21", relative: true });
    }
    expectDate("كما حدث بالأمس في غزة", { text: "الأمس", start: "2025-07-21" });
  });

  it("reads أول أمس، أول من أمس، أمس الأول as two days before", () => {
    expectDate("احتفى النادي مساء أول من أمس بتجربة الفنان", { text: "مساء أول من أمس", start: "2025-07-20" });
    expectDate("بنهاية منافسات أمس الأول برصيد 67 ميدالية", { text: "أمس الأول", start: "2025-07-20" });
    expectDate("وصل أول أمس", { text: "أول أمس", start: "2025-07-20" });
  });

  it("reads اليوم، غدا، غداً، بعد غد، يوم غد", () => {
    expectDate("يخوض زميله اليوم المنافسات", { text: "اليوم", start: "2025-07-22" });
    expectDate("تنطلق القمة غداً في الرياض", { text: "غداً", start: "2025-07-23" });
    expectDate("تنطلق القمة غدًا في الرياض", { text: "غدًا", start: "2025-07-23" });
    expectDate("وتستأنف الجلسات بعد غد", { text: "بعد غد", start: "2025-07-24" });
    expectDate("ويصل الوفد يوم غد إلى عمان", { text: "يوم غد", start: "2025-07-23" });
    expectDate("وتعقد صباح الغد جلسة", { text: "صباح الغد", start: "2025-07-23" });
    expectDate("يسري القرار اعتبارا من غد الخميس", { text: "غد الخميس", start: "2025-07-23" });
  });

  it("reads the day of a named day with a day part, and with its weekday", () => {
    expectDate("استدعت وزارة الخارجية مساء أمس القائم بالأعمال", { text: "مساء أمس", start: "2025-07-21" });
    expectDate("وقال الوزير اليوم الثلاثاء إن", { text: "اليوم الثلاثاء", start: "2025-07-22" });
    expectDate("وقعت العملية مساء أمس الإثنين في أبين", { text: "مساء أمس الإثنين", start: "2025-07-21" });
  });

  it("does not read اليوم as today when it means 'the day'", () => {
    expectNone("خاض المنتخب منافسات اليوم الأول من البطولة");
    expectNone("احتفلت المملكة باليوم الوطني");
    expectNone("وفي نفس اليوم وصل الرئيس");
    expectNone("ومنذ ذلك اليوم لم يعد");
    expect(mentionsOf("في مثل هذا اليوم من عام 1948").map((m) => m.text)).toEqual(["عام 1948"]);
  });

  it("reads الليلة as tonight and الليلة الماضية as last night, not 'the night' of an ordinal", () => {
    expectDate("يلقي الرئيس خطابا الليلة أمام البرلمان", { text: "الليلة", start: "2025-07-22" });
    expectDate("وقع الزلزال الليلة الماضية قرب الساحل", { text: "الليلة الماضية", start: "2025-07-21" });
    expectNone("كانت الليلة الأولى من المهرجان هادئة");
  });

  it("does not read the verb غدا 'became', nor اليوم of a newspaper's name", () => {
    expectNone("وغدا المشهد السياسي أكثر تعقيدا بعد الاستقالة");
    expectDate("وغدا الأحد تبدأ الامتحانات", { text: "غدا الأحد", start: "2025-07-23" });
    expectDate("تنطلق غدا الدورة الرابعة للمعرض", { text: "غدا", start: "2025-07-23" });
    const [m] = mentionsOf("ونقلت صحيفة المصري اليوم أن المجلس سيجتمع اليوم");
    expect(m?.span.start).toBe("ونقلت صحيفة المصري اليوم أن المجلس سيجتمع ".length);
  });

  it("reads الغد and اليوم after an outlet's noun as its name", () => {
    expectNone("وذكرت صحيفة الغد الأردنية أن الحكومة تدرس خفض أسعار المحروقات");
    expectNone("وقال مراسل قناة الغد إن الاشتباكات توقفت");
    expectNone("ونشرت جريدة اليوم تقريرا عن الإسكان");
    expectDate("وتستأنف المحكمة جلساتها صباح الغد", { text: "صباح الغد", start: "2025-07-23" });
    const [m] = mentionsOf("ونقلت صحيفة الغد أن المجلس سيجتمع الغد");
    expect(m?.span.start).toBe("ونقلت صحيفة الغد أن المجلس سيجتمع ".length);
  });

  it("does not read words that contain أمس or غد", () => {
    expectNone("حضر الجمهور أمسية شعرية في المركز الثقافي");
    expectNone("وصل إلى بغداد مساء");
  });
});

describe("extractDates: counts from the reference", () => {
  it("reads قبل/منذ/بعد with digits, the dual and the singular", () => {
    expectDate("أعلنت الشركة قبل يومين عن خطة جديدة", { text: "قبل يومين", start: "2025-07-20", grain: "day" });
    expectDate("أصيب قبل ٥ ساعات في حادث سير", { text: "قبل ٥ ساعات", start: "2025-07-22", grain: "day" });
    expectDate("اعتقل منذ 10 أيام في العاصمة", { text: "منذ 10 أيام", start: "2025-07-12" });
    expectDate("يعود بعد 3 أيام إلى بلاده", { text: "بعد 3 أيام", start: "2025-07-25" });
    expectDate("توفي قبل 48 ساعة في المستشفى", { text: "قبل 48 ساعة", start: "2025-07-20" });
    expectDate("غادر منذ يوم إلى باريس", { text: "منذ يوم", start: "2025-07-21" });
    expectDate("تصدر النتائج بعد أسبوع واحد", { text: "بعد أسبوع واحد", start: "2025-07-26", end: "2025-08-01" });
  });

  it("reads weeks, months and years as the whole unit they land in", () => {
    // Weeks start on Saturday by default: 22 July 2025 lies in 19–25 July.
    expectDate("وقع الانفجار قبل أسبوعين في الميناء", {
      text: "قبل أسبوعين",
      start: "2025-07-05",
      end: "2025-07-11",
      grain: "week",
    });
    expectDate("تولى منصبه قبل شهر تقريبا", { text: "قبل شهر", start: "2025-06-01", end: "2025-06-30", grain: "month" });
    expectDate("انتخب قبل عامين رئيسا", { text: "قبل عامين", start: "2023-01-01", end: "2023-12-31", grain: "year" });
    expectDate("سيتقاعد بعد 3 سنوات", { text: "بعد 3 سنوات", start: "2028-01-01", end: "2028-12-31" });
    expectDate("أطلق سراحه منذ نحو 6 أشهر", { text: "منذ نحو 6 أشهر", start: "2025-01-01", end: "2025-01-31" });
  });

  it("leaves out counts measured from something else, unit words that head a date, and counts without a number", () => {
    expectNone("وصل بعد يومين من الحادث");
    expectNone("استقال بعد عامين على تعيينه");
    expectNone("قبل 3 أيام من الموعد");
    expectNone("منذ سنوات طويلة والأزمة مستمرة");
    expectNone("قبل أيام قليلة");
    const m = mentionsOf("منذ عام 2011 والبلاد في أزمة، وقبل يوم الجمعة");
    expect(m.map((x) => x.text)).toEqual(["عام 2011", "يوم الجمعة"]);
    expect(m[0]?.start).toEqual(day("2011-01-01"));
  });

  it("drops a count that lands before the year 1", () => {
    expect(mentionsOf("وقعت الحادثة قبل 2024 عام", { reference: "2023-05-01" })).toEqual([]);
    expect(mentionsOf("وقعت الحادثة قبل 2024 عام", { reference: "2025-05-01" })[0]?.start).toEqual({ year: 1, month: 1, day: 1 });
  });

  it("reads a count hedged with على أقصى تقدير، على الأكثر، على الأقل", () => {
    expect(mentionsOf("وستعلن النتائج بعد أسبوع على أقصى تقدير").map((x) => x.text)).toEqual(["بعد أسبوع"]);
    expect(mentionsOf("ويصل الوفد بعد يومين على الأكثر").map((x) => x.text)).toEqual(["بعد يومين"]);
    expectNone("عاد إلى بلاده بعد عامين على الإفراج عنه");
  });
});

describe("extractDates: whole periods", () => {
  it("reads الأسبوع/الشهر/العام/السنة with الماضي/المقبل/الحالي/الجاري", () => {
    const text =
      "الأسبوع الماضي والأسبوع المقبل والأسبوع الجاري، الشهر الماضي والشهر المقبل، العام الماضي والسنة المقبلة وهذا العام";
    const m = mentionsOf(text);
    expect(m.map((x) => x.text)).toEqual([
      "الأسبوع الماضي", "الأسبوع المقبل", "الأسبوع الجاري", "الشهر الماضي", "الشهر المقبل", "العام الماضي",
      "السنة المقبلة", "هذا العام",
    ]);
    expect(m.map((x) => [x.start, x.end, x.grain])).toEqual([
      [day("2025-07-12"), day("2025-07-18"), "week"],
      [day("2025-07-26"), day("2025-08-01"), "week"],
      [day("2025-07-19"), day("2025-07-25"), "week"],
      [day("2025-06-01"), day("2025-06-30"), "month"],
      [day("2025-08-01"), day("2025-08-31"), "month"],
      [day("2024-01-01"), day("2024-12-31"), "year"],
      [day("2026-01-01"), day("2026-12-31"), "year"],
      [day("2025-01-01"), day("2025-12-31"), "year"],
    ]);
  });

  it("does not read العام as a year where it means 'general' after its noun", () => {
    expectNone("وقال الأمين العام السابق للحزب إن المؤتمر سيعقد في موعده");
    expectNone("واستمع المدعي العام المساعد إلى أقوال الشهود");
    expectDate("وارتفعت أسعار الأغذية العام الماضي بنسبة كبيرة", { text: "العام الماضي", start: "2024-01-01", end: "2024-12-31" });
    expect(mentionsOf("وانتخب الأمين العام للاتحاد في العام الماضي").map((m) => m.text)).toEqual(["العام الماضي"]);
  });

  it("starts weeks on weekStart", () => {
    const sunday = mentionsOf("الأسبوع الماضي", { reference: "2025-07-22", weekStart: "sunday" })[0];
    expect([sunday?.start, sunday?.end]).toEqual([day("2025-07-13"), day("2025-07-19")]);
    const monday = mentionsOf("الأسبوع الحالي", { reference: "2025-07-22", weekStart: "monday" })[0];
    expect([monday?.start, monday?.end]).toEqual([day("2025-07-21"), day("2025-07-27")]);
    const saturday = mentionsOf("الأسبوع الحالي", { reference: "2025-07-19" })[0];
    expect([saturday?.start, saturday?.end]).toEqual([day("2025-07-19"), day("2025-07-25")]);
  });

  it("crosses year ends", () => {
    expect(mentionsOf("الشهر الماضي", { reference: "2025-01-15" })[0]?.start).toEqual(day("2024-12-01"));
    expect(mentionsOf("الشهر المقبل", { reference: "2024-12-15" })[0]?.end).toEqual(day("2025-01-31"));
  });
});
