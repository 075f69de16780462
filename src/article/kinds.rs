//! Signals that tell one kind of line from another: boilerplate, bylines, photo captions and
//! credits, headline-like lines. Each takes the trimmed text of one line.

use super::dateline::AGENCIES;

/// Lines that are nothing but page furniture, compared without case and trailing ':' or '.'.
const BOILERPLATE_LINES: &[&str] = &[
    "advertisement",
    "skip advertisement",
    "continue reading",
    "continue reading the main story",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share article",
    "share page",
    "share on facebook",
    "share on twitter",
    "share on whatsapp",
    "share via email",
    "comments",
    "view comments",
    "show comments",
    "leave a comment",
    "print",
    "print article",
    "email",
    "copy link",
    "link copied",
    "save",
    "listen",
    "listen to this article",
    "sign up",
    "subscribe",
    "log in",
    "key events",
    "key event",
    "show key events only",
    "pinned post",
    "loading",
    "back to top",
    "scroll to continue",
    "external link",
    "follow us",
    "ends",
    "-ends-",
    "###",
    "- ends -",
    "watch",
    "video",
    "for immediate release",
];

/// Lines that open a list of links to other articles ("Related", "Read more"): boilerplate
/// themselves, and the short lines after them are teasers, not part of the article.
const RELATED_LEADS: &[&str] = &[
    "related",
    "related articles",
    "related stories",
    "related content",
    "related news",
    "related coverage",
    "related topics",
    "more on this story",
    "more stories",
    "more from this section",
    "read more",
    "read next",
    "read also",
    "see also",
    "also read",
    "you may also like",
    "you might also like",
    "recommended",
    "recommended stories",
    "most read",
    "most popular",
    "most viewed",
    "top stories",
    "trending",
    "trending now",
    "latest news",
    "latest stories",
    "contact",
    "contacts",
];

/// The contact block that closes a press release: its short lines are not the article either.
const CONTACT_LEADS: &[&str] = &[
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "media enquiries",
    "media inquiries",
];

/// Line openings that mark boilerplate whatever follows.
const BOILERPLATE_STARTS: &[&str] = &[
    "read more:",
    "read more -",
    "read more –",
    "read also:",
    "also read:",
    "also read |",
    "see also:",
    "related:",
    "related article:",
    "related story:",
    "recommended:",
    "watch:",
    "listen:",
    "copyright",
    "©",
    "(c) ",
    "all rights reserved",
    "sign up for",
    "sign up to",
    "subscribe to",
    "subscribe for",
    "follow us on",
    "follow us:",
    "click here",
    "download the",
    "download our",
    "get the latest",
    "get our",
    "this article was originally",
    "this article first appeared",
    "this article originally",
    "this story was originally",
    "this story first appeared",
    "this content was",
    "originally published",
    "tags:",
    "topics:",
    "keywords:",
    "filed under",
    "we use cookies",
    "send us your feedback",
    "have a news tip",
    "report an error",
    "join our",
    "for more news",
    "for the latest",
    "media contact",
    "press contact",
    "media enquiries",
    "media inquiries",
    "for further information",
    "for more information, contact",
    "source:",
    "translated from",
    "this news story",
    "this story has been",
    "this article has been",
    "our standards:",
    "embargoed",
];

/// Words of a share-button row ("Facebook Twitter WhatsApp Email").
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "email",
    "e-mail",
    "mail",
    "linkedin",
    "print",
    "share",
    "copy",
    "link",
    "reddit",
    "telegram",
    "messenger",
    "pinterest",
    "flipboard",
    "tumblr",
    "sms",
    "comments",
    "comment",
    "save",
    "bluesky",
    "threads",
    "instagram",
];

/// The first `n` characters of `line` in lower case: enough to compare openings without
/// lowering a whole paragraph.
fn lower_prefix(line: &str, n: usize) -> String {
    line.chars().take(n).flat_map(char::to_lowercase).collect()
}

fn simplified(line: &str) -> String {
    line.trim_end_matches([':', '.', ' ', '…', '»', '>', '›']).to_lowercase()
}

