import { describe, expect, it } from "vitest";
import { extractNumbers } from "../../src/numbers/index.js";
import { expectNumbers } from "./helpers.js";

describe("extractNumbers", () => {
  it("finds digits, words and digits with magnitudes in one sentence", () => {
    expectNumbers("قتل 12 شخصا وأصيب ثلاثون آخرون، وبلغت الخسائر ١٫٥ مليار دولار بحسب تقديرات أولية", [
      ["12", 12, "cardinal"],
      ["ثلاثون", 30, "cardinal"],
      ["١٫٥ مليار", 1.5e9, "cardinal"],
    ]);
  });

  it("keeps proclitics and prepositions outside the span", () => {
    expectNumbers("وصل و٣ أشخاص واشترى المنزل بألفي دولار وخمسة آلاف أخرى", [
      ["٣", 3, "cardinal"],
      ["ألفي", 2000, "cardinal"],
      ["خمسة آلاف", 5000, "cardinal"],
    ]);
  });

  it("keeps the counted noun and approximators outside, magnitude and percent words inside", () => {
    expectNumbers("شارك نحو 3 ملايين ناخب، أي قرابة 35 في المائة من المسجلين، وأكثر من عشرين ألفًا من المراقبين", [
      ["3 ملايين", 3e6, "cardinal"],
      ["35 في المائة", 35, "percent"],
      ["عشرين ألفًا", 20000, "cardinal"],
    ]);
  });

  it("reads counts with the article: duals, and a count before its magnitude", () => {
    expectNumbers("وتجاوز عدد الضحايا الألفين بعد أن كان المئتين قبل أسبوع", [
      ["الألفين", 2000, "cardinal"],
      ["المئتين", 200, "cardinal"],
    ]);
    expectNumbers("ووصل عدد المشاركين إلى الخمسين ألفا، وتبرع المحسنون بالثلاثة آلاف الباقية", [
      ["الخمسين ألفا", 50000, "cardinal"],
      ["الثلاثة آلاف", 3000, "cardinal"],
    ]);
    // A definite ten alone stays what it was: a rank here.
    expectNumbers("واحتفلت الجامعة بالذكرى الخمسين لتأسيسها", [["الخمسين", 50, "ordinal"]]);
  });

  it("reads a percentage after a tatweel preposition", () => {
    expectNumbers("فاز المرشح بـ 52٫3% من الأصوات", [["52٫3%", 52.3, "percent"]]);
  });

  it("reads the percent sign before the digits", () => {
    expectNumbers("ارتفع التضخم إلى ٪٣٥ هذا العام", [["٪٣٥", 35, "percent"]]);
  });

  it("reads sums across magnitudes written in words", () => {
    expectNumbers("تأسست المدينة عام ألف وتسعمائة وخمسة وتسعين، ويسكنها مليونان وثلاثمائة ألف نسمة", [
      ["ألف وتسعمائة وخمسة وتسعين", 1995, "cardinal"],
      ["مليونان وثلاثمائة ألف", 2300000, "cardinal"],
    ]);
  });

  it("reads fractions of magnitudes", () => {
    expectNumbers("رصدت الحكومة مليون ونصف المليون دينار، ونصف مليون آخر للطوارئ، وثلاثة أرباع المليون للإسكان", [
      ["مليون ونصف المليون", 1500000, "cardinal"],
      ["نصف مليون", 500000, "cardinal"],
      ["ثلاثة أرباع المليون", 750000, "cardinal"],
    ]);
  });

  it("tells خمس the number from خمس the fraction", () => {
    expectNumbers("استمرت الحرب خمس سنوات وقتل فيها خمس السكان", [
      ["خمس", 5, "cardinal"],
      ["خمس", 0.2, "fraction"],
    ]);
    // Before a noun in the singular or owned through a pronoun it is a fraction too; a
    // count takes an indefinite plural.
    expectNumbers("خصصت الحكومة عشر ميزانية البحث العلمي للطاقة، وفقد الريال نحو خمس قيمته وعشر ودائعهم في سبع دول خلال تسع ساعات، ووجهت له خمس تهم", [
      ["عشر", 0.1, "fraction"],
      ["خمس", 0.2, "fraction"],
      ["عشر", 0.1, "fraction"],
      ["سبع", 7, "cardinal"],
      ["تسع", 9, "cardinal"],
      ["خمس", 5, "cardinal"],
    ]);
    // A plural in ة, a particle with its pronoun and an elided noun leave the count alone;
    // a noun in ة that another noun owns is a fraction's.
    expectNumbers("دمرت الغارات عشر طائرات، سبع منها في المطار، وضبطت الشرطة خمس أسلحة نارية وسبع ذهبية، وخسرت الشركة خمس قيمة الصفقة", [
      ["عشر", 10, "cardinal"],
      ["سبع", 7, "cardinal"],
      ["خمس", 5, "cardinal"],
      ["سبع", 7, "cardinal"],
      ["خمس", 0.2, "fraction"],
    ]);
    expectNumbers("ويعادل المبلغ عشر ميزانية وزارة الصحة", [["عشر", 0.1, "fraction"]]);
  });

  it("multiplies by a plural magnitude only a count of three to ten", () => {
    expectNumbers("خرجت الكلية منذ عام ألف وتسعمائة وخمسة وتسعين آلاف الأطباء، وفي المدينة عشرة آلاف طالب وثلاثة ملايين نسمة", [
      ["ألف وتسعمائة وخمسة وتسعين", 1995, "cardinal"],
      ["عشرة آلاف", 10000, "cardinal"],
      ["ثلاثة ملايين", 3e6, "cardinal"],
    ]);
  });

  it("reads the feminine units in the accusative", () => {
    expectNumbers("أكد التقرير أن عشرا منها تعاني عجزا، وأن ستا أخرى أغلقت", [
      ["عشرا", 10, "cardinal"],
      ["ستا", 6, "cardinal"],
    ]);
  });

  it("tells أولي (primary) after the nouns it qualifies from أولى written with ي", () => {
    expectNumbers("حققت الموازنة فائض أولي بنسبة 4.5% ونشر تقرير أوليّ، وبدأت مرحلة أولي من المشروع، وفي أولي جلساته اتخذ خطوة أولى", [
      ["4.5%", 4.5, "percent"],
      ["أولي", 1, "ordinal"],
      ["أولي", 1, "ordinal"],
      ["أولى", 1, "ordinal"],
    ]);
  });

  it("reads an indefinite ordinal after another number as a rank", () => {
    expectNumbers("تقرير أممي: 2026 ثاني أحر عام، ويعد الخط الرابع أول خط مترو يصل إلى الأهرامات، وجاءت حركة النجوم الخمس ثالثة", [
      ["2026", 2026, "cardinal"],
      ["ثاني", 2, "ordinal"],
      ["الرابع", 4, "ordinal"],
      ["أول", 1, "ordinal"],
      ["الخمس", 5, "cardinal"],
      ["ثالثة", 3, "ordinal"],
    ]);
  });

  it("reads صفر after a day and من as the month, and a definite ten after a sound plural as a count", () => {
    expectNumbers("تبدأ الدراسة في 15 من صفر وتنتهي الأولى في العشرين من صفر، وارتفع المؤشر من صفر إلى 5 نقاط", [
      ["15", 15, "cardinal"],
      ["الأولى", 1, "ordinal"],
      ["العشرين", 20, "ordinal"],
      ["صفر", 0, "cardinal"],
      ["5", 5, "cardinal"],
    ]);
    expectNumbers("تضاعف الإنتاج خلال السنوات العشرين الماضية، وانطلقت البطولة للسيدات العشرين ومهرجان الزيتون الثلاثين", [
      ["العشرين", 20, "cardinal"],
      ["العشرين", 20, "ordinal"],
      ["الثلاثين", 30, "ordinal"],
    ]);
    // From zero: a year before من is no day.
    expectNumbers("وبدأ الفريق موسم 2024 من صفر", [
      ["2024", 2024, "cardinal"],
      ["صفر", 0, "cardinal"],
    ]);
  });

  it("reads a definite fraction as a share, not as a period, a place or a script", () => {
    expectNumbers("تراجعت الحجوزات بنحو الربع وانخفضت الصادرات إلى أقل من النصف، ويعين الرئيس الثلث المتبقي", [
      ["الربع", 0.25, "fraction"],
      ["النصف", 0.5, "fraction"],
      ["الثلث", 1 / 3, "fraction"],
    ]);
    expectNumbers("ارتفعت الأرباح في الربع الأول مقارنة بالربع المماثل وبنهاية الربع، وعبر الربع الخالي، ولوحات بخط الثلث، والدوام حتى الثامنة والنصف", [
      ["الأول", 1, "ordinal"],
      ["الثامنة", 8, "ordinal"],
    ]);
    // More words of measure, ل on the fraction, and a word of the rest; an hour's half keeps
    // its من ("من مساء أمس").
    expectNumbers("ارتفعت الحصة إلى ما يزيد على النصف، وتقلص الإنتاج للنصف، وبقي الثلث تقريبا، ووصل في الثامنة والنصف من مساء أمس", [
      ["النصف", 0.5, "fraction"],
      ["للنصف", 0.5, "fraction"],
      ["الثلث", 1 / 3, "fraction"],
      ["الثامنة", 8, "ordinal"],
    ]);
    // In business copy a bare الربع is the quarter of a year; a cue word of a period wins
    // over any other list it is in (نهاية, خلال, الماضي).
    expectNumbers("نمت المبيعات خلال الربع بنسبة 3% وفي نهاية الربع الماضي، وأعلنت الشركة نتائج الربع، والدوام حتى الثامنة و النصف، وبيع مئة و النصف منها مستورد", [
      ["3%", 3, "percent"],
      ["الثامنة", 8, "ordinal"],
      ["مئة", 100, "cardinal"],
      ["النصف", 0.5, "fraction"],
    ]);
  });

  it("reads وأحد as و and أحد, which the view folds into واحد", () => {
    expectNumbers("وصل رجال الإنقاذ وأحد فرق الطيران، وقتل ثلاثة وأحد عشر جريحا، ووزعت مائة وواحد سلة", [
      ["ثلاثة", 3, "cardinal"],
      ["أحد عشر", 11, "cardinal"],
      ["مائة وواحد", 101, "cardinal"],
    ]);
  });

  it("takes the whole word after لل, where the preposition cannot be cut from the article", () => {
    expectNumbers("فاز النادي باللقب للثالثة على التوالي، وأكمل الشهر مكملا للثلاثين", [
      ["للثالثة", 3, "ordinal"],
      ["للثلاثين", 30, "cardinal"],
    ]);
  });

  it("reads a definite ten before من as a day only up to the thirtieth and not before an age", () => {
    expectNumbers("قال المزارع، وهو في الستين من عمره، إن ابنته في العشرين من العمر، وإن الموسم ينتهي في الثلاثين من أفريل", [
      ["الستين", 60, "cardinal"],
      ["العشرين", 20, "cardinal"],
      ["الثلاثين", 30, "ordinal"],
    ]);
  });

  it("reads ordinals, simple and compound", () => {
    expectNumbers("احتل المنتخب المركز الحادي عشر في الدورة الثانية والعشرين، وهي المرة الأولى منذ القرن العشرين", [
      ["الحادي عشر", 11, "ordinal"],
      ["الثانية والعشرين", 22, "ordinal"],
      ["الأولى", 1, "ordinal"],
      ["العشرين", 20, "ordinal"],
    ]);
  });

  it("reads indefinite ordinals", () => {
    expectNumbers("أصبحت ثاني أكبر مدينة في البلاد لأول مرة", [
      ["ثاني", 2, "ordinal"],
      ["أول", 1, "ordinal"],
    ]);
  });

  it("skips vague quantities", () => {
    expectNumbers("خرج عشرات الآلاف من المتظاهرين وآلاف الطلاب ومئات العمال وبضعة مسؤولين", []);
  });

  it("skips words that contain a number word", () => {
    expectNumbers("عقد الاجتماع يوم الثلاثاء والأربعاء والاثنين في الجمعية العامة، وعشرات الصحافيين", []);
  });

  it("reads the hour of the clock as a rank, never the second as a unit of time", () => {
    expectNumbers("انفجرت القنبلة في الساعة الثانية ظهرا بعد 30 ثانية من وصوله، وتحلل البيانات في أجزاء من الثانية", [
      ["الثانية", 2, "ordinal"],
      ["30", 30, "cardinal"],
    ]);
    // An indefinite ثانية is a rank after the feminine noun it describes, a second elsewhere.
    expectNumbers("فاز بفارق ثانية خلال الجولة، وأقر البرلمان القانون في قراءة ثانية", [["ثانية", 2, "ordinal"]]);
    // The hour one is written with the count; after الساعة it is a rank too.
    expectNumbers("ويبدأ حظر التجول في الساعة الواحدة بعد منتصف الليل، وسعر الدولار الواحد 50 جنيها", [
      ["الواحدة", 1, "ordinal"],
      ["الواحد", 1, "cardinal"],
      ["50", 50, "cardinal"],
    ]);
  });

  it("reads صفر as zero at the end of a range after بين, as the month after a day's number or a year", () => {
    expectNumbers("تراوحت الحرارة الدنيا بين ناقص 4 وصفر درجة، وتحل الذكرى في 15 صفر", [
      ["ناقص 4", -4, "cardinal"],
      ["صفر", 0, "cardinal"],
      ["15", 15, "cardinal"],
    ]);
    expectNumbers("ويستمر البرنامج خلال شهري محرم 1446 وصفر، وعدد أيام محرم 30 وصفر 29", [
      ["1446", 1446, "cardinal"],
      ["30", 30, "cardinal"],
      ["29", 29, "cardinal"],
    ]);
  });

  it("reads a decimal times a magnitude as written, a fraction of one to the nearest double, and a zero count as none", () => {
    expectNumbers("بلغ حجم المبادلات 68,4 مليار درهم و٠٫٠ ألف دولار من المساعدات وصفر ألف من القروض", [
      ["68,4 مليار", 68_400_000_000, "cardinal"],
      ["٠٫٠ ألف", 0, "cardinal"],
      ["صفر ألف", 0, "cardinal"],
    ]);
    expectNumbers("خصص ثلث مليون دينار وثلثا مليار للطرق، ودفع 1234567890123.456 ألف", [
      ["ثلث مليون", 1e6 / 3, "cardinal"],
      ["ثلثا مليار", (2 / 3) * 1e9, "cardinal"],
      ["1234567890123.456 ألف", 1_234_567_890_123_456, "cardinal"],
    ]);
  });

  it("does not read the ordinal of a month's name or the month صفر as numbers", () => {
    expectNumbers("عقد المؤتمر في كانون الأول الماضي ويعود في ربيع الأول ومطلع شهر صفر، والنتيجة صفر", [["صفر", 0, "cardinal"]]);
  });

  it("reads digits after the article as ranks, and dotted thousands", () => {
    expectNumbers("افتتحت الدورة الـ45 للمهرجان، وبلغ السعر 1.850.000 ليرة و17.080,5 مليون دينار", [
      ["45", 45, "ordinal"],
      ["1.850.000", 1850000, "cardinal"],
      ["17.080,5 مليون", 17080.5e6, "cardinal"],
    ]);
    // The article behind a proclitic makes a rank too, glued to the digits; بلال and وال
    // (a governor) are words.
    expectNumbers("وحل الفريق والـ 19 في الترتيب", [["19", 19, "ordinal"]]);
    expectNumbers("سجل بلال 3 أهداف، وعين وال 5 مستشارين", [
      ["3", 3, "cardinal"],
      ["5", 5, "cardinal"],
    ]);
    expectNumbers("توج النادي باللقب للمرة الثالثة على التوالي والـ19 في تاريخه، وحل بالـ4 في الترتيب", [
      ["الثالثة", 3, "ordinal"],
      ["19", 19, "ordinal"],
      ["4", 4, "ordinal"],
    ]);
  });

  it("tells a count from a rank for definite tens, and reads definite compounds", () => {
    expectNumbers("انضم إلى مجموعة العشرين قبل القرن الحادي والعشرين، خلال الساعات الأربع والعشرين الماضية", [
      ["العشرين", 20, "cardinal"],
      ["الحادي والعشرين", 21, "ordinal"],
      ["الأربع والعشرين", 24, "cardinal"],
    ]);
  });

  it("reads accusatives and the one-thousand reading of ألفا before a sum", () => {
    expectNumbers("سجلت ثمانيا وسبعين حالة، وبلغ عدد الزوار مليونا وثمانمائة ألف، ودفع ألفا دولار", [
      ["ثمانيا وسبعين", 78, "cardinal"],
      ["مليونا وثمانمائة ألف", 1800000, "cardinal"],
      ["ألفا", 2000, "cardinal"],
    ]);
  });

  it("skips vague sums and the verb ألّف", () => {
    expectNumbers("تعود العلاقات إلى نيف وخمسين عاما، وألّف الكاتب رواية", []);
  });

  it("reads a definite count that starts with المئة as one cardinal", () => {
    expectNumbers("وتوزع المقاعد المئة والثمانية والثلاثون على ثماني عشرة دائرة", [
      ["المئة والثمانية والثلاثون", 138, "cardinal"],
      ["ثماني عشرة", 18, "cardinal"],
    ]);
  });

  it("tells one thousand from two by the tanween, and a second after any number", () => {
    expectNumbers("تبرع بألفي دينار ثم دفع ألفًا أخرى وسجل 9.98 ثانية", [
      ["ألفي", 2000, "cardinal"],
      ["ألفًا", 1000, "cardinal"],
      ["9.98", 9.98, "cardinal"],
    ]);
  });

  it("reads the day of a month as a rank and leaves a family name alone", () => {
    expectNumbers("استقبل الشيخ تميم بن حمد آل ثاني الوفد، ويتواصل المعرض إلى غاية الثلاثين من أفريل، ونيفا وعشرين مشروعا", [
      ["الثلاثين", 30, "ordinal"],
    ]);
  });

  it("reads an ordinal past a hundred", () => {
    expectNumbers("يدخل الإضراب يومه الثاني والعشرين بعد المئة", [["الثاني والعشرين بعد المئة", 122, "ordinal"]]);
  });

  it("does not read أول أمس or نصف النهائي as numbers", () => {
    expectNumbers("تأهل الفريق أول أمس إلى الدور نصف النهائي", []);
    expectNumbers("افتتح المعرض مساء أول من أمس، وهو الأول من نوعه", [["الأول", 1, "ordinal"]]);
    expectNumbers("خفض انبعاثات ثاني أكسيد الكربون وأول أكسيد الكربون للمرة الثانية", [["الثانية", 2, "ordinal"]]);
  });

  it("reports numbers inside dates like any number", () => {
    expectNumbers("وفي يناير 2017 انطلق مسار أستانا", [["2017", 2017, "cardinal"]]);
  });

  it("reads negatives and ranges", () => {
    expectNumbers("انخفضت الحرارة إلى -5 درجات، وتراوحت بين 3-5 درجات نهارا", [
      ["-5", -5, "cardinal"],
      ["3", 3, "cardinal"],
      ["5", 5, "cardinal"],
    ]);
  });

  it("reads a count of fifths, sixths or tenths as the fraction written, not a product of doubles", () => {
    const counts: [string, number][] = [["ثلاثة", 3], ["أربعة", 4], ["خمسة", 5], ["سبعة", 7], ["تسعة", 9]];
    const parts: [string, number][] = [["أخماس", 5], ["أسداس", 6], ["أثمان", 8], ["أعشار", 10]];
    for (const [count, n] of counts) {
      for (const [part, d] of parts) {
        if (n >= d) continue;
        expectNumbers(`تعاني ${count} ${part} الأراضي من الملوحة`, [[`${count} ${part}`, n / d, "fraction"]]);
      }
    }
  });

  it("reads a definite teen whole, and الأحد without its ten as no number", () => {
    expectNumbers("خلال الأيام الخمسة عشر الماضية خاض اللاعبون الأحد عشر مباراتين، وتعود البعثة يوم الأحد بعد الاثني عشر يوما", [
      ["الخمسة عشر", 15, "cardinal"],
      ["الأحد عشر", 11, "cardinal"],
      ["الاثني عشر", 12, "cardinal"],
    ]);
  });

  it("reads a definite hundred as a count before its magnitude or as the count itself, digits after the article as a count with a magnitude", () => {
    expectNumbers("تسلمت الهيئة المائة ألف دولار والـ100 ألف يورو، وشغلت المقاعد الثلاثمائة في الدورة الـ45 والذكرى المئة", [
      ["المائة ألف", 100_000, "cardinal"],
      ["100 ألف", 100_000, "cardinal"],
      ["الثلاثمائة", 300, "cardinal"],
      ["45", 45, "ordinal"],
      ["المئة", 100, "ordinal"],
    ]);
  });

  it("reads a minus after a lone proclitic, never after a word it hyphenates", () => {
    expectNumbers("تراجع المؤشر بـ-0,42% ونما القطاع بـ−3,5%، وتراوحت الحرارة بين -3 و-5 درجات في ذروة كوفيد-19", [
      ["-0,42%", -0.42, "percent"],
      ["−3,5%", -3.5, "percent"],
      ["-3", -3, "cardinal"],
      ["-5", -5, "cardinal"],
      ["19", 19, "cardinal"],
    ]);
    // A negative word behind و is a sign too.
    expectNumbers("وتتراوح الدرجات الدنيا بين ناقص 6 وناقص 2 درجة", [
      ["ناقص 6", -6, "cardinal"],
      ["ناقص 2", -2, "cardinal"],
    ]);
    // A dash right after a percent sign joins a range: "5%-7%" is 5% to 7%, not 5% and −7%.
    expectNumbers("توقع البنك نموا بين 5%-7% هذا العام و3٪-4٪ في العام المقبل", [
      ["5%", 5, "percent"],
      ["7%", 7, "percent"],
      ["3٪", 3, "percent"],
      ["4٪", 4, "percent"],
    ]);
  });

  it("reads Maghreb decimal commas and thousands separators", () => {
    expectNumbers("بلغت الميزانية 12,5 مليون درهم مقابل 1,250,000 درهم و١٬٢٠٠ دينار", [
      ["12,5 مليون", 12.5e6, "cardinal"],
      ["1,250,000", 1250000, "cardinal"],
      ["١٬٢٠٠", 1200, "cardinal"],
    ]);
  });

  it("reads thousands set apart by spaces in the Maghreb style, but not telephone numbers or lists of figures", () => {
    expectNumbers("رصدت البلدية 1 250 000 دينار لتهيئة 25\u00A0000 متر مربع، وبيع التذكرة بـ 2 500,50 درهم، ومن 3 000 إلى 4 500 زائر", [
      ["1 250 000", 1250000, "cardinal"],
      ["25\u00A0000", 25000, "cardinal"],
      ["2 500,50", 2500.5, "cardinal"],
      ["3 000", 3000, "cardinal"],
      ["4 500", 4500, "cardinal"],
    ]);
    expectNumbers("سجلت الوزارة يوم 15/3 120 حالة، وللتواصل: +212 661 234 567", [
      ["15", 15, "cardinal"],
      ["3", 3, "cardinal"],
      ["120", 120, "cardinal"],
      ["212", 212, "cardinal"],
      ["661", 661, "cardinal"],
      ["234", 234, "cardinal"],
      ["567", 567, "cardinal"],
    ]);
    expectNumbers("للاستفسار يرجى الاتصال بالرقم 0555 123 456 أو 06 12 345 678، وتوزعت المقاعد 5 2 500", [
      ["0555", 555, "cardinal"],
      ["123", 123, "cardinal"],
      ["456", 456, "cardinal"],
      ["06", 6, "cardinal"],
      ["12", 12, "cardinal"],
      ["345", 345, "cardinal"],
      ["678", 678, "cardinal"],
      ["5", 5, "cardinal"],
      ["2", 2, "cardinal"],
      ["500", 500, "cardinal"],
    ]);
  });

  it("reads figures with separators alone, and hands them to the grammar when a word, a sign or a slash goes on", () => {
    expectNumbers(
      "أصدرت الهيئة 2,206 رخصة بقيمة 3.5 مليار ريال، ونمت الودائع 4,5% و6,25 في المائة، وبلغ المؤشر 1,250.75 نقطة، والنسبة 1.5/3 وبعدها 2,500 وخمسون",
      [
        ["2,206", 2206, "cardinal"],
        ["3.5 مليار", 3.5e9, "cardinal"],
        ["4,5%", 4.5, "percent"],
        ["6,25 في المائة", 6.25, "percent"],
        ["1,250.75", 1250.75, "cardinal"],
        ["1.5/3", 0.5, "fraction"],
        ["2,500", 2500, "cardinal"],
        ["خمسون", 50, "cardinal"],
      ],
    );
  });

  it("reads each part of a slashed or dotted chain as its own number", () => {
    expectNumbers("في 12/3/2024 صدرت النسخة 2012.10.30 ونسبة ٧٧/١٠٠", [
      ["12", 12, "cardinal"],
      ["3", 3, "cardinal"],
      ["2024", 2024, "cardinal"],
      ["2012", 2012, "cardinal"],
      ["10", 10, "cardinal"],
      ["30", 30, "cardinal"],
      ["٧٧/١٠٠", 0.77, "fraction"],
    ]);
  });

  it("reads a season, a fiscal year or a month/year as two numbers, not a fraction", () => {
    expectNumbers("وتصدر الفريق ترتيب موسم 2024/2025 وأقرت موازنة 1445/1446 في 12/2024، وسجلت النسبة 1/1000", [
      ["2024", 2024, "cardinal"],
      ["2025", 2025, "cardinal"],
      ["1445", 1445, "cardinal"],
      ["1446", 1446, "cardinal"],
      ["12", 12, "cardinal"],
      ["2024", 2024, "cardinal"],
      ["1/1000", 0.001, "fraction"],
    ]);
  });

  it("gives the first end of a range the percent or magnitude of the second", () => {
    expectNumbers("ويتوقع أن تتراوح نسبة النمو بين 10 و15 في المئة خلال العام", [
      ["10", 10, "percent"],
      ["15 في المئة", 15, "percent"],
    ]);
    expectNumbers("وشارك ما بين 20 و25 ألف شخص، بكلفة تراوحت من 3 إلى 4 ملايين دولار", [
      ["20", 20000, "cardinal"],
      ["25 ألف", 25000, "cardinal"],
      ["3", 3e6, "cardinal"],
      ["4 ملايين", 4e6, "cardinal"],
    ]);
    expectNumbers("ونزح ما يقدر بـ5 أو 6 آلاف شخص، وارتفعت الأسعار 2 أو 3 في المئة", [
      ["5", 5000, "cardinal"],
      ["6 آلاف", 6000, "cardinal"],
      ["2", 2, "percent"],
      ["3 في المئة", 3, "percent"],
    ]);
    // A dash with the space on one side joins a range inside a line…
    expectNumbers("وتتراوح نسبة التضخم بين 10- 15%", [
      ["10", 10, "percent"],
      ["15%", 15, "percent"],
    ]);
    // …but at the start of a line, or as the first item after a colon, it numbers a list, and
    // lends nothing to the line it opens.
    expectNumbers("وتضمنت الخطة: 1- 2.9 مليون دولار للصحة", [
      ["1", 1, "cardinal"],
      ["2.9 مليون", 2.9e6, "cardinal"],
    ]);
    expectNumbers("قطر بالأرقام:\n1- 2.9 مليون نسمة\n2- 11,571 كيلومترا مربعا", [
      ["1", 1, "cardinal"],
      ["2.9 مليون", 2.9e6, "cardinal"],
      ["2", 2, "cardinal"],
      ["11,571", 11571, "cardinal"],
    ]);
    // A larger first figure, or a verb between, is no range.
    expectNumbers("في عام 2020 و15 في المئة، وقتل 3 وأصيب 15 ألف", [
      ["2020", 2020, "cardinal"],
      ["15 في المئة", 15, "percent"],
      ["3", 3, "cardinal"],
      ["15 ألف", 15000, "cardinal"],
    ]);
  });

  it("reads thousands of millions and a half of a repeated magnitude", () => {
    expectNumbers("وبلغت الخسائر ثلاثة آلاف مليون دولار و50 ألف مليون ليرة", [
      ["ثلاثة آلاف مليون", 3e9, "cardinal"],
      ["50 ألف مليون", 5e10, "cardinal"],
    ]);
    expectNumbers("ويحتاج مليونا ونصف مليون طفل إلى المساعدة، ونقل 3 ونصف مليون طن", [
      ["مليونا ونصف مليون", 1.5e6, "cardinal"],
      ["3 ونصف مليون", 3.5e6, "cardinal"],
    ]);
  });

  it("never takes the Arabic comma into a number", () => {
    expectNumbers("أرقام ١،٢،٣", [
      ["١", 1, "cardinal"],
      ["٢", 2, "cardinal"],
      ["٣", 3, "cardinal"],
    ]);
  });

  it("finds number words through diacritics, tatweel and invisible marks, covering them", () => {
    const input = "وصل ثَلاثَـةُ\u200F آلافٍ";
    const [m] = extractNumbers(input);
    expect(m?.text).toBe("ثَلاثَـةُ\u200F آلافٍ");
    expect(m?.value).toBe(3000);
  });

  it("flags values beyond the safe integers", () => {
    const [m] = extractNumbers("الرقم 123456789012345678901234567890 كبير");
    expect(m?.exact).toBe(false);
    expect(m?.value).toBeCloseTo(1.2345678901234568e29, -15);
    expect(extractNumbers("12 شخصا")[0]?.exact).toBe(true);
  });

  it("returns nothing for the empty string and text without numbers", () => {
    expect(extractNumbers("")).toEqual([]);
    expect(extractNumbers("قال الرئيس في بيان")).toEqual([]);
  });

  it("throws a TypeError naming the function", () => {
    expect(() => extractNumbers({} as unknown as string)).toThrow(/extractNumbers: text must be a string, got an object/);
  });
});
