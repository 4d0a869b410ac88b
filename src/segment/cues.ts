/**
 * The segmenter's lexicon: the words that announce a part of a news page.
 *
 * Plain read-only tables, written once in their common spelling. They are folded with
 * the same normalizer as the input (`lexicon.ts` does it on first use), so "اقرأ أيضاً",
 * "إقرأ ايضا" and "اقرا أيضًا" are one entry. A cue is matched word by word at the start
 * of a line (leading bullets and punctuation skipped); Latin cues ignore case.
 *
 * @module
 */

/** A cue that opens a "read also" teaser; the cue itself is boilerplate. */
export const READ_ALSO_CUES: readonly string[] = [
  "اقرأ أيضاً",
  "اقرأ كذلك",
  "اقرأ المزيد",
  "اقرأ أيضاً في",
  "شاهد أيضاً",
  "طالع أيضاً",
  "اقرأ ايضا على",
  "يهمك أيضاً",
  "قد يهمك أيضاً",
  "قد يهمك",
  "Read also",
  "Read more",
];

/** Headings of lists of other articles' titles. */
export const RELATED_CUES: readonly string[] = [
  // (Alone, "ذات صلة" heads a list of titles, not one teaser.)
  "ذات صلة",
  "مقالات مشابهة",
  "مقالات ذات صلة",
  "مواضيع ذات صلة",
  "مواضيع مشابهة",
  "أخبار ذات صلة",
  "أخبار مشابهة",
  "أخبار متعلقة",
  "مقالات متعلقة",
  "قد يعجبك أيضاً",
  "قد يعجبك",
  "الأكثر قراءة",
  "الأكثر تصفحاً",
  "الأكثر مشاهدة",
  "الأكثر تداولاً",
  "الأكثر تعليقاً",
  "آخر الأخبار",
  "أحدث الأخبار",
  "اخترنا لك",
  "المزيد من الأخبار",
  "موضوعات متعلقة",
  "موضوعات ذات صلة",
  "تقارير ذات صلة",
  "أخبار ذات علاقة",
  "مقالات ذات علاقة",
  "مواد ذات صلة",
  "أخبار أخرى",
  "مقالات أخرى",
  "الأكثر مشاركة",
  "المزيد حول هذه القصة",
  "المزيد حول هذا الموضوع",
  "Related",
];

/** Headings of keyword lists. */
export const TAG_CUES: readonly string[] = [
  "الكلمات المفتاحية",
  "كلمات مفتاحية",
  "كلمات دالة",
  "الكلمات الدالة",
  "كلمات البحث",
  "كلمات دلالية",
  "وسوم",
  "الوسوم",
  "الوسم",
  "Tags",
];

/** Labels of the source line; the value after the label is the source. */
export const SOURCE_CUES: readonly string[] = ["المصدر", "مصدر الخبر", "المصادر", "نقلاً عن", "نقلا عن موقع", "Source"];

/**
 * Cues before an author's name. The byline is the name only: "كتبت- حسنات الحكيم" gives
 * "حسنات الحكيم", "بقلم الدكتور/ …" keeps the honorific.
 */
export const BYLINE_CUES: readonly string[] = [
  "كتب",
  "كتبت",
  "كتبه",
  "بقلم",
  "حوار",
  "حاوره",
  "حاورته",
  "إعداد",
  "تحقيق",
  "تقرير",
  "متابعة",
  "ترجمة",
  "إعداد وتقديم",
  "رصد",
  "By",
  "Author",
  "اسم الكاتب",
  "بواسطة",
  "الكاتب :",
  "المحرر :",
];

/**
 * A wire agency's byline cue ("من ليلى بو صعب" under a Reuters headline): a byline only on
 * a short line of its own right above a lead that opens with a dateline.
 */
export const WIRE_BYLINE_CUES: readonly string[] = ["من", "By"];

/**
 * Lines that are boilerplate when a short line opens with them (≤ `SHORT_BOILERPLATE_WORDS`
 * words beyond the cue): share and follow prompts, comment forms, navigation, counters.
 */
export const BOILERPLATE_CUES: readonly string[] = [
  "لا توجد تعليقات",
  "تابعونا على",
  "تابعونا",
  "تابعوا أخبار",
  "تابعوا آخر الأخبار",
  "تابع أحدث الأخبار",
  "تابع آخر الأخبار",
  "تابعنا على",
  "تابعنا عبر",
  "اقرأ في هذا العدد",
  "تابعونا عبر",
  "شارك",
  "شارك الخبر",
  "شارك المقال",
  "شارك على",
  "شاركها",
  "مشاركة",
  "Tweet",
  "inShare",
  "Share",
  "Pause",
  "طباعة",
  "اطبع",
  "حفظ",
  "احفظ",
  "نسخ الرابط",
  "أرسل لصديق",
  "أرسل إلى صديق",
  "تعليقك",
  "اسمك",
  "الاسم",
  "البريد الإلكتروني",
  "إرسال",
  "رابط الخبر",
  "رابط مختصر",
  "الرابط المختصر",
  "رابط دائم",
  "الصفحة الرئيسية",
  "الرئيسية",
  "تجاوز إلى المحتوى الرئيسي",
  "استمارة البحث",
  "بحث",
  "إعلانك على موقعنا",
  "حماية الخصوصية",
  "سياسة الخصوصية",
  "شروط الاستخدام",
  "اتصل بنا",
  "من نحن",
  "عدد المشاهدات",
  "عدد القراءات",
  "المشاهدات",
  "مشاهدة",
  "زيارة",
  "الأحوال الجوية",
  "الأبراج",
  "النشرة البريدية",
  "اشترك",
  "اشترك في النشرة",
  "حمل تطبيق",
  "فيسبوك",
  "تويتر",
  "واتساب",
  "تيليجرام",
  "لينكدإن",
  "Facebook",
  "Twitter",
  "WhatsApp",
  "Telegram",
  "Email",
  "Print",
  "Article information",
  "قبول ومتابعة",
  "تخطى",
  "Skip",
  "تحميل تطبيق",
  "تحميل التطبيق",
  "list",
  "end of list",
  "معلومات عن المقال",
  "حجم الخط",
  "تكبير الخط",
  "تصغير الخط",
  "مواقيت الصلاة",
  "أوقات الصلاة",
  "انسخ الرابط",
  "Copy link",
];

/**
 * Advertising slots left in the text, as whole lines of their own ("إعلان", "- إعلان -"):
 * only the whole line, so that "إعلان النتائج" stays a crosshead.
 */
export const AD_LABELS: readonly string[] = [
  "إعلان", "اعلان", "إعلانات", "مساحة إعلانية", "محتوى مدفوع", "محتوى ممول", "Advertisement", "Sponsored", "Ad",
];

/**
 * Embedded widgets (a podcast, a video player) come between a skip link and an end marker
 * ("تخطى البودكاست وواصل القراءة" … "البودكاست نهاية"): the first word of the skip link
 * and a word that opens or closes the short end line. Everything between them is boilerplate.
 */
export const WIDGET_SKIPS: readonly string[] = ["تخطى", "Skip"];
export const WIDGET_ENDS: readonly string[] = ["نهاية", "End"];

/**
 * Lines that close the page: comment forms and copyright notices. What follows them is
 * boilerplate unless it is a list, a teaser or a new article.
 */
