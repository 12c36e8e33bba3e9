"""Words the date grammar recognises, as plain data.

Spellings are written as a reader would see them; `akhbar.dates.lexicon` folds them (hamza seats,
alef maqsura, ta marbuta, marks, tatweel) so one entry covers its common variants, and adds the
mark-tolerance that lets ``الأوّل`` match ``الأول``. Only genuinely different spellings (dropped or
doubled letters, regional transliterations) need their own entry here.
"""

from __future__ import annotations

# Gregorian months by region; every spelling maps to its month number.
GREGORIAN_MONTHS: dict[str, int] = {
    # Egyptian / Gulf transliterations
    "يناير": 1,
    "فبراير": 2,
    "فبرابر": 2,
    "فبرير": 2,
    "مارس": 3,
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يونية": 6,
    "يوليو": 7,
    "يوليه": 7,
    "يولية": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "أغسطوس": 8,
    "سبتمبر": 9,
    "سبتمير": 9,
    "سيبتمبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "أوكتوبر": 10,
    "نوفمبر": 11,
    "نوفمير": 11,
    "نونمبر": 11,
    "ديسمبر": 12,
    "ديسمير": 12,
    "دیسمبر": 12,
    # Levantine / Iraqi (Syriac)
    "كانون الثاني": 1,
    "كانون ثاني": 1,
    "كانون الثانى": 1,
    "كانون 2": 1,
    "ك2": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين أول": 10,
    "تشرين 1": 10,
    "ت1": 10,
    "تشرين الثاني": 11,
    "تشرين ثاني": 11,
    "تشرين الثانى": 11,
    "تشرين 2": 11,
    "ت2": 11,
    "كانون الأول": 12,
    "كانون أول": 12,
    "كانون 1": 12,
    "ك1": 12,
    # Algerian / Tunisian (French-derived)
    "جانفي": 1,
    "جانفييه": 1,
    "فيفري": 2,
    "فيفريه": 2,
    "أفريل": 4,
    "افريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويلية": 7,
    "جويليه": 7,
    "جوييلية": 7,
    "أوت": 8,
    # Moroccan
    "يوليوز": 7,
    "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
    # French, as Maghrebi sites print their date lines ("jeudi 17 mars 2022")
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}

# Umm al-Qura month names; the conversion uses hijridate.
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1,
    "المحرم": 1,
    "صفر": 2,
    "ربيع الأول": 3,
    "ربيع أول": 3,
    "ربيع الاول": 3,
    "ربيع الآخر": 4,
    "ربيع الاخر": 4,
    "ربيع الثاني": 4,
    "ربيع ثاني": 4,
    "جمادى الأولى": 5,
    "جمادى الأول": 5,
    "جمادى الاولى": 5,
    "جمادي الأولى": 5,
    "جمادى الآخرة": 6,
    "جمادى الآخر": 6,
    "جمادى الثانية": 6,
    "جمادى الثاني": 6,
    "جمادي الآخرة": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11,
    "ذي القعدة": 11,
    "ذو القعده": 11,
    "ذو الحجة": 12,
    "ذي الحجة": 12,
    "ذو الحجه": 12,
}

# Hijri month names that are also everyday words; they count as months only next to a year or هـ.
HIJRI_AMBIGUOUS: frozenset[str] = frozenset({"صفر"})

# Monday = 0, as in Python.
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0,
    "الإثنين": 0,
    "الاتنين": 0,
    "الثلاثاء": 1,
    "الثلاثا": 1,
    "الأربعاء": 2,
    "الاربعا": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}

# Era markers written after a year. The one-letter Gregorian mark makes a bare year a date only when
# attached ("2020م"): "2000 م" may be metres.
HIJRI_ERA: tuple[str, ...] = ("هـ", "ه", "هجري", "هجرية", "للهجرة", "هـ.", "ه.")
GREGORIAN_ERA_LETTER: tuple[str, ...] = ("م", "م.")
GREGORIAN_ERA_WORDS: tuple[str, ...] = ("ميلادي", "ميلادية", "للميلاد")

# Before a weekday that starts a date ("يوم الجمعة 9 أكتوبر").
WEEKDAY_CUES: tuple[str, ...] = ("يوم",)

# Between a weekday and its date ("الجمعة الموافق 9 أكتوبر").
WEEKDAY_DATE_LINKS: tuple[str, ...] = ("الموافق", "الموافق ل", "موافق")

# Between a day and its month ("9 من أكتوبر").
DAY_MONTH_LINKS: tuple[str, ...] = ("من",)

# Words that introduce a bare year ("عام 2020").
YEAR_CUES: tuple[str, ...] = ("عام", "العام", "لعام", "للعام", "سنة", "السنة", "لسنة", "للسنة")