/// Page furniture: ad markers, share rows, "Read more: …", copyright, sign-up prompts.
pub fn is_boilerplate(line: &str) -> bool {
    if line.len() > 120 {
        let head = lower_prefix(line, 40);
        return BOILERPLATE_STARTS.iter().any(|s| head.starts_with(s));
    }
    let lower = simplified(line);
    if BOILERPLATE_LINES.contains(&lower.as_str()) || RELATED_LEADS.contains(&lower.as_str()) {
        return true;
    }
    if BOILERPLATE_STARTS.iter().any(|s| lower.starts_with(s)) {
        return true;
    }
    let mut share_words = 0;
    for word in lower.split(|c: char| c.is_whitespace() || "|•·/,".contains(c)).filter(|w| !w.is_empty()) {
        if !SHARE_WORDS.contains(&word) {
            share_words = 0;
            break;
        }
        share_words += 1;
    }
    if share_words >= 2 {
        return true;
    }
    // Contact lines of a press release: nothing but an e-mail address, phone number or link.
    let one_word = !line.contains(char::is_whitespace);
    let phone = line.len() >= 7
        && line.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c) || c.is_whitespace())
        && line.chars().filter(char::is_ascii_digit).count() >= 7;
    (one_word && (line.contains('@') || line.starts_with("http") || line.starts_with("www."))) || phone
}

/// A line that opens a list of teasers for other articles.
pub fn is_teaser_lead(line: &str) -> bool {
    line.len() <= 40 && {
        let lower = simplified(line);
        RELATED_LEADS.contains(&lower.as_str()) || CONTACT_LEADS.contains(&lower.as_str())
    }
}

/// Words that may stand between names in a byline.
const BYLINE_JOINERS: &[&str] =
    &["and", "&", "in", "de", "van", "von", "der", "da", "di", "del", "la", "le", "bin", "al"];
/// Words that name a role in a signature ("Jane Doe, BBC News correspondent").
const BYLINE_ROLES: &[&str] = &[
    "correspondent",
    "reporter",
    "editor",
    "writer",
    "journalist",
    "contributor",
    "staff",
    "news",
    "desk",
    "bureau",
    "columnist",
];

/// "By Jane Doe and John Roe", "BY JANE DOE, Reuters", "Reporting by …; Editing by …",
/// "Jane Doe, Geneva correspondent".
pub fn is_byline(line: &str) -> bool {
    if line.len() > 300 {
        return false;
    }
    let lower = lower_prefix(line, 80);
    let names =
        ["by ", "written by ", "words by ", "reporting by ", "additional reporting by ", "compiled by "]
            .iter()
            .find(|p| lower.starts_with(*p))
            .map(|p| &line[p.len()..]);
    // Counted only as far as the tests below look (24 words): paragraphs are long.
    let words = line.split_whitespace().take(25).count();
    if let Some(names) = names {
        // A sentence opening with "By" ("By noon, the crowd …") runs on in lower case.
        return words <= 24 && mostly_capitalized(names.split(['|', '—', '–']).next().unwrap_or(""), 0.75);
    }
    let signed = words <= 8
        && line.len() <= 80
        && line.contains(',')
        && !line.ends_with(['.', '!', '?'])
        && lower.split(|c: char| !c.is_alphanumeric()).any(|w| BYLINE_ROLES.contains(&w))
        && mostly_capitalized(line.split(',').next().unwrap_or(""), 1.0);
    signed
}

/// The share of words (other than joiners) that start with a capital letter is at least `share`.
fn mostly_capitalized(s: &str, share: f32) -> bool {
    let mut total = 0;
    let mut capital = 0;
    for word in s.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() || BYLINE_JOINERS.iter().any(|j| j.eq_ignore_ascii_case(word)) {
            continue;
        }
        total += 1;
        if word.starts_with(char::is_uppercase) {
            capital += 1;
        }
    }
    total > 0 && capital as f32 >= share * total as f32
}

/// Labels that open a photo credit.
const CREDIT_LABELS: &[&str] = &[
    "photo:",
    "photos:",
    "photo ",
    "photograph:",
    "photography:",
    "picture:",
    "pictures:",
    "image:",
    "images:",
    "credit:",
    "credits:",
    "image source,",
    "image source:",
    "source image,",
    "foto:",
    "illustration:",
    "graphic:",
    "video:",
    "photo credit:",
    "(photo",
    "(image",
    "(picture",
    "(credit",
    "©",
    "(©",
    "copyright:",
];