export const FOOTER_CUES: readonly string[] = [
  "التعليقات",
  "تعليقات",
  "إضافة تعليق جديد",
  "إضافة تعليق",
  "أضف تعليق",
  "أضف تعليقاً",
  "أضف تعليقك",
  "اترك تعليقاً",
  "جميع الحقوق محفوظة",
  "كل الحقوق محفوظة",
  "جميع الحقوق",
  "حقوق النشر",
  "Footer Links",
  "©",
];

/**
 * Phrases that mark a whole line as boilerplate wherever they stand in it (comment
 * policies, copyright and terms notices). One hit is enough at the bottom of a page;
 * inside the body a line needs two.
 */
export const BOILERPLATE_PHRASES: readonly string[] = [
  "سياسة الخصوصية",
  "شروط الاستخدام",
  "شروط استخدام الموقع",
  "إرشادات الاستخدام",
  "مراجعة التعليقات",
  "الآراء الواردة",
  "لا تعبر عن رأي",
  "بالضرورة عن رأي",
  "تعبر عن رأي كاتبها",
  "تعبر عن رأي كتابها",
  "جميع الحقوق محفوظة",
  "جميع الحقوق © محفوظة",
  "يحظر نشر",
  "دون إذن مسبق",
  "All Rights Reserved",
  "تعليقات الفيسبوك",
  // Follow prompts of any length: "تابعوا آخر الأخبار عبر قناتنا على واتساب".
  "آخر الأخبار عبر",
  "عبر قناتنا على",
];

/**
 * Boilerplate glued inside a line of content by a scraper: the line is cut at the
 * first character of the phrase and the rest of the line is boilerplate.
 */
export const GLUED_BOILERPLATE: readonly string[] = [
  "[email protected]",
  "[email\u00a0protected]",
  "/* <![CDATA[ */",
  "/* */",
  "رابط الخبر",
  "رابط المقال",
  "الرابط المختصر",
];

/**
 * A follow prompt of any wording ("تابعوا «اليوم» على منصة إكس", "تابعوا صحراء ميديا على
 * فيسبوك وتويتر"): a short line opening with one of `FOLLOW_VERBS` that names one of
 * `SOCIAL_PLATFORMS` is boilerplate.
 */
export const FOLLOW_VERBS: readonly string[] = ["تابعوا", "تابعونا", "تابعنا", "تابعي", "اشتركوا", "انضموا", "حمّل", "حملوا"];

/**
 * Social platforms and channels named by follow prompts, by their first word (a leading و is
 * read through). Only names: a generic word ("تطبيق", "جوجل") is in news sentences too.
 */
export const SOCIAL_PLATFORMS: readonly string[] = [
  "فيسبوك", "تويتر", "إكس", "اكس", "تلغرام", "تليغرام", "تليجرام", "تلجرام", "واتساب", "إنستغرام",
  "انستغرام", "إنستجرام", "انستجرام", "إنستقرام", "يوتيوب", "تيكتوك", "لينكدإن", "سناب شات", "ثريدز",
  "قناتنا", "صفحتنا", "حساباتنا", "منصاتنا", "جوجل نيوز", "غوغل نيوز", "نبض",
  "Facebook", "Twitter", "X", "Telegram", "WhatsApp", "Instagram", "YouTube", "TikTok", "LinkedIn", "Threads", "App Store", "Google Play",
];

/** Share and print prompts that scrapers glue to the last sentence ("… المقبل.اطبعأرسل إلى صديق"). */
export const PROMPTS: readonly string[] = ["اطبع", "طباعة", "أرسل إلى صديق", "أرسل لصديق", "شارك", "مشاركة", "تابعونا", "تابعوا", "تعليقات"];

/** Words of a caption line ("… صورة أرشيفية"), matched at the start or the end of a short line. */
export const CAPTION_CUES: readonly string[] = [
  "صورة أرشيفية",
  "صورة من الأرشيف",
  "صورة ارشيف",
  "أرشيفية",
  "أرشيف",
  "الصورة",
  "صورة",
  "تصوير",
  "مصدر الصورة",
  "صدر الصورة",
  "التعليق على الصورة",
  // "جانب من توقيع الاتفاقية": the opening of a photo's caption between paragraphs.
  "جانب من",
  "Photo",
  "Getty Images",
  "Credit",
  "Shutterstock",
];

/**
 * A wire agency's end mark opening its last line in parentheses: "(النهاية) ب ع م / ف ن س",
 * "(انتهى)". The line is a signature, never a stray headline.
 */
export const END_MARKS: readonly string[] = ["النهاية", "انتهى"];

/**
 * A relative time stamp under a headline ("منذ ساعتين", "قبل 4 ساعات"): its opening word
 * and its last word, the unit of time. The line is a date line.
 */
export const TIME_AGO_OPENERS: readonly string[] = ["منذ", "قبل"];
export const TIME_UNITS: readonly string[] = [
  "دقيقة", "دقائق", "دقيقتين", "ساعة", "ساعات", "ساعتين", "يوم", "أيام", "يومين", "أسبوع", "أسابيع", "أسبوعين",
];

/** Openings of a signature under a statement or a letter. */
export const SIGNATURE_CUES: readonly string[] = [
  "صادر عن", "صدر عن", "التوقيع", "شارك في التغطية", "شارك في الإعداد",
  // The wire's credit under a story: "(تغطية صحفية … - إعداد … للنشرة العربية - تحرير …)".
  "تغطية صحفية",
];

/**
 * Labels of an embedded media teaser ("فيديو: لحظة غمر السيول …"): with their colon, the
 * line is a widget's caption, not body.
 */
export const MEDIA_LABELS: readonly string[] = ["فيديو", "شاهد", "بالفيديو", "بالصور", "Video"];

/** After a read-also cue, words that make the teaser a link to the page itself (Tynt footers). */
export const SELF_LINK_CUES: readonly string[] = ["المقال كامل", "المقال الأصلي", "رابط المقال"];

/**
 * News agencies and generic credits: a dateline part that is one of these is the agency,
 * not the place ("واس - المنامة", "دمشق-سانا"). Outlets not listed are found by position.
 */
export const AGENCIES: readonly string[] = [
  "وكالات",
  "الوكالات",
  "وكالات خارجية",
  "رويترز",
  "فرانس برس",
  "أ ف ب",
  "ا ف ب",
  "أ.ف.ب",
  "اف ب",
  "أ ب",
  "د ب أ",
  "د.ب.أ",
  "يو بي آي",
  "الأناضول",
  "شينخوا",
  "سانا",
  "واس",
  "وام",
  "قنا",
  "كونا",
  "بنا",
  "ومع",
  "سبأ",
  "وفا",
  "معا",
  "بترا",
  "أ ش أ",
  "واج",
  "تاب",
  "نوفوستي",
  "سبوتنيك",
  "CNN",
  "BBC",
  "AFP",
  "Reuters",
  "AP",
  "DPA",
  "سونا",
  "صونا",
  "وات",
  "وال",
  "العمانية",
  "و م ع",
  "و.م.ع",
  "الوكالة الوطنية للإعلام",
  "وكالة الأنباء",
  "الجزيرة نت",
  "العربية نت",
  "سكاي نيوز عربية",
  "الأناضول التركية",
  "واع",
  "إرنا",
];

/**
 * Attribution verbs, in the forms news copy uses (a leading و or ف is read through).
 * `participle` forms (مضيفاً, مشيراً) never name their subject: the speaker is the one
 * named last. `after` forms stand after a quotation ("…"، وفق الكرملين).
 */
