import { describe, expect, it } from "vitest";
import { segmentArticle } from "../../src/segment/index.js";
import { expectSegmented } from "./helpers.js";

const NB = "\u00a0";

describe("segmentArticle: bad input", () => {
  it("throws a TypeError naming the function for a non-string", () => {
    for (const bad of [undefined, null, 42, {}, ["نص"]]) {
      expect(() => segmentArticle(bad as unknown as string)).toThrow(TypeError);
      expect(() => segmentArticle(bad as unknown as string)).toThrow(/segmentArticle/);
    }
  });

  it("gives empty lists and no article for empty or blank text", () => {
    for (const blank of ["", "   ", "\n\n\r\n", `${NB}${NB}\t`, "\ufeff\n\u200f"]) {
      const r = expectSegmented(blank);
      expect(r).toEqual({ articles: [], readAlso: [], related: [], tags: [], boilerplate: [], blocks: [] });
    }
  });

  it("still gives blocks for text without Arabic", () => {
    const r = expectSegmented("Breaking news\n\nThe minister said on Monday that the plan was approved by the cabinet today.\n");
    expect(r.blocks.length).toBeGreaterThan(0);
  });
});

describe("segmentArticle: title, lead and paragraphs", () => {
  it("makes one line of prose an article: a headline its title, a sentence its lead", () => {
    const headline = segmentArticle("مقتل 5 أشخاص في انفجار ببغداد أمس");
    expect(headline.articles).toHaveLength(1);
    expect(headline.articles[0]?.title?.text).toBe("مقتل 5 أشخاص في انفجار ببغداد أمس");
    const brief = segmentArticle("قتل خمسة أشخاص أمس في انفجار وسط بغداد في 6 مايو 2024.");
    expect(brief.articles[0]?.lead?.text).toBe("قتل خمسة أشخاص أمس في انفجار وسط بغداد في 6 مايو 2024.");
    // Boilerplate, navigation and a date line alone stay what they are.
    for (const line of ["تابعونا على تويتر وفيسبوك", "الرئيسية | أخبار | رياضة", "الاثنين 6 مايو 2024", "نعم"]) {
      const r = segmentArticle(line);
      expect(r.articles, line).toEqual([]);
      expect(r.blocks.map((b) => b.kind), line).toEqual(["boilerplate"]);
    }
  });

  const page = [
    "الحكومة تقر موازنة العام المقبل",
    "",
    "أقر مجلس الوزراء، مساء الاثنين، مشروع موازنة العام المقبل بعجز يقل عن ثلاثة بالمئة من الناتج المحلي.",
    "",
    "وتتضمن الموازنة زيادة في مخصصات التعليم والصحة وخفضا في النفقات الإدارية.",
  ].join("\n");

  it("finds the headline and the body, the lead first", () => {
    const r = expectSegmented(page);
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0]!;
    expect(a.title?.text).toBe("الحكومة تقر موازنة العام المقبل");
    expect(a.title?.kind).toBe("title");
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      "أقر مجلس الوزراء، مساء الاثنين، مشروع موازنة العام المقبل بعجز يقل عن ثلاثة بالمئة من الناتج المحلي.",
      "وتتضمن الموازنة زيادة في مخصصات التعليم والصحة وخفضا في النفقات الإدارية.",
    ]);
    expect(a.lead).toBe(a.paragraphs[0]);
    expect(page.slice(a.lead!.span.start, a.lead!.span.end)).toBe(a.lead!.text);
  });

  it("survives CRLF, NUL bytes, BOM-only lines and bidi marks", () => {
    const noisy = `\ufeff\r\n${page.replace(/\n/gu, "\r\n")}\r\n\ufeff\r\n\u0000\u0000`.replace("أقر", "\u200fأقر");
    const r = expectSegmented(noisy);
    expect(r.articles[0]?.title?.text).toBe("الحكومة تقر موازنة العام المقبل");
    expect(r.articles[0]?.paragraphs).toHaveLength(2);
  });

  it("splits paragraphs run together after a sentence end and a run of spaces", () => {
    const one = "أعلنت البلدية إغلاق الطريق . " + NB + " " + NB + "وأوضحت أن الأشغال تستمر أسبوعا.  وتنتهي الأشغال قبل العيد.";
    const r = expectSegmented(`عنوان الخبر هنا اليوم\n${one}`);
    expect(r.articles[0]?.paragraphs.map((p) => p.text)).toEqual([
      "أعلنت البلدية إغلاق الطريق .",
      "وأوضحت أن الأشغال تستمر أسبوعا.",
      "وتنتهي الأشغال قبل العيد.",
    ]);
  });

  it("keeps sentences split by one space in one paragraph", () => {
    const r = expectSegmented("عنوان الخبر هنا اليوم\nأعلنت البلدية إغلاق الطريق. وأوضحت أن الأشغال تستمر أسبوعا.");
    expect(r.articles[0]?.paragraphs).toHaveLength(1);
  });

  it("joins a line wrapped after a word that cannot end a sentence", () => {
    const text = "كتب- سامي علي\nوجاء الجزء الثامن من المشروع الضخم الذي أطلقه المجلس الأعلى للثقافة العام الماضي تحت\nعنوان أشكال التعبير في الميدان وأثرها في الحياة العامة للمواطنين\nويأتي الجزء التاسع بعده مباشرة في مجلد منفصل يضم مئات الصور النادرة والوثائق";
    const r = expectSegmented(text);
    const first = r.articles[0]!.paragraphs[0]!.text;
    expect(first.startsWith("وجاء الجزء الثامن")).toBe(true);
    expect(first.endsWith("للمواطنين")).toBe(true);
    expect(r.articles[0]!.paragraphs).toHaveLength(2);
  });

  it("reads a short label over a headline and its deck as the kicker", () => {
    const page = [
      "دوري الدرجة الأولى",
      "الفريق الساحلي يقلب الطاولة على منافسه ويعتلي الصدارة منفردا",
      "ثلاثية في الشوط الثاني تنهي سلسلة طويلة من المباريات بلا خسارة للضيوف",
      "قلب الفريق الساحلي تأخره بهدف إلى فوز ثمين بثلاثة أهداف، مساء أمس، في المباراة التي جمعته بمنافسه على ملعبه.",
    ].join("\n");
    const a = expectSegmented(page).articles[0]!;
    expect(a.title?.text).toBe("الفريق الساحلي يقلب الطاولة على منافسه ويعتلي الصدارة منفردا");
    expect(a.subtitles.map((b) => b.text)).toEqual([
      "دوري الدرجة الأولى",
      "ثلاثية في الشوط الثاني تنهي سلسلة طويلة من المباريات بلا خسارة للضيوف",
    ]);
  });

  it("keeps crossheads in the body and lists them as subheadings", () => {
    const text = [
      "المدينة تستعد لموسم الصيف",
      "تستعد البلدية لاستقبال آلاف الزوار خلال موسم الصيف بخطة تشمل الشواطئ والحدائق العامة.",
      "خطة النقل",
      "وتتضمن الخطة تشغيل حافلات إضافية بين وسط المدينة والشواطئ طوال أيام الأسبوع.",
    ].join("\n");
    const a = expectSegmented(text).articles[0]!;
    expect(a.subheadings.map((b) => b.text)).toEqual(["خطة النقل"]);
    expect(a.paragraphs.map((b) => b.text)).toContain("خطة النقل");
    expect(a.subheadings[0]?.kind).toBe("subheading");
  });
});