# Words allowed between a month and its year ("أكتوبر من عام 2020").
MONTH_YEAR_LINKS: tuple[str, ...] = ("من عام", "من العام", "من سنة", "من السنة", "عام", "سنة")

# Words allowed before a month name ("شهر أكتوبر 2020"), kept inside the span.
MONTH_CUES: tuple[str, ...] = ("شهر",)

# Whether a day or month without a year lies before, after, or in the reference's year.
# Values: "past" (most recent before), "next" (first after), "current" (the reference's year).
QUALIFIERS: dict[str, str] = {
    "الماضي": "past",
    "الفائت": "past",
    "المنصرم": "past",
    "المنقضي": "past",
    "المقبل": "next",
    "القادم": "next",
    "الجاري": "current",
    "الحالي": "current",
    "من العام الماضي": "last-year",
    "من العام المنصرم": "last-year",
    "من السنة الماضية": "last-year",
    "من العام الجاري": "current",
    "من العام الحالي": "current",
    "من هذا العام": "current",
    "من العام المقبل": "next-year",
    "من العام القادم": "next-year",
}

# 12-hour markers and parts of the day after a clock time; each names the rule in `resolve.to_24h`.
DAY_PERIODS: dict[str, str] = {
    "ص": "am",
    "ص.": "am",
    "صباحا": "am",
    "صباح": "am",
    "صباحاً": "am",
    "قبل الظهر": "am",
    "am": "am",
    "a.m.": "am",
    "م": "pm",
    "م.": "pm",
    "مساء": "pm",
    "مساءً": "pm",
    "مساءا": "pm",
    "مساءاً": "pm",
    "مسائا": "pm",
    "بعد الظهر": "afternoon",
    "عصرا": "afternoon",
    "عصراً": "afternoon",
    "pm": "pm",
    "p.m.": "pm",
    "ظهرا": "noon",
    "ظهراً": "noon",
    "الظهر": "noon",
    "فجرا": "dawn",
    "فجراً": "dawn",
    "الفجر": "dawn",
    "ليلا": "night",
    "ليلاً": "night",
    "الليل": "night",
}

# Markers that make a number a clock time only after minutes or "الساعة" (``06:27 م``, ``الساعة 3 الظهر``):
# after a bare number they are units (metres), abbreviations or the names of prayers.
WEAK_PERIODS: frozenset[str] = frozenset(
    {"ص", "ص.", "م", "م.", "الظهر", "الفجر", "الليل", "قبل الظهر", "بعد الظهر"}
)

# Words that introduce a clock time and belong to its span.
TIME_CUES: tuple[str, ...] = ("الساعة",)

# Time zones: a phrase after a time, mapped to an IANA zone, a fixed offset in minutes ("+0"), or
# "local" (named but without an offset). Each phrase may be preceded by a zone introducer below.
ZONES: dict[str, str] = {
    "مكة المكرمة": "Asia/Riyadh",
    "مكة": "Asia/Riyadh",
    "مكه": "Asia/Riyadh",
    "السعودية": "Asia/Riyadh",
    "الرياض": "Asia/Riyadh",
    "القدس": "Asia/Jerusalem",
    "القدس المحتلة": "Asia/Jerusalem",
    "فلسطين": "Asia/Gaza",
    "غزة": "Asia/Gaza",
    "القاهرة": "Africa/Cairo",
    "مصر": "Africa/Cairo",
    "بيروت": "Asia/Beirut",
    "لبنان": "Asia/Beirut",
    "دمشق": "Asia/Damascus",
    "سوريا": "Asia/Damascus",
    "بغداد": "Asia/Baghdad",
    "العراق": "Asia/Baghdad",
    "الكويت": "Asia/Kuwait",
    "الدوحة": "Asia/Qatar",
    "قطر": "Asia/Qatar",
    "المنامة": "Asia/Bahrain",
    "البحرين": "Asia/Bahrain",
    "أبوظبي": "Asia/Dubai",
    "أبو ظبي": "Asia/Dubai",
    "الإمارات": "Asia/Dubai",
    "دبي": "Asia/Dubai",
    "مسقط": "Asia/Muscat",
    "صنعاء": "Asia/Aden",
    "الخرطوم": "Africa/Khartoum",
    "طرابلس": "Africa/Tripoli",
    "ليبيا": "Africa/Tripoli",
    "تونس": "Africa/Tunis",
    "الجزائر": "Africa/Algiers",
    "الرباط": "Africa/Casablanca",
    "المغرب": "Africa/Casablanca",
    "نواكشوط": "Africa/Nouakchott",
    "غرينتش": "+0",
    "غرينيتش": "+0",
    "جرينتش": "+0",
    "جرينيتش": "+0",
    "غرنتش": "+0",
    "كرينتش": "+0",
    "المحلي": "local",
}