export const SPEECH_VERBS: readonly { readonly word: string; readonly form: "verb" | "participle" | "after" }[] = [
  ...[
    "قال", "قالت", "يقول", "تقول", "أضاف", "أضافت", "يضيف", "تضيف", "أكد", "أكدت", "يؤكد", "تؤكد",
    "أوضح", "أوضحت", "يوضح", "توضح", "أشار", "أشارت", "يشير", "تشير", "صرح", "صرحت", "يصرح",
    "أعلن", "أعلنت", "يعلن", "تعلن", "ذكر", "ذكرت", "يذكر", "أفاد", "أفادت", "يفيد", "لفت", "لفتت", "يلفت", "تلفت",
    "شدد", "شددت", "يشدد", "اعتبر", "اعتبرت", "يحذر", "تحذر", "تابع", "تابعت", "استطرد", "استطردت",
    "أورد", "أوردت", "أكمل", "أكملت", "ختم", "ختمت", "دعا", "دعت", "طالب", "طالبت", "حذر", "حذرت",
    "نفت", "رأى", "رأت", "يرى", "ترى", "وصف", "وصفت", "علق", "علقت", "أجاب", "أجابت",
    "تساءل", "تساءلت", "نوه", "نوهت", "أعرب", "أعربت", "كشف", "كشفت", "أبرز", "أبرزت",
    "اعترف", "اعترفت", "زعم", "زعمت", "كتب", "كتبت", "غرد", "غردت", "ردد", "رددت", "هتف", "هتفوا",
    "قالوا", "أكدوا", "أضافوا", "أشاروا", "أوضحوا", "ذكروا", "جاء في", "ورد في",
    "انتقد", "انتقدت", "ينتقد", "تنتقد", "روى", "روت", "يروي", "تروي", "أقر", "أقرت", "يقر", "تقر",
    "أردف", "أردفت", "يردف", "تردف", "رد", "ردت", "يرد", "ترد", "قوله", "قولها", "قولهم",
    // Maghreb press: "وزاد المتحدث ذاته أن «…»"; "ونبهت الباحثة إلى أن «…»".
    "زاد", "زادت", "نبه", "نبهت", "شرح", "شرحت", "يشرح", "تشرح", "بين", "بينت", "يبين", "سجل", "سجلت", "توقع", "توقعت", "يتوقع", "تتوقع",
    // "بحسب ما قاله المتحدث", "وفق ما ذكرته الوزارة": the verb with the pronoun of what was said.
    "قاله", "قالته", "ذكره", "ذكرته", "أكده", "أكدته",
  ].map((word) => ({ word, form: "verb" as const })),
  ...[
    "قائلاً", "قائلة", "مضيفاً", "مضيفة", "مؤكداً", "مؤكدة", "موضحاً", "موضحة", "مشيراً", "مشيرة",
    "لافتاً", "لافتة", "مشدداً", "مشددة", "معتبراً", "معتبرة", "متابعاً", "داعياً", "داعية",
    "مطالباً", "محذراً", "محذرة", "نافياً", "واصفاً", "معلقاً", "متسائلاً", "منوهاً", "معرباً",
    "مبيناً", "مبينة", "مبرزاً", "مبرزة", "مختتماً", "مختتمة", "مستطرداً", "مستطردة", "متابعة", "مطالبة", "نافية",
    "واصفة", "معلقة", "متسائلة", "منوهة", "معربة", "منتقداً", "منتقدة", "مردفاً", "مردفة", "مرجعاً", "مرجعة",
    "مقراً", "مقرة",
  ].map((word) => ({ word, form: "participle" as const })),
  // Right after a closing quotation mark ("…"، صرح بذلك الوزير / أكدت المديرة).
  ...[
    "وفق", "وفقاً ل", "بحسب", "حسب", "على حد قوله", "على حد تعبيره", "كما قال", "يقول", "قال", "قالت", "تقول",
    // "…"، بحسب تعبيره: the pronoun names the one quoted last.
    "بحسب تعبيره", "بحسب تعبيرها", "حسب تعبيره", "حسب تعبيرها", "وفق تعبيره", "وفق تعبيرها", "بحسب قوله",
    "بحسب قولها", "حسب قوله", "حسب قولها", "على حد قولها", "على حد تعبيرها", "بحسب وصفه", "بحسب وصفها",
    "صرح", "صرحت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أوضحت", "ذكر", "ذكرت", "أشار", "أشارت",
  ].map((word) => ({
    word,
    form: "after" as const,
  })),
];

/**
 * Words that say to whom a statement was made ("لوكالة الأنباء", "لفرانس برس", "لـCNN"):
 * they end a speaker's name, and what follows them up to the reported clause is no name.
 */
export const ADDRESSEES: readonly string[] = [
  "لوكالة", "لفرانس", "لرويترز", "لصحيفة", "للصحيفة", "لقناة", "لموقع", "للصحفيين", "للصحافيين", "لوسائل",
  "لجريدة", "للتلفزيون", "للإذاعة", "لإذاعة", "لتلفزيون", "لـ",
  // Outlets whose names open without the article ("لبي بي سي", "لسكاي نيوز", "لمجلة").
  "لبي", "لسكاي", "لسي", "لشبكة", "لمجلة", "لراديو", "لبرنامج", "لمراسل", "لمراسلة", "لأسوشيتد", "لأسوشييتد",
  "لوكالات", "لصحف", "لمنصة", "لمحطة", "لنشرة",
];

/**
 * Prepositions of the occasion of a statement before its noun ("خلال مؤتمر صحفي", "عقب
 * اللقاء"): a description ends before them.
 */
export const OCCASION_PREPOSITIONS: readonly string[] = ["خلال", "أثناء", "عقب"];

/**
 * Prepositions inside a title or a description before a name: "الباحث في علوم المناخ",
 * "النائب عن دائرة …", "استشاري الغدد لدى الأطفال", "ومدير دائرة التخطيط فيها، عادل …".
 */
export const DESCRIPTION_PREPOSITIONS: readonly string[] = ["في", "عن", "من", "لدى", "فيها", "فيه", "منها", "لديها"];

/**
 * Nouns of places and bodies that follow a preposition inside a title ("بجامعة عين شمس",
 * "بإقليم شيشاوة", "بمحافظة حضرموت"): such a phrase is never the name of the person.
 */
export const PLACE_NOUNS: readonly string[] = [
  "جامعة", "وزارة", "محافظة", "ولاية", "إقليم", "مدينة", "منطقة", "بلدية", "مديرية", "مركز", "مستشفى", "كلية",
  "معهد", "هيئة", "شركة", "مؤسسة", "قسم", "دائرة", "مجلس", "نقابة", "قرية", "جماعة", "عمالة", "بلدة", "مخيم",
  "حي", "قضاء", "ناحية", "مقاطعة", "دولة", "إمارة", "مملكة", "جمهورية", "وكالة", "ريف", "جزيرة", "عاصمة", "مكتب",
  "بنك", "بنوك", "مصرف", "مصارف", "شركات", "وزارات", "مستشفيات", "صندوق", "منظمة", "سفارة", "قنصلية", "محكمة", "نيابة", "سلطة", "اتحاد", "غرفة", "خفر", "قيادة", "بعثة", "سلطنة", "جمعية", "رابطة", "تعاونية", "سوق", "ميناء", "مطار", "فرع", "فروع", "محلية", "جامع", "مسجد", "إدارة", "نادي",
];

/**
 * Documents that speak ("وأوضح البيان", "ودعا التقرير"): a definite noun after one of them
 * is its object, not part of it ("ودعا البيان الحكومات المحلية إلى …" → "البيان"); an
 * adjective of relation still belongs to it ("البيان الختامي").
 */