describe("segmentArticle: readers' comments", () => {
  it("starts no article in the comments under a story: each comment's name, time and text are boilerplate", () => {
    const page = [
      "ارتفاع أسعار الخضر في الأسواق مع بداية الصيف",
      "الرباط - محمد العلوي",
      "شهدت أسواق الخضر بالعاصمة ارتفاعا ملحوظا في الأسعار خلال الأسبوع الجاري، بسبب تراجع العرض وارتفاع كلفة النقل.",
      "وقال تاجر بالسوق المركزي إن الطماطم تضاعف سعرها خلال أيام قليلة.",
      "تعليقات الزوار",
      "1 - مواطن غاضب",
      "الأحد 12 ماي 2024 - 10:02",
      "الأسعار أصبحت لا تطاق والحكومة لا تفعل شيئا لحماية القدرة الشرائية.",
      "2 - فلاح من سوس",
      "الأحد 12 ماي 2024 - 11:30",
      "المشكل في الوسطاء وليس في الفلاح الذي يبيع بأثمنة زهيدة.",
    ].join("\n");
    const r = expectSegmented(page);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.paragraphs).toHaveLength(2);
    expect(r.blocks.filter((b) => b.text.includes("الوسطاء")).map((b) => b.kind)).toEqual(["boilerplate"]);
  });
});

