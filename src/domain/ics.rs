//! The plan as a calendar file (RFC 5545), so the phone's own calendar rings for each session even
//! when Relact is closed. Each slot is a daily repeating event with an alarm. UIDs are stable per
//! slot number and SEQUENCE follows the plan's revision, so importing a newer file replaces the
//! older events instead of adding to them; slots a smaller plan no longer has are cancelled.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

use super::plan::{Plan, SESSIONS_PER_DAY};
use super::Millis;

/// Folds a content line at 75 octets (never inside a UTF-8 character) and ends it with CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut used = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(ch);
        used += len;
    }
    out.push_str("\r\n");
}

/// Escapes TEXT values (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// Words the calendar events carry; they come from `text` so they can be translated.
pub struct IcsText<'a> {
    pub summary: &'a str,
    pub night_summary: &'a str,
    pub description: &'a str,
}

/// A date as iCalendar writes it: "20261128".
fn ymd(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// The plan as an iCalendar file. `from` is the first date of the repeating events; `now` stamps
/// the file.
pub fn plan_calendar(plan: &Plan, from: NaiveDate, now: Millis, words: &IcsText) -> String {
    let plan = plan.clamped();
    let stamp = DateTime::<Utc>::from_timestamp_millis(now).unwrap_or_default().naive_utc();
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        ymd(stamp.date()),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    let mut out = String::new();
    let mut line = |s: &str| push_line(&mut out, s);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Relact//Plan//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    let schedule = plan.schedule();
    for index in 0..*SESSIONS_PER_DAY.end() as usize {
        line("BEGIN:VEVENT");
        line(&format!("UID:relact-plan-slot-{index}@relact.local"));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("SEQUENCE:{}", plan.revision));
        match schedule.get(index) {
            Some(&(minute, night)) => {
                // Floating local time: the alarm follows the wall clock through DST changes.
                let start = format!("{}T{:02}{:02}00", ymd(from), minute / 60, minute % 60);
                line(&format!("DTSTART:{start}"));
                line(&format!("DURATION:PT{}M", plan.session_minutes));
                line("RRULE:FREQ=DAILY");
                let summary = if night { words.night_summary } else { words.summary };
                line(&format!("SUMMARY:{}", escape(summary)));
                line(&format!("DESCRIPTION:{}", escape(words.description)));
                line("STATUS:CONFIRMED");
                line("TRANSP:TRANSPARENT");
                line("BEGIN:VALARM");
                line("ACTION:DISPLAY");
                line(&format!("DESCRIPTION:{}", escape(summary)));
                line("TRIGGER:PT0M");
                line("END:VALARM");
            }
            None => {
                // A slot the current plan does not have: cancel any event an older export made.
                line(&format!("DTSTART:{}T000000", ymd(from)));
                line("SUMMARY:Relact");
                line("STATUS:CANCELLED");
            }
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: IcsText = IcsText {
        summary: "Pump or nurse",
        night_summary: "Night session, pump or nurse",
        description: "From your Relact plan; 20–30 minutes, both sides. Questions? Ask your lactation consultant, or a La Leche League Leader.",
    };

    fn calendar(plan: &Plan) -> String {
        plan_calendar(
            plan,
            NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
            1_780_000_000_000,
            &WORDS,
        )
    }

    /// Unfolds lines as a calendar program would.
    fn unfold(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn every_line_ends_in_crlf_and_is_at_most_75_octets() {
        let ics = calendar(&Plan::default());
        assert!(ics.ends_with("\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "no bare LF");
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        assert!(ics.contains("\r\n "), "the long description was folded");
        let lines = unfold(&ics);
        assert!(
            lines.iter().any(|l| l.contains("La Leche League Leader.")),
            "folding loses nothing"
        );
    }

    #[test]
    fn required_properties_are_present_for_each_planned_session() {
        let lines = unfold(&calendar(&Plan::default()));
        assert_eq!(lines.first().unwrap(), "BEGIN:VCALENDAR");
        assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
        assert!(lines.contains(&"VERSION:2.0".to_string()));
        assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
        let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
        assert_eq!(events, 12);
        let confirmed = lines.iter().filter(|l| *l == "STATUS:CONFIRMED").count();
        assert_eq!(confirmed, 8);
        assert_eq!(lines.iter().filter(|l| *l == "RRULE:FREQ=DAILY").count(), 8);
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VALARM").count(), 8);
        assert!(lines.contains(&"DTSTART:20261128T070000".to_string()));
        assert!(lines.contains(&"DTSTART:20261128T030000".to_string()));
        assert!(lines.iter().all(|l| !l.starts_with("DTSTAMP:") || l.ends_with('Z')));
        assert!(lines.contains(&"SUMMARY:Night session\\, pump or nurse".to_string()));
    }

    #[test]
    fn a_changed_plan_keeps_uids_and_raises_sequence() {
        let before = unfold(&calendar(&Plan::default()));
        let after =
            unfold(&calendar(&Plan { sessions_per_day: 10, revision: 3, ..Plan::default() }));
        let uids =
            |l: &[String]| l.iter().filter(|l| l.starts_with("UID:")).cloned().collect::<Vec<_>>();
        assert_eq!(uids(&before), uids(&after));
        assert!(after.contains(&"SEQUENCE:3".to_string()));
        assert_eq!(after.iter().filter(|l| *l == "STATUS:CONFIRMED").count(), 10);
        assert_eq!(after.iter().filter(|l| *l == "STATUS:CANCELLED").count(), 2);
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = String::new();
        push_line(&mut out, &"é".repeat(100));
        for l in out.split("\r\n") {
            assert!(l.len() <= 75);
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), "é".repeat(100));
    }
}