export const DOCUMENT_NOUNS: readonly string[] = [
  "البيان", "التقرير", "الدراسة", "الرسالة", "المذكرة", "البلاغ", "الإعلان", "القرار", "التعميم", "المرسوم",
];

/**
 * Words that end the speaker's name after the verb: particles that open the reported
 * clause, prepositions that open a setting ("في بيان", "خلال زيارة"), and times.
 */
export const SPEAKER_STOPS: readonly string[] = [
  "إن", "أن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "بأن", "بأنه", "بأنها", "لأن", "إلى", "في", "خلال", "أمام",
  "عبر", "على", "عن", "من", "مع", "بعد", "قبل", "عند", "حول", "ضمن", "لدى", "أثناء", "إثر", "عقب", "منذ", "حين",
  "بينما", "إذ", "نفسه", "نفسها", "ذاتها", "كما", "لكن", "ولكن", "أيضاً", "اليوم", "أمس", "غداً", "مساء", "صباح", "ظهر", "الليلة", "الاثنين",
  "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "نفس", "ذاته", "حينها", "يوم",
  // Times between the verb and its subject ("صرح الأسبوع الماضي"); not العام, an adjective of titles (المدير العام).
  "الأسبوع", "الشهر", "السنة", "مطلع", "أواخر", "منتصف", "نهاية", "بداية",
  "قائلاً", "مضيفاً", "هذا", "هذه", "ذلك", "هناك", "هنا",
  // Degrees after the subject ("وذهب الوزير أبعد من ذلك"), and the conjunctions of time
  // that open a clause ("عندما قال").
  "أبعد", "أكثر", "أقل", "عندما", "حينما", "بعدما", "كلما",
  "الذي", "التي", "الذين", "وهو", "وهي", "وذلك", "ما", "لا", "لم", "لن", "قد", "كان", "كانت", "تم", "كل",
  "صلى", "لي", "لنا", "طلب", "رفض", "فضل", "أما", "لكنه", "لكنها", "لكنهم", "فإن", "فإنه", "فإنها", "فإنهم", "وأن", "وأنه",
  "وأنها", "مخاطباً",
  "فيها", "فيه", "له", "لها", "لهم", "به", "بها", "منه", "منها", "عنه", "عنها", "إليه", "إليها", "بدوره", "بدورها",
  "بحسب", "حسب", "وفق", "بسبب", "بفضل", "بموجب", "بشأن", "فيهم", "عليه", "عليها", "عليهم", "رداً", "ردا",
  // Where he stands ("يقف الصياد جمال عوض بكر قرب قاربه"); not خلف, a given name too.
  "قرب", "بقرب", "بجوار", "تحت", "فوق",
  ...ADDRESSEES,
];

/**
 * Words right before a quotation mark that make the quoted text a name or a title,
 * not somebody's words: بعنوان «…», باسم "…", في إطار "صيغة أستانا".
 */
export const NAMING_WORDS: readonly string[] = [
  "بعنوان", "عنوان", "عنوانه", "عنوانها", "باسم", "اسم", "يسمى", "تسمى", "سمي", "سميت", "يعرف", "تعرف", "المعروف",
  "المعروفة", "بـ", "شعار", "صيغة", "إطار", "مسار", "عملية", "حملة", "برنامج", "مبادرة", "مشروع", "كتاب", "كتابه",
  "تجربة", "خدمة", "ملتقى", "فعالية",
  "فيلم", "رواية", "روايته", "مسرحية", "ديوان", "قصيدة", "أغنية", "جريدة", "صحيفة", "مجلة", "قناة", "موقع", "وكالة",
  "حزب", "حركة", "جماعة", "تنظيم", "منظمة", "شركة", "جبهة", "لواء", "كتيبة", "مؤتمر", "ندوة", "معرض", "مهرجان",
  "جائزة", "مسابقة", "بطولة", "منتدى", "مركز", "جمعية", "هيئة", "ائتلاف", "تحالف", "خطة", "قانون", "مصطلح",
  "لقب", "ملف", "وثيقة", "اتفاق", "اتفاقية", "ما يسمى", "ما يعرف", "ما وصفه", "تصفهم", "تصفه", "وصفه", "وصفها",
  "برامج", "مشاريع", "حملات", "مبادرات", "قصة", "قصته", "قصتها", "مجموعة", "مجموعته", "فريق", "نادي", "منتخب",
  "مدرسة", "تقرير", "دراسة", "منصة", "تطبيق", "وسم", "هاشتاغ", "كتب عليها", "كتب عليه", "شعارات", "لافتة",
  "لافتات", "هتافات", "المسمى", "المسماة", "الملقب", "الملقبة", "الشهير", "الشهيرة", "مخيم", "حي", "قرية",
  "سوق", "شارع", "ساحة", "ميدان", "مستشفى", "جامعة", "مسجد", "فندق", "مسلسل", "ألبوم", "إذاعة", "صفحة", "حساب",
  "سلسلة", "تيار", "كتلة", "قائمة", "عاصفة", "إعصار", "منخفض", "هاشتاق", "سفينة", "صاروخ", "طائرة", "دبابة",
];

/** Closing formulas that end a text and are part of its body, never a signature. */
export const CLOSING_FORMULAS: readonly string[] = [
  "والله من وراء القصد",
  "والحمد لله رب العالمين",
  "والله ولي التوفيق",
  "والله الموفق",
  "صدق الله العظيم",
];

/**
 * Words that cannot end a sentence: a line that ends with one of them was wrapped in the
 * middle of a sentence and goes on on the next line.
 */
export const CONTINUATION_WORDS: readonly string[] = [
  "في", "من", "إلى", "على", "عن", "مع", "تحت", "فوق", "بين", "عند", "لدى", "حتى", "منذ", "خلال", "بعد", "قبل",
  "حول", "ضد", "نحو", "أن", "إن", "لأن", "كي", "لكي", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي",
  "و", "أو", "ثم", "بل", "لكن", "لا", "لم", "لن", "قد", "هو", "هي", "هذا", "هذه", "ذلك", "تلك", "كل", "بعض",
  "أي", "غير", "سوى", "عبر", "ضمن", "إثر", "وفق", "أمام", "وراء", "دون", "بدون", "ما", "كان", "كانت", "حيث",
  "إذا", "لو", "كما", "مثل", "عدة", "أكثر", "أقل", "بأن", "بين", "والتي", "والذي", "أيضا",
];

/** What follows "صاحب" in an honorific ("صاحب السمو الملكي"): then it is no owner's title. */
export const HONORIFIC_NOUNS: readonly string[] = ["السمو", "الجلالة", "الفخامة", "المعالي", "السعادة", "السماحة", "الفضيلة"];

/** Honorifics: titles before a name, left out of a speaker ("الدكتورة هند الرشيدي" → "هند الرشيدي"). */
export const HONORIFICS: readonly string[] = [
  "الدكتور", "الدكتورة", "د.", "المهندس", "المهندسة", "الشيخ", "الشيخة", "السيد", "السيدة", "الأستاذ", "الأستاذة",
  "النائب", "الحاج", "اللواء", "العميد", "العقيد", "المستشار", "القاضي", "الأمير", "الأميرة", "الملك", "الجنرال", "الأدميرال",
  // Clergy ("كاهن الرعية الأب جورج معلوف").
  "القس", "البطريرك", "الشماس", "الراهب", "الراهبة",
  "الإمام", "الأب", "المطران", "البروفسور", "البروفيسور", "الفنان", "الفنانة", "الحاجة", "الفريق", "المشير",
  "الرائد", "المقدم", "الملازم", "الكابتن", "معالي", "سعادة", "فخامة", "سمو", "سماحة", "صاحب السمو", "الشيخ الدكتور",
];

