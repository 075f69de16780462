//! ISO values for DATE mentions, with relative dates resolved against the document date.

use crate::date::Date;

const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// The ISO value of a DATE mention's text, if one can be fixed.
pub fn resolve(mention_text: &str, document_date: Option<Date>) -> Option<String> {
    if let Some(date) = Date::parse_iso(mention_text) {
        return Some(date.to_string());
    }
    let weekday = WEEKDAYS.iter().position(|d| *d == mention_text)? as i64;
    // News uses a bare weekday for the most recent such day before the article's date.
    let doc = document_date?;
    let back = (i64::from(doc.weekday()) - weekday).rem_euclid(7);
    Some(doc.add_days(-back).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_resolve_to_the_past_week() {
        let doc = Date::parse_iso("2022-09-22");
        assert_eq!(resolve("Wednesday", doc).as_deref(), Some("2022-09-21"));
        assert_eq!(resolve("Tuesday", doc).as_deref(), Some("2022-09-20"));
        assert_eq!(resolve("Wednesday", None), None);
    }
}