describe("segmentArticle: datelines", () => {
  it("gives a place and a byline sharing a line their own spans, in either order", () => {
    const head = "الجيش يعلن السيطرة على مواقع جديدة في الريف الشمالي\n\n";
    const body = "\nأعلن الجيش اليوم السيطرة على عدة مواقع في الريف الشمالي بعد معارك استمرت أياما.";
    for (const line of ["الخرطوم - كتب: عمر حسن", "كتب: عمر حسن - الخرطوم", "الخرطوم - كتب عمر حسن:"]) {
      const a = expectSegmented(head + line + body).articles[0]!;
      expect(a.byline?.text, line).toBe("عمر حسن");
      expect(a.dateline?.place, line).toBe("الخرطوم");
      expect(a.lead?.text.startsWith("أعلن الجيش"), line).toBe(true);
    }
  });

  it("reads a date inside the prefix, an agency right after it, and an outlet's name after its noun", () => {
    const head = "الكهرباء تعود إلى المدينة بعد انقطاع طويل\n\n";
    const body = " أعلنت الشركة العامة للكهرباء اليوم عودة التيار إلى معظم الأحياء بعد أعمال صيانة استمرت أسبوعا.";
    const cases: [string, string, string][] = [
      ["سبها 5 يونيو 2024 (وال) -", "سبها", "وال"],
      ["رام الله 15-5-2024 وفا-", "رام الله", "وفا"],
      ["طرابلس - بوابة الوسط:", "طرابلس", "بوابة الوسط"],
      ["الرياض 14 شعبان 1445 هـ الموافق 24 فبراير 2024 م واس", "الرياض", "واس"],
      ["عمان 28 تشرين الثاني (بترا) -", "عمان", "بترا"],
      ["دمشق 5 كانون الأول 2025 (سانا) -", "دمشق", "سانا"],
    ];
    for (const [prefix, place, agency] of cases) {
      const a = expectSegmented(head + prefix + body).articles[0]!;
      expect(a.dateline?.text, prefix).toBe(prefix);
      expect([a.dateline?.place, a.dateline?.agency, a.byline], prefix).toEqual([place, agency, null]);
    }
  });

  it("reads an agency or a place glued to the lead after a separator", () => {
    const head = "الجيش يعلن السيطرة على مواقع جديدة في الريف الشمالي\n\n";
    const body = " أعلن الجيش اليوم السيطرة على عدة مواقع في الريف الشمالي بعد معارك استمرت أياما.";
    const cases: [string, string | null, string][] = [
      ["دمشق-سانا", "دمشق", "سانا"],
      ["غزة/ الأناضول", "غزة", "الأناضول"],
      ["واس - المنامة", "المنامة", "واس"],
      ["الرياض – واس", "الرياض", "واس"],
      ["(رويترز) -", null, "رويترز"],
    ];
    for (const [prefix, place, agency] of cases) {
      const a = expectSegmented(head + prefix + body).articles[0]!;
      expect(a.dateline?.text, prefix).toBe(prefix);
      expect([a.dateline?.place ?? null, a.dateline?.agency ?? null], prefix).toEqual([place, agency]);
      expect(a.lead?.text.startsWith("أعلن الجيش"), prefix).toBe(true);
    }
  });

  const lead = "أعلنت وزارة الخارجية اليوم استدعاء السفير للتشاور بعد التصريحات الأخيرة.";
  const cases: [string, string, string | null, string | null][] = [
    ["دمشق - (رويترز) - ", "دمشق - (رويترز) -", "دمشق", "رويترز"],
    ["دمشق، سوريا (CNN) -- ", "دمشق، سوريا (CNN) --", "دمشق، سوريا", "CNN"],
    ["نيقوسيا ــ (ا ف ب): ", "نيقوسيا ــ (ا ف ب):", "نيقوسيا", "ا ف ب"],
    ["عمان - الدستور - ", "عمان - الدستور -", "عمان", "الدستور"],
    ["طهـــران - ", "طهـــران -", "طهـــران", null],
    ["الرياض - 3 - 9 (واس) -- ", "الرياض - 3 - 9 (واس) --", "الرياض", "واس"],
    ["تونس 14 أفريل (وات) - ", "تونس 14 أفريل (وات) -", "تونس", "وات"],
    ["لندن: «الشرق الأوسط» ", "لندن: «الشرق الأوسط»", "لندن", "الشرق الأوسط"],
    ["القاهرة - «الحياة» - ", "القاهرة - «الحياة» -", "القاهرة", "الحياة"],
  ];
  for (const [prefix, text, place, agency] of cases) {
    it(`reads "${text}" glued to the lead`, () => {
      const page = `عنوان الخبر الرئيسي اليوم\n${prefix}${lead}\nوتابعت الوزارة أن القرار جاء بعد مشاورات مطولة مع الحلفاء.`;
      const a = expectSegmented(page).articles[0]!;
      expect(a.dateline?.text).toBe(text);
      expect(a.dateline?.place).toBe(place);
      expect(a.dateline?.agency).toBe(agency);
      expect(a.dateline?.kind).toBe("dateline");
      expect(a.lead?.text).toBe(lead);
    });
  }

  it("reads agency-city and city-agency lines of their own", () => {
    for (const [line, place, agency] of [
      ["واس - المنامة", "المنامة", "واس"],
      ["دمشق-سانا", "دمشق", "سانا"],
      ["بيروت - العربي الجديد", "بيروت", "العربي الجديد"],
      ["عمان - عمون", "عمان", "عمون"],
    ] as const) {
      const a = expectSegmented(`عنوان الخبر الرئيسي اليوم\n${line}\n${lead}`).articles[0]!;
      expect(a.dateline?.text).toBe(line);
      expect(a.dateline?.place).toBe(place);
      expect(a.dateline?.agency).toBe(agency);
      expect(a.paragraphs[0]?.text).toBe(lead);
    }
  });

  it("gives the name and the dateline of a shared line their own spans", () => {
    const a = expectSegmented(`عنوان الخبر الرئيسي اليوم\nعفيف - الوئام - عبدالله العازمي :\n${lead}`).articles[0]!;
    expect(a.dateline?.text).toBe("عفيف - الوئام -");
    expect(a.byline?.text).toBe("عبدالله العازمي");
    const b = expectSegmented(`عنوان الخبر الرئيسي اليوم\n عوض الفهمي- سبق- أضم:${NB}${lead}`).articles[0]!;
    expect(b.byline?.text).toBe("عوض الفهمي");
    expect(b.dateline?.text).toBe("سبق- أضم:");
    expect(b.dateline?.place).toBe("أضم");
    expect(b.lead?.text).toBe(lead);
    const c = expectSegmented(`عنوان الخبر الرئيسي اليوم\nمسعد عبدالوهاب (ساخا) - ${lead}`).articles[0]!;
    expect(c.byline?.text).toBe("مسعد عبدالوهاب");
    expect(c.dateline?.place).toBe("ساخا");
  });

  it("does not take a bare outlet, a quotation verb or a sentence for a dateline", () => {
    const a = expectSegmented(`عنوان الخبر الرئيسي اليوم\nا ف ب\n${lead}`).articles[0]!;
    expect(a.dateline).toBeNull();
    expect(a.source?.text).toBe("ا ف ب");
    const b = expectSegmented(`عنوان الخبر الرئيسي اليوم\nوأضاف: إن ${lead}`).articles[0]!;
    expect(b.dateline).toBeNull();
  });

  it("does not take a place and a quotation in guillemets for a dateline", () => {
    const a = expectSegmented(`عنوان الخبر الرئيسي اليوم\nالقاهرة «عاصمة الثقافة» هذا العام، ${lead}`).articles[0]!;
    expect(a.dateline).toBeNull();
  });

  it("does not take numbers and words without an agency for a dateline with a date", () => {
    const a = expectSegmented(`عنوان الخبر الرئيسي اليوم\nالمادة 12 - 3 - ${lead}`).articles[0]!;
    expect(a.dateline?.text).not.toBe("المادة 12 - 3 -");
    const b = expectSegmented(`عنوان الخبر الرئيسي اليوم\n14 - 5 (واس) -- ${lead}`).articles[0]!;
    expect(b.dateline).toBeNull();
  });
});