/// Agencies and photo libraries that appear in credits.
const PHOTO_SOURCES: &[&str] = &[
    "Getty",
    "Images",
    "Shutterstock",
    "Alamy",
    "EPA",
    "EPA-EFE",
    "Keystone",
    "Photo",
    "Courtesy",
    "Handout",
    "Supplied",
    "iStock",
    "pool",
    "Pool",
    "File",
    "Wikimedia",
    "Commons",
    "Sputnik",
    "Imago",
    "Picture",
    "Alliance",
    "NurPhoto",
    "SOPA",
    "Anadolu",
    "Agency",
    "Press",
    "Association",
];

fn is_photo_source(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    PHOTO_SOURCES.contains(&bare) || AGENCIES.contains(&bare) || bare == "REUTERS" || bare == "AFP"
}

/// A photo credit that says so: "Photo: Keystone", "Getty Images", "REUTERS/Denis Balibouse",
/// "(AP Photo/Evan Vucci)", "© AFP 2023", "Image source, Getty Images".
pub fn is_explicit_credit(line: &str) -> bool {
    if line.len() > 160 {
        return false;
    }
    // Eleven words are enough to tell more than ten.
    let words: Vec<&str> = line.split_whitespace().take(11).collect();
    if words.is_empty() || words.len() > 10 || line.ends_with(['!', '?', ',', ';', ':']) {
        return false;
    }
    let lower = lower_prefix(line, 20);
    if CREDIT_LABELS.iter().any(|l| lower.starts_with(l)) {
        return true;
    }
    if lower.starts_with("by ")
        || !mostly_capitalized(line, 0.6)
        || (line.ends_with('.') && !line.ends_with("Inc.") && words.len() > 3)
    {
        return false;
    }
    // "REUTERS/Denis Balibouse", "AFP via Getty Images", "Keystone / Peter Klaunzer".
    words.iter().flat_map(|w| w.split('/')).any(is_photo_source)
}

/// A credit that names a photo ("Photo: Bloomberg", "REUTERS/Denis Balibouse", "AFP via Getty
/// Images"), not only an agency: "(Yonhap)" or "— SPA" closing a paragraph signs the story.
pub fn is_photo_credit(line: &str) -> bool {
    const PHOTO_WORDS: &[&str] = &[
        "Photo",
        "Getty",
        "Images",
        "Shutterstock",
        "Alamy",
        "EPA",
        "Keystone",
        "Handout",
        "Courtesy",
        "Pool",
        "©",
    ];
    is_explicit_credit(line)
        && (CREDIT_LABELS.iter().any(|l| lower_prefix(line, 20).starts_with(l))
            || line.contains('/')
            || PHOTO_WORDS.iter().any(|w| line.contains(w)))
}

/// A short run of names standing where a credit stands, after a caption ("Twitter",
/// "Keystone Peter Klaunzer").
pub fn is_name_credit(line: &str) -> bool {
    if line.len() > 60 {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && line.len() <= 60
        && !line.ends_with(['.', '!', '?', ',', ';', ':'])
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '/' || c == '©' || c == '('))
}

/// Openings that say "this is the text under a picture".
const CAPTION_STARTS: &[&str] = &[
    "a photo of",
    "a photo shows",
    "photo of",
    "a picture of",
    "picture of",
    "a photograph of",
    "an image of",
    "pictured",
    "pictured:",
    "in this photo",
    "in this file photo",
    "in this image",
    "in this picture",
    "this photo",
    "this picture",
    "this image",
    "file photo",
    "file picture",
    "file image",
    "file -",
    "file:",
    "image caption,",
    "image caption:",
    "caption:",
    "photo caption",
    "above:",
    "top:",
    "main image:",
    "a screenshot",
    "a still from",
    "an aerial view",
    "an aerial photo",
    "a handout photo",
    "handout photo",
];

/// A caption's label alone on its line ("Image caption,"): the next line is the caption.
pub fn is_caption_label(line: &str) -> bool {
    if line.len() > 20 {
        return false;
    }
    let lower = line.trim_end_matches([',', ':', ' ']).to_lowercase();
    matches!(
        lower.as_str(),
        "image caption" | "caption" | "photo caption" | "media caption" | "video caption"
    )
}