/** Words of a military rank after its first word ("الفريق أول ركن", "اللواء الركن"): still no name. */
export const RANK_WORDS: readonly string[] = ["أول", "ركن", "الركن", "بحري", "طيار", "متقاعد"];

/**
 * Role nouns that follow a name ("حميد فاضلي رئيس منظمة الفضاء"): the speaker is the name
 * before them.
 */
export const ROLE_NOUNS: readonly string[] = [
  "رئيس", "رئيسة", "وزير", "وزيرة", "مدير", "مديرة", "أستاذ", "أستاذة", "متحدث", "المتحدث", "الناطق", "ناطق",
  "عضو", "نائب", "مستشار", "أمين", "الأمين", "سفير", "قائد", "مدرب", "محافظ", "خبير", "الخبير", "مسؤول", "منسق",
  "مؤسس", "الباحث", "باحث", "الباحثة", "باحثة", "عالم", "عالمة", "أمين عام", "المدير", "رئيس قسم", "وكيل", "وكيلة", "كبير", "كبيرة",
  "مشرف", "مشرفة", "مندوب", "ممثل", "مراسل", "محافظة", "مستشارة", "منسقة", "عضوة", "نائبة", "سفيرة", "مدربة",
  "خبيرة", "ممثلة", "متحدثة", "المتحدثة", "الناطقة", "استشارية", "استشاري", "أستاذة",
  // Descriptions that stand before a name like a title ("الشاعرة هند الطراونة", "الشاب محمود").
  "شاب", "شابة", "شاعر", "شاعرة", "روائي", "روائية", "كاتب", "كاتبة", "ناقد", "ناقدة", "إعلامي", "إعلامية",
  "صحفي", "صحفية", "صحافي", "صحافية", "مزارع", "لاعب", "لاعبة", "طالب", "طالبة", "مواطن", "مواطنة", "ناشط",
  "ناشطة", "محامي", "محامية", "طبيب", "طبيبة", "مخرج", "مخرجة", "مطرب", "مطربة", "داعية", "زعيم", "معلم",
  "معلمة", "مفتي", "محلل", "محللة", "مؤرخ", "مؤرخة", "مترجم", "مترجمة", "تاجر", "فلاح", "موظف", "موظفة", "مهندس",
  "مهندسة", "قاضي", "قاضية", "أديب", "أديبة", "تشكيلي", "تشكيلية", "نقيب", "عميد", "أمينة", "ولي",
  "والي", "وكيل", "مسؤولة", "أخصائي", "أخصائية", "اختصاصي", "اختصاصية", "زائر", "زائرة", "خطاط", "خطاطة", "متنبئ", "رسام",
  "رسامة", "صياد", "سائق", "مدرس", "نجل", "نجلة", "والد", "والدة", "شقيق", "شقيقة",
  "مراقب", "مراقبة", "مساعد", "مساعدة", "مفتش", "مفتشة", "ضابط", "ضابطة", "حاكم", "عمدة", "قنصل", "مفوض", "مفوضة", "ملحق", "ملحقة", "أكاديمي", "أكاديمية", "معاون", "معاونة", "مدعي", "مدعية",
  // People described by their age, family or lot ("الطفلة سلمى", "الحاجة أم خالد", "النازح أحمد").
  "طفل", "طفلة", "فتاة", "فتى", "جار", "جارة", "ابنة", "زوج", "زوجة", "أرملة",
  "مسن", "مسنة", "نازح", "نازحة", "لاجئ", "لاجئة", "ناجية", "بائع", "بائعة", "مشجع",
  "مشجعة", "ممرض", "ممرضة", "مقاتل", "مختار", "مرشح", "مرشحة", "متطوع", "متطوعة", "مربي", "مربية", "حرفي", "حرفية",
  "ربة", "مسافر", "مسافرة",
  // Owners, clergy and counsel ("صاحب ورشة خياطة", "إمام مسجد …", "دفاع المتهم"); "صاحب
  // السمو" is an honorific (HONORIFIC_NOUNS).
  "صاحب", "صاحبة", "مالك", "مالكة", "إمام", "مؤذن", "قبطان", "ربان", "كاهن", "قائممقام", "قائمقام", "ناظر", "منتج", "منتجة", "قائم", "واعظ", "واعظة", "دفاع", "مريض", "مريضة",
  // Party and committee posts ("القيادية في تحالف …", "مقرر لجنة التشريع").
  "قيادي", "قيادية", "مقرر", "مقررة", "سكرتير", "سكرتيرة", "عميدة", "نقيبة", "مندوبة", "قائدة", "محاضر", "محاضرة",
];

/**
 * Words that give the name of somebody described before ("سائق سيارة الأجرة …، ويدعى
 * ونيس، إنه"): the name after them is the speaker.
 */
export const CALLED_WORDS: readonly string[] = ["ويدعى", "يدعى", "وتدعى", "تدعى", "واسمه", "واسمها", "اسمه", "اسمها"];

/** One-letter abbreviations of honorifics ("د." doctor, "م." engineer, "أ." professor): other initials are a name's. */
export const HONORIFIC_INITIALS: readonly string[] = ["د", "م", "أ"];

/**
 * Genre and format labels that stand between a headline and its lead ("تقرير خاص",
 * "فيديو وصور"): never a bare author's name.
 */
export const GENRE_LABELS: readonly string[] = [
  "عاجل", "حصري", "خاص", "فيديو", "صور", "بالصور", "بالفيديو", "تقرير", "تحقيق", "حوار", "مقال", "رأي", "تحليل",
  "متابعة", "ملف", "قصة", "إنفوغراف", "انفوجراف", "تقارير", "أخبار", "محليات", "عربي", "دولي", "اقتصاد", "رياضة",
];

/**
 * Adjectives of a title that are no adjectives of relation ("المدير العام", "الوزير السابق"):
 * after a title with the article, any other noun with the article is its object ("ووصف
 * الوزير القرار").
 */
export const ROLE_ADJECTIVES: readonly string[] = [
  "العام", "العامة", "الأول", "الأولى", "السابق", "السابقة", "الأسبق", "الجديد", "الجديدة", "المساعد", "المساعدة",
  "المكلف", "المكلفة", "المنتخب", "المنتخبة", "الأعلى", "المفوض", "المنتدب", "المناوب", "الأكبر", "المقبل",
  "المنتهية", "الراحل", "الراحلة", "المستقيل", "المقال", "البارز", "البارزة", "الشاب", "الشابة", "المخضرم",
];

/**
 * Generic titles that point back ("وأوضح المسؤول الحكومي", "وتضيف المسؤولة الأممية", "ودعا
 * المتحدث إلى"): with nothing after them but the clause, they name the one quoted last,
 * whatever title he had. An adjective of relation may follow المسؤول; after المتحدث it
 * points back only once a spokesman was named ("وأضاف المتحدث الأمني" after "المتحدث
 * الإعلامي لشرطة المنطقة …"), since "وقال المتحدث الرسمي إن" may open a new speaker.
 */
export const ANAPHORIC_TITLES: readonly string[] = ["المسؤول", "المسؤولة", "المتحدث", "المتحدثة"];