describe("segmentArticle: the masthead", () => {
  it("reads an agency's name alone above the headline as the page's, not as the article's source", () => {
    const r = expectSegmented(
      [
        "كونا",
        "الصفحة الرئيسية > محليات",
        "الأرصاد: أمطار رعدية متفرقة على البلاد بدءا من مساء الاثنين",
        "الكويت - 28 - 11 (كونا) -- توقعت إدارة الأرصاد الجوية أن تتأثر البلاد بحالة من عدم الاستقرار الجوي اعتبارا من مساء الاثنين.",
      ].join("\n"),
    );
    expect(r.articles[0]?.source).toBeNull();
    expect(r.boilerplate.map((b) => b.text)).toContain("كونا");
    expect(r.articles[0]?.dateline?.agency).toBe("كونا");
  });
});

describe("segmentArticle: bylines", () => {
  const body = "أقيم مساء أمس حفل توزيع جوائز المسابقة الأدبية بحضور عدد كبير من الكتاب والنقاد والقراء.";
  for (const [line, name] of [
    ["كتبت- حسنات الحكيم", "حسنات الحكيم"],
    ["بقلم الدكتور/ نعيم الصفدي", "الدكتور/ نعيم الصفدي"],
    ["حوار: آسيا العتروس", "آسيا العتروس"],
    ["تحقيق - طارق خطاب:", "طارق خطاب"],
    ["إعداد: ليلى حسن", "ليلى حسن"],
  ] as const) {
    it(`takes the name only from "${line}"`, () => {
      const r = expectSegmented(`عنوان الخبر الثقافي اليوم\n${line}\n${body}`);
      expect(r.articles[0]?.byline?.text).toBe(name);
      expect(r.articles[0]?.byline?.kind).toBe("byline");
      expect(r.boilerplate.some((b) => line.startsWith(b.text))).toBe(true);
    });
  }
});