/// About how many sentences `line` holds: a caption has one, and then perhaps a credit.
pub fn rough_sentence_count(line: &str) -> usize {
    let bytes = line.as_bytes();
    1 + line
        .match_indices(['.', '!', '?'])
        .filter(|&(i, _)| {
            bytes.get(i + 1) == Some(&b' ')
                && line[i + 2..].starts_with(|c: char| c.is_uppercase() || "“\"‘".contains(c))
        })
        .count()
}

/// A line that opens like a photo caption.
pub fn starts_like_caption(line: &str) -> bool {
    let lower_start = lower_prefix(line, 24);
    CAPTION_STARTS.iter().any(|s| lower_start.starts_with(s))
}

/// Where a credit trailing a caption starts: "… in New York. Twitter", "… on Monday.
/// REUTERS/Denis Balibouse", "… (AP Photo/Evan Vucci)", "… Photo: Keystone". `generic` also
/// accepts a short run of capitalized names after the last sentence (for lines already known
/// to be captions).
pub fn trailing_credit(line: &str, generic: bool) -> Option<usize> {
    // A credit is short: look at the end of the line only.
    let trimmed = line.trim_end();
    let mut from = trimmed.len().saturating_sub(160);
    while !trimmed.is_char_boundary(from) {
        from += 1;
    }
    if trimmed.ends_with(')') {
        if let Some(open) = trimmed[from..].rfind('(').map(|i| i + from) {
            if open > 0 && is_explicit_credit(&trimmed[open..]) {
                return Some(open);
            }
        }
    }
    // Most lines have no label at all; skip the searches for them.
    let labelled = trimmed[from..].contains(": ") || trimmed[from..].contains(" by ");
    let labels =
        [" Photo: ", " Photograph: ", " Picture: ", " Image: ", " Credit: ", " Foto: ", " Photo by "];
    for label in labels.into_iter().filter(|_| labelled) {
        if let Some(at) = trimmed[from..].rfind(label).map(|i| i + from) {
            if is_explicit_credit(&trimmed[at + 1..]) {
                return Some(at + 1);
            }
        }
    }
    let window = &trimmed[from..];
    let end = from + window.rfind(". ").or_else(|| window.rfind(".” ")).or_else(|| window.rfind("? "))?;
    let tail_at = end + trimmed[end..].find(' ')? + 1;
    let tail = &trimmed[tail_at..];
    if is_explicit_credit(tail) || (generic && is_name_credit(tail)) {
        return Some(tail_at);
    }
    None
}

/// Short, capitalized, without a sentence's closing punctuation: a headline or heading.
pub fn is_title_like(line: &str, max_words: usize) -> bool {
    let words = line.split_whitespace().take(max_words + 1).count();
    words > 0
        && words <= max_words
        && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "“‘\"'«".contains(c))
        && !line.ends_with(['.', ',', ';', '…'])
        && !line.ends_with(".”")
        && !line.ends_with(".\"")
}

/// A section heading: short and title-like, not a lead-in sentence ("Here are the reasons in
/// her own words:") nor a list item that runs on ("… for future events; and").
pub fn is_heading_like(line: &str) -> bool {
    const RUNS_ON: &[&str] = &["and", "or", "of", "the", "to", "a", "with", "for", "in"];
    let words = line.split_whitespace().take(13).count();
    let last = line.rsplit(' ').next().unwrap_or("");
    // A list item ("8) Joseph Lau; $13.5 billion", "• Rates unchanged") or a pull quote is not a
    // heading either.
    let list_item = line.starts_with(['•', '*', '-', '–', '·'])
        || line
            .split_once(')')
            .is_some_and(|(n, _)| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()));
    let quoted = line.ends_with(['”', '"', '’', '\'']);
    let lead_in = line.ends_with(':') && words > 5;
    let runs_on = RUNS_ON.contains(&last);
    line.len() <= 100 && is_title_like(line, 12) && !(lead_in || runs_on || list_item || quoted)
}

