import { describe, expect, it } from "vitest";
import { expectSegmented } from "./helpers.js";

// Each case pins one rule of the page layout on text written for the project.
const paragraphs = (text: string) => expectSegmented(text).articles.flatMap((a) => a.paragraphs.map((p) => p.text));

describe("layout: headers", () => {
  it("takes a headline with headline punctuation over the longer deck under it", () => {
    const r = expectSegmented(
      [
        "الدراجات الكهربائية.. حل أم مشكلة؟",
        "خبراء يطالبون بقواعد واضحة للسير ويحذرون من فوضى الأرصفة في المدن الكبرى",
        "انتشرت الدراجات الكهربائية في شوارع العاصمة خلال العامين الماضيين بشكل لافت، وصار مشهدها مألوفا على الأرصفة.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("الدراجات الكهربائية.. حل أم مشكلة؟");
    expect(r.articles[0]?.subtitles.map((b) => b.text)).toEqual([
      "خبراء يطالبون بقواعد واضحة للسير ويحذرون من فوضى الأرصفة في المدن الكبرى",
    ]);
  });

  it("still takes a short label above a longer headline for a kicker", () => {
    const r = expectSegmented(
      [
        "بطولة الخليج للناشئين",
        "منتخبنا يتأهل إلى نصف النهائي بفوز صعب على ضيفه",
        "تأهل منتخبنا للناشئين إلى الدور نصف النهائي من البطولة بعد فوزه على ضيفه بهدفين مقابل هدف.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("منتخبنا يتأهل إلى نصف النهائي بفوز صعب على ضيفه");
  });

  it("reads the headline above a deck, a lone separator, a date glued to its hour and a save button", () => {
    const r = expectSegmented(
      [
        "الرئيسية",
        "أخبار",
        "انفجار في مستودع للوقود قرب الميناء دون إصابات",
        "الدفاع المدني قال إن الحريق أخمد بعد ساعتين من اندلاعه",
        "28/11/2026",
        "|",
        "آخر تحديث: 28/11/202616:22 (توقيت مكة)",
        "حفظ",
        "اندلع حريق كبير فجر اليوم في مستودع للوقود قرب الميناء التجاري، وهرعت فرق الدفاع المدني إلى المكان.",
        "وقالت المديرية إن الحريق لم يخلف إصابات بشرية، وإن التحقيق جار لمعرفة أسبابه.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("انفجار في مستودع للوقود قرب الميناء دون إصابات");
    expect(r.articles[0]?.paragraphs[0]?.text.startsWith("اندلع حريق")).toBe(true);
  });

  it("reads the headline above a view counter and a print bar", () => {
    const r = expectSegmented(
      [
        "الرئيسية | محليات | رياضة",
        "افتتاح جسر جديد فوق نهر المدينة",
        "نشر بتاريخ: 12-03-2023 | 10:15",
        "عدد المشاهدات: 4,120",
        "طباعة | تكبير الخط | تصغير الخط",
        "افتتح محافظ المدينة صباح اليوم جسرا جديدا فوق النهر يربط الضفتين ويخفف الازدحام في وسط المدينة.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("افتتاح جسر جديد فوق نهر المدينة");
    expect(r.articles[0]?.paragraphs).toHaveLength(1);
  });
});

describe("layout: datelines and credits", () => {
  it("reads the Gulf wire form: place, day and the agency between slashes", () => {
    const a = expectSegmented(
      "افتتاح معرض الكتاب\nالدوحة في 3 مارس /قنا/ افتتح وزير الثقافة اليوم معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر.",
    ).articles[0]!;
    expect(a.dateline?.text).toBe("الدوحة في 3 مارس /قنا/");
    expect(a.dateline?.place).toBe("الدوحة");
    expect(a.dateline?.agency).toBe("قنا");
    expect(a.lead?.text.startsWith("افتتح وزير الثقافة")).toBe(true);
  });

  it("takes an outlet's name before an agency for the city it is named after", () => {
    const a = expectSegmented(
      "افتتاح مستشفى جديد للأطفال\nالرياض - واس\nافتتح وزير الصحة اليوم مستشفى جديدا للأطفال بسعة ثلاثمئة سرير في شمال المدينة.",
    ).articles[0]!;
    expect(a.dateline?.place).toBe("الرياض");
    expect(a.dateline?.agency).toBe("واس");
    expect(a.source).toBeNull();
  });

  it("never takes an interview marker for a dateline", () => {
    const r = expectSegmented(
      [
        "الروائي سامي العلي: الكتابة فعل مقاومة",
        "حوار: ليلى حسن",
        "يعود الروائي سامي العلي هذا العام برواية جديدة عن مدينته الساحلية، التقيناه فكان هذا الحوار.",
        "س: لماذا عدت إلى المدينة الساحلية في روايتك الجديدة؟",
        "ج: لأنها المكان الذي تعلمت فيه الحكاية، ولا أعرف مكانا غيرها أكتب عنه.",
      ].join("\n"),
    );
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.dateline).toBeNull();
    expect(r.articles[0]?.paragraphs.map((p) => p.text.slice(0, 2))).toEqual(["يع", "س:", "ج:"]);
  });

  it("gives a second dateline of the same header its place and agency too", () => {
    const r = expectSegmented(
      [
        "الجامعة تعلن نتائج القبول للعام الدراسي الجديد",
        "الثلاثاء 22 فبراير 2017",
        "الرباط - جميلة الأنصاري",
        "الرباط-لاماب",
        "ولفت البيان إلى أن الدفعة الثانية من الطلبة ستبدأ الدراسة في الأسبوع المقبل.",
      ].join("\n"),
    );
    const datelines = r.blocks.filter((b) => b.kind === "dateline");
    expect(datelines.map((b) => [b.text, "place" in b ? b.place : undefined, "agency" in b ? b.agency : undefined])).toEqual([
      ["الرباط -", "الرباط", null],
      ["الرباط-لاماب", "الرباط", "لاماب"],
    ]);
    expect(r.articles[0]?.dateline?.text).toBe("الرباط -");
  });

  it("takes a wire desk's credit in parentheses under the text for a signature, not a byline", () => {
    const a = expectSegmented(
      [
        "ارتفاع أسعار القمح في الأسواق العالمية",
        "لندن - (رويترز) - ارتفعت أسعار القمح في الأسواق العالمية اليوم الثلاثاء بفعل مخاوف بشأن الإمدادات.",
        "وقال متعاملون إن موجة الجفاف في عدد من الدول المنتجة تثير قلق المستوردين.",
        "(إعداد مروان سالم للنشرة العربية - تحرير هدى الأمين)",
      ].join("\n"),
    ).articles[0]!;
    expect(a.byline).toBeNull();
    expect(a.signatures.map((b) => b.text)).toEqual(["(إعداد مروان سالم للنشرة العربية - تحرير هدى الأمين)"]);
    expect(a.paragraphs).toHaveLength(2);
  });
});

describe("layout: body", () => {
  it("keeps a caption between paragraphs out of the body and out of wrapped lines", () => {
    const text = [
      "وزير العمل يفتتح مركزا للتدريب المهني",
      "افتتح وزير العمل صباح أمس مركزا للتدريب المهني في المنطقة الصناعية يضم ثلاثين ورشة ومختبرا في تخصصات مختلفة.",
      "الوزير يتفقد إحدى الورش خلال الافتتاح (تصوير: سامر علي)",
      "وأكد الوزير أن المركز سيستقبل ألف متدرب سنويا من الباحثين عن عمل في القطاع الخاص والعام.",
      "وأشار إلى أن الوزارة وقعت اتفاقيات مع عشرين شركة لتوظيف الخريجين فور إتمامهم البرامج.",
      "وينتظر أن تبدأ الدفعة الأولى برامجها التدريبية مطلع الشهر المقبل وفق الخطة المعتمدة.",
    ].join("\n");
    const a = expectSegmented(text).articles[0]!;
    expect(a.captions.map((b) => b.text)).toEqual(["الوزير يتفقد إحدى الورش خلال الافتتاح (تصوير: سامر علي)"]);
    expect(a.paragraphs).toHaveLength(4);
    const photo = "النخيل على ضفاف النهر في فصل الربيع.. صورة أرشيفية";
    const page = text.replace("الوزير يتفقد إحدى الورش خلال الافتتاح (تصوير: سامر علي)", photo);
    expect(paragraphs(page)).not.toContain(expect.stringContaining("صورة أرشيفية"));
  });

  it("joins a long line cut by the page's wrapping inside the body", () => {
    const text = [
      "البلدية تطلق حملة لزراعة الأشجار",
      "عمان في 2 أبريل /بترا/ أطلقت بلدية المدينة اليوم حملة واسعة لزراعة عشرة آلاف شجرة في الحدائق العامة والشوارع الرئيسية والساحات",
      "والمدارس، بمشاركة متطوعين من الجامعات والجمعيات الأهلية.",
      "وتستمر الحملة شهرين وتشمل الأحياء الشرقية والغربية، وتركز على الأشجار المحلية التي تتحمل الجفاف وقلة المياه في",
      "فصل الصيف الطويل.",
    ].join("\n");
    expect(paragraphs(text)).toEqual([
      "أطلقت بلدية المدينة اليوم حملة واسعة لزراعة عشرة آلاف شجرة في الحدائق العامة والشوارع الرئيسية والساحات\nوالمدارس، بمشاركة متطوعين من الجامعات والجمعيات الأهلية.",
      "وتستمر الحملة شهرين وتشمل الأحياء الشرقية والغربية، وتركز على الأشجار المحلية التي تتحمل الجفاف وقلة المياه في\nفصل الصيف الطويل.",
    ]);
  });

  it("never joins a headline to the lead under it", () => {
    const text = [
      "الحكومة تقرر تمديد العمل بالتوقيت الصيفي حتى نهاية شهر أكتوبر المقبل في جميع المحافظات",
      "قررت الحكومة في جلستها الأسبوعية تمديد العمل بالتوقيت الصيفي حتى نهاية أكتوبر.",
    ].join("\n");
    const a = expectSegmented(text).articles[0]!;
    expect(a.title?.text).toBe("الحكومة تقرر تمديد العمل بالتوقيت الصيفي حتى نهاية شهر أكتوبر المقبل في جميع المحافظات");
    expect(a.paragraphs).toHaveLength(1);
  });
});

describe("layout: read-also", () => {
  it("gives a teaser at the end the prose that runs to the page's tail", () => {
    const r = expectSegmented(
      [
        "افتتاح سوق شعبي جديد في المدينة",
        "افتتح رئيس البلدية السوق الشعبي الجديد الذي يضم مئتي محل لبيع الخضار والفواكه والمنتجات المحلية.",
        "وأكد أن السوق سيوفر فرص عمل لمئات الشباب من أبناء المنطقة.",
        "شاهد أيضاً:",
        "بالصور.. جولة في السوق قبل الافتتاح",
        "جولة مصورة في أروقة السوق ومحلاته قبل يوم واحد من افتتاحه للجمهور.",
        "الأكثر قراءة",
        "• ارتفاع درجات الحرارة نهاية الأسبوع",
      ].join("\n"),
    );
    expect(r.articles[0]?.paragraphs).toHaveLength(2);
    expect(r.readAlso[0]?.title?.text).toBe("بالصور.. جولة في السوق قبل الافتتاح");
    expect(r.readAlso[0]?.paragraphs.map((p) => p.text)).toEqual([
      "جولة مصورة في أروقة السوق ومحلاته قبل يوم واحد من افتتاحه للجمهور.",
    ]);
  });

  it("leaves the article's prose to the article after a teaser in the middle", () => {
    const r = expectSegmented(
      [
        "افتتاح سوق شعبي جديد في المدينة",
        "افتتح رئيس البلدية السوق الشعبي الجديد الذي يضم مئتي محل لبيع الخضار والفواكه والمنتجات المحلية.",
        "اقرأ أيضاً:",
        "بالصور.. جولة في السوق قبل الافتتاح",
        "وأكد رئيس البلدية أن السوق سيوفر فرص عمل لمئات الشباب من أبناء المنطقة.",
        "وأضاف أن البلدية تدرس افتتاح سوقين آخرين في الأحياء الشمالية خلال العام المقبل.",
      ].join("\n"),
    );
    expect(r.articles[0]?.paragraphs).toHaveLength(3);
    expect(r.readAlso[0]?.paragraphs).toEqual([]);
  });
});

describe("layout: pages without blank lines", () => {
  const first = [
    "شركة ناشئة تطور بطارية تشحن في خمس دقائق",
    "طورت شركة ناشئة في مدينة ميونيخ بطارية جديدة للسيارات الكهربائية يمكن شحنها بالكامل في خمس دقائق فقط.",
    "وقال مدير الشركة إن البطارية ستطرح في الأسواق بعد عامين من الآن بعد اجتياز اختبارات السلامة.",
  ];

  it("starts a new article at a headline over a lead that opens with a bare verb", () => {
    const r = expectSegmented(
      [
        ...first,
        "علماء يرصدون نجما يدور حول ثقب أسود في مجرتنا",
        "رصد فريق من علماء الفلك نجما يدور حول الثقب الأسود في مركز مجرة درب التبانة بسرعة كبيرة.",
        "ويأمل الفريق أن تساعد الملاحظات الجديدة في اختبار نظرية النسبية العامة.",
      ].join("\n"),
    );
    expect(r.articles.map((a) => a.title?.text)).toEqual([
      "شركة ناشئة تطور بطارية تشحن في خمس دقائق",
      "علماء يرصدون نجما يدور حول ثقب أسود في مجرتنا",
    ]);
  });

  it("keeps a short crosshead, or one over a paragraph that goes on with و, in the article", () => {
    for (const [head, next] of [
      ["نتائج الاختبارات", "أظهرت الاختبارات أن البطارية تحتفظ بثمانين في المئة من سعتها بعد ألف دورة شحن."],
      ["البطارية الجديدة تحتفظ بسعتها بعد ألف دورة شحن", "وأظهرت الاختبارات أن البطارية تحتفظ بثمانين في المئة من سعتها بعد ألف دورة."],
    ]) {
      const r = expectSegmented([...first, head, next].join("\n"));
      expect(r.articles).toHaveLength(1);
      expect(r.articles[0]?.subheadings.map((b) => b.text)).toEqual([head]);
    }
  });

  it("never joins a long headline to the lead on a page whose long lines end with punctuation", () => {
    const text = [
      "وزارة التربية تعلن مواعيد امتحانات نهاية العام الدراسي لجميع المراحل في المدارس الحكومية والخاصة",
      "أعلنت وزارة التربية اليوم مواعيد امتحانات نهاية العام الدراسي لجميع المراحل الدراسية في المدارس.",
      "وأوضحت الوزارة أن امتحانات الشهادة الثانوية تبدأ في العاشر من يونيو وتستمر أسبوعين كاملين.",
      "وأضافت أن النتائج ستعلن إلكترونيا بعد شهر من انتهاء الامتحانات عبر موقع الوزارة الرسمي.",
      "ودعت الوزارة أولياء الأمور إلى متابعة أبنائهم وتهيئة الأجواء المناسبة للمراجعة في البيوت.",
    ].join("\n");
    const a = expectSegmented(text).articles[0]!;
    expect(a.title?.text.startsWith("وزارة التربية تعلن")).toBe(true);
    expect(a.paragraphs).toHaveLength(4);
  });
});

describe("layout: page tails", () => {
  const article = [
    "افتتاح جسر جديد فوق نهر المدينة",
    "افتتح محافظ المدينة صباح اليوم جسرا جديدا فوق النهر يربط الضفتين ويخفف الازدحام في وسط المدينة.",
    "وقال المحافظ إن الجسر أنجز قبل موعده بثلاثة أشهر بكلفة أقل من المتوقع.",
  ];

  it("takes a self-link line of its own for boilerplate, not a stray headline", () => {
    const r = expectSegmented([...article, "رابط الخبر: https://news.example.com/a/1234"].join("\n"));
    expect(r.related).toEqual([]);
    expect(r.boilerplate.map((b) => b.text)).toEqual(["رابط الخبر: https://news.example.com/a/1234"]);
    expect(r.articles[0]?.paragraphs).toHaveLength(2);
  });

  it("survives a read-also cue with its title on the page's last line after the article ended", () => {
    const r = expectSegmented([...article, "المصدر: وكالة الأنباء", "اقرأ أيضا: ارتفاع منسوب النهر بعد الأمطار"].join("\n"));
    expect(r.readAlso.map((a) => a.title?.text)).toEqual(["ارتفاع منسوب النهر بعد الأمطار"]);
    expect(r.readAlso[0]?.paragraphs).toEqual([]);
  });
});


describe("layout: a broadcaster's page with its widgets", () => {
  const page = [
    "تخطى إلى المحتوى",
    "تحميل تطبيق القناة",
    "مزارعو الوادي يعودون إلى حقولهم بعد عام من الجفاف",
    "صدر الصورة، Getty Images",
    "التعليق على الصورة، مزارع يتفقد قناة ري جديدة في الوادي",
    "Article information",
    "Author, كريم الهاشمي",
    "قبل 3 ساعات",
    "عاد مئات المزارعين في الوادي إلى حقولهم هذا الموسم بعد أن أعادت الأمطار الغزيرة الحياة إلى قنوات الري القديمة.",
    "ويقول المزارع سليم الدباغ إن المحصول هذا العام قد يكون الأفضل منذ عقد إذا استمر الطقس على حاله.",
    "تخطى البودكاست وواصل القراءة",
    "البودكاست",
    "حكايات من الريف",
    "الحلقات",
    "البودكاست نهاية",
    "لكن الجمعيات الزراعية تحذر من أن أسعار البذور والأسمدة ارتفعت إلى مستويات لا يقدر عليها صغار المزارعين.",
  ].join("\n");

  it("reads an Author, line for the byline and caption lines opening with صدر الصورة and التعليق على الصورة", () => {
    const a = expectSegmented(page).articles[0]!;
    expect(a.title?.text).toBe("مزارعو الوادي يعودون إلى حقولهم بعد عام من الجفاف");
    expect(a.byline?.text).toBe("كريم الهاشمي");
    expect(a.captions.map((b) => b.text)).toEqual([
      "صدر الصورة، Getty Images",
      "التعليق على الصورة، مزارع يتفقد قناة ري جديدة في الوادي",
    ]);
  });

  it("leaves a widget between its skip link and its end marker out of the body", () => {
    const r = expectSegmented(page);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.paragraphs.map((b) => b.text.slice(0, 12))).toEqual([
      "عاد مئات الم",
      "ويقول المزار",
      "لكن الجمعيات",
    ]);
    expect(r.boilerplate.map((b) => b.text)).toContain("حكايات من الريف");
  });
});

describe("layout: a list heading in the navigation", () => {
  it("gives the headline right under it back to the article when a date and a lead follow", () => {
    const r = expectSegmented(
      [
        "وكالة أنباء البحرين",
        "محليات | سياسة | اقتصاد | رياضة",
        "آخر الأخبار",
        "وزير الصحة يفتتح مركز القلب الجديد في مجمع السلمانية الطبي",
        "26 نوفمبر 2026",
        "المنامة في 26 نوفمبر / بنا / افتتح وزير الصحة اليوم مركز القلب الجديد في مجمع السلمانية الطبي بطاقة 80 سريرا.",
        "وأكد الوزير في تصريح للصحفيين أن المركز سيخفض فترات الانتظار إلى أقل من شهر.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("وزير الصحة يفتتح مركز القلب الجديد في مجمع السلمانية الطبي");
    expect(r.related).toEqual([]);
  });

  it("still reads a list whose items each have a date under them", () => {
    const r = expectSegmented(
      [
        "الأكثر قراءة",
        "ارتفاع أسعار الذهب في السوق المحلية",
        "26 نوفمبر 2026",
        "الأرصاد تتوقع أمطارا غزيرة على السواحل",
        "25 نوفمبر 2026",
      ].join("\n"),
    );
    expect(r.related.map((b) => b.text)).toContain("ارتفاع أسعار الذهب في السوق المحلية");
  });
});

describe("layout: a read-also teaser in the middle of an article", () => {
  it("goes back to the article when the next paragraph goes on with it", () => {
    const r = expectSegmented(
      [
        "الصحة: تشغيل 14 وحدة جديدة للغسيل الكلوي في مستشفيات الصعيد",
        "أعلنت وزارة الصحة تشغيل 14 وحدة جديدة للغسيل الكلوي في مستشفيات محافظات الصعيد قبل نهاية الشهر المقبل.",
        "وقال مساعد وزير الصحة إن كل وحدة مجهزة بأحدث الماكينات ومحطة لتنقية المياه.",
        "اقرأ أيضا..",
        "وزير الصحة يتفقد مستشفى أسيوط الجامعي ويوجه بإنهاء قوائم الانتظار",
        "وأوضح مساعد الوزير أن الوزارة تعاقدت مع ثلاث شركات وطنية لتوريد المستلزمات الطبية للوحدات.",
        "من ناحيتها، قالت والدة أحد المرضى إن ابنها كان يسافر ثلاث مرات أسبوعيا لإجراء الجلسات.",
        "الأكثر قراءة",
        "أسعار الذهب اليوم في السوق المحلية",
      ].join("\n"),
    );
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.paragraphs.map((p) => p.text.slice(0, 12))).toEqual([
      "أعلنت وزارة ",
      "وقال مساعد و",
      "وأوضح مساعد ",
      "من ناحيتها، ",
    ]);
    expect(r.readAlso.map((a) => [a.title?.text, a.paragraphs.length])).toEqual([
      ["وزير الصحة يتفقد مستشفى أسيوط الجامعي ويوجه بإنهاء قوائم الانتظار", 0],
    ]);
  });
});

describe("layout: wire copy wrapped at a fixed width", () => {
  const page = [
    "الأردن يرفع أسعار الكهرباء للمصانع الكبيرة اعتبارا من الشهر المقبل وسط احتجاج غرف الصناعة",
    "",
    "من سامر الخطيب",
    "",
    "عمان (رويترز) - قالت هيئة تنظيم قطاع الطاقة يوم الأحد إنها",
    "سترفع تعرفة الكهرباء للمصانع الكبيرة بنسبة ثمانية في المئة",
    "اعتبارا من أول الشهر المقبل، في خطوة تهدف إلى خفض خسائر شركة",
    "الكهرباء الوطنية المتراكمة منذ سنوات.",
    "",
    "وقالت الهيئة في بيان إن القرار يأتي بعد مراجعة شاملة لكلفة",
    "الإنتاج والتوزيع، وإن الأسر لن تتأثر بالزيادة الجديدة في هذه",
    "المرحلة على الأقل.",
    "",
    "وقال رئيس غرفة صناعة عمان في اتصال هاتفي إن المصانع ستضطر إلى",
    "رفع أسعار منتجاتها أو تسريح عمال، داعيا الحكومة إلى التراجع عن",
    "القرار قبل موعد تطبيقه.",
  ].join("\n");

  it("reads a list above the article as a list, and the headline after a blank line as the title", () => {
    const r = expectSegmented(["الأكثر قراءة", "ارتفاع أسعار الذهب في السوق المحلية", "الأرصاد تتوقع أمطارا غزيرة", "", page].join("\n"));
    expect(r.related.map((b) => b.text)).toEqual(["ارتفاع أسعار الذهب في السوق المحلية", "الأرصاد تتوقع أمطارا غزيرة"]);
    expect(r.articles[0]?.title?.text).toBe("الأردن يرفع أسعار الكهرباء للمصانع الكبيرة اعتبارا من الشهر المقبل وسط احتجاج غرف الصناعة");
    expect(r.articles[0]?.paragraphs).toHaveLength(3);
  });

  it("joins a line that ends with في to the next one, though that one opens like a dateline", () => {
    const r = expectSegmented(
      [
        "الوزيران يبحثان توسيع التعاون في مجالي الطاقة والمياه",
        "",
        "عمان (بترا) - بحث وزير الخارجية مع نظيره القبرصي اليوم سبل توسيع",
        "التعاون الثنائي في مجالي الطاقة المتجددة وتحلية المياه، إضافة إلى",
        "التطورات الإقليمية.",
        "",
        "وقال الوزير في مؤتمر صحفي مشترك مع نظيره القبرصي عقب المباحثات في",
        "مقر الوزارة: \"علاقاتنا مع قبرص تاريخية، ونعمل اليوم على ترجمتها",
        "إلى مشاريع ملموسة في الربط الكهربائي\".",
      ].join("\n"),
    );
    const a = r.articles[0];
    expect(a?.paragraphs).toHaveLength(2);
    expect(a?.paragraphs[1]?.text.startsWith("وقال الوزير")).toBe(true);
    expect(a?.quotes.map((q) => q.text.startsWith("علاقاتنا"))).toEqual([true]);
  });

  it("goes on with a body paragraph cut at the width, though its next line opens like a name and an outlet", () => {
    const r = expectSegmented(
      [
        page,
        "",
        "ويقول أصحاب المصانع إن الزيادة جاءت في توقيت صعب. وقالت السيدة",
        'سلمى حداد لـ«الغد»: "نحن ندفع اليوم ضعف ما كنا ندفعه قبل خمس',
        'سنوات، والطلب في السوق المحلية لا يحتمل أي زيادة جديدة".',
      ].join("\n"),
    );
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.paragraphs).toHaveLength(4);
  });

  it("joins the wrapped lines of each paragraph although the headline is longer than the width", () => {
    const a = expectSegmented(page).articles[0]!;
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[2]?.text.endsWith("القرار قبل موعد تطبيقه.")).toBe(true);
  });

  it("reads a short line opening with من above a lead with a dateline for the byline", () => {
    const a = expectSegmented(page).articles[0]!;
    expect(a.byline?.text).toBe("سامر الخطيب");
    expect(a.dateline?.text).toBe("عمان (رويترز) -");
  });

  it("does not read a short line opening with من for a byline when no dateline follows", () => {
    const a = expectSegmented(
      ["مهرجان الزيتون يعود إلى القرية", "من قلب الجبل", "عاد مهرجان الزيتون هذا العام إلى القرية بعد غياب ثلاث سنوات بسبب الجفاف."].join("\n"),
    ).articles[0]!;
    expect(a.byline).toBeNull();
  });
});

describe("layout: headers past share bars, and lists at the foot of a page", () => {
  const body = [
    "أعلنت وزارة النقل انتهاء أعمال توسعة الطريق الساحلي بين المدينتين قبل موعدها بشهرين، وفتحه أمام الحركة.",
    "وقال مدير المشروع إن التوسعة ستخفض زمن الرحلة إلى النصف، وإن الأعمال المتبقية لن تعطل السير.",
    "وتبلغ كلفة المشروع نحو ثلاثين مليون دينار، مولتها الحكومة من موازنة العام الحالي.",
  ];

  it("reads the headline above a byline and a share bar ending with a copy-link prompt", () => {
    const a = expectSegmented(
      ["أخبار محلية", "افتتاح الطريق الساحلي بعد توسعته إلى أربعة مسارات", "الأحد، 12 مايو 2024 10:20 ص", "كتب سامي العلي", "شارك", "فيسبوك", "نسخ الرابط", ...body].join(
        "\n",
      ),
    ).articles[0]!;
    expect(a.title?.text).toBe("افتتاح الطريق الساحلي بعد توسعته إلى أربعة مسارات");
    expect(a.byline?.text).toBe("سامي العلي");
  });

  it("reads a ranked list with its numbers on lines of their own, titles opening with a quotation mark or a caption word", () => {
    const r = expectSegmented(
      [
        "افتتاح الطريق الساحلي بعد توسعته",
        ...body,
        "الأكثر قراءة",
        "1",
        "«الصحة» تعلن بدء حملة التطعيم في المدارس الأسبوع المقبل",
        "2",
        "صورة بالأقمار الصناعية تظهر اتساع البحيرة بعد الأمطار الأخيرة",
        "لماذا تثق بأخبارنا",
        "مواقيت الصلاة - عمان",
        "الفجر 04:10",
        "الظهر 12:30",
      ].join("\n"),
    );
    expect(r.related.map((b) => b.text)).toEqual([
      "«الصحة» تعلن بدء حملة التطعيم في المدارس الأسبوع المقبل",
      "صورة بالأقمار الصناعية تظهر اتساع البحيرة بعد الأمطار الأخيرة",
    ]);
    expect(r.articles[0]?.paragraphs).toHaveLength(3);
  });

  it("does not join the items of a list on a page that ends its lines with punctuation", () => {
    const r = expectSegmented(
      [
        "افتتاح الطريق الساحلي بعد توسعته",
        ...body,
        "وأشار المدير إلى أن الوزارة ستطلق مناقصة لصيانة الجسور القديمة على الطريق نفسه.",
        "قد يعجبك أيضاً",
        "وزارة الزراعة تعلن موعد صرف الدعم لمزارعي القمح في المحافظات الجنوبية",
        "ارتفاع أسعار الحديد في السوق المحلية للمرة الثالثة خلال شهر واحد فقط",
        "الأرصاد: أمطار رعدية متوقعة على المرتفعات الشمالية خلال عطلة نهاية الأسبوع",
      ].join("\n"),
    );
    expect(r.related).toHaveLength(3);
  });

  it("takes a wire agency's end mark under the text for a signature", () => {
    const a = expectSegmented(["افتتاح الطريق الساحلي بعد توسعته", ...body, "(النهاية) س ع / م ك"].join("\n")).articles[0]!;
    expect(a.signatures.map((b) => b.text)).toEqual(["(النهاية) س ع / م ك"]);
  });
});

describe("layout: a news-brief page", () => {
  const page = [
    "أخبار المحافظات",
    "افتتاح مستشفى جديد للأطفال في مدينة الزرقاء",
    "منذ ساعتين",
    "الزرقاء – بترا",
    "افتتح وزير الصحة اليوم مستشفى جديدا للأطفال في مدينة الزرقاء بسعة مئة وخمسين سريرا.",
    "وقال مدير المستشفى إن الأقسام ستعمل بكامل طاقتها مطلع الشهر المقبل بعد تعيين الكوادر.",
    "مزارعو الأغوار يطالبون بتأجيل أقساط القروض الزراعية",
    "منذ 4 ساعات",
    "دير علا: هالة الحسن",
    "طالب مزارعو وادي الأردن الحكومة بتأجيل أقساط القروض الزراعية بعد خسائر الموسم الماضي.",
    "وأشار رئيس اتحاد المزارعين إلى أن الخسائر تجاوزت عشرة ملايين دينار في الموسم الماضي.",
    "التعليقات",
    "سامي ع",
    "منذ ساعة",
    "أتمنى أن تستجيب الحكومة لمطالب المزارعين قبل بداية الموسم الجديد هذا العام.",
  ].join("\n");

  it("reads each item with its own headline, its relative time stamp and its dateline", () => {
    const r = expectSegmented(page);
    expect(r.articles.map((a) => a.title?.text)).toEqual([
      "افتتاح مستشفى جديد للأطفال في مدينة الزرقاء",
      "مزارعو الأغوار يطالبون بتأجيل أقساط القروض الزراعية",
    ]);
    expect(r.articles.map((a) => a.dates.map((b) => b.text))).toEqual([["منذ ساعتين"], ["منذ 4 ساعات"]]);
    expect(r.articles[0]?.dateline?.text).toBe("الزرقاء – بترا");
  });

  it("reads a place, a colon and a name between the headline and the lead", () => {
    const a = expectSegmented(page).articles[1]!;
    expect(a.dateline?.text).toBe("دير علا:");
    expect(a.dateline?.place).toBe("دير علا");
    expect(a.byline?.text).toBe("هالة الحسن");
    expect(a.paragraphs).toHaveLength(2);
  });

  it("does not take a reader's name over the age of the comment for a new article", () => {
    expect(expectSegmented(page).articles).toHaveLength(2);
  });

  it("does not take a headline with a colon for a place and a name", () => {
    const a = expectSegmented(
      ["موسم الحصاد في السهل: إنتاج أقل وأسعار أعلى", "يشكو مزارعو السهل من تراجع إنتاج القمح هذا العام بسبب قلة الأمطار في الشتاء."].join("\n"),
    ).articles[0]!;
    expect(a.title?.text).toBe("موسم الحصاد في السهل: إنتاج أقل وأسعار أعلى");
    expect(a.dateline).toBeNull();
  });
});

describe("layout: widgets, labels and credits inside and under the body", () => {
  const head = "افتتاح الطريق الساحلي بعد توسعته";
  const p1 = "أعلنت وزارة النقل انتهاء أعمال توسعة الطريق الساحلي بين المدينتين قبل موعدها بشهرين، وفتحه أمام الحركة.";
  const p2 = "وقال مدير المشروع إن التوسعة ستخفض زمن الرحلة إلى النصف، وإن الأعمال المتبقية لن تعطل السير.";
  const p3 = "وتبلغ كلفة المشروع نحو ثلاثين مليون دينار، مولتها الحكومة من موازنة العام الحالي.";

  it("leaves an embedded video's duration and caption out of the body", () => {
    const a = expectSegmented([head, p1, p2, "1:24", "فيديو: لقطات جوية للطريق بعد توسعته", p3].join("\n")).articles[0]!;
    expect(a.paragraphs.map((b) => b.text)).toEqual([p1, p2, p3]);
  });

  it("leaves an advertising slot out of the body, but keeps a crosshead that opens with the same word", () => {
    const a = expectSegmented([head, p1, "- إعلان -", p2, "إعلان النتائج", p3].join("\n")).articles[0]!;
    expect(a.paragraphs.map((b) => b.text)).toEqual([p1, p2, "إعلان النتائج", p3]);
  });

  it("takes a short-link label with its address for boilerplate", () => {
    const r = expectSegmented([head, p1, p2, p3, "رابط مختصر: https://example.com/?p=4821"].join("\n"));
    expect(r.articles[0]!.paragraphs).toHaveLength(3);
  });

  it("reads a source line in parentheses without its closing parenthesis", () => {
    const r = expectSegmented([head, p1, p2, "(المصدر: رويترز)"].join("\n"));
    expect(r.articles[0]?.source?.text).toBe("رويترز");
  });

  it("takes a wire desk's credit in parentheses under the text for a signature", () => {
    const credit = "(شارك في التغطية سامر علي - تحرير هالة يوسف)";
    const a = expectSegmented([head, p1, p2, p3, credit].join("\n")).articles[0]!;
    expect(a.signatures.map((b) => b.text)).toEqual([credit]);
    expect(a.paragraphs).toHaveLength(3);
  });

  it("cuts a follow prompt glued to the last sentence", () => {
    const a = expectSegmented([head, p1, p2, `${p3}تابعوا أخبارنا على تلغرام`].join("\n")).articles[0]!;
    expect(a.paragraphs.at(-1)?.text).toBe(p3);
  });
});

describe("layout: bylines in the header", () => {
  const title = "افتتاح الطريق الساحلي بعد توسعته";
  const body = [
    "أعلنت وزارة النقل انتهاء أعمال توسعة الطريق الساحلي بين المدينتين قبل موعدها بشهرين، وفتحه أمام الحركة.",
    "وقال مدير المشروع إن التوسعة ستخفض زمن الرحلة إلى النصف، وإن الأعمال المتبقية لن تعطل السير.",
  ];
  const header = (...lines: string[]) => expectSegmented([...lines, ...body].join("\n")).articles[0]!;

  it("reads a bare name between the headline and the date line for the byline", () => {
    const a = header(title, "سامي العلي", "الأحد 12 مايو 2024");
    expect(a.title?.text).toBe(title);
    expect(a.byline?.text).toBe("سامي العلي");
  });

  it("reads the cues بواسطة, اسم الكاتب and الكاتب with its colon", () => {
    expect(header(title, "بواسطة: سامي العلي").byline?.text).toBe("سامي العلي");
    expect(header(title, "الكاتب: سامي العلي", "12 مايو 2024").byline?.text).toBe("سامي العلي");
    expect(header(title, "الكاتب المصري نجيب محفوظ").byline).toBeNull();
    expect(header(title, "اسم الكاتب، سامي العلي", "معلومات عن المقال").byline?.text).toBe("سامي العلي");
  });

  it("does not take a section label above the headline, or a line of a sidebar, for the byline", () => {
    const a = header("أخبار محلية", title, "الأحد 12 مايو 2024");
    expect(a.title?.text).toBe(title);
    expect(a.byline).toBeNull();
  });

  it("does not take a genre label under the headline for a bare name", () => {
    expect(header(title, "فيديو وصور").byline).toBeNull();
  });

  it("takes the page's title with the site's name over the headline for boilerplate", () => {
    const a = header(`${title} - صحيفة المساء`, title, "الأحد 12 مايو 2024");
    expect(a.title?.text).toBe(title);
    expect(a.subtitles).toEqual([]);
  });

  it("reads the headline above the text-size tools", () => {
    expect(header(title, "حجم الخط", "طباعة").title?.text).toBe(title);
  });
});

describe("layout: a carousel of read-also teasers", () => {
  it("reads each teaser after its counter line and goes on with the body", () => {
    const r = expectSegmented(
      [
        "قصف يستهدف منازل في المدينة ومقتل 12 شخصا",
        "قالت مصادر طبية إن 12 شخصا قتلوا اليوم الأحد في قصف استهدف منازل في المدينة الجنوبية.",
        "وأفاد مراسلون بأن الطائرات شنت غارات متتالية على الحي الشرقي من المدينة طوال الليل.",
        "اقرأ أيضا",
        "list 1 of 2",
        "تحذيرات من تداعيات العملية العسكرية في الجنوب",
        "list 2 of 2",
        "الأمم المتحدة: لا مكان آمنا في المدينة",
        "end of list",
        "وكانت السلطات قد أمرت السكان بإخلاء الأحياء الشرقية الأسبوع الماضي.",
      ].join("\n"),
    );
    expect(r.readAlso.map((a) => a.title?.text)).toEqual([
      "تحذيرات من تداعيات العملية العسكرية في الجنوب",
      "الأمم المتحدة: لا مكان آمنا في المدينة",
    ]);
    expect(r.articles[0]?.paragraphs).toHaveLength(3);
  });
});

describe("layout: more list headings", () => {
  it("reads lists under موضوعات متعلقة and أخبار أخرى", () => {
    for (const cue of ["موضوعات متعلقة", "أخبار أخرى"]) {
      const r = expectSegmented(
        [
          "افتتاح الطريق الساحلي بعد توسعته",
          "أعلنت وزارة النقل انتهاء أعمال توسعة الطريق الساحلي بين المدينتين قبل موعدها بشهرين.",
          "وقال مدير المشروع إن التوسعة ستخفض زمن الرحلة إلى النصف.",
          cue,
          "ارتفاع أسعار الحديد في السوق المحلية للمرة الثالثة",
          "الأرصاد تتوقع أمطارا رعدية على المرتفعات الشمالية",
        ].join("\n"),
      );
      expect(r.related).toHaveLength(2);
      expect(r.articles[0]?.paragraphs).toHaveLength(2);
    }
  });

  it("takes the line under a list heading for a headline when a lead with a dateline follows it", () => {
    const r = expectSegmented(
      [
        "آخر الأخبار",
        "الأرصاد تحذر من رياح نشطة على السواحل الغربية",
        "جدة (واس) - حذر المركز الوطني للأرصاد من رياح نشطة مثيرة للأتربة على السواحل الغربية حتى مساء الغد.",
        "وأوضح المركز أن الرؤية الأفقية قد تنخفض إلى أقل من كيلومتر في بعض المحافظات.",
      ].join("\n"),
    );
    expect(r.related).toEqual([]);
    expect(r.articles[0]?.title?.text).toBe("الأرصاد تحذر من رياح نشطة على السواحل الغربية");
    expect(r.articles[0]?.dateline?.text).toBe("جدة (واس) -");
  });
});

describe("layout: photo captions under the lead", () => {
  const title = "افتتاح الطريق الساحلي بعد توسعته";
  const lead = "أعلنت وزارة النقل انتهاء أعمال توسعة الطريق الساحلي بين المدينتين قبل موعدها بشهرين.";
  const more = [
    "وقال مدير المشروع إن التوسعة ستخفض زمن الرحلة إلى النصف، وإن الأعمال المتبقية لن تعطل السير.",
    "وتبلغ كلفة المشروع نحو ثلاثين مليون دينار، مولتها الحكومة من موازنة العام الحالي.",
  ];

  it("keeps the lead and reads a caption with a photo credit or an archive mark under it", () => {
    for (const caption of ["الوزير خلال الافتتاح (تصوير: سامي العلي)", "مشهد عام للطريق - أرشيفية", "لقطة من الجسر فوق الوادي Credit: Getty Images"]) {
      const a = expectSegmented([title, lead, caption, ...more].join("\n")).articles[0]!;
      expect(a.lead?.text).toBe(lead);
      expect(a.captions.map((b) => b.text)).toEqual([caption]);
      expect(a.dateline).toBeNull();
      expect(a.byline).toBeNull();
    }
  });
});

describe("layout: wire mastheads, wrapped datelines, credits", () => {
  it("takes an agency's long name above the headline for the masthead, and the dateline under it", () => {
    const r = expectSegmented(
      [
        "وكالة الأنباء اليمنية الرسمية - سبأ",
        "افتتاح مشروع لتحلية المياه في محافظة الحديدة",
        "الحديدة 20-11-2026 سبأ- افتتح محافظ الحديدة اليوم مشروعا لتحلية مياه البحر بطاقة خمسة آلاف متر مكعب يوميا.",
        "وأوضح مدير المشروع أن المحطة تخدم نحو ثلاثين ألف نسمة.",
      ].join("\n"),
    );
    const a = r.articles[0]!;
    expect(a.title?.text).toBe("افتتاح مشروع لتحلية المياه في محافظة الحديدة");
    expect([a.dateline?.text, a.dateline?.place, a.dateline?.agency]).toEqual(["الحديدة 20-11-2026 سبأ-", "الحديدة", "سبأ"]);
    expect(a.lead?.text.startsWith("افتتح محافظ الحديدة")).toBe(true);
  });

  it("reads a dated dateline on a hard-wrapped first line as the lead's, not as a date line", () => {
    const r = expectSegmented(
      [
        "انطلاق حملة لمكافحة الملاريا في ولاية كسلا",
        "كسلا 18-11-2026 (سونا) - أطلقت وزارة الصحة بالولاية اليوم",
        "حملة واسعة لرش المبيدات في الأحياء الشمالية بمشاركة مئة",
        "فريق ميداني.",
      ].join("\n"),
    );
    const a = r.articles[0]!;
    expect(a.dateline?.text).toBe("كسلا 18-11-2026 (سونا) -");
    expect(a.dates).toEqual([]);
    expect(a.lead?.text.startsWith("أطلقت وزارة الصحة بالولاية اليوم")).toBe(true);
  });

  it("takes a wire desk's credit of coverage for a signature, and a photo line credited to an outlet for a caption", () => {
    const r = expectSegmented(
      [
        "الأمطار تغمر أحياء في مدينة البصرة",
        "البصرة (رويترز) - غمرت الأمطار الغزيرة أحياء عدة في مدينة البصرة اليوم الخميس وتعطلت حركة السير في شوارعها الرئيسية.",
        "سيارات عالقة في شارع غمرته المياه وسط البصرة (رويترز)",
        "وقال مسؤول في الدفاع المدني إن فرق الإنقاذ أجلت عشرات العائلات من المنازل المتضررة.",
        "(تغطية صحفية حسن الساعدي - إعداد مروان يوسف للنشرة العربية)",
      ].join("\n"),
    );
    const a = r.articles[0]!;
    expect(a.captions.map((b) => b.text)).toEqual(["سيارات عالقة في شارع غمرته المياه وسط البصرة (رويترز)"]);
    expect(a.signatures.map((b) => b.text)).toEqual(["(تغطية صحفية حسن الساعدي - إعداد مروان يوسف للنشرة العربية)"]);
    expect(a.paragraphs).toHaveLength(2);
  });
});

describe("layout: menus, author notes, end codes and widgets", () => {
  it("takes a menu of short items between dashes above the headline for boilerplate", () => {
    const r = expectSegmented(
      [
        "الرئيسية - السعودية - الخليج - العالم - رياضة",
        "افتتاح أكبر محطة لتحلية المياه على ساحل البحر الأحمر",
        "جدة - واس",
        "افتتح وزير البيئة والمياه والزراعة اليوم محطة لتحلية المياه بطاقة مليون متر مكعب يوميا.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("افتتاح أكبر محطة لتحلية المياه على ساحل البحر الأحمر");
  });

  it("reads the name علي in a bare byline, and leaves the author's note under it to the page", () => {
    const r = expectSegmented(
      [
        "المزارعون في ديالى يترقبون موسم الحمضيات",
        "علي كريم الزيدي",
        "مراسل @ali_zaidi",
        "الاثنين 9 نوفمبر 2026",
        "يستعد مزارعو محافظة ديالى لموسم قطاف الحمضيات وسط مخاوف من تراجع الأسعار في الأسواق المحلية.",
        "وقال أحد المزارعين إن الإنتاج هذا العام أفضل من العام الماضي بكثير.",
      ].join("\n"),
    );
    const a = r.articles[0]!;
    expect(a.byline?.text).toBe("علي كريم الزيدي");
    expect(a.subtitles).toEqual([]);
    expect(r.blocks.find((b) => b.text === "مراسل @ali_zaidi")?.kind).toBe("boilerplate");
  });

  it("reads a date line with its time zone in parentheses", () => {
    const r = expectSegmented(
      [
        "ارتفاع أسعار الذهب في الأسواق المحلية",
        "آخر تحديث: 9/11/2026 10:30 (توقيت مكة)",
        "ارتفعت أسعار الذهب في الأسواق المحلية اليوم الاثنين متأثرة بصعود الأوقية في البورصات العالمية.",
      ].join("\n"),
    );
    expect(r.articles[0]?.dates.map((b) => b.text)).toEqual(["آخر تحديث: 9/11/2026 10:30 (توقيت مكة)"]);
  });

  it("keeps the quotation mark that opens a related title after its bullet", () => {
    const r = expectSegmented(
      [
        "الهيئة تعلن مواعيد التسجيل في البرنامج الصيفي",
        "أعلنت الهيئة العامة للرياضة اليوم فتح باب التسجيل في البرنامج الصيفي للشباب حتى نهاية الشهر.",
        "وأوضحت الهيئة أن البرنامج يشمل أنشطة رياضية وثقافية في جميع المحافظات.",
        "أخبار ذات صلة",
        '• "الرياضة" تطلق مسابقة للمواهب الشابة في كرة القدم',
        "• افتتاح ملعب جديد في مدينة الخبر بسعة عشرين ألف متفرج",
      ].join("\n"),
    );
    expect(r.related.map((b) => b.text)).toEqual([
      '"الرياضة" تطلق مسابقة للمواهب الشابة في كرة القدم',
      "افتتاح ملعب جديد في مدينة الخبر بسعة عشرين ألف متفرج",
    ]);
  });

  it("takes a wire agency's end codes for signatures, and a price widget and a follow prompt for boilerplate", () => {
    const r = expectSegmented(
      [
        "ارتفاع أسعار المحروقات للمرة الثالثة هذا الشهر",
        "بيروت - رفعت وزارة الطاقة والمياه أسعار المحروقات اليوم للمرة الثالثة منذ مطلع الشهر الجاري.",
        "وعزت الوزارة الزيادة إلى ارتفاع أسعار النفط العالمية وتراجع سعر صرف العملة المحلية.",
        "تابعوا آخر الأخبار عبر قناتنا على واتساب",
        "أسعار المحروقات اليوم",
        "بنزين 95 أوكتان: 1,521,000 ليرة",
        "مازوت: 1,367,000 ليرة",
      ].join("\n"),
    );
    expect(r.articles[0]?.paragraphs).toHaveLength(2);
    expect(r.related).toEqual([]);
    const sig = (last: string) =>
      expectSegmented(
        [
          "وصول قافلة مساعدات إلى مدينة الفاشر",
          "الخرطوم 9-11-2026 (سونا) - وصلت اليوم إلى مدينة الفاشر قافلة مساعدات إنسانية تضم عشرين شاحنة.",
          "وقال مسؤول في مفوضية العون الإنساني إن القافلة تحمل مواد غذائية وأدوية.",
          last,
        ].join("\n"),
      ).articles[0]?.signatures.map((b) => b.text);
    expect(sig("(سونا) م ع / ح ب")).toEqual(["(سونا) م ع / ح ب"]);
    expect(sig("كونا091230 جمت نوف 26")).toEqual(["كونا091230 جمت نوف 26"]);
  });

  it("reads الكلمات الدالة and كلمات البحث as tag cues", () => {
    const r = expectSegmented(
      [
        "الأرصاد تتوقع أمطارا رعدية على المرتفعات الجنوبية",
        "توقعت إدارة الأرصاد الجوية هطول أمطار رعدية على المرتفعات الجنوبية خلال اليومين المقبلين.",
        "وأوضحت الإدارة أن الرياح ستكون نشطة على السواحل الغربية.",
        "الكلمات الدالة: الأرصاد الجوية ، أمطار ، المرتفعات الجنوبية",
      ].join("\n"),
    );
    expect(r.tags.map((b) => b.text)).toEqual(["الأرصاد الجوية", "أمطار", "المرتفعات الجنوبية"]);
  });
});

describe("layout: wire tails, dated datelines alone, quotations left open", () => {
  it("cuts a wire's end mark off the last paragraph and reads the desks' initials for a signature", () => {
    const r = expectSegmented(
      [
        "مجلس الأمن يدعو إلى فتح المعابر",
        "نيويورك 9-11-2026 (كونا) -- دعا مجلس الأمن الدولي اليوم إلى فتح جميع المعابر أمام المساعدات الإنسانية دون تأخير.",
        "وكان المجلس قد عقد جلسة طارئة بطلب من المجموعة العربية لبحث الأوضاع. (النهاية)",
        "ف ع ر / م ع ش",
        "-(بترا) س ع/ م ح",
      ].join("\n"),
    );
    const a = r.articles[0]!;
    expect(a.paragraphs.map((p) => p.text).at(-1)).toBe("وكان المجلس قد عقد جلسة طارئة بطلب من المجموعة العربية لبحث الأوضاع.");
    expect(a.signatures.map((b) => b.text)).toEqual(["ف ع ر / م ع ش", "-(بترا) س ع/ م ح"]);
    expect(r.blocks.find((b) => b.text === "(النهاية)")?.kind).toBe("boilerplate");
  });

  it("reads a wire's dated dateline on a line of its own, and a place with its agency in parentheses", () => {
    const one = expectSegmented(
      [
        "تدشين مشروع للطاقة الشمسية في منطقة تبوك",
        "تبوك 18 جمادى الأولى 1448 هـ الموافق 9 نوفمبر 2026 م واس",
        "دشن أمير منطقة تبوك اليوم مشروعا للطاقة الشمسية بقدرة خمسمئة ميغاواط.",
      ].join("\n"),
    ).articles[0]!;
    expect([one.dateline?.text, one.dateline?.place, one.dateline?.agency]).toEqual([
      "تبوك 18 جمادى الأولى 1448 هـ الموافق 9 نوفمبر 2026 م واس",
      "تبوك",
      "واس",
    ]);
    expect(one.dates).toEqual([]);
    const two = expectSegmented(
      ["وهران: افتتاح محطة جديدة لتحلية مياه البحر", "وهران - (واج)", "افتتحت السلطات المحلية بوهران اليوم محطة جديدة لتحلية مياه البحر."].join("\n"),
    ).articles[0]!;
    expect(two.dateline?.text).toBe("وهران - (واج)");
    expect(two.captions).toEqual([]);
  });

  it("ends a paragraph at a quotation left open when the next line opens a sentence of its own", () => {
    const r = expectSegmented(
      [
        "وزير الزراعة يتفقد موسم قطاف الزيتون",
        "تفقد وزير الزراعة اليوم موسم قطاف الزيتون في الجنوب، والتقى عددا من المزارعين في البلدات الحدودية.",
        "وأشار إلى أن الوزارة تنسق مع البلديات لتسهيل وصول المزارعين إلى الحقول، مضيفا: “الأولوية للبلدات التي لم يتمكن أهلها من القطاف في العام الماضي",
        "ولفت رئيس التعاونية إلى أن كلفة اليد العاملة ارتفعت بنحو الضعف، وأن “كثيرين سيتركون جزءا من المحصول”.",
      ].join("\n"),
    );
    expect(r.articles[0]?.paragraphs).toHaveLength(3);
  });

  it("leaves a follow prompt with a link out of the body", () => {
    const r = expectSegmented(
      [
        "افتتاح معرض الكتاب في دمشق بمشاركة مئتي دار نشر",
        "دمشق-سانا افتتح اليوم معرض الكتاب في دورته الجديدة بمشاركة مئتي دار نشر عربية وأجنبية.",
        "ويستمر المعرض عشرة أيام ويتضمن ندوات وأمسيات شعرية وتوقيع كتب.",
        "تابعوا أخبار سانا على تلغرام https://t.me/example_channel",
      ].join("\n"),
    );
    expect(r.articles[0]?.paragraphs).toHaveLength(2);
    expect(r.related).toEqual([]);
  });
});

describe("layout: lists without a heading, live pages, glued menus", () => {
  it("reads bulleted headlines under the text, with no heading, and a numbered list for related titles", () => {
    const r = expectSegmented(
      [
        "الأمطار تعود إلى إقليم باي بعد جفاف طويل",
        "بيدوا - هطلت أمطار غزيرة على إقليم باي لأول مرة منذ أشهر، وسط آمال المزارعين بموسم أفضل.",
        "وقال مسؤول محلي إن المياه بدأت تتجمع في السدود الترابية الصغيرة.",
        "",
        "• البرلمان يقر موازنة العام المقبل بعد جلسة طويلة",
        "• افتتاح أول مصنع لتعليب الأسماك في ميناء بوصاصو",
        "",
        "الأكثر قراءة",
        "1. المصرف المركزي يعلن سعرا جديدا لصرف الدولار",
        "2. افتتاح الطريق الساحلي بعد صيانته",
      ].join("\n"),
    );
    expect(r.articles[0]?.paragraphs).toHaveLength(2);
    expect(r.related.map((b) => b.text)).toEqual([
      "البرلمان يقر موازنة العام المقبل بعد جلسة طويلة",
      "افتتاح أول مصنع لتعليب الأسماك في ميناء بوصاصو",
      "المصرف المركزي يعلن سعرا جديدا لصرف الدولار",
      "افتتاح الطريق الساحلي بعد صيانته",
    ]);
  });

  it("reads time stamps between the posts of a live page as date lines", () => {
    const r = expectSegmented(
      [
        "تغطية مباشرة: تطورات الأوضاع في مدينة الأبيض",
        "تتواصل المعارك في محيط مدينة الأبيض لليوم الثالث على التوالي وسط نزوح آلاف السكان.",
        "منذ 25 دقيقة",
        "أعلنت منظمة الصحة العالمية وصول شحنة أدوية إلى مستشفى المدينة التعليمي صباح اليوم.",
        "منذ ساعتين",
        "قال شهود عيان إن الاشتباكات تركزت في الأحياء الشرقية من المدينة خلال الليل.",
      ].join("\n"),
    );
    const a = r.articles[0]!;
    expect(a.paragraphs).toHaveLength(3);
    expect(a.dates.map((b) => b.text)).toEqual(["منذ 25 دقيقة", "منذ ساعتين"]);
  });

  it("takes menu items glued by a scraper for boilerplate, and a columnist's name with its honorific for the byline", () => {
    const r = expectSegmented(
      [
        "الموقعالرئيسيةالدوري المحليالبطولة العربيةنتائج مباشرة",
        "الفيصلي يفوز على الوحدات في قمة الجولة العاشرة",
        "الأحد 23 نوفمبر 2025",
        "حقق الفيصلي فوزا ثمينا على الوحدات بهدفين مقابل هدف في قمة الجولة العاشرة من الدوري.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("الفيصلي يفوز على الوحدات في قمة الجولة العاشرة");
    const c = expectSegmented(
      [
        "البطالة ليست رقما في تقرير",
        "د. هالة عبد الرحيم النجار",
        "الاثنين 24 تشرين الثاني 2025",
        "كلما صدر تقرير عن معدلات البطالة انشغلنا بالرقم ونسينا الناس الذين يقفون خلفه.",
        "* أستاذة الاقتصاد السياسي في الجامعة الأردنية",
      ].join("\n"),
    ).articles[0]!;
    expect(c.byline?.text).toBe("د. هالة عبد الرحيم النجار");
    expect(c.signatures.map((b) => b.text)).toEqual(["أستاذة الاقتصاد السياسي في الجامعة الأردنية"]);
  });

  it("reads an outlet with digits in parentheses, an outlet alone before a slash, and an agency's editors between slashes", () => {
    const one = expectSegmented(
      ["استئناف ضخ النفط من حقول الإقليم", "أربيل (كوردستان24) – أعلنت وزارة الثروات الطبيعية اليوم استئناف ضخ النفط الخام."].join("\n"),
    ).articles[0]!;
    expect([one.dateline?.text, one.dateline?.agency]).toEqual(["أربيل (كوردستان24) –", "كوردستان24"]);
    const two = expectSegmented(
      ["ضبط شحنة مخدرات في البصرة", "شفق نيوز/ أعلنت قيادة شرطة البصرة، يوم الاثنين، ضبط شحنة من المواد المخدرة.", "وأوضح بيان للقيادة أن المتهمين أحيلوا إلى القضاء."].join("\n"),
    ).articles[0]!;
    expect(two.dateline?.text).toBe("شفق نيوز/");
    const three = expectSegmented(
      [
        "الإمارات تطلق مبادرة لدعم المزارعين",
        "أبوظبي في 16 نوفمبر/ وام / أطلقت وزارة التغير المناخي والبيئة اليوم مبادرة لدعم المزارعين.",
        "وحضر اللقاء عدد من المسؤولين في الوزارة.",
        "وام/عاصم/ريم",
      ].join("\n"),
    ).articles[0]!;
    expect(three.signatures.map((b) => b.text)).toEqual(["وام/عاصم/ريم"]);
  });
});

describe("layout: copyright lines and comment prompts under the text", () => {
  it("takes a copyright line with its sign inside and a note that there are no comments for boilerplate", () => {
    const r = expectSegmented(
      [
        "ارتفاع إنتاج القمح في محافظة الحسكة",
        "دمشق-سانا أعلنت وزارة الزراعة اليوم ارتفاع إنتاج القمح في محافظة الحسكة بنسبة عشرين بالمئة.",
        "وأوضح مدير الإنتاج النباتي أن الأمطار الجيدة ساعدت على تحسن المحصول.",
        "لا توجد تعليقات على الخبر",
        "الوكالة العربية السورية للأنباء - سانا © 2025",
      ].join("\n"),
    );
    expect(r.articles[0]?.paragraphs).toHaveLength(2);
    expect(r.articles[0]?.signatures).toEqual([]);
    expect(r.related).toEqual([]);
  });
});

describe("layout: menus in wide gaps, long kickers, end marks between stories, outlets as mastheads", () => {
  it("reads a navigation bar whose items stand in wide gaps of white space as boilerplate", () => {
    const r = expectSegmented(
      [
        "الرئيسية   محليات   عربي ودولي   اقتصاد   رياضة",
        "افتتاح أكبر محطة لتحلية المياه في المنطقة الشرقية",
        "الدمام - واس",
        "افتتحت الهيئة اليوم محطة جديدة لتحلية المياه بطاقة تصل إلى 600 ألف متر مكعب يوميا.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("افتتاح أكبر محطة لتحلية المياه في المنطقة الشرقية");
    expect(r.boilerplate.map((b) => b.text)).toContain("الرئيسية   محليات   عربي ودولي   اقتصاد   رياضة");
  });

  it("takes a label of six words over a headline and its deck for a kicker", () => {
    const r = expectSegmented(
      [
        "ضمن خطة تطوير النقل العام 2026",
        "«المواصلات» تطلق 40 حافلة كهربائية على خطوط العاصمة",
        "تشغيل تجريبي لمدة ثلاثة أشهر قبل تعميم التجربة على بقية المدن",
        "أبوظبي - وام",
        "أطلقت هيئة المواصلات اليوم 40 حافلة كهربائية على خطوط العاصمة في مرحلة تجريبية.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("«المواصلات» تطلق 40 حافلة كهربائية على خطوط العاصمة");
    expect(r.articles[0]?.subtitles.map((b) => b.text)).toEqual([
      "ضمن خطة تطوير النقل العام 2026",
      "تشغيل تجريبي لمدة ثلاثة أشهر قبل تعميم التجربة على بقية المدن",
    ]);
  });

  it("gives a wire's end mark above the next story's headline to the story before", () => {
    const r = expectSegmented(
      [
        "البلدية تطلق حملة لتنظيف الشواطئ",
        "الكويت - 12 - 10 (كونا) -- أطلقت البلدية اليوم حملة لتنظيف الشواطئ تستمر أسبوعين بمشاركة متطوعين.",
        "(النهاية) ف ع ر / م ع ش",
        "الأرصاد: طقس حار نهارا ومعتدل ليلا",
        "الكويت - 12 - 10 (كونا) -- توقعت إدارة الأرصاد الجوية طقسا حارا نهارا ومعتدلا ليلا خلال الأيام المقبلة.",
      ].join("\n"),
    );
    expect(r.articles.map((a) => a.title?.text)).toEqual(["البلدية تطلق حملة لتنظيف الشواطئ", "الأرصاد: طقس حار نهارا ومعتدل ليلا"]);
    expect(r.articles[0]?.signatures.map((b) => b.text)).toEqual(["(النهاية) ف ع ر / م ع ش"]);
  });

  it("reads an outlet's name alone above the headline as the page's masthead", () => {
    const r = expectSegmented(
      [
        "بي بي سي نيوز عربي",
        "لماذا يزداد الأرق بين طلاب الجامعات؟",
        "قبل 3 ساعات",
        "يشكو عدد متزايد من طلاب الجامعات من صعوبة النوم، بحسب دراسة نشرت هذا الأسبوع في مجلة طبية.",
        "المزيد حول هذه القصة",
        "النوم المتقطع: ما الذي يقوله العلم؟",
        "هل تضر الشاشات بجودة النوم لدى الأطفال؟",
      ].join("\n"),
    );
    expect(r.articles.map((a) => a.title?.text)).toEqual(["لماذا يزداد الأرق بين طلاب الجامعات؟"]);
    expect(r.related.map((b) => b.text)).toEqual(["النوم المتقطع: ما الذي يقوله العلم؟", "هل تضر الشاشات بجودة النوم لدى الأطفال؟"]);
    expect(r.boilerplate.map((b) => b.text)).toContain("بي بي سي نيوز عربي");
  });
});

describe("layout: photo lines, numbered lists with dashes, desks' initials with agencies", () => {
  it("reads the line above a photographer's credit as the photo's caption, not a new headline", () => {
    const r = expectSegmented(
      [
        "البلدية تبدأ صيانة الجسور في وسط المدينة",
        "بدأت البلدية أعمال صيانة شاملة لسبعة جسور في وسط المدينة تستمر حتى نهاية الصيف.",
        "جانب من أعمال الصيانة على جسر الملك فهد",
        "تصوير: سامي الحربي",
        "وقال مدير المشاريع إن الأعمال تجري ليلا لتخفيف الزحام على الطرق.",
      ].join("\n"),
    );
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.captions.map((b) => b.text)).toContain("جانب من أعمال الصيانة على جسر الملك فهد");
    expect(r.articles[0]?.paragraphs).toHaveLength(2);
  });

  it("leaves a number and its dash out of a related item, and ends the list at a copyright line", () => {
    const r = expectSegmented(
      [
        "الفريق يتأهل إلى نهائي الكأس",
        "تأهل الفريق إلى نهائي الكأس بعد فوزه على منافسه بهدفين نظيفين مساء أمس.",
        "الأكثر قراءة",
        "1 - المدرب يعلن قائمة المعسكر الخارجي",
        "2 - النادي يجدد عقد قائده حتى 2029",
        "حقوق الطبع والنشر © 2026 الصحيفة",
      ].join("\n"),
    );
    expect(r.related.map((b) => b.text)).toEqual(["المدرب يعلن قائمة المعسكر الخارجي", "النادي يجدد عقد قائده حتى 2029"]);
    expect(r.boilerplate.map((b) => b.text)).toContain("حقوق الطبع والنشر © 2026 الصحيفة");
  });

  it("reads desks' initials with the agencies in parentheses as the article's signature", () => {
    const r = expectSegmented(
      [
        "ألمانيا تخفف شروط الاعتراف بشهادات الممرضين",
        "برلين - أقرت الحكومة الألمانية مشروع قانون يخفف شروط الاعتراف بشهادات الممرضين القادمين من خارج أوروبا.",
        "وينص المشروع على تقصير مدة دراسة الملفات من عام إلى ثلاثة أشهر، مع السماح بالعمل خلال فترة الانتظار.",
        "ويحتاج القانون إلى موافقة البرلمان قبل دخوله حيز التنفيذ مطلع العام المقبل.",
        "ع.ح.ع/ص.ش (د ب أ، أ ف ب)",
        "مواضيع ذات صلة",
        "نقص الممرضين يضغط على المستشفيات الألمانية",
      ].join("\n"),
    );
    expect(r.articles[0]?.signatures.map((b) => b.text)).toEqual(["ع.ح.ع/ص.ش (د ب أ، أ ف ب)"]);
    expect(r.related.map((b) => b.text)).toEqual(["نقص الممرضين يضغط على المستشفيات الألمانية"]);
  });
});

describe("layout: genre labels that open like a byline cue, bylines with an initial", () => {
  it("reads تحقيق خاص above the headline as a label, and the author under إعداد as the byline", () => {
    const r = expectSegmented(
      [
        "تحقيق خاص",
        "صادرات التمور تقفز 20% في موسم واحد",
        "إعداد: سلمى بنت راشد البلوشية",
        "مسقط - ارتفعت صادرات التمور خلال الموسم الماضي بنسبة 20% مقارنة بالموسم الذي سبقه.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("صادرات التمور تقفز 20% في موسم واحد");
    expect(r.articles[0]?.byline?.text).toBe("سلمى بنت راشد البلوشية");
  });

  it("reads an initial and a family name under the headline as the byline", () => {
    const r = expectSegmented(
      [
        "توقعات بإنتاج قياسي من الحبوب هذا الموسم",
        "ح. رضوان",
        "نشر في : 2026/05/05 | 18:40",
        "يتوقع أن يبلغ إنتاج الحبوب هذا الموسم مستوى قياسيا بفضل الأمطار الغزيرة التي شهدتها البلاد.",
      ].join("\n"),
    );
    expect(r.articles[0]?.byline?.text).toBe("ح. رضوان");
  });
});

describe("layout: place and author over a date line", () => {
  it("reads \"دبي: name\" as the dateline and the byline when a date line stands under it", () => {
    const r = expectSegmented(
      [
        "الخليج",
        "الإمارات",
        "اقتصاد",
        "تغطي 3 مناطق جديدة",
        "«طرق دبي» توسع خدمة الحافلات الذكية إلى المناطق الصناعية",
        "التشغيل التجريبي يبدأ الشهر المقبل.. والأجرة أعلى بقليل من أجرة الحافلات العادية",
        "دبي: مريم خالد النعيمي",
        "4 مايو 2026 00:45 صباحًا",
        "أعلنت هيئة الطرق والمواصلات في دبي توسيع خدمة الحافلات الذكية لتشمل ثلاث مناطق صناعية جديدة.",
        "وقال مدير الخدمة إن الحافلات ستعمل على مدار الساعة.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("«طرق دبي» توسع خدمة الحافلات الذكية إلى المناطق الصناعية");
    expect(r.articles[0]?.dateline?.text).toBe("دبي:");
    expect(r.articles[0]?.byline?.text).toBe("مريم خالد النعيمي");
  });
});

describe("layout: a byline glued to an outlet and a place", () => {
  it("splits \"name- outlet- city:\" into the byline and a dateline whose place is the city", () => {
    const r = expectSegmented(
      [
        "المرور يشغل كاميرات ذكية على الطرق الدائرية",
        "سعد محمد العتيبي- سبق- الرياض: بدأت الإدارة العامة للمرور تشغيل كاميرات ذكية لرصد المخالفات على الطرق الدائرية.",
        "وأوضحت الإدارة أن الكاميرات ترصد السرعة واستخدام الجوال أثناء القيادة.",
      ].join("\n"),
    );
    expect(r.articles[0]?.byline?.text).toBe("سعد محمد العتيبي");
    expect(r.articles[0]?.dateline?.text).toBe("سبق- الرياض:");
    expect(r.articles[0]?.dateline?.place).toBe("الرياض");
  });
});

describe("layout: an outlet's name with figures in a credit", () => {
  it("reads \"فرانس24/ أ ف ب\" under the deck as the source credit, not a dateline", () => {
    const r = expectSegmented(
      [
        "معهد العالم العربي يعرض مخطوطات أندلسية نادرة",
        "يضم المعرض 140 قطعة بينها مصاحف وكتب فلك وطب تعود إلى ما بين القرنين العاشر والخامس عشر",
        "فرانس24/ أ ف ب",
        "نشرت في: 16/10/2026 - 14:52",
        "باريس (أ ف ب) - يفتتح معهد العالم العربي في باريس السبت معرضا يضم 140 قطعة من المخطوطات الأندلسية النادرة.",
        "ويستمر المعرض حتى نهاية فبراير المقبل.",
      ].join("\n"),
    );
    expect(r.articles[0]?.source?.text).toBe("فرانس24/ أ ف ب");
    expect(r.articles[0]?.dateline?.text).toBe("باريس (أ ف ب) -");
  });
});

describe("layout: the page's masthead and its datelines", () => {
  it("reads the outlet the first line names as the agency of a dateline, on its own line or glued", () => {
    const own = expectSegmented(
      [
        "الراكوبة نيوز",
        "ارتفاع أسعار الخبز في الخرطوم بحري للمرة الثالثة هذا العام",
        "الخرطوم بحري – الراكوبة نيوز",
        "رفعت المخابز في الخرطوم بحري سعر قطعة الخبز للمرة الثالثة منذ يناير، متذرعة بارتفاع كلفة الدقيق والوقود.",
        "وقال أصحاب مخابز إن الزيادة لا تغطي الخسائر.",
      ].join("\n"),
    );
    expect(own.articles[0]?.dateline?.text).toBe("الخرطوم بحري – الراكوبة نيوز");
    expect(own.articles[0]?.byline).toBeNull();
    const glued = expectSegmented(
      [
        "الراكوبة نيوز | اقتصاد",
        "ارتفاع أسعار الخبز في الخرطوم بحري للمرة الثالثة هذا العام",
        "الخرطوم- الراكوبة نيوز رفعت المخابز في الخرطوم بحري سعر قطعة الخبز للمرة الثالثة منذ يناير.",
        "وقال أصحاب مخابز إن الزيادة لا تغطي الخسائر.",
      ].join("\n"),
    );
    expect(glued.articles[0]?.dateline?.text).toBe("الخرطوم- الراكوبة نيوز");
    expect(glued.articles[0]?.lead?.text.startsWith("رفعت المخابز")).toBe(true);
  });

  it("takes a first line that only opens with a place and a dash for a credit, not a masthead", () => {
    const r = expectSegmented(
      [
        "بنغازي - سالم الفيتوري",
        "افتتاح جسر جديد على وادي القطارة بعد عامين من العمل",
        "افتتحت السلطات المحلية في بنغازي جسرا جديدا على وادي القطارة يربط الأحياء الجنوبية بوسط المدينة.",
      ].join("\n"),
    );
    expect(r.articles[0]?.byline?.text).toBe("سالم الفيتوري");
  });

  it("reads a website's name as the outlet and the other part as the place", () => {
    const r = expectSegmented(
      [
        "الأسهم السعودية تغلق على ارتفاع بدعم من قطاع البنوك",
        "الرياض - الجزيرة.نت",
        "أغلق مؤشر السوق الرئيسية في السعودية جلسة الأحد مرتفعا بنسبة 0.8% عند 11420 نقطة.",
        "وبلغت قيمة التداولات نحو 6.2 مليار ريال.",
      ].join("\n"),
    );
    expect(r.articles[0]?.dateline?.text).toBe("الرياض - الجزيرة.نت");
    expect(r.articles[0]?.dateline?.place).toBe("الرياض");
  });

  it("keeps the word that marks an exclusive report in the dateline", () => {
    const r = expectSegmented(
      [
        "عدن الغد",
        "تعز: إعادة فتح طريق الحوبان بعد سنوات من الإغلاق",
        "تعز (عدن الغد) خاص:",
        "أعيد صباح اليوم فتح طريق الحوبان الذي يربط مدينة تعز بمنطقة الحوبان بعد إغلاق دام سنوات.",
      ].join("\n"),
    );
    expect(r.articles[0]?.dateline?.text).toBe("تعز (عدن الغد) خاص:");
  });

  it("takes a body's site name above the headline for boilerplate, not a dateline", () => {
    const r = expectSegmented(
      [
        "وزارة التربية - سلطنة عمان",
        "الرئيسية > الأخبار",
        "التربية تعلن مواعيد اختبارات الفصل الدراسي الأول",
        "أعلنت وزارة التربية والتعليم مواعيد اختبارات نهاية الفصل الدراسي الأول لطلبة الصفوف من الخامس إلى الثاني عشر.",
      ].join("\n"),
    );
    expect(r.articles[0]?.dateline).toBeNull();
    expect(r.boilerplate.map((b) => b.text)).toContain("وزارة التربية - سلطنة عمان");
  });

  it("reads an author's name closed by a bar, and a cue with a slash", () => {
    const bar = expectSegmented(
      [
        "البلدية تزيل 200 لوحة إعلانية مخالفة",
        "سارة خالد العنزي |",
        "22 نوفمبر 2026",
        "أزالت فرق البلدية 200 لوحة إعلانية مخالفة في محافظة الجهراء خلال أسبوع.",
      ].join("\n"),
    );
    expect(bar.articles[0]?.byline?.text).toBe("سارة خالد العنزي");
    const slash = expectSegmented(
      [
        "استئناف الرحلات بين سيئون والقاهرة",
        "كتب/ صالح عمر بامطرف",
        "أعلنت الخطوط الجوية اليمنية استئناف رحلاتها بين مطار سيئون والقاهرة اعتبارا من الأسبوع المقبل.",
      ].join("\n"),
    );
    expect(slash.articles[0]?.byline?.text).toBe("صالح عمر بامطرف");
  });

  it("gives an agency's end mark above the next story to the story before", () => {
    const r = expectSegmented(
      [
        "موجز الأخبار",
        "الإمارات تطلق قمرا صناعيا لرصد المناخ",
        "دبي في 20 نوفمبر/ وام/ أطلقت الإمارات اليوم قمرا صناعيا جديدا لرصد التغيرات المناخية في المنطقة.",
        "وأكد مدير المشروع سالم راشد الكعبي أن القمر سيوفر بيانات يومية عن درجات الحرارة والغبار.",
        "وام/سعد/هند",
        "الكويت: افتتاح مستشفى جديد في الجهراء",
        "الكويت - 20 - 11 (كونا) -- افتتحت وزارة الصحة اليوم مستشفى جديدا في محافظة الجهراء بسعة 300 سرير.",
        "وقال وزير الصحة في تصريح للصحفيين إن المستشفى سيخدم نحو نصف مليون نسمة.",
      ].join("\n"),
    );
    expect(r.articles[0]?.signatures.map((b) => b.text)).toEqual(["وام/سعد/هند"]);
    expect(r.articles[1]?.dateline?.text).toBe("الكويت - 20 - 11 (كونا) --");
  });
});

describe("layout: the foot of a column and captions between paragraphs", () => {
  it("keeps the columnist's note as a signature above a contact line and the page's notice", () => {
    const r = expectSegmented(
      [
        "الصحراء تزحف بصمت",
        "بقلم: د. مريم سالم الكتبي",
        "لم يعد التصحر خبرا بعيدا عن حياتنا اليومية، فالكثبان باتت تقترب من الطرق والمزارع عاما بعد عام.",
        "والحل لا يكون بالشعارات، بل بخطط تشجير تمتد لعقود وتمويل مستدام يحميها من تقلبات الموازنات.",
        "* أكاديمية وباحثة في شؤون البيئة",
        "maryam.ketbi@example.ae",
        "جميع المقالات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي الصحيفة",
      ].join("\n"),
    );
    expect(r.articles[0]?.signatures.map((b) => b.text)).toEqual(["أكاديمية وباحثة في شؤون البيئة"]);
    expect(r.articles[0]?.paragraphs).toHaveLength(2);
    expect(r.related).toEqual([]);
    expect(r.boilerplate.map((b) => b.text)).toContain("maryam.ketbi@example.ae");
  });

  it("reads a short line opening with جانب من between paragraphs as a caption", () => {
    const r = expectSegmented(
      [
        "افتتاح ميناء جديد للصيد في صلالة",
        "صلالة في 20 نوفمبر /العمانية/ افتتحت وزارة الثروة الزراعية والسمكية اليوم ميناء جديدا للصيد في ولاية صلالة.",
        "وقال مدير عام الثروة السمكية إن الميناء سيخدم أكثر من 400 قارب.",
        "جانب من حفل الافتتاح",
        "ويضم الميناء سوقا مركزية للأسماك ومصنعا للثلج ومخازن مبردة.",
      ].join("\n"),
    );
    expect(r.articles[0]?.captions.map((b) => b.text)).toEqual(["جانب من حفل الافتتاح"]);
    expect(r.articles[0]?.paragraphs).toHaveLength(3);
  });
});

describe("layout: bylines with a handle, over a date line, and before a place of two words", () => {
  it("reads the name before the author's handle as the byline, over a credit line", () => {
    const r = expectSegmented(
      [
        "«توكلنا» يضيف خدمة تجديد الهوية عبر التحقق بالوجه",
        "سارة عبدالله الشهري - @sara_alshehri",
        "الرياض - العربية.نت",
        "أضاف تطبيق توكلنا خدمة جديدة تتيح تجديد الهوية الوطنية بالكامل عبر الهاتف دون زيارة مكاتب الأحوال المدنية.",
      ].join("\n"),
    );
    expect(r.articles[0]?.byline?.text).toBe("سارة عبدالله الشهري");
    expect(r.articles[0]?.dateline?.text).toBe("الرياض - العربية.نت");
  });

  it("reads a wire's \"من\" byline over the date line", () => {
    const r = expectSegmented(
      [
        "المركزي الأردني يبقي أسعار الفائدة دون تغيير",
        "من سليمان خالد الخوالدة",
        "15 أكتوبر تشرين الأول 2026 الساعة 11:40 GMT",
        "",
        "عمان (رويترز) - أبقى البنك المركزي الأردني أسعار الفائدة الرئيسية دون تغيير يوم الأربعاء للمرة الرابعة.",
        "وقال البنك في بيان إن التضخم ما زال تحت السيطرة.",
      ].join("\n"),
    );
    expect(r.articles[0]?.byline?.text).toBe("سليمان خالد الخوالدة");
    expect(r.articles[0]?.dates.map((b) => b.text)).toEqual(["15 أكتوبر تشرين الأول 2026 الساعة 11:40 GMT"]);
  });

  it("splits a name from a place of two words with the article glued to the lead", () => {
    const r = expectSegmented(
      [
        "الأمانة ترفع 900 طن من المخلفات في حملة نظافة",
        "فهد سالم الحربي - الدار البيضاء: أنهت السلطات المحلية حملة موسعة لتنظيف الأحياء الشرقية استمرت عشرة أيام.",
        "وشارك في الحملة أكثر من 400 عامل.",
      ].join("\n"),
    );
    expect(r.articles[0]?.byline?.text).toBe("فهد سالم الحربي");
    expect(r.articles[0]?.dateline?.text).toBe("الدار البيضاء:");
  });
});

describe("layout: a feed's items", () => {
  it("reads each item's headline over its link and its RFC 822 date, and no author in the feed's section", () => {
    const r = expectSegmented(
      [
        "الجزيرة نت - آخر الأخبار",
        "https://www.aljazeera.net/rss",
        "ارتفاع أسعار الذهب إلى مستوى قياسي جديد",
        "https://www.aljazeera.net/ebusiness/2026/10/21/gold",
        "Wed, 21 Oct 2026 09:40:12 GMT",
        "ارتفعت أسعار الذهب في تعاملات الأربعاء إلى مستوى قياسي جديد مع تزايد الطلب على الملاذات الآمنة.",
        "وقال محللون إن الطلب من البنوك المركزية ما زال قويا.",
        "الأهلي يتعادل مع الزمالك في قمة الدوري المصري",
        "https://www.aljazeera.net/sport/2026/10/21/ahly",
        "Wed, 21 Oct 2026 21:58:40 +0300",
        "تعادل الأهلي مع الزمالك بهدف لمثله مساء الأربعاء في قمة الجولة العاشرة من الدوري المصري الممتاز.",
        "وسجل للأهلي لاعب الوسط في الدقيقة 30، وتعادل الزمالك في الدقيقة 77.",
      ].join("\n"),
    );
    expect(r.articles.map((a) => a.title?.text)).toEqual(["ارتفاع أسعار الذهب إلى مستوى قياسي جديد", "الأهلي يتعادل مع الزمالك في قمة الدوري المصري"]);
    expect(r.articles.map((a) => a.dates.map((b) => b.text))).toEqual([["Wed, 21 Oct 2026 09:40:12 GMT"], ["Wed, 21 Oct 2026 21:58:40 +0300"]]);
    expect(r.articles[0]?.byline).toBeNull();
    expect(r.boilerplate.map((b) => b.text)).toContain("https://www.aljazeera.net/sport/2026/10/21/ahly");
  });
});

describe("layout: photo credits in the header and dated related items", () => {
  it("reads past a photo's caption and its Latin credit between the headline and the lead", () => {
    const r = expectSegmented(
      [
        "RT Arabic",
        "الرئيسية",
        "روسيا",
        "العالم",
        "موسكو تعلن موعد الجولة المقبلة من المحادثات مع كييف في إسطنبول",
        "02.03.2027 | 13:40 GMT",
        "صورة أرشيفية من جولة سابقة للمحادثات في إسطنبول",
        "Gettyimages.ru",
        "أعلن المتحدث باسم الكرملين، اليوم الثلاثاء، أن الجولة الرابعة من المحادثات ستعقد في إسطنبول يوم 10 مارس بوساطة تركية.",
        "وأضاف أن الوفدين سيبحثان تبادل الأسرى وممرات الحبوب.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("موسكو تعلن موعد الجولة المقبلة من المحادثات مع كييف في إسطنبول");
    expect(r.articles[0]?.captions.map((b) => b.text)).toEqual(["صورة أرشيفية من جولة سابقة للمحادثات في إسطنبول"]);
    expect(r.articles[0]?.subtitles).toEqual([]);
  });

  it("reads titles each dated on the line under them as a related list", () => {
    const r = expectSegmented(
      [
        "انتخابات البرتغال: الاشتراكيون يتقدمون في استطلاعات الرأي",
        "تقدم الحزب الاشتراكي البرتغالي في آخر استطلاعات الرأي قبل أسبوع من الانتخابات التشريعية المبكرة.",
        "وقال محللون إن نسبة المشاركة ستحسم النتيجة.",
        "المزيد حول هذه القصة",
        "البرتغال تصوت وسط أزمة السكن: ما الذي على المحك؟",
        "27 فبراير/ شباط 2027",
        "من هو زعيم المعارضة الذي يقترب من رئاسة الحكومة؟",
        "25 فبراير/ شباط 2027",
      ].join("\n"),
    );
    expect(r.related.map((b) => b.text)).toEqual([
      "البرتغال تصوت وسط أزمة السكن: ما الذي على المحك؟",
      "من هو زعيم المعارضة الذي يقترب من رئاسة الحكومة؟",
    ]);
  });
});

describe("layout: captions with an agency's credit between paragraphs", () => {
  it("reads a description closed by its full stop and the agency's credit as a caption, in one article", () => {
    const nb = "\u00a0\u00a0\u00a0";
    const r = expectSegmented(
      [
        "بالصور.. قطار الحجاز يعود إلى العمل بعد الصيانة",
        `استأنف القطار رحلاته المنتظمة بين المدينتين بعد توقف دام ثلاثة أشهر لأعمال الصيانة.${nb}ويمتد الخط على مسافة 300 كيلومتر، ويختصر الرحلة إلى أربع ساعات.`,
        "مسافرون يصعدون إلى القطار في المحطة الرئيسية. (رويترز)",
        "وقال مدير الشركة إن الرحلات ستكون يومية في الاتجاهين بدءا من الأسبوع المقبل.",
      ].join("\n"),
    );
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.captions.map((b) => b.text)).toEqual(["مسافرون يصعدون إلى القطار في المحطة الرئيسية. (رويترز)"]);
    expect(r.articles[0]?.paragraphs).toHaveLength(3);
  });
});

describe("layout: briefs, press releases and a breadcrumb", () => {
  it("takes a headline \"Country: news\" under a one-paragraph brief for the next brief's headline", () => {
    const r = expectSegmented(
      [
        "موجز الأخبار",
        "الصومال: برنامج لتوظيف ألفي شاب في مشروعات الطرق",
        "10 سبتمبر 2026 - 13:10",
        "مقديشو (صونا) - أطلقت وزارة العمل الصومالية برنامجا لتوظيف ألفي شاب في مشروعات الطرق بالعاصمة وعدد من الولايات.",
        "جزر القمر: الحكومة تعلن خطة لمواجهة انقطاع الكهرباء",
        "10 سبتمبر 2026 - 16:30",
        "موروني - (أ ف ب) - أعلنت حكومة جزر القمر خطة طارئة لمعالجة انقطاع التيار الكهربائي الذي يتكرر منذ أسابيع.",
      ].join("\n"),
    );
    expect(r.articles.map((a) => a.title?.text)).toEqual([
      "الصومال: برنامج لتوظيف ألفي شاب في مشروعات الطرق",
      "جزر القمر: الحكومة تعلن خطة لمواجهة انقطاع الكهرباء",
    ]);
    expect(r.articles.map((a) => a.dateline?.text)).toEqual(["مقديشو (صونا) -", "موروني - (أ ف ب) -"]);
  });

  it("reads a press release's city, country and date before its lead as the dateline, under a breadcrumb", () => {
    const r = expectSegmented(
      [
        "غرفة الأخبار / البيانات الصحفية",
        "مجموعة موانئ أبوظبي تسجل نموا في أحجام المناولة خلال أغسطس",
        "08 سبتمبر 2026",
        "أبوظبي، الإمارات العربية المتحدة – 8 سبتمبر 2026: أعلنت مجموعة موانئ أبوظبي أن محطاتها سجلت نموا بنسبة 5% في أحجام المناولة خلال أغسطس.",
        "وقال الرئيس التنفيذي للمجموعة إن النمو جاء مدفوعا بالتجارة مع آسيا.",
      ].join("\n"),
    );
    expect(r.articles[0]?.dateline?.text).toBe("أبوظبي، الإمارات العربية المتحدة – 8 سبتمبر 2026:");
    expect(r.articles[0]?.lead?.text.startsWith("أعلنت مجموعة موانئ أبوظبي")).toBe(true);
  });
});

describe("layout: more header furniture of foreign services", () => {
  it("reads past a photo's © credit and a follow prompt, and a caption above the credit", () => {
    const r = expectSegmented(
      [
        "سبوتنيك عربي",
        "الأخبار",
        "اقتصاد",
        "أسعار الذهب تقفز بعد قرار مفاجئ للفيدرالي الأمريكي",
        "14:05 02.03.2027 (تم التحديث: 14:32 02.03.2027)",
        "سبائك ذهبية في أحد المصارف",
        "© Sputnik . ألكسندر كوزلوف",
        "تابعنا عبر",
        "قفزت أسعار الذهب بأكثر من اثنين بالمئة اليوم الثلاثاء بعد أن خفض الاحتياطي الفيدرالي أسعار الفائدة.",
        "وقال محللون إن الطلب على الملاذات الآمنة ارتفع.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("أسعار الذهب تقفز بعد قرار مفاجئ للفيدرالي الأمريكي");
    expect(r.articles[0]?.captions.map((b) => b.text)).toEqual(["سبائك ذهبية في أحد المصارف"]);
  });

  it("reads past the author's role line, and leaves the agency the author wrote with out of the byline", () => {
    const role = expectSegmented(
      [
        "محاكمة غوغل تبدأ في واشنطن",
        "وزارة العدل الأميركية تتهم الشركة باحتكار سوق الإعلانات",
        "سامر خليل",
        "صحافي",
        "الأربعاء 3 مارس 2027 11:30",
        "بدأت أمس الثلاثاء أمام محكمة فيدرالية في واشنطن محاكمة غوغل بتهمة احتكار سوق الإعلانات الرقمية.",
        "وقالت الشركة في بيان وزعته على الصحافيين إنها ستثبت أن ممارساتها خفضت الأسعار على المعلنين الصغار وزادت المنافسة في السوق.",
      ].join("\n"),
    );
    expect(role.articles[0]?.byline?.text).toBe("سامر خليل");
    expect(role.articles[0]?.paragraphs.map((p) => p.text)).not.toContain("صحافي");
    const agency = expectSegmented(
      [
        "مالطا تعلن الطوارئ بعد وصول مئات المهاجرين",
        "بقلم:\u00a0 نادين حداد\u00a0مع أ ف ب",
        "أعلنت السلطات في مالطا حالة الطوارئ بعد وصول أكثر من 800 مهاجر في يومين إلى موانئ الجزيرة.",
        "وقالت إن مراكز الاستقبال ممتلئة.",
      ].join("\n"),
    );
    expect(agency.articles[0]?.byline?.text).toBe("نادين حداد");
  });

  it("reads the page's first line of an outlet and its section as the masthead", () => {
    const r = expectSegmented(
      [
        "الشرق الأوسط - ثقافة وعلوم",
        "مهرجان للأفلام الوثائقية يفتتح دورته العاشرة في تونس",
        "تونس: «الشرق الأوسط» افتتح مهرجان الأفلام الوثائقية دورته العاشرة مساء الخميس بعرض فيلم عن الهجرة.",
        "وقالت مديرة المهرجان إن الدورة تضم 40 فيلما.",
      ].join("\n"),
    );
    expect(r.articles[0]?.byline).toBeNull();
    expect(r.boilerplate.map((b) => b.text)).toContain("الشرق الأوسط - ثقافة وعلوم");
  });
});

describe("layout: read-also teasers without bodies", () => {
  const body = [
    "الأسهم الأميركية تتكبد أكبر خسائرها منذ عامين",
    "تكبدت الأسهم الأميركية أكبر خسائرها اليومية منذ عامين في ختام تعاملات الخميس بعد بيانات تضخم أعلى من المتوقع.",
    "وقال كبير المحللين في شركة للوساطة إن المستثمرين يعيدون تسعير توقعات الفائدة.",
  ];

  it("keeps a teaser's title apart from the quotation after it, which goes on with the article", () => {
    const r = expectSegmented(
      [
        ...body,
        "اقرأ أيضاً",
        "الذهب يقفز فوق 3000 دولار للمرة الأولى وسط هروب من الأصول الخطرة",
        "\"السوق كانت تسعر خفضين على الأقل هذا العام، والآن انهار هذا السيناريو بالكامل\"، أضاف المحلل.",
      ].join("\n"),
    );
    expect(r.readAlso.map((a) => a.title?.text)).toEqual(["الذهب يقفز فوق 3000 دولار للمرة الأولى وسط هروب من الأصول الخطرة"]);
    expect(r.articles[0]?.paragraphs).toHaveLength(3);
  });

  it("reads titles one under another after the cue, to the page's end, as teasers", () => {
    const r = expectSegmented(
      [...body, "اقرأ أيضاً", "ألمانيا تتحفظ على فرض رسوم جديدة على السيارات الصينية", "الصين تسجل فائضا تجاريا قياسيا في فبراير"].join("\n"),
    );
    expect(r.readAlso.map((a) => a.title?.text)).toEqual([
      "ألمانيا تتحفظ على فرض رسوم جديدة على السيارات الصينية",
      "الصين تسجل فائضا تجاريا قياسيا في فبراير",
    ]);
    expect(r.related).toEqual([]);
  });
});

describe("layout: the foot of a wire story", () => {
  it("reads desks' initials with agencies spelled out as the signature, and a rights line and an issue's heading as the page's", () => {
    const r = expectSegmented(
      [
        "البنك المركزي الأوروبي يخفض الفائدة ربع نقطة",
        "فرانكفورت (رويترز) - خفض البنك المركزي الأوروبي أسعار الفائدة ربع نقطة مئوية يوم الخميس للمرة الثالثة هذا العام.",
        "وقالت رئيسة البنك في مؤتمر صحفي إن التضخم يقترب من المستهدف.",
        "ع.م/ س.ك (رويترز، د ب أ، أ ف ب)",
        "اقرأ في هذا العدد",
        "كل الحقوق محفوظة لموقع الصحيفة 2027",
      ].join("\n"),
    );
    expect(r.articles[0]?.signatures.map((b) => b.text)).toEqual(["ع.م/ س.ك (رويترز، د ب أ، أ ف ب)"]);
    expect(r.related).toEqual([]);
    expect(r.boilerplate.map((b) => b.text)).toEqual(expect.arrayContaining(["اقرأ في هذا العدد", "كل الحقوق محفوظة لموقع الصحيفة 2027"]));
  });
});

describe("layout: sports and business headers", () => {
  it("reads the page's outlet as the credit when the place is also an outlet's name", () => {
    const r = expectSegmented(
      [
        "كووورة",
        "الشباب يهزم الفتح بثنائية ويقترب من المربع الذهبي",
        "الرياض - كووورة: حقق الشباب فوزاً مهماً على ضيفه الفتح بنتيجة 2-0 في المباراة التي أقيمت مساء الجمعة.",
        "وسجل هدفي الشباب المهاجم في الدقيقتين 12 و77.",
      ].join("\n"),
    );
    expect(r.articles[0]?.dateline?.text).toBe("الرياض - كووورة:");
    expect(r.articles[0]?.dateline?.place).toBe("الرياض");
  });

  it("reads a market ticker above the headline as the page's", () => {
    const r = expectSegmented(
      [
        "طاقة",
        "برنت 86.42$ ▲ 1.8%   غرب تكساس 82.07$ ▲ 1.6%   الغاز الطبيعي 2.91$ ▼ 0.7%",
        "النفط يصعد لأعلى مستوى في خمسة أشهر بعد قرار أوبك+",
        "ارتفعت أسعار النفط اليوم الخميس إلى أعلى مستوى في خمسة أشهر بعد أن تمسك تحالف أوبك+ بخفض الإنتاج حتى نهاية العام.",
        "وقال محللون إن السوق تتوقع شحا في الإمدادات خلال الصيف.",
      ].join("\n"),
    );
    expect(r.articles[0]?.title?.text).toBe("النفط يصعد لأعلى مستوى في خمسة أشهر بعد قرار أوبك+");
  });
});

describe("layout: furniture between the headline and the lead", () => {
  it("reads past a print edition's issue number and a one-line teaser to the headline", () => {
    const page = [
      "الوطن",
      "محليات",
      "البلدية تفتتح حديقة جديدة في الحي الشمالي",
      "الثلاثاء 2 نوفمبر 2027",
      "العدد 9521",
      "اقرأ أيضاً: إغلاق جزئي لطريق الكورنيش يومي الجمعة والسبت",
      "افتتحت البلدية أمس حديقة جديدة في الحي الشمالي على مساحة خمسة آلاف متر مربع، تضم ممرات للمشي وألعابا للأطفال.",
    ].join("\n");
    const r = expectSegmented(page);
    expect(r.articles[0]?.title?.text).toBe("البلدية تفتتح حديقة جديدة في الحي الشمالي");
    expect(r.articles[0]?.dates.map((d) => d.text)).toEqual(["الثلاثاء 2 نوفمبر 2027"]);
    expect(r.readAlso.map((a) => a.title?.text)).toEqual(["إغلاق جزئي لطريق الكورنيش يومي الجمعة والسبت"]);
    expect(r.articles[0]?.paragraphs.length).toBe(1);
  });
});

describe("layout: lists, prompts, teasers and captions in the shapes of unseen pages", () => {
  const story = [
    "بلدية المدينة تفتتح ثلاث حدائق عامة جديدة",
    "افتتحت بلدية المدينة صباح اليوم ثلاث حدائق عامة في الأحياء الشمالية، بعد عامين من الأعمال.",
    "وقال رئيس البلدية إن الحدائق «ستفتح مجاناً طوال أيام الأسبوع».",
  ];

  it("reads a related heading with its colon whole, and ذات صلة alone as a related heading", () => {
    for (const heading of ["مقالات ذات صلة:", "مواضيع ذات صلة:", "ذات صلة"]) {
      const r = expectSegmented([...story, heading, "• أمانة العاصمة تزرع ألف شجرة", "• إغلاق طريق المطار ليلاً للصيانة"].join("\n"));
      expect(r.related.map((b) => b.text)).toEqual(["أمانة العاصمة تزرع ألف شجرة", "إغلاق طريق المطار ليلاً للصيانة"]);
      expect(r.readAlso).toEqual([]);
      expect(r.articles[0]!.paragraphs).toHaveLength(2);
    }
  });

  it("keeps news sentences that open with a past verb and name a platform", () => {
    for (const sentence of ["انضم موظفو الشركة في فيسبوك إلى الإضراب أمس.", "تابع الوزير التطورات عبر تطبيق خاص."]) {
      const r = expectSegmented([...story, sentence, "وختم رئيس البلدية بأن الافتتاح الرسمي سيكون الأسبوع المقبل."].join("\n"));
      expect(r.articles[0]!.paragraphs.map((p) => p.text)).toContain(sentence);
    }
  });

  it("reads a related list whose items each carry a labelled date under them", () => {
    const r = expectSegmented(
      [
        ...story,
        "المزيد حول هذه القصة",
        "الأمانة تزرع ألف شجرة في الأحياء الجنوبية",
        "تاريخ النشر",
        "3 أكتوبر/ تشرين الأول 2026",
        "كيف تحولت المكبات القديمة إلى حدائق عامة؟",
        "تاريخ النشر",
        "12 أغسطس/ آب 2026",
        "ما الذي يجعل حدائق المدينة مختلفة عن غيرها؟",
        "تاريخ النشر",
        "28 يونيو/ حزيران 2026",
      ].join("\n"),
    );
    expect(r.related.map((b) => b.text)).toEqual([
      "الأمانة تزرع ألف شجرة في الأحياء الجنوبية",
      "كيف تحولت المكبات القديمة إلى حدائق عامة؟",
      "ما الذي يجعل حدائق المدينة مختلفة عن غيرها؟",
    ]);
    expect(r.articles).toHaveLength(1);
  });

  it("makes a follow prompt of any wording boilerplate, not a teaser or a related title", () => {
    for (const prompt of ["تابعوا «الوطن» على منصة إكس", "تابعوا صحيفة المدينة على فيسبوك وتويتر", "حمّل تطبيق الصحيفة على App Store", 'تابعوا قناة "الوكالة" على واتساب']) {
      const r = expectSegmented([...story, "اقرأ أيضاً", "الأمطار تعود إلى المنطقة الأسبوع المقبل", prompt].join("\n"));
      expect(r.readAlso.map((a) => a.title?.text)).toEqual(["الأمطار تعود إلى المنطقة الأسبوع المقبل"]);
      expect(r.boilerplate.map((b) => b.text)).toContain(prompt);
    }
  });

  it("reads a breadcrumb of items between spaced slashes as boilerplate, not as the headline", () => {
    const r = expectSegmented(["الرئيسية / محليات / عربي ودولي / اقتصاد / رياضة", ...story].join("\n"));
    expect(r.articles[0]!.title?.text).toBe(story[0]);
    expect(r.boilerplate.map((b) => b.text)).toContain("الرئيسية / محليات / عربي ودولي / اقتصاد / رياضة");
  });

  it("reads a standfirst, a date, a dated caption and its © credit above a lead that opens with a dateline", () => {
    const r = expectSegmented(
      [
        "مهرجان المسرح العربي: قاعات ممتلئة وعروض من ثماني دول",
        "تتواصل في العاصمة فعاليات الدورة الخامسة عشرة لمهرجان المسرح العربي، بمشاركة 30 عرضاً من ثماني دول عربية.",
        "نشرت في: 06/11/2026 - 18:20",
        "جمهور ينتظر دخول المسرح الوطني وسط العاصمة في 5 تشرين الثاني/نوفمبر 2026.",
        "© سامي الجندي، أ ف ب",
        "الرباط (أ ف ب) - امتدت طوابير المتفرجين مساء الخميس أمام المسرح الوطني قبل ساعة من بدء العرض الأول.",
        "وقال مدير المهرجان إن هذه الدورة «الأكبر منذ تأسيس المهرجان».",
      ].join("\n"),
    );
    const a = r.articles[0]!;
    expect(a.subtitles.map((b) => b.text)).toEqual(["تتواصل في العاصمة فعاليات الدورة الخامسة عشرة لمهرجان المسرح العربي، بمشاركة 30 عرضاً من ثماني دول عربية."]);
    expect(a.captions.map((b) => b.text)).toEqual(["جمهور ينتظر دخول المسرح الوطني وسط العاصمة في 5 تشرين الثاني/نوفمبر 2026."]);
    expect(a.dateline?.text).toBe("الرباط (أ ف ب) -");
    expect(a.paragraphs).toHaveLength(2);
  });

  it("reads a standfirst dated below it, over the author's name or a credit, a caption and its credit", () => {
    const lead = "في ميناء روتردام الهولندي، وصلت هذا الأسبوع أول شحنة تجريبية من الأمونيا الخضراء المنتجة في جنوب المغرب.";
    const more = "وتخطط هولندا لاستيراد نصف احتياجاتها من الهيدروجين بحلول عام 2035، وفق الخطة الحكومية.";
    const dw = expectSegmented(
      ["الأمونيا الخضراء.. هل يصبح المغرب مورد الطاقة لأوروبا؟", "تراهن هولندا على استيراد الطاقة النظيفة من شمال أفريقيا لتحقيق أهدافها المناخية، لكن الطريق طويل.", "سعيد بن علي", "21.11.2026", "توربينات رياح قرب مدينة الداخلة", "صورة من: Jean Dupont/AFP", lead, more].join("\n"),
    ).articles;
    expect(dw).toHaveLength(1);
    expect(dw[0]!.byline?.text).toBe("سعيد بن علي");
    expect(dw[0]!.subtitles).toHaveLength(1);
    expect(dw[0]!.paragraphs.map((p) => p.text)).toEqual([lead, more]);
    const f24 = expectSegmented(
      ["كوب 31: المفاوضات تدخل ساعاتها الأخيرة وسط خلاف حول التمويل", "مع اقتراب الموعد الرسمي لاختتام المؤتمر، لا تزال الوفود منقسمة حول حجم التمويل المطلوب.", "فرانس24/ أ ف ب", "نشرت في: 20/11/2026 - 17:48", "وزراء خلال جلسة عامة للمؤتمر في 19 تشرين الثاني/نوفمبر 2026.", "© أ ف ب", lead, more].join("\n"),
    ).articles;
    expect(f24).toHaveLength(1);
    expect(f24[0]!.captions.map((c) => c.text)).toEqual(["وزراء خلال جلسة عامة للمؤتمر في 19 تشرين الثاني/نوفمبر 2026."]);
    expect(f24[0]!.paragraphs.map((p) => p.text)).toEqual([lead, more]);
  });

  it("reads a © credit under a caption between paragraphs as the photo's, not as a copyright that ends the body", () => {
    const r = expectSegmented(
      [
        ...story,
        "أطفال يلعبون في إحدى الحدائق الجديدة",
        "© أحمد سالم",
        "وأضاف رئيس البلدية أن الحدائق «ستضم ملاعب للأطفال ومسارات للمشي».",
        "ومن المقرر أن تفتتح البلدية حديقتين أخريين مطلع العام المقبل.",
      ].join("\n"),
    );
    expect(r.articles[0]!.paragraphs.map((p) => p.text)).toContain("ومن المقرر أن تفتتح البلدية حديقتين أخريين مطلع العام المقبل.");
  });

  // A teaser in the middle of the story, then a paragraph, a last one and the tags.
  const afterTeaser = (teaser: string, paragraph: string) =>
    expectSegmented(
      [...story, "اقرأ أيضاً", teaser, paragraph, "ومن المقرر أن تفتتح البلدية حديقتين أخريين مطلع العام المقبل.", "الكلمات المفتاحية", "الحدائق", "البلدية"].join(
        "\n",
      ),
    );

  it("keeps with the article the prose after a teaser that runs to the tail but tells another story", () => {
    const r = afterTeaser("معرض الكتاب يعود في دورته العاشرة", "المهندس المشرف على الأعمال، سامر خوري، قال للموقع إن الفريق «زرع أكثر من ألف شجرة».");
    expect(r.articles[0]!.paragraphs).toHaveLength(4);
    expect(r.readAlso[0]!.paragraphs).toEqual([]);
  });

  it("reads the person's part of a credit line by a common given name, whichever side it stands on", () => {
    const a = expectSegmented(
      ["«النقل»: تشغيل 40 حافلة جديدة بين المدن", "سعد خالد المطيري - المدينة المنورة", ...story.slice(1)].join("\n"),
    ).articles[0]!;
    expect(a.byline?.text).toBe("سعد خالد المطيري");
    expect(a.dateline?.place).toBe("المدينة المنورة");
  });

  it("reads a place of two words after a wire agency, a person only when a common given name opens the part", () => {
    const head = "«الصحة»: حملة تطعيم تصل إلى 300 ألف طفل";
    const placed = expectSegmented([head, "سونا – ود مدني", ...story.slice(1)].join("\n")).articles[0]!;
    expect(placed.dateline?.place).toBe("ود مدني");
    expect(placed.dateline?.agency).toBe("سونا");
    expect(placed.byline).toBeNull();
    const named = expectSegmented([head, "سونا – محمد عثمان", ...story.slice(1)].join("\n")).articles[0]!;
    expect(named.byline?.text).toBe("محمد عثمان");
  });

  it("reads a line that opens with a preposition over the headline as its kicker", () => {
    const a = expectSegmented(["في قمة الجولة العاشرة من الدوري", "الوحدة يتجاوز الشارقة بثلاثية ويعزز صدارته", ...story.slice(1)].join("\n"))
      .articles[0]!;
    expect(a.title?.text).toBe("الوحدة يتجاوز الشارقة بثلاثية ويعزز صدارته");
    expect(a.subtitles.map((b) => b.text)).toEqual(["في قمة الجولة العاشرة من الدوري"]);
  });

  it("reads a feed's header: an outlet and its section, the feed's link, a labelled RFC 822 date", () => {
    const r = expectSegmented(
      [
        "سكاي نيوز عربية - رياضة وثقافة",
        "https://www.skynewsarabia.com/rss/sport-culture",
        "آخر تحديث: Sat, 07 Nov 2026 21:05:00 +0400",
        "",
        "الهلال يفوز على النصر في ديربي الرياض",
        "https://www.skynewsarabia.com/sport/1801999",
        "Sat, 07 Nov 2026 20:55:00 +0400",
        "فاز الهلال على النصر بهدفين مقابل هدف، السبت، في ديربي الرياض ضمن الجولة العاشرة من الدوري.",
        "وقال مدرب الهلال بعد المباراة إن فريقه «لعب بتركيز كبير حتى النهاية».",
      ].join("\n"),
    );
    const a = r.articles[0]!;
    expect(a.title?.text).toBe("الهلال يفوز على النصر في ديربي الرياض");
    expect(a.byline).toBeNull();
    expect(a.source).toBeNull();
    expect(r.boilerplate.map((b) => b.text)).toContain("سكاي نيوز عربية - رياضة وثقافة");
  });

  it("reads an outlet named like a source label on the page's first line as the masthead", () => {
    const a = expectSegmented(["المصدر أونلاين", ...story].join("\n")).articles[0]!;
    expect(a.source).toBeNull();
    expect(a.title?.text).toBe(story[0]);
  });

  it("goes on with the article after a teaser when the next paragraph opens with وفي", () => {
    const r = afterTeaser("الأمطار تعود إلى المنطقة الأسبوع المقبل", "وفي حي الروضة، قال أحد السكان إن «الحديقة غيرت حياة الأطفال».");
    expect(r.articles[0]!.paragraphs).toHaveLength(4);
    expect(r.readAlso[0]!.paragraphs).toEqual([]);
  });

  it("reads the line over a photo's credit between the date and the lead as a caption, the headline above stays the title", () => {
    const r = expectSegmented(
      [
        "«الترامواي» يصل إلى حي النسيم .. وركاب يشتكون من الزحام",
        "سعيد البقالي",
        "الاثنين 26 أكتوبر 2026 - 10:05",
        "عربة من الجيل الجديد في محطة حي النسيم",
        "صورة: الموقع",
        "دخل الخط الثاني للترامواي حيز الخدمة الأسبوع الماضي، رابطاً حي النسيم بوسط المدينة في أقل من نصف ساعة.",
        "وقال نائب العمدة المكلف بالتنقلات إن الشركة «ستضيف عربات جديدة قبل نهاية السنة».",
      ].join("\n"),
    );
    const a = r.articles[0]!;
    expect(a.title?.text).toBe("«الترامواي» يصل إلى حي النسيم .. وركاب يشتكون من الزحام");
    expect(a.captions.map((c) => c.text)).toContain("عربة من الجيل الجديد في محطة حي النسيم");
  });
});