describe("segmentArticle: quotations", () => {
  const quotesOf = (body: string) =>
    expectSegmented(`عنوان الخبر الرئيسي اليوم\n${body}`).articles[0]!.quotes.map((q) => [q.text, q.speaker, q.verb]);

  it("attributes a quotation to the subject after the verb, without the conjunction", () => {
    expect(quotesOf('وقال الكرملين في بيان، إنه "بمبادرة من الجانب الإيراني أجرى الرئيسان محادثة هاتفية".')).toEqual([
      ["بمبادرة من الجانب الإيراني أجرى الرئيسان محادثة هاتفية", "الكرملين", "قال"],
    ]);
  });

  it("takes the name out of a title and out of an honorific", () => {
    expect(quotesOf("وقال وزير النقل اليمني سالم باوزير إن «الأضرار طالت ثلاثة أرصفة من أصل ثمانية».")[0]?.[1]).toBe(
      "سالم باوزير",
    );
    expect(quotesOf("وقالت رئيسة الجمعية الدكتورة هند الرشيدي إن «الحملة تستهدف كبار السن أولا».")[0]?.[1]).toBe(
      "هند الرشيدي",
    );
  });

  it("gives a bare verb or participle the speaker named last", () => {
    const q = quotesOf(
      'وأوضح البيان أنه تم "التركيز على الوضع المتفاقم في البلاد".\nوأضاف أن الجانبين أكدا "أهمية تنسيق الجهود في المرحلة المقبلة"، مشيرا إلى "ضرورة الحوار بين الأطراف".',
    );
    expect(q.map((x) => x[1])).toEqual(["البيان", "البيان", "البيان"]);
    expect(q.map((x) => x[2])).toEqual(["أوضح", "أضاف", "مشيرا"]);
  });

  it("reads an attribution after the quotation", () => {
    expect(quotesOf('وفي الشأن الإقليمي، "كرر الرئيس موقفه الداعي إلى تسوية سلمية للنزاعات"، وفق الكرملين.')).toEqual([
      ["كرر الرئيس موقفه الداعي إلى تسوية سلمية للنزاعات", "الكرملين", "وفق"],
    ]);
  });

  it("leaves out quoted names and titles", () => {
    expect(
      quotesOf('وقال الوزير إن البلدين يعملان في إطار "صيغة أستانا" ضمن ما يعرف بـ"مسار السلام" منذ سنوات.'),
    ).toEqual([]);
    expect(quotesOf("وعرض المهرجان فيلما بعنوان «ارتجالات الحياة» أمام جمهور كبير من النقاد.")).toEqual([]);
  });

  it("runs an unclosed quotation to the end of its paragraph, or across a paragraph break", () => {
    const open = quotesOf("وقال المدرب: “بعد ما شاهدناه في البطولة أدركنا أن لاعبينا قادرون على المنافسة.\nوقدم الاتحاد الشكر للجنة المنظمة على حسن التنظيم.");
    expect(open).toEqual([["بعد ما شاهدناه في البطولة أدركنا أن لاعبينا قادرون على المنافسة.", "المدرب", "قال"]]);
    const cross = quotesOf('وأوضح البيان أن الخطة تتضمن "إزالة الرواسب من الممر الملاحي.\n\nكما تشمل تعويض صغار التجار".');
    expect(cross[0]?.[0]).toBe("إزالة الرواسب من الممر الملاحي.\n\nكما تشمل تعويض صغار التجار");
  });
});