/**
 * "in it", after a speech verb that describes a speech already named: "ألقى … كلمة قال
 * فيها", "أصدر بيانا قال فيه". The verb has no subject of its own; the noun before it is
 * the speech, not the speaker.
 */
export const RESUMPTIVE_WORDS: readonly string[] = ["فيها", "فيه"];

/** Honorifics with a pronoun that stand for the one named before: "وأضاف معاليه". */
export const HONORIFIC_PRONOUNS: readonly string[] = ["معاليه", "معاليها", "سعادته", "سعادتها", "سموه", "سموها", "فضيلته", "سيادته", "سيادتها"];

/** Adjectives of an unnamed source close to something: "مصدر مقرب من التحقيق" keeps what it is close to. */
export const CLOSE_TO_WORDS: readonly string[] = [
  "مقرب", "مقربة", "قريب", "قريبة", "مقربون", "مقربين", "قريبون", "قريبين", "مطلع", "مطلعة", "مطلعون", "مطلعين",
];

/** Nouns of an unnamed source: "مصدر مسؤول بمديرية …" keeps its description whole. */
export const SOURCE_NOUNS: readonly string[] = ["مصدر", "مصادر", "دبلوماسي", "دبلوماسيون"];

/** Verbs of a clause asking for anonymity: "…، فضل عدم الكشف عن هويته، اعتبر". */
export const ANONYMITY_VERBS: readonly string[] = ["طلب", "رفض", "فضل", "مفضلا", "طالبا", "رافضا", "اشترط", "شريطة", "تحفظ", "متحفظا"];

/**
 * What an anonymous source keeps back: a speech verb's shape before one of these is a
 * verbal noun ("تحفظ على ذكر اسمه", "امتنع عن كشف هويتها"), never a verb with a subject.
 */
export const WITHHELD_WORDS: readonly string[] = [
  "اسمه", "اسمها", "اسمهم", "اسميهما", "أسماءهم", "أسمائهم", "هويته", "هويتها", "هويتهم", "هوياتهم", "هويتيهما",
];

/** Words that say a title is the one named before: "وزاد المتحدث ذاته", "وبحسب المسؤول نفسه". */
export const SAME_WORDS: readonly string[] = ["ذاته", "ذاتها", "نفسه", "نفسها"];

/**
 * Words of a time without the article after "صباح" ("صباح أمس", "صباح يوم الأحد"): then it
 * is the morning, a stop; before any other word without the article it is a given name
 * ("صباح ناجي العبيدي").
 */
export const MORNING_TIMES: readonly string[] = ["أمس", "غد", "غداً", "يوم", "باكر"];

/**
 * Nouns of a title's complement after ل ("وزير الدولة لشؤون مجلس الوزراء"): never a name
 * (beside PLACE_NOUNS, which are read there too).
 */
export const TITLE_COMPLEMENTS: readonly string[] = ["شؤون", "قطاع", "ملف"];

/**
 * Arab capitals and large cities written without the article: after an agency or an outlet
 * glued to the lead ("شفق نيوز/ بغداد أعلنت …", "واس - جدة أعلن …") one of them is the
 * place, where any other word may be the lead's first.
 */
export const CITY_NAMES: readonly string[] = [
  "بغداد", "أربيل", "كركوك", "نينوى", "ديالى", "بابل", "كربلاء", "ميسان", "واسط", "صلاح الدين", "دهوك", "السليمانية",
  "دمشق", "حلب", "حمص", "حماة", "إدلب", "درعا", "بيروت", "صيدا", "صور", "طرابلس", "بعلبك", "زحلة", "عمان", "إربد",
  "الزرقاء", "العقبة", "القدس", "رام الله", "غزة", "نابلس", "جنين", "الخليل", "بيت لحم", "القاهرة", "الإسكندرية",
  "أسوان", "الأقصر", "بورسعيد", "الرياض", "جدة", "مكة", "الدمام", "أبها", "تبوك", "بريدة", "الدوحة", "المنامة",
  "الكويت", "مسقط", "صلالة", "دبي", "أبوظبي", "الشارقة", "عجمان", "صنعاء", "عدن", "تعز", "مأرب", "المكلا", "الحديدة",
  "الخرطوم", "بورتسودان", "كسلا", "الفاشر", "نيالا", "بنغازي", "مصراتة", "سبها", "درنة", "تونس", "صفاقس", "سوسة",
  "الجزائر", "وهران", "قسنطينة", "الرباط", "الدار البيضاء", "مراكش", "فاس", "طنجة", "أكادير", "نواكشوط", "مقديشو",
  "جيبوتي", "أنقرة", "إسطنبول", "طهران", "باريس", "لندن", "واشنطن", "موسكو", "بروكسل", "جنيف", "نيويورك",
];

/** Prepositions that open a kicker over a headline ("في قمة الجولة العاشرة …", "بعد فتح باب الحجز …"). */
export const KICKER_OPENERS: readonly string[] = ["في", "بعد", "على", "مع", "وسط", "قبل", "خلال", "رغم", "عقب", "بين", "من"];

/** Words of an age in parentheses after a person's name: "(81 عاماً)", "(24 سنة)". */
export const AGE_WORDS: readonly string[] = ["عاماً", "عاما", "عام", "سنة", "سنوات", "عامًا"];

/** The same words before the noun, as the Maghreb press writes them: "وأضاف ذات المتحدث". */
export const SAME_BEFORE: readonly string[] = ["ذات", "نفس"];

/** Role nouns that are also given names ("أمين سلام"): a title only before its complement. */
export const GIVEN_NAME_ROLES: readonly string[] = ["أمين", "أمينة", "الأمين", "الأمينة", "مختار", "مالك", "أديب"];

/**
 * Pronouns after which a past-tense verb shape is a noun: "وهو طالب جامعي" (a student),
 * while "وهو يقول" stays a verb.
 */
export const SUBJECT_PRONOUNS: readonly string[] = ["هو", "هي", "وهو", "وهي", "فهو", "فهي"];

/**
 * Speech verbs that are also given names ("روى", Rui or Roy once folded): after a
 * nationality adjective ("البرتغالي روي فيليب سانتوس") such a word is the name.
 */
export const NAME_LIKE_VERBS: readonly string[] = ["روى"];

/**
 * Words after which a verb-shaped word is a verbal noun, not a verb: "طلب عدم كشف اسمه"
 * names nobody; "كشف" there is the noun "the revealing".
 */
export const VERBAL_NOUN_OPENERS: readonly string[] = [
  "عدم", "دون", "بدون", "قبل", "بعد", "عند", "لدى", "خلال", "أثناء", "عقب", "فور", "رغم", "إثر", "منذ", "حتى",
];

/**
 * Object pronouns that stand between a verb and its subject: "وكما قال لي الشاب محمود",
 * and the demonstrative after a quotation: "…"، صرح بذلك وكيل الوزارة، أكد ذلك المدير.
 */
export const VERB_OBJECTS: readonly string[] = ["لي", "لنا", "له", "لها", "لهم", "لكم", "لهن", "لهما", "ذلك", "بذلك", "هذا", "بهذا"];

/**
 * How something was said, right after the verb ("يقول ضاحكاً", "قالت بحسرة"): no subject;
 * the speaker is the one named before.
 */
export const MANNER_WORDS: readonly string[] = [
  "ضاحكا", "ضاحكة", "مبتسما", "مبتسمة", "ساخرا", "ساخرة", "متسائلا", "متسائلة", "مازحا", "مازحة",
  "بحسرة", "بغضب", "بفخر", "بثقة", "بحزن", "ببساطة", "بصراحة", "بمرارة", "بهدوء", "بحماس",
];

