//! Word lists for the value rules. Matching is by exact spelling unless a function says
//! otherwise: lists hold the capitalized forms news text uses.

use std::sync::OnceLock;

use crate::entity::titles::WordSet;

/// True when `list` holds `w`, through a hash set built from the list on first use: the rules
/// ask these at most tokens, and scanning lists of up to a hundred words showed in profiles.
fn in_set(set: &'static OnceLock<WordSet<&'static str>>, list: &[&'static str], w: &str) -> bool {
    set.get_or_init(|| list.iter().copied().collect()).contains(w)
}

pub(super) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Abbreviations, accepted only next to a day or a year.
pub(super) const MONTH_ABBREVIATIONS: [&str; 13] =
    ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Febr"];

pub(super) const WEEKDAYS: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

pub(super) const WEEKDAY_ABBREVIATIONS: [&str; 9] =
    ["Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun"];

/// Words before a bare month that make it a date, not a name or a verb ("in May", "since March").
pub(super) const DATE_PREPOSITIONS: [&str; 22] = [
    "in", "since", "until", "till", "by", "from", "during", "of", "early", "late", "mid", "last", "next",
    "this", "through", "before", "after", "between", "to", "and", "on", "around",
];

/// Holidays and named days that news annotation (OntoNotes, Worldwide) tags as dates.
pub(super) const HOLIDAYS: [&[&str]; 11] = [
    &["Christmas", "Eve"],
    &["Christmas", "Day"],
    &["Christmas"],
    &["Easter"],
    &["New", "Year", "'", "s", "Eve"],
    &["New", "Year", "'", "s", "Day"],
    &["New", "Year", "’", "s", "Eve"],
    &["New", "Year", "’", "s", "Day"],
    &["Ramadan"],
    &["Diwali"],
    &["Thanksgiving"],
];

/// Calendar units, singular and plural, lower case.
const DATE_UNITS: [&str; 17] = [
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "weekend",
    "weekends",
    "fortnight",
    "quarter",
    "season",
];

pub(super) fn is_date_unit(w: &str) -> bool {
    static SET: OnceLock<WordSet<&str>> = OnceLock::new();
    in_set(&SET, &DATE_UNITS, w)
}

pub(super) fn is_season(w: &str) -> bool {
    matches!(w, "spring" | "summer" | "autumn" | "fall" | "winter")
}

pub(super) fn is_time_unit(w: &str) -> bool {
    matches!(w, "hour" | "hours" | "minute" | "minutes" | "second" | "seconds")
}

pub(super) fn is_part_of_day(w: &str) -> bool {
    matches!(w, "morning" | "afternoon" | "evening" | "night")
}

const TIME_ZONES: [&str; 24] = [
    "GMT", "UTC", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "IST", "EAT", "WAT", "CAT",
    "SAST", "JST", "KST", "HKT", "BST", "AEST", "AEDT", "PKT", "WIB", "MSK",
];

pub(super) fn is_time_zone(w: &str) -> bool {
    static SET: OnceLock<WordSet<&str>> = OnceLock::new();
    in_set(&SET, &TIME_ZONES, w)
}

/// Lower-case words that can start a value (relative dates, amounts, number words).
const STARTER_WORDS: [&str; 43] = [
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "noon",
    "midnight",
    "this",
    "last",
    "next",
    "past",
    "coming",
    "previous",
    "current",
    "same",
    "earlier",
    "later",
    "the",
    "early",
    "mid",
    "late",
    "end",
    "beginning",
    "start",
    "middle",
    "a",
    "an",
    "half",
    "several",
    "few",
    "tens",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "multimillion",
    "multibillion",
];

/// Every lower-case word that can start a value: the list above, number words and ordinals.
pub(super) fn starter_words() -> impl Iterator<Item = &'static str> {
    STARTER_WORDS.iter().chain(&SMALL_NUMBERS).chain(&TENS).chain(&ORDINAL_WORDS).copied()
}

/// Number words below twenty, by value.
const SMALL_NUMBERS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Number words below a hundred, with their values.
pub(super) fn small_number(w: &str) -> Option<u32> {
    let lower = ascii_lower::<12>(w)?;
    let w = lower.as_str();
    if let Some(n) = SMALL_NUMBERS.iter().position(|x| *x == w) {
        return Some(n as u32);
    }
    TENS.iter().position(|x| *x == w).map(|n| 20 + 10 * n as u32)
}

/// Words that multiply a number; abbreviations only after digits ("5bn", "$ 121 m").
const SHORT_SCALES: [&str; 10] = ["bn", "mn", "tn", "mil", "bil", "Mil", "Bn", "mln", "bln", "trn"];

const FULL_SCALES: [&str; 16] = [
    "hundred", "thousand", "million", "billion", "trillion", "Hundred", "Thousand", "Million", "Billion",
    "Trillion", "crore", "crores", "lakh", "lakhs", "lac", "lacs",
];

pub(super) fn scale(w: &str, after_digits: bool, money: bool) -> bool {
    let full = FULL_SCALES.contains(&w);
    let short = SHORT_SCALES.contains(&w);
    let letter = matches!(w, "m" | "b" | "k" | "M" | "B" | "K");
    full || (after_digits && short) || (after_digits && money && letter)
}