describe("segmentArticle: source, read-also, related, tags, boilerplate", () => {
  it("cuts a share prompt glued after the last full stop, and reads a long follow prompt as boilerplate", () => {
    const page = [
      "الوزارة تعلن مواعيد الامتحانات",
      "أعلنت وزارة التربية مواعيد امتحانات نهاية العام الدراسي، على أن تبدأ مطلع الشهر المقبل في جميع الولايات.",
      "وكانت الوزارة قد أعلنت عن إجراءات لمنع تسريب المواضيع عبر مواقع التواصل الاجتماعي.مشاركةفيسبوكتويتر",
      "تابعوا آخر الأخبار عبر قناتنا على واتساب وتطبيق تلغرام",
    ].join("\n");
    const r = expectSegmented(page);
    expect(r.articles[0]?.paragraphs.map((b) => b.text)).toEqual([
      "أعلنت وزارة التربية مواعيد امتحانات نهاية العام الدراسي، على أن تبدأ مطلع الشهر المقبل في جميع الولايات.",
      "وكانت الوزارة قد أعلنت عن إجراءات لمنع تسريب المواضيع عبر مواقع التواصل الاجتماعي.",
    ]);
    expect(r.boilerplate.map((b) => b.text)).toContain("تابعوا آخر الأخبار عبر قناتنا على واتساب وتطبيق تلغرام");
  });

  it("ends a read-also teaser at the comment form under it", () => {
    const page = [
      "الحكومة تقر موازنة العام المقبل",
      "أقر مجلس الوزراء مشروع موازنة العام المقبل بعجز يقل عن ثلاثة بالمئة من الناتج المحلي، بحسب بيان رسمي.",
      "",
      "اقرأ ايضاً:",
      "المالية النيابية تطالب بكشف تفاصيل القروض الجديدة",
      "",
      "التعليقات",
      "أضف تعليقاً",
      "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
    ].join("\n");
    const r = expectSegmented(page);
    expect(r.readAlso.map((a) => a.title?.text)).toEqual(["المالية النيابية تطالب بكشف تفاصيل القروض الجديدة"]);
  });

  it("keeps the quotation mark that opens a teaser's title, and drops the dots after the cue", () => {
    const story = "الوزارة تطمئن المواطنين بشأن المياه\n\nأكدت الوزارة أن مخزون المياه كاف لتلبية احتياجات البلاد خلال الصيف المقبل دون انقطاع.\n\n";
    const own = expectSegmented(`${story}اقرأ أيضاً\n«المياه»: مخزون استراتيجي يكفي 5 أيام`);
    expect(own.readAlso.map((a) => a.title?.text)).toEqual(["«المياه»: مخزون استراتيجي يكفي 5 أيام"]);
    const dots = expectSegmented(`${story}اقرأ أيضا.. الحكومة تعلن ضوابط جديدة لصرف السماد`);
    expect(dots.readAlso.map((a) => a.title?.text)).toEqual(["الحكومة تعلن ضوابط جديدة لصرف السماد"]);
  });

  const article = [
    "بوتين يبحث مع بزشكيان الوضع في سوريا",
    "",
    "بحث الرئيس الروسي فلاديمير بوتين خلال محادثة هاتفية مع نظيره الإيراني الوضع في سوريا وأهمية تنسيق الجهود.",
    "",
    "وأفاد الكرملين في بيان أن الجانبين اتفقا على مواصلة التشاور في الأسابيع المقبلة.",
    "",
    "المصدر: قناة اليمن اليوم",
    "",
    "إقرأ أيضاً:",
    "",
    "بوتين يؤكد ضرورة الحفاظ على وحدة سوريا",
    "",
    "أكد الرئيس الروسي في اتصال هاتفي مع رئيس الوزراء الإسرائيلي ضرورة الحفاظ على وحدة أراضي سوريا.",
    "",
    "وبحث الجانبان أيضا المواجهة الأخيرة في المنطقة وسبل منع التصعيد.",
    "",
    "مقالات مشابهة",
    "  • نتنياهو يبحث مع بوتين ملفي سوريا وإيران",
    "  • سوريا تستعد لأول انتخابات برلمانية",
    "الكلمات المفتاحية: سوريا، روسيا، إيران",
    "تابعونا على",
    "جميع الحقوق محفوظة © 2025",
  ].join("\n");

  it("reads every part of the page", () => {
    const r = expectSegmented(article);
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0]!;
    expect(a.source?.text).toBe("قناة اليمن اليوم");
    expect(a.source?.kind).toBe("source");
    expect(a.paragraphs).toHaveLength(2);
    expect(r.readAlso).toHaveLength(1);
    expect(r.readAlso[0]?.title?.text).toBe("بوتين يؤكد ضرورة الحفاظ على وحدة سوريا");
    expect(r.readAlso[0]?.paragraphs).toHaveLength(2);
    expect(r.related.map((b) => b.text)).toEqual([
      "نتنياهو يبحث مع بوتين ملفي سوريا وإيران",
      "سوريا تستعد لأول انتخابات برلمانية",
    ]);
    expect(r.tags.map((b) => b.text)).toEqual(["سوريا", "روسيا", "إيران"]);
    const boiler = r.boilerplate.map((b) => b.text);
    expect(boiler).toContain("إقرأ أيضاً:");
    expect(boiler).toContain("مقالات مشابهة");
    expect(boiler).toContain("تابعونا على");
  });

  it("matches cues whatever their spelling", () => {
    for (const cue of ["اقرا ايضا", "أقرأ أيضًا :", "اقرأ ايضاً", "إقـــرأ أيضاً"]) {
      const r = expectSegmented(article.replace("إقرأ أيضاً:", cue));
      expect(r.readAlso).toHaveLength(1);
    }
  });

  it("cuts boilerplate glued inside a line at its first character", () => {
    const text = `عنوان الخبر الرئيسي اليوم\nودعت البلدية السكان إلى الإبلاغ عن الملاحظات عبر البريد الإلكتروني [email${NB}protected] /* */ رابط الخبر بصحيفة الوئام: عنوان الخبر الرئيسي اليوم`;
    const r = expectSegmented(text);
    expect(r.articles[0]?.paragraphs.map((p) => p.text)).toEqual([
      "ودعت البلدية السكان إلى الإبلاغ عن الملاحظات عبر البريد الإلكتروني",
    ]);
    expect(r.boilerplate.at(-1)?.text.startsWith("[email")).toBe(true);
  });

  it("takes a self-link after a read-more cue as boilerplate", () => {
    const text = `عنوان الخبر الرئيسي اليوم\nأعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية خلال الموسم المقبل.\n\nاقرأ المزيد :${NB}المقال كامل - عنوان الخبر الرئيسي اليوم - جريدة الاتحاد${NB}http://example.com/a?id=1`;
    const r = expectSegmented(text);
    expect(r.readAlso).toEqual([]);
    expect(r.articles[0]?.paragraphs).toHaveLength(1);
  });
});