# Words before a zone phrase ("بتوقيت القدس", "حسب توقيت مكة", "بالتوقيت المحلي").
ZONE_INTRODUCERS: tuple[str, ...] = ("بتوقيت", "توقيت", "حسب توقيت", "وفق توقيت", "بالتوقيت", "التوقيت")

# Zone abbreviations that may carry an offset right after them ("GMT+3").
ZONE_ABBREVIATIONS: dict[str, str] = {
    "GMT": "+0",
    "UTC": "+0",
    "GST": "Asia/Dubai",
    "ت.غ": "+0",
    "ت غ": "+0",
}

# Relative days: offset in days from the reference date.
RELATIVE_DAYS: dict[str, int] = {
    "اليوم": 0,
    "أمس": -1,
    "الأمس": -1,
    "البارحة": -1,
    "أول أمس": -2,
    "أول من أمس": -2,
    "أول امس": -2,
    "قبل أمس": -2,
    "غدا": 1,
    "غداً": 1,
    "يوم الغد": 1,
    "بعد غد": 2,
    "بعد الغد": 2,
}

# Words before "اليوم" that make it "the day", or part of a newspaper's name, rather than "today".
TODAY_BLOCKERS_BEFORE: tuple[str, ...] = (
    "في",
    "هذا",
    "ذلك",
    "نفس",
    "ذات",
    "طوال",
    "طيلة",
    "خلال",
    "كل",
    "المصري",
    "روسيا",
    "فلسطين",
    "ليبيا",
    "السودان",
    "تركيا",
    "صحيفة",
    "جريدة",
)

# Words after "اليوم" that make it "the day" ("اليوم الأول", "اليوم الوطني", "اليوم السابع").
TODAY_BLOCKERS_AFTER: tuple[str, ...] = (
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الأخير",
    "التالي",
    "السابق",
    "الموالي",
    "الوطني",
    "العالمي",
    "الدولي",
    "المفتوح",
    "الدراسي",
    "الموعود",
    "المشهود",
    "التاريخي",
    "ذاته",
    "نفسه",
    "الواحد",
    "ال",
)

# Words after "الأمس" that make it figurative ("الأمس القريب": the recent past).
YESTERDAY_BLOCKERS: tuple[str, ...] = ("القريب", "البعيد")

# Parts of the day before a relative day ("مساء أمس"), kept in the span; they give no clock time.
DAY_PARTS: tuple[str, ...] = (
    "صباح",
    "مساء",
    "ظهر",
    "بعد ظهر",
    "ظهيرة",
    "عصر",
    "فجر",
    "ليلة",
    "ليل",
    "منتصف ليل",
    "صبيحة",
    "عشية",
    "نهار",
    "مطلع",
    "يوم",
)

# "منذ / قبل" + amount + unit.
AGO_WORDS: tuple[str, ...] = ("منذ", "قبل")
# After the unit, these make "قبل يومين" a span before some event ("قبل يومين من الانتخابات"), not "ago".
AGO_BLOCKERS_AFTER: tuple[str, ...] = ("من",)
APPROXIMATORS: tuple[str, ...] = ("نحو", "حوالي", "حوالى", "قرابة", "زهاء")

# Unit spellings: (unit, count the form implies). Singular and dual forms imply 1 and 2; a plural
# implies nothing, so "منذ ساعات" without a number names no amount and is not a date.
UNITS: dict[str, tuple[str, int | None]] = {
    "ثانية": ("second", 1),
    "ثانيتين": ("second", 2),
    "ثوان": ("second", None),
    "ثواني": ("second", None),
    "دقيقة": ("minute", 1),
    "دقيقتين": ("minute", 2),
    "دقيقتان": ("minute", 2),
    "دقائق": ("minute", None),
    "نصف ساعة": ("half-hour", 1),
    "ربع ساعة": ("quarter-hour", 1),
    "ساعة": ("hour", 1),
    "ساعتين": ("hour", 2),
    "ساعتان": ("hour", 2),
    "ساعات": ("hour", None),
    "يوم": ("day", 1),
    "يوما": ("day", 1),
    "يومين": ("day", 2),
    "يومان": ("day", 2),
    "أيام": ("day", None),
    "أسبوع": ("week", 1),
    "أسبوعا": ("week", 1),
    "أسبوعين": ("week", 2),
    "أسبوعان": ("week", 2),
    "أسابيع": ("week", None),
    "شهر": ("month", 1),
    "شهرا": ("month", 1),
    "شهرين": ("month", 2),
    "شهران": ("month", 2),
    "أشهر": ("month", None),
    "شهور": ("month", None),
    "سنة": ("year", 1),
    "سنتين": ("year", 2),
    "سنتان": ("year", 2),
    "سنوات": ("year", None),
    "سنين": ("year", None),
    "عام": ("year", 1),
    "عاما": ("year", 1),
    "عامين": ("year", 2),
    "عامان": ("year", 2),
    "أعوام": ("year", None),
}