/**
 * Words that open the reported clause: a short quotation right after one of them is what
 * the speaker said ("وصف … التأخير بأنه "مكلف جداً""), however far the verb stands.
 */
export const CLAUSE_OPENERS: readonly string[] = [
  "أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها", "أنهم", "إنهم", "بأنهم", "أنهن", "بأنهن",
];

/**
 * Words of the occasion of a statement ("في بيان", "في كلمته خلال حفل", "عقب رفع الجلسة"):
 * a name is never looked for past them.
 */
export const SPEECH_SETTINGS: readonly string[] = [
  "بيان", "بلاغ", "تصريح", "تصريحات", "مؤتمر", "كلمة", "حديث", "مقابلة", "لقاء", "حوار", "اتصال", "تغريدة",
  "منشور", "رسالة", "خطاب", "ندوة", "جلسة", "اجتماع", "حفل", "خلال", "عقب", "أثناء", "إثر", "بعد", "قبل", "أمام",
  "إحاطة", "مداخلة", "تدوينة",
  "لدى", "عبر", "أمس", "اليوم",
  // "في الوقت نفسه", "في سياق متصل", "في ختام الزيارة": when, not where.
  "وقت", "سياق", "إطار", "مقابل", "شأن", "ختام", "مستهل", "صباح", "مساء",
];

/**
 * Relative pronouns and the pronoun of a circumstantial clause: "، بشار الحوامدة، الذي شكر
 * المنتدى، وقال" — the verb after the clause is said by the one it describes.
 */
export const RELATIVE_PRONOUNS: readonly string[] = ["الذي", "التي", "وهو", "وهي"];

/**
 * Relayed speech: "ونقلت رويترز عن مسؤول في الوزارة قوله" — the speaker is the one after
 * "عن", not the agency that relays. The relaying verbs, then the nouns of saying.
 */
export const RELAY_VERBS: readonly string[] = ["نقل", "نقلت", "ينقل", "تنقل", "نقلا"];
export const RELAYED_SAYINGS: readonly string[] = ["قوله", "قولها", "قولهم", "قولهما"];

/**
 * Speech verbs that are also other words: "وبين الوزير أن" (explained) is a verb while "بين
 * الطرفين" (between) is not; "سجلت الوزارة 40 إصابة" records, "وسجلت رئيسة الجمعية أن" says.
 * Such a verb speaks only when the reported clause follows within a few words.
 */
export const CLAUSE_SPEECH_VERBS: readonly string[] = [
  "بين", "بينت", "يبين", "تبين", "سجل", "سجلت", "توقع", "توقعت", "يتوقع", "تتوقع",
];

/** "يذكر أن" (it is worth noting that) says nobody spoke: a subject must come before the clause. */
export const IMPERSONAL_SPEECH_VERBS: readonly string[] = ["يذكر"];

/** Auxiliaries between a subject and its speech verb: "أن جدي كان يقول". */
export const AUXILIARIES: readonly string[] = ["كان", "كانت", "ظل", "ظلت", "راح", "راحت", "بات", "باتت"];

/**
 * Interview markers that open a question or an answer ("س:", "ج:"): never a dateline's place.
 */
export const INTERVIEW_MARKERS: readonly string[] = ["س", "ج", "سؤال", "جواب", "السؤال", "الجواب"];

/**
 * Given names written with the article, common in Sudan and the Maghreb ("عمر الأمين
 * الطاهر", "محمد الطيب الهادي"): one of them before a family name is part of the name.
 */
export const ARTICLE_GIVEN_NAMES: readonly string[] = [
  "الأمين", "المبروك", "الطيب", "الصادق", "الهادي", "المهدي", "الحاج", "المختار", "الطاهر", "البشير", "المصطفى",
  "الحبيب", "الناصر", "الحسن", "الحسين", "الخضر", "المنصف", "المنجي", "الفاضل", "الأزهر", "المكي", "الشاذلي",
];

/**
 * Common given names, men's and women's, from every region: where a title runs into the
 * name with no comma ("الرئيس التنفيذي لمجموعة روشن نايف إبراهيم الخثلان", "مدير مكتب
 * اللجنة في بيت لحم إياد خليل الشاعر"), the name starts at the given name. Read only next to
 * a name's other words (after a title, in a father's name with the article, opening the
 * person's part of a credit line, a role's word inside a name): many of these are also words
 * ("أمل", "كامل", "نصر").
 */
export const GIVEN_NAMES: readonly string[] = [
  // men
  "محمد", "أحمد", "محمود", "مصطفى", "علي", "حسن", "حسين", "خالد", "عمر", "عمرو", "عثمان", "إبراهيم", "إسماعيل",
  "يوسف", "يعقوب", "موسى", "عيسى", "سليمان", "سلمان", "سالم", "سعيد", "سعد", "سعود", "فهد", "فيصل", "نايف", "نواف",
  "بندر", "تركي", "ماجد", "منصور", "ناصر", "نبيل", "هشام", "هاني", "هيثم", "وليد", "وائل", "طارق", "طلال", "زياد",
  "ياسر", "ياسين", "أيمن", "أسامة", "أنس", "أمجد", "إياد", "عماد", "عادل", "عاطف", "عصام", "عبدالله", "عبدالرحمن",
  "عبدالعزيز", "عبدالكريم", "عبدالرحيم", "عبدالحميد", "عبدالمجيد", "عبدالسلام", "عبداللطيف", "عبدالمنعم",
  "عبدالرزاق", "عبدالناصر", "عبدالفتاح", "عبدالقادر", "عبدالحكيم", "عبدالإله", "عبدالوهاب", "عبدالهادي", "رامي",
  "سامي", "شادي", "فادي", "مازن", "معتز", "مراد", "مروان", "مهند", "مؤمن", "نادر", "نزار", "نضال", "همام", "يزن",
  "جمال", "حمدي", "حمد", "حمزة", "حامد", "حازم", "حسام", "خليل", "رائد", "رياض", "زكريا", "زيد", "سلطان", "صلاح",
  "ضياء", "ظافر", "عامر", "عباس", "عدنان", "علاء", "غازي", "غسان", "فؤاد", "فراس", "قاسم", "لؤي", "ماهر", "محسن",
  "مجدي", "مشعل", "مصعب", "معاذ", "مهدي", "ناجي", "نجيب", "هاشم", "وسيم", "يحيى", "يونس", "بشار", "جاسم", "جابر",
  "جعفر", "حيدر", "رضا", "زهير", "سمير", "شاكر", "شوقي", "صبري", "طه", "عمار", "عوض", "فتحي", "قيس", "لطفي",
  "مأمون", "مدحت", "مرتضى", "مسعود", "ممدوح", "منذر", "نوري", "أكرم", "أشرف", "أنور", "إيهاب", "باسم", "بسام",
  "توفيق", "ثامر", "جلال", "حاتم", "حسني", "خميس", "رأفت", "رشاد", "سامر", "صفوت", "طلعت", "عاصم", "عزام", "فالح",
  "فوزي", "كاظم", "متعب", "مشاري", "معن", "مفلح", "منيف", "هزاع", "وجدي", "حمود",
  "سليم", "فرج", "رمضان", "شعبان", "جميل", "كمال", "منير", "صالح", "راشد", "سيف", "حمدان", "مبارك", "عبيد", "زايد",
  "خليفة", "داود", "بلال", "أيوب", "إدريس", "إلياس", "جورج", "ميشال", "ميشيل", "إيلي", "طوني", "شربل", "بيار",
  "رفيق", "رشيد", "حميد", "مجيد", "عزيز", "كريم", "نعيم", "أديب", "حبيب", "شريف", "عارف", "ناظم", "فارس", "حسان",
  "غانم", "عقيل", "جواد", "أنيس", "إسحاق", "زكي", "فهمي", "رشدي", "ثائر", "باسل", "عدي", "قصي",
  // women
  "فاطمة", "عائشة", "خديجة", "مريم", "زينب", "سارة", "نورة", "هند", "ليلى", "سلمى", "سعاد", "سميرة", "سهام", "منى",
  "مها", "هالة", "هدى", "رنا", "رانيا", "ريم", "ريما", "رشا", "رحاب", "دينا", "دعاء", "آمنة", "أسماء", "إيمان",
  "بشرى", "حنان", "خلود", "رغد", "روان", "ريهام", "سناء", "شيماء", "صفاء", "علا", "غادة", "فدوى", "لمياء", "لبنى",
  "لينا", "مروة", "منال", "ميساء", "نادية", "نجلاء", "نسرين", "نهى", "نوال", "هبة", "هيفاء", "وفاء", "ياسمين",
  "شيخة", "موزة", "عفاف", "سوسن", "جمانة", "لطيفة", "ميار", "أميرة", "مايا", "عبير",
  "سلوى", "نجوى", "هناء", "أمل", "رزان", "رهف", "جنى", "لمى", "دانة", "آلاء", "إسراء", "ميرفت", "عبلة", "خولة",
  "حليمة", "كريمة", "نعيمة", "حياة", "زهرة", "نزهة", "سعدية", "رحمة", "سمر", "ريتا", "جيهان", "نسمة", "وداد",
];