pub(super) fn is_indian_scale(w: &str) -> bool {
    matches!(w, "crore" | "crores" | "lakh" | "lakhs" | "lac" | "lacs")
}

/// Currency names after an amount ("300 pesos", "50 million Swiss francs"); codes in capitals.
const CURRENCY_NAME_CODES: [&str; 9] = ["USD", "EUR", "CHF", "GBP", "CUP", "INR", "Rs", "₹", "€"];

const CURRENCY_NAMES: [&str; 73] = [
    "dollar",
    "dollars",
    "euro",
    "euros",
    "pound",
    "pounds",
    "franc",
    "francs",
    "yuan",
    "renminbi",
    "yen",
    "won",
    "baht",
    "peso",
    "pesos",
    "rupee",
    "rupees",
    "rupiah",
    "ringgit",
    "shekel",
    "shekels",
    "colones",
    "dinar",
    "dinars",
    "dirham",
    "dirhams",
    "riyal",
    "riyals",
    "rial",
    "rials",
    "rand",
    "naira",
    "shilling",
    "shillings",
    "cedi",
    "cedis",
    "kwacha",
    "birr",
    "kyat",
    "kyats",
    "taka",
    "lempira",
    "lempiras",
    "cent",
    "cents",
    "pence",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "hryvnia",
    "hryvnias",
    "lira",
    "liras",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "zloty",
    "zlotys",
    "forint",
    "dong",
    "riel",
    "afghani",
    "afghanis",
    "manat",
    "tenge",
    "lari",
    "leones",
    "quetzal",
    "quetzales",
    "bolivar",
    "bolivares",
];

pub(super) fn is_currency_word(w: &str) -> bool {
    if CURRENCY_NAME_CODES.contains(&w) {
        return true;
    }
    let Some(lower) = ascii_lower::<12>(w) else { return false };
    static SET: OnceLock<WordSet<&str>> = OnceLock::new();
    in_set(&SET, &CURRENCY_NAMES, lower.as_str())
}

/// Words before a currency name that belong to the amount ("Swiss francs", "Hong Kong dollars").
pub(super) const CURRENCY_COUNTRIES: [&str; 80] = [
    "US",
    "American",
    "Swiss",
    "Hong",
    "Kong",
    "Australian",
    "Canadian",
    "New",
    "Zealand",
    "Singapore",
    "Taiwan",
    "Egyptian",
    "Zimbabwean",
    "Namibian",
    "Jamaican",
    "Argentine",
    "Argentinian",
    "Mexican",
    "Chilean",
    "Colombian",
    "Philippine",
    "Indian",
    "Pakistani",
    "Sri",
    "Lankan",
    "Nepalese",
    "Nepali",
    "Kenyan",
    "Ugandan",
    "Tanzanian",
    "Nigerian",
    "Ghanaian",
    "South",
    "African",
    "Saudi",
    "Qatari",
    "Emirati",
    "UAE",
    "Kuwaiti",
    "Bahraini",
    "Omani",
    "Jordanian",
    "Iraqi",
    "Iranian",
    "Turkish",
    "Russian",
    "Chinese",
    "Japanese",
    "Korean",
    "Thai",
    "Malaysian",
    "Indonesian",
    "Brazilian",
    "Peruvian",
    "Cuban",
    "Costa",
    "Rican",
    "Honduran",
    "Brunei",
    "Fijian",
    "Libyan",
    "Tunisian",
    "Algerian",
    "Moroccan",
    "Lebanese",
    "Syrian",
    "Sudanese",
    "Ethiopian",
    "Zambian",
    "Malawian",
    "Botswana",
    "British",
    "Israeli",
    "CFA",
    "Bangladeshi",
    "Vietnamese",
    "Cambodian",
    "Mongolian",
    "Kazakh",
    "Ukrainian",
];

pub(super) fn is_currency_country(w: &str) -> bool {
    static SET: OnceLock<WordSet<&str>> = OnceLock::new();
    in_set(&SET, &CURRENCY_COUNTRIES, w)
}

/// Currency signs, alone or as the last character of a prefix ("$", "€", "GH₵").
const CURRENCY_SIGNS: [&str; 25] = [
    "$", "€", "£", "¥", "₹", "₡", "₦", "₵", "₱", "₩", "₪", "₺", "₽", "₫", "฿", "₴", "₭", "₮", "₲", "₸", "₼",
    "₾", "৳", "﷼", "¢",
];

pub(super) fn is_currency_sign(c: &str) -> bool {
    static SET: OnceLock<WordSet<&str>> = OnceLock::new();
    in_set(&SET, &CURRENCY_SIGNS, c)
}

/// Letters glued before "$" ("US$", "HK$", "N$").
pub(super) const DOLLAR_PREFIXES: [&str; 24] = [
    "US", "A", "AU", "AUD", "C", "CA", "CAD", "HK", "NZ", "NT", "S", "N", "J", "Z", "COP", "MX", "R", "TT",
    "EC", "BZ", "RD", "Mex", "GH", "USD",
];