# Cardinal number words up to 99 as Arabic news writes them with "منذ / قبل".
NUMBER_ONES: dict[str, int] = {
    "واحد": 1,
    "واحدة": 1,
    "اثنين": 2,
    "اثنتين": 2,
    "اثنان": 2,
    "اثنتان": 2,
    "اثني": 2,
    "اثنتي": 2,
    "اثنا": 2,
    "ثلاث": 3,
    "ثلاثة": 3,
    "أربع": 4,
    "أربعة": 4,
    "خمس": 5,
    "خمسة": 5,
    "ست": 6,
    "ستة": 6,
    "سبع": 7,
    "سبعة": 7,
    "ثماني": 8,
    "ثمانية": 8,
    "ثمان": 8,
    "تسع": 9,
    "تسعة": 9,
    "عشر": 10,
    "عشرة": 10,
}
# "أحد عشر", "إحدى عشرة": these forms of one appear only before the teens suffix.
NUMBER_ELEVEN: tuple[str, ...] = ("أحد", "إحدى")
NUMBER_TEENS_SUFFIX: tuple[str, ...] = ("عشر", "عشرة")
NUMBER_TENS: dict[str, int] = {
    "عشرين": 20,
    "عشرون": 20,
    "ثلاثين": 30,
    "ثلاثون": 30,
    "أربعين": 40,
    "أربعون": 40,
    "خمسين": 50,
    "خمسون": 50,
    "ستين": 60,
    "ستون": 60,
    "سبعين": 70,
    "سبعون": 70,
    "ثمانين": 80,
    "ثمانون": 80,
    "تسعين": 90,
    "تسعون": 90,
}

# Relative weeks, months and years ("العام الماضي"): (unit, offset).
RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    "العام الماضي": ("year", -1),
    "العام المنصرم": ("year", -1),
    "العام الفائت": ("year", -1),
    "السنة الماضية": ("year", -1),
    "العام الجاري": ("year", 0),
    "العام الحالي": ("year", 0),
    "هذا العام": ("year", 0),
    "السنة الحالية": ("year", 0),
    "السنة الجارية": ("year", 0),
    "العام المقبل": ("year", 1),
    "العام القادم": ("year", 1),
    "السنة المقبلة": ("year", 1),
    "الشهر الماضي": ("month", -1),
    "الشهر المنصرم": ("month", -1),
    "الشهر الفائت": ("month", -1),
    "الشهر الجاري": ("month", 0),
    "الشهر الحالي": ("month", 0),
    "هذا الشهر": ("month", 0),
    "الشهر المقبل": ("month", 1),
    "الشهر القادم": ("month", 1),
}

# A weekday followed by one of these is the nearest such day before/after the reference.
WEEKDAY_QUALIFIERS: dict[str, str] = {
    "الماضي": "past",
    "الماضية": "past",
    "الفائت": "past",
    "الفائتة": "past",
    "المنصرم": "past",
    "المنصرمة": "past",
    "المقبل": "next",
    "المقبلة": "next",
    "القادم": "next",
    "القادمة": "next",
}

# What may stand between two pieces of one expression: a date and its time, the two calendars.
LINKS: tuple[str, ...] = (
    "الموافق",
    "الموافق ل",
    "الموافق لـ",
    "الموافق ليوم",
    "موافق",
    "في",
    "على",
    "عند",
    "تمام",
    "في تمام",
    "على تمام",
    "حوالي",
    "نحو",
    "à",
)

# Substrings, one of which every expression without a digit contains (as the vocabulary above spells
# it, marks removed): a line with none of them and no digit cannot hold a date and is skipped at once.
# Each says where its expression starts: "starts" at the word itself ("منذ ثلاث ساعات"), "ends" a
# short one ("مساء أمس", "أول من أمس"), or "qualifies" a month or weekday before it
# ("كانون الثاني / يناير الماضي").
TRIGGERS: dict[str, str] = {
    "أمس": "ends",
    "امس": "ends",
    "إمس": "ends",
    "اليوم": "ends",
    "غد": "ends",
    "بارح": "ends",
    "منذ": "starts",
    "قبل": "starts",
    "هذا": "starts",
    "ماض": "qualifies",
    "مقبل": "qualifies",
    "قادم": "qualifies",
    "جاري": "qualifies",
    "حالي": "qualifies",
    "فائت": "qualifies",
    "فايت": "qualifies",
    "منصرم": "qualifies",
    "منقضي": "qualifies",
}