/** The second half of a compound given name: "عصام الدين", "نور الدين", "سيف الإسلام". */
export const NAME_SECOND_PARTS: readonly string[] = ["الدين", "الإسلام"];

/** Words that join the parts of a name: "عبد الله", "أبو زريق", "سيف بن هلال", "محمد ولد الشيخ" (Mauritania), "آيت الحاج" (Morocco), "فان دام". */
export const NAME_JOINERS: readonly string[] = [
  "عبد", "أبو", "أبي", "بن", "ابن", "بنت", "أم", "آل", "ولد", "آيت",
  // "منى خليل العبد الله": the Levant's family name of two words.
  "العبد",
  // The particles of European names: "دي لا توري", "فان در ليندن", "فون هالدن", "دا سيلفا".
  "دي", "دو", "دا", "ديل", "فان", "فون",
];

/** Joiners that give the father's name: a given name with the article may stand before them ("الهاشمي بن عمر قدور"). */
export const PATRONYMIC_JOINERS: readonly string[] = ["بن", "ابن", "بنت", "ولد"];

/**
 * Nouns that open an outlet's name in a credit ("طرابلس - بوابة الوسط", "موقع الحدث"):
 * a part that opens with one of them is an outlet, never a person's name or the place.
 */
export const OUTLET_HEADS: readonly string[] = [
  "بوابة", "موقع", "صحيفة", "جريدة", "وكالة", "قناة", "راديو", "إذاعة", "شبكة", "مجلة", "تلفزيون",
];

/**
 * First words of a section's name in a feed's or a site's header ("سكاي نيوز عربية - آخر
 * الأخبار"): such a part of a credit line names no author.
 */
export const SECTION_OPENERS: readonly string[] = [
  "آخر", "أهم", "أحدث", "أخبار", "عاجل", "الأكثر",
  // The usual sections of a site ("سكاي نيوز عربية - رياضة وثقافة").
  "رياضة", "اقتصاد", "ثقافة", "سياسة", "منوعات", "محليات", "تكنولوجيا", "صحة", "فن", "فنون",
];

/** English month abbreviations of a feed's date line ("Wed, 21 Oct 2026 09:40:12 GMT", RFC 822). */
export const FEED_MONTHS: readonly string[] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Words that mark a report as the outlet's own after its credit: "المكلا (عدن الغد) خاص:". */
export const EXCLUSIVE_WORDS: readonly string[] = ["خاص", "حصري", "حصريا"];

/**
 * Outlets that sign credit lines ("هسبريس- ياسين بنعلي", "عفيف - الوئام - …"): a credit
 * part that names one is never the place.
 */
export const OUTLETS: readonly string[] = [
  "هسبريس", "سبق", "الوئام", "الدستور", "الاتحاد", "الراية", "الشرق", "الرياض", "اليوم السابع", "المصري اليوم",
  "الشروق", "الخبر", "الصباح", "الصباح الجديد", "الوطن", "الأيام", "الغد", "النهار", "السفير", "الأهرام",
  "الخليج", "البيان", "عكاظ", "المدينة", "الجزيرة", "العربية", "القدس العربي", "الشرق الأوسط", "العرب",
  "شعب بريس", "الوسط", "الوسط التونسية", "اليوم", "الحياة", "الرأي", "المساء", "الأخبار",
  "العربي الجديد", "إندبندنت عربية", "العين الإخبارية", "إرم نيوز", "عربي 21", "عربي21", "الميادين", "المنار",
  "الأنباء", "القبس", "الجريدة", "عمون", "الوفد", "مصراوي", "صدى البلد", "البوابة نيوز", "الخليج أونلاين",
  "روسيا اليوم", "فرانس 24", "مونت كارلو الدولية", "بي بي سي", "بي بي سي عربي", "بي بي سي نيوز عربي", "الحرة", "الجزيرة.نت",
  "العربية.نت", "اليوم 24", "الأسبوع", "الثورة", "تشرين", "الوطن السورية", "النبأ", "الصباح العراقية",
  "المدى", "الزمان", "السومرية نيوز", "شفق نيوز", "الشرق القطرية", "الوطن القطرية", "الأنباء الكويتية",
  "الرؤية", "الوطن العمانية", "الأيام البحرينية", "الوسط البحرينية", "الشروق التونسية", "الصريح",
  "الشروق الجزائرية", "النهار الجزائرية", "المساء المغربية", "الأحداث المغربية", "العلم", "المستقبل",
  "يورونيوز", "دويتشه فيله", "سكاي نيوز", "سكاي نيوز عربية", "آر تي", "روداو", "كوردستان24", "بغداد اليوم",
];

/**
 * The second word of a two-word month name ("تشرين الثاني", "كانون الأول", "جمادى الأولى")
 * in a dateline's date: "عمان 28 تشرين الثاني (بترا) -". As written, with and without hamza.
 */
export const MONTH_NAME_ORDINALS: readonly string[] = ["الأول", "الاول", "الثاني", "الأولى", "الاولى", "الآخرة", "الاخرة", "الآخر", "الاخر"];

/**
 * Openings of a paragraph that goes on with what came before it ("من ناحيتها،", "بدوره،",
 * "في المقابل،"): after a read-also teaser in the middle of an article, such a paragraph is
 * the article's again, never the teaser's own lead. A paragraph that opens with a word glued
 * to و or ف ("وأوضح مساعد الوزير") goes on the same way.
 */
export const GOING_ON_OPENERS: readonly string[] = [
  "من جهته", "من جهتها", "من جهتهم", "من ناحيته", "من ناحيتها", "من جانبه", "من جانبها", "بدوره", "بدورها",
  "في المقابل", "إلى ذلك", "في السياق", "في سياق متصل", "كما", "غير أن", "لكن", "في الأثناء", "في غضون ذلك",
];