pub(super) fn is_dollar_prefix(w: &str) -> bool {
    static SET: OnceLock<WordSet<&str>> = OnceLock::new();
    in_set(&SET, &DOLLAR_PREFIXES, w)
}

/// Currency codes and local abbreviations written before an amount ("CHF 300", "Rs 300", "Sh2").
pub(super) const CURRENCY_CODES: [&str; 104] = [
    "MK", "ZK", "RO", "LBP", "SYP", "IQD", "MVR", "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "INR",
    "PKR", "LKR", "NPR", "BDT", "KES", "UGX", "TZS", "NGN", "GHS", "ZAR", "EGP", "MAD", "AED", "SAR", "QAR",
    "KWD", "BHD", "OMR", "JOD", "ILS", "NIS", "TRY", "RUB", "UAH", "BRL", "ARS", "MXN", "CLP", "PEN", "CRC",
    "HNL", "KRW", "THB", "MYR", "IDR", "PHP", "VND", "SGD", "HKD", "TWD", "AUD", "NZD", "CAD", "SEK", "NOK",
    "DKK", "PLN", "HUF", "CZK", "BND", "MNT", "ZMW", "ETB", "MMK", "NAD", "BWP", "Rs", "Re", "Sh", "KSh",
    "Ksh", "Kshs", "Tk", "Dh", "Dhs", "RM", "QR", "SR", "KD", "BD", "LE", "Rp", "Nu", "GH", "Tsh", "TSh",
    "USh", "Ush", "Rands", "Fr", "Fr.", "SFr", "Php", "Ps", "Bs", "GHC", "JD", "LL", "Le",
];

pub(super) fn is_currency_code(w: &str) -> bool {
    static SET: OnceLock<WordSet<&str>> = OnceLock::new();
    in_set(&SET, &CURRENCY_CODES, w)
}

/// One-letter currency abbreviations ("N5,000" naira, "R20" rand, "K500" kwacha): only glued to digits.
pub(super) const SINGLE_LETTER_CURRENCIES: [&str; 6] = ["N", "R", "K", "P", "D", "E"];

pub(super) fn is_single_letter_currency(w: &str) -> bool {
    SINGLE_LETTER_CURRENCIES.contains(&w)
}

/// Units of measure after a number (QUANTITY), exact spelling.
const UNITS: [&str; 87] = [
    "km",
    "kms",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "mile",
    "miles",
    "metre",
    "metres",
    "meter",
    "meters",
    "cm",
    "mm",
    "centimetres",
    "centimeters",
    "millimetres",
    "millimeters",
    "kg",
    "kgs",
    "kilo",
    "kilos",
    "kilogram",
    "kilograms",
    "kilogrammes",
    "gram",
    "grams",
    "tonne",
    "tonnes",
    "ton",
    "tons",
    "litre",
    "litres",
    "liter",
    "liters",
    "gallon",
    "gallons",
    "barrel",
    "barrels",
    "hectare",
    "hectares",
    "ha",
    "acre",
    "acres",
    "feet",
    "foot",
    "ft",
    "inch",
    "inches",
    "yard",
    "yards",
    "pound",
    "lb",
    "lbs",
    "ounce",
    "ounces",
    "oz",
    "MW",
    "GW",
    "kW",
    "KW",
    "kWh",
    "MWh",
    "GWh",
    "TWh",
    "mph",
    "knots",
    "degrees",
    "megawatts",
    "gigawatts",
    "kilowatts",
    "megawatt",
    "gigawatt",
    "kilowatt",
    "bpd",
    "sq",
    "square",
    "cubic",
    "mg",
    "ml",
    "nautical",
    "mt",
    "MT",
    "Mt",
    "GB",
    "TB",
    "MB",
];

pub(super) fn is_unit(w: &str) -> bool {
    static SET: OnceLock<WordSet<&str>> = OnceLock::new();
    in_set(&SET, &UNITS, w)
}

/// Ordinal words, lower case.
const ORDINAL_WORDS: [&str; 24] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "hundredth",
];

pub(super) fn is_ordinal_word(w: &str) -> bool {
    let Some(lower) = ascii_lower::<16>(w) else { return false };
    static SET: OnceLock<WordSet<&str>> = OnceLock::new();
    in_set(&SET, &ORDINAL_WORDS, lower.as_str())
}

const ORDINAL_SUFFIXES: [&str; 8] = ["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"];

pub(super) fn is_ordinal_suffix(w: &str) -> bool {
    ORDINAL_SUFFIXES.contains(&w)
}

/// A short ASCII word in lower case, on the stack.
pub(super) struct Lower<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Lower<N> {
    pub(super) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

pub(super) fn ascii_lower<const N: usize>(w: &str) -> Option<Lower<N>> {
    if w.len() > N || !w.is_ascii() {
        return None;
    }
    let mut buf = [0u8; N];
    for (b, c) in buf.iter_mut().zip(w.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    Some(Lower { buf, len: w.len() })
}