describe("segmentArticle: captions, dates, signatures, several articles", () => {
  it("reads a caption, an agency line and a date line under the headline", () => {
    const text = [
      "دراسة: المشي يحمي القلب",
      "المشي نصف ساعة يوميا يحسن صحة القلب.. صورة أرشيفية",
      "قالت دراسة حديثة إن المشي لمدة نصف ساعة يوميا يخفض خطر الإصابة بأمراض القلب بنسبة كبيرة.",
      "",
      "",
      "تلسكوب جديد يرصد مجرة بعيدة",
      "أ ف ب",
      "الجمعة 9 مارس 2018",
      "inShare",
      "سيدني - رصد فريق من علماء الفلك مجرة تبعد أكثر من عشرة مليارات سنة ضوئية عن الأرض.",
      "ويأمل العلماء أن تساعد هذه الملاحظات على فهم تشكل المجرات الأولى.",
    ].join("\n");
    const r = expectSegmented(text);
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0]?.captions.map((b) => b.text)).toEqual(["المشي نصف ساعة يوميا يحسن صحة القلب.. صورة أرشيفية"]);
    const b = r.articles[1]!;
    expect(b.title?.text).toBe("تلسكوب جديد يرصد مجرة بعيدة");
    expect(b.source?.text).toBe("أ ف ب");
    expect(b.dates.map((d) => d.text)).toEqual(["الجمعة 9 مارس 2018"]);
    expect(b.dateline?.place).toBe("سيدني");
  });

  it("reads a signature and a stray headline at the end", () => {
    const text = [
      "عنوان البيان الصادر اليوم عن النقابة",
      "طالبت النقابة السلطات المحلية بتوفير الحماية للكوادر الصحية بعد تكرار الاعتداءات على الأطباء.",
      "وتدعو النقابة جميع منتسبيها إلى ضبط النفس والاستمرار في أداء واجبهم الإنساني.",
      "نبيل بهجت",
    ].join("\n");
    const r = expectSegmented(text);
    expect(r.articles[0]?.signatures.map((b) => b.text)).toEqual(["نبيل بهجت"]);
    const stray = expectSegmented(`${text.replace("\nنبيل بهجت", "")}\nافتتاح مركز جديد لغسيل الكلى في مستشفى الثورة`);
    expect(stray.related.map((b) => b.text)).toEqual(["افتتاح مركز جديد لغسيل الكلى في مستشفى الثورة"]);
    expect(stray.articles[0]?.paragraphs).toHaveLength(2);
  });

  it("splits boxed items that carry their own headline and dateline", () => {
    const text = [
      "منتخبنا يحصد ثلاث ميداليات في افتتاح البطولة",
      "حصد منتخبنا ثلاث ميداليات في اليوم الأول من البطولة المقامة في طشقند بينها ذهبية.",
      "اليابان تتصدر جدول الميداليات",
      "طشقند (الاتحاد) - تصدرت اليابان جدول الميداليات بنهاية اليوم الأول برصيد خمس ذهبيات.",
      "اللجنة المنظمة تشيد بالحضور",
      "طشقند (الاتحاد) - أشادت اللجنة المنظمة بالحضور الجماهيري الكبير خلال حفل الافتتاح.",
    ].join("\n");
    const r = expectSegmented(text);
    expect(r.articles.map((a) => a.title?.text)).toEqual([
      "منتخبنا يحصد ثلاث ميداليات في افتتاح البطولة",
      "اليابان تتصدر جدول الميداليات",
      "اللجنة المنظمة تشيد بالحضور",
    ]);
    expect(r.articles[2]?.dateline?.agency).toBe("الاتحاد");
  });
});

describe("segmentArticle: a body's quoted name", () => {
  it("reads a quoted name after the noun of a body or an outlet as a name, not a quotation", () => {
    const r = expectSegmented(
      [
        "أكوا تشغل محطة الطاقة الشمسية قبل موعدها",
        'وقال الرئيس التنفيذي لشركة "أكوا" لصحيفة "الرياض" إن "المحطة ستخفض الانبعاثات بمليوني طن سنويا".',
      ].join("\n"),
    );
    expect(r.articles[0]?.quotes.map((q) => q.text)).toEqual(["المحطة ستخفض الانبعاثات بمليوني طن سنويا"]);
  });
});

describe("segmentArticle: where a speaker works, in quotation marks", () => {
  it("reads a short quoted name after في before a name in apposition as a name, not a quotation", () => {
    const r = expectSegmented(
      [
        "البورصة المصرية تغلق على ارتفاع",
        'وقال رئيس قسم البحوث في "بلتون القابضة"، كريم عادل الشناوي، إن "السوق استفادت من تراجع مخاوف التضخم".',
      ].join("\n"),
    );
    expect(r.articles[0]?.quotes.map((q) => q.text)).toEqual(["السوق استفادت من تراجع مخاوف التضخم"]);
  });
});
