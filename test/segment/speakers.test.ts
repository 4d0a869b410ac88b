import { describe, expect, it } from "vitest";
import { expectSegmented } from "./helpers.js";

// Each case pins one rule of `names.ts` / `quotes.ts` on sentences written for the project.
const quotesOf = (...paragraphs: string[]) =>
  expectSegmented(`عنوان الخبر الرئيسي اليوم\n${paragraphs.join("\n")}`).articles[0]!.quotes.map((q) => [q.text, q.speaker, q.verb]);
const speakers = (...paragraphs: string[]) => quotesOf(...paragraphs).map((q) => q[1]);

describe("speakers: a title with a name", () => {
  it("keeps the name when the title and the name come with an apposition after them", () => {
    expect(speakers("وأكد الدكتور ماهر السيد، مدير مستشفى الجامعة، أن الجناح الجديد «يستقبل المرضى من الأسبوع المقبل».")).toEqual([
      "ماهر السيد",
    ]);
  });

  it("does not look for a name past a relative clause when the phrase already holds one", () => {
    expect(speakers('وقالت الباحثة سلوى العمر التي أشرفت على المسح إن "نصف الأسر تعتمد على مصدر دخل واحد".')).toEqual([
      "سلوى العمر",
    ]);
  });

  it("reads an abbreviated honorific with its full stop, which ends no sentence", () => {
    expect(
      speakers('وأوضح أستاذ الجيولوجيا في جامعة الملك سعود د. فارس النمر أن الصخور "تكونت قبل ملايين السنين".'),
    ).toEqual(["فارس النمر"]);
  });

  it("takes the last name of a long title, not a prepositional phrase or a coordinated noun inside it", () => {
    expect(speakers('وقال رئيس الهيئة العامة لمنتجي التمور خالد بن سعيد الحارثي إن "الموسم بدأ مبكرا".')).toEqual([
      "خالد بن سعيد الحارثي",
    ]);
    expect(speakers('وأكد وزير الشباب والرياضة وشؤون الجمعيات رامي الكيلاني أن "الملاعب ستكون جاهزة".')).toEqual([
      "رامي الكيلاني",
    ]);
  });

  it("keeps a family name before an object, not before an adjective", () => {
    expect(speakers('ووصف الخبير المالي نبيل الحداد القرار بأنه "متأخر".')).toEqual(["نبيل الحداد"]);
    expect(speakers('وطالب رئيس الاتحاد سمير عبد الله المصرف المركزي بتوفير "سيولة عاجلة للمصانع".')).toEqual([
      "سمير عبد الله",
    ]);
  });

  it("takes the name that closes a description of the title, one word more after a definite one", () => {
    expect(speakers('وقال النائب عن محافظة الأنبار مهند سلمان الكرخي إن "الطريق مغلق منذ شهرين".')).toEqual([
      "مهند سلمان الكرخي",
    ]);
  });

  it("looks for no name past the occasion of the statement", () => {
    expect(speakers('وقال الوزير في كلمته خلال حفل التخرج أن "الدفعة الجديدة ستلتحق بالعمل فورا".')).toEqual(["الوزير"]);
  });

  it("reads علي as a name where the page writes the preposition على", () => {
    expect(speakers('وقال المتحدث باسم البلدية علي حسن الربيعي إن "العمل على الجسر يستمر ليلا".')).toEqual([
      "علي حسن الربيعي",
    ]);
  });
});

describe("speakers: subjects and objects", () => {
  it("cuts a later mention to the name said before", () => {
    expect(
      speakers('وقال مدير الأرصاد ناصر الحمادي إن "الأمطار ستستمر".', 'ووصف الحمادي الموسم الحالي بأنه "استثنائي".'),
    ).toEqual(["ناصر الحمادي", "الحمادي"]);
  });

  it("takes a family name alone before an indefinite object", () => {
    expect(speakers('وقرأت الحمادي فقرات من كتابها الجديد، مشيرة إلى أنه "ثمرة عشر سنوات من العمل".')).toEqual(["الحمادي"]);
  });

  it("ends a subject before two indefinite accusatives", () => {
    expect(speakers('وأطلقت الكويت برنامجا وطنيا قالت إنه "يشمل كل المدارس".')).toEqual(["الكويت"]);
  });

  it("takes the subject of a non-speech verb after an adverbial opener for a participle", () => {
    expect(speakers('من جانبه، استقبل العميد فهد الزامل الوفد الزائر، مؤكدا أن "التعاون الأمني مستمر".')).toEqual([
      "فهد الزامل",
    ]);
  });

  it("takes the topic after أما for a verb without a subject", () => {
    expect(speakers('أما نقابة المعلمين، فقد دعت إلى "إضراب شامل يوم الأحد".')).toEqual(["نقابة المعلمين"]);
  });

  it("reads past an object pronoun and an auxiliary", () => {
    expect(speakers('وكما قال لي المزارع حسن، وهو يقطف الثمار: "الأرض لا تخذل من يعتني بها".')).toEqual(["حسن"]);
    expect(speakers('وأذكر أن أستاذي كان يقول: "العلم لا يشيخ".')).toEqual(["أستاذي"]);
  });

  it("takes a verbal noun after عدم for no verb", () => {
    expect(speakers('وقال مسؤول طلب عدم ذكر اسمه «المفاوضات متوقفة منذ أسبوع».')).toEqual(["مسؤول"]);
  });

  it("ends a name before a pronoun-suffixed object, but reads عبدالله as a name", () => {
    expect(speakers('وحمّل مدرب النادي يوسف المري لاعبيه الخسارة، مؤكدا أنهم "لم يلتزموا بالخطة".')).toEqual(["يوسف المري"]);
    expect(speakers('وقال رئيس اللجنة عبدالله السالم إن "التقرير جاهز".')).toEqual(["عبدالله السالم"]);
  });
});

describe("quotations: short ones", () => {
  it("counts a short quotation that is the reported clause, however far its verb", () => {
    expect(quotesOf('ووصف الخبير الاقتصادي مراد يوسف تأخير صرف الرواتب بأنه "خطير جدا".')).toEqual([
      ["خطير جدا", "مراد يوسف", "وصف"],
    ]);
  });

  it("counts the verb انتقد", () => {
    expect(quotesOf('وانتقدت رابطة المستأجرين في بيان رفع الإيجارات "قبل أي حوار".')).toEqual([
      ["قبل أي حوار", "رابطة المستأجرين", "انتقدت"],
    ]);
  });
});