/// A time stamp alone on its line, as live blogs print them: "10:45 GMT", "12.05pm",
/// "2h ago", "15 minutes ago", "Posted at 10:02".
pub fn is_time_stamp(line: &str) -> bool {
    if line.len() > 40 {
        return false;
    }
    let mut lower = line.to_lowercase();
    for label in ["posted at ", "updated at ", "posted ", "updated "] {
        if let Some(rest) = lower.strip_prefix(label) {
            lower = rest.to_string();
            break;
        }
    }
    if lower.ends_with(" ago") && lower.len() <= 20 && lower.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let mut words = lower.split_whitespace();
    let Some(first) = words.next() else { return false };
    let digits = first.trim_end_matches(['a', 'p', 'm', '.']);
    let Some((h, m)) = digits.split_once([':', '.']) else { return false };
    let time =
        (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit());
    time && words.all(|w| {
        matches!(
            w.trim_end_matches(','),
            "am" | "pm"
                | "a.m."
                | "p.m."
                | "gmt"
                | "bst"
                | "utc"
                | "cet"
                | "cest"
                | "et"
                | "edt"
                | "est"
                | "local"
        ) || w.starts_with("(") && w.len() <= 8
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_line_kinds_apart() {
        type Check = fn(&str) -> bool;
        let cases: &[(&str, Check, &str, bool)] = &[
            ("ad marker", is_boilerplate, "Advertisement", true),
            ("read more", is_boilerplate, "Read more: Swiss € franc hits record 😀", true),
            ("share row", is_boilerplate, "Facebook Twitter WhatsApp Email", true),
            ("copyright", is_boilerplate, "© 2023 Example Média SA", true),
            ("prose", is_boilerplate, "Share prices fell 3% in Zürich on “Black Monday”.", false),
            ("byline", is_byline, "By Jane Doe and José Roe", true),
            ("byline caps", is_byline, "BY JANE DOE, Reuters", true),
            ("by in prose", is_byline, "By noon the crowd had grown to 5,000 people.", false),
            ("signature", is_byline, "Zoë Quinn, Geneva correspondent", true),
            ("getty", is_explicit_credit, "AFP via Getty Images", true),
            ("slash", is_explicit_credit, "REUTERS/Denis Balibouse", true),
            ("label", is_explicit_credit, "Photo: Keystone / Jean-Christophe Bott", true),
            ("heading", is_explicit_credit, "Reaction", false),
            ("byline is no credit", is_explicit_credit, "By Zoë Doe, Staff and Agencies", false),
            ("agency sign-off", is_photo_credit, "(Yonhap)", false),
            ("photo credit", is_photo_credit, "Photo: Bloomberg", true),
            ("caption", starts_like_caption, "A photo of Zoë and 😀", true),
            ("not caption", starts_like_caption, "Photography is an art", false),
            ("stamp", is_time_stamp, "10:45 GMT", true),
            ("stamp pm", is_time_stamp, "12.05pm", true),
            ("not stamp", is_time_stamp, "10.5 million € were paid", false),
            ("labelled stamp", is_time_stamp, "Posted at 10:02", true),
            ("heading", is_heading_like, "Reaction to the € crisis", true),
            ("lead-in", is_heading_like, "Here are the reasons in Zoë's own words:", false),
            ("list item", is_heading_like, "Ensure € roads are disaster-ready; and", false),
            ("numbered", is_heading_like, "8) Zoë Lau; €13.5 billion", false),
            ("pull quote", is_heading_like, "“This is the € deal we wanted”", false),
            ("caption label", is_caption_label, "Image caption,", true),
            ("two sentences", |l| rough_sentence_count(l) == 2, "A photo of € ran. Blick said “no”.", true),
        ];
        for (name, check, line, want) in cases {
            assert_eq!(check(line), *want, "{name}: {line}");
        }
    }

    #[test]
    fn splits_credits_off_captions() {
        let cases: &[(&str, &str, bool, Option<&str>)] = &[
            ("generic name", "A photo of Zoë in New York. Twitter", true, Some("Twitter")),
            ("not generic", "Zoë spoke in New York. Twitter", false, None),
            (
                "agency",
                "Protesters in Zürich on Monday. REUTERS/Denis Balibouse",
                false,
                Some("REUTERS/Denis Balibouse"),
            ),
            (
                "parenthesized",
                "Police at the scene 😀 (AP Photo/Evan Vucci)",
                false,
                Some("(AP Photo/Evan Vucci)"),
            ),
            ("label", "The € coin on display Photo: Keystone", false, Some("Photo: Keystone")),
            ("sentence", "Cassis met Lavrov. They spoke about € prices.", true, None),
        ];
        for (name, line, generic, want) in cases {
            assert_eq!(trailing_credit(line, *generic).map(|at| &line[at..]), *want, "{name}");
        }
    }
}
