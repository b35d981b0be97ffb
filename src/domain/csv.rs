//! The log as CSV for spreadsheets: one file, a `type` column, RFC 4180 quoting with CRLF line
//! ends, times in ISO 8601 with the local offset, volumes as plain numbers in the parent's unit
//! (whole millilitres, or ounces to at most two places, each total the sum of its parts as
//! written), named in the column headings. A supplement's
//! `with_session` holds the `id` of the feed it went with. A marked milestone is a `milestone`
//! row: its day in `start`, its kind in `kind` and the parent's words in `notes`.

use chrono::{SecondsFormat, TimeZone};

use super::entry::{Entry, Record, Side};
use super::medicine::{AdvisedBy, Day};
use super::units::{Total, Volume};
use super::{serde_name, Millis};

/// Column names, in order, for millilitres; an ounce file says `_oz` where these say `_ml`.
pub const HEADER: [&str; 25] = [
    "type",
    "id",
    "start",
    "end",
    "kind",
    "minutes",
    "left_minutes",
    "right_minutes",
    "left_ml",
    "right_ml",
    "total_ml",
    "supplement_ml",
    "milk",
    "method",
    "wet",
    "dirty",
    "grams",
    // A supplement's feed: the `id` of the nursing session it was given with (during, by an
    // at-breast supplementer, or right after), so a consultant can see supplementer use.
    "with_session",
    // A listed medicine: its name, who advised it (empty with `own_choice` 1), and the days ticked
    // as taken, separated by spaces; its `start` and `end` are dates.
    "medicine",
    "advised_by",
    "own_choice",
    "taken",
    // Test weighing at a feed: the baby's weight before and after, in grams, and the milk taken
    // (1 g is about 1 ml) in the file's volume unit.
    "weighed_before_g",
    "weighed_after_g",
    "weighed_intake_ml",
];

/// The `notes` column, after every column of [`HEADER`].
const NOTES: usize = HEADER.len();

/// Quotes a field when it needs it, and defuses values a spreadsheet would run as a formula.
fn field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r'])
        && !super::decimal::is_number(value)
    {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

fn time<Tz: TimeZone>(tz: &Tz, ms: Millis) -> String
where
    Tz::Offset: std::fmt::Display,
{
    tz.timestamp_millis_opt(ms)
        .single()
        .map(|d| d.to_rfc3339_opts(SecondsFormat::Secs, false))
        .unwrap_or_default()
}

/// Every live entry (tombstones left out), oldest first, with a trailing `notes` column; volumes
/// in `unit`, so a spreadsheet shows the numbers the parent reads on screen.
pub fn log_csv<Tz: TimeZone>(tz: &Tz, unit: Volume, entries: &[Entry]) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let mut out = String::new();
    let mut row = |cells: Vec<String>| {
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    let mut header: Vec<String> = HEADER
        .iter()
        .map(|s| match unit {
            Volume::Ml => s.to_string(),
            Volume::Oz => s.replace("_ml", "_oz"),
        })
        .collect();
    header.push("notes".into());
    row(header);
    let mut live: Vec<&Entry> = entries.iter().filter(|e| !e.deleted).collect();
    super::sorting::sort_by_key(&mut live, |e| e.at);
    let n = |v: u32| v.to_string();
    // The numbers the screens show (a total is the sum of its parts as shown).
    let vol = |v: Total| unit.write(v.shown(unit));
    let mins = |ms: Millis| super::decimal::fixed(ms as f64 / 60_000.0, 1);
    for e in live {
        let mut c = vec![String::new(); HEADER.len() + 1];
        c[1] = e.id.clone();
        c[2] = time(tz, e.at);
        match &e.record {
            Record::Session(s) => {
                c[0] = "session".into();
                c[3] = time(tz, s.end);
                c[4] = serde_name(&s.kind);
                c[5] = mins(s.active_millis());
                if !s.segments.is_empty() {
                    c[6] = mins(s.millis_on(Side::Left));
                    c[7] = mins(s.millis_on(Side::Right));
                }
                c[8] = s.left_ml.map(|v| vol(v.into())).unwrap_or_default();
                c[9] = s.right_ml.map(|v| vol(v.into())).unwrap_or_default();
                c[10] = s.total_ml().map(vol).unwrap_or_default();
                if let Some(w) = s.test_weight {
                    c[22] = n(w.before_g);
                    c[23] = n(w.after_g);
                    c[24] = w.intake_ml().map(|v| vol(v.into())).unwrap_or_default();
                }
                c[NOTES] = s.notes.clone();
            }
            Record::Supplement(s) => {
                c[0] = "supplement".into();
                c[11] = vol(s.ml.into());
                c[12] = serde_name(&s.milk);
                c[13] = serde_name(&s.method);
                c[17] = s.after_session.clone().unwrap_or_default();
                c[NOTES] = s.notes.clone();
            }
            Record::Diaper(d) => {
                c[0] = "diaper".into();
                c[14] = n(d.wet as u32);
                c[15] = n(d.dirty as u32);
            }
            Record::Weight(w) => {
                c[0] = "weight".into();
                c[16] = n(w.grams);
            }
            Record::Medicine(m) => {
                let date = |d: Day| serde_name(&d);
                c[0] = "medicine".into();
                c[2] = date(m.start);
                c[3] = m.stop.map(date).unwrap_or_default();
                c[18] = m.name.clone();
                match &m.advised_by {
                    AdvisedBy::Person(who) => {
                        c[19] = who.clone();
                        c[20] = "0".into();
                    }
                    AdvisedBy::OwnChoice => c[20] = "1".into(),
                }
                c[21] = m.taken.iter().map(|d| date(*d)).collect::<Vec<_>>().join(" ");
            }
            Record::Milestone(m) => {
                c[0] = "milestone".into();
                c[2] = serde_name(&Day(m.date));
                c[4] = serde_name(&m.kind);
                c[NOTES] = m.words.clone();
            }
        }
        row(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::entry::*;
    use crate::domain::units::Ml;
    use crate::domain::MINUTE;
    use chrono_tz::America::New_York;

    const T: Millis = 1_780_000_000_000;

    #[test]
    fn fields_are_quoted_by_rfc_4180_and_formulas_are_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(field("-5"), "-5", "a negative number stays a number");
    }

    #[test]
    fn rows_have_local_times_with_offset_and_crlf_endings() {
        let session = Entry::new(
            "s1".into(),
            T,
            Record::Session(Session {
                kind: SessionKind::Pumping,
                start: T - 20 * MINUTE,
                end: T,
                segments: vec![
                    Segment { side: Side::Left, start: T - 20 * MINUTE, end: T - 10 * MINUTE },
                    Segment { side: Side::Right, start: T - 10 * MINUTE, end: T },
                ],
                left_ml: Some(Ml::whole(20)),
                right_ml: Some(Ml::whole(15)),
                notes: "tired, but \"ok\"".into(),
                test_weight: None,
            }),
        );
        let gone = Entry::new("x".into(), T, Record::Weight(Weight { at: T, grams: 3000 }))
            .with_deleted(T, true);
        let sup = Entry::new(
            "p1".into(),
            T,
            Record::Supplement(Supplement {
                at: T,
                ml: Ml::whole(40),
                milk: Milk::Donor,
                method: Method::AtBreastSupplementer,
                after_session: Some("s1".into()),
                notes: String::new(),
            }),
        );
        let entries = [sup, session, gone];
        let csv = log_csv(&New_York, Volume::Ml, &entries);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines.len(), 4, "header, two rows, and the final empty piece");
        assert!(lines[0].starts_with("type,id,start,end,kind,minutes"));
        assert_eq!(
            lines[1],
            "session,s1,2026-05-28T16:06:40-04:00,2026-05-28T16:26:40-04:00,pumping,20.0,10.0,10.0,20,15,35,,,,,,,,,,,,,,,\"tired, but \"\"ok\"\"\""
        );
        assert!(lines[2].starts_with("supplement,p1,2026-05-28T16:26:40-04:00,,,"));
        assert!(
            lines[0].ends_with(
                ",grams,with_session,medicine,advised_by,own_choice,taken,weighed_before_g,\
                 weighed_after_g,weighed_intake_ml,notes"
            ),
            "{}",
            lines[0]
        );
        assert!(
            lines[2].ends_with(",40,donor,at_breast_supplementer,,,,s1,,,,,,,,"),
            "the supplement names the feed it went with: {}",
            lines[2]
        );
        assert!(!csv.contains(",x,"), "deleted entries are not exported");

        let oz = log_csv(&New_York, Volume::Oz, &entries);
        let lines: Vec<&str> = oz.split("\r\n").collect();
        assert!(lines[0].contains(",left_oz,right_oz,total_oz,supplement_oz,"), "{}", lines[0]);
        assert!(!lines[0].contains("_ml"), "an ounce file names no millilitres");
        // The total is the sum of the sides as written: 0.68 + 0.51 = 1.19 (not 35 ml's 1.18).
        assert!(lines[1].contains(",0.68,0.51,1.19,"), "{}", lines[1]);
        assert!(lines[2].contains(",1.35,donor,"), "{}", lines[2]);
    }

    #[test]
    fn a_medicine_row_has_its_dates_adviser_and_ticked_days_as_text() {
        use crate::domain::day::iso_date::parse;
        let m = crate::domain::medicine::Medicine::from_form(
            "=HYPERLINK(\"x\"), <b>",
            false,
            "Dr Lee, IBCLC",
            parse("2026-11-01"),
            parse("2026-11-20"),
        )
        .unwrap()
        .with_taken(parse("2026-11-02").unwrap(), true)
        .with_taken(parse("2026-11-03").unwrap(), true);
        let own = crate::domain::medicine::Medicine::from_form(
            "Tea",
            true,
            "",
            parse("2026-11-05"),
            None,
        )
        .unwrap();
        let entries = [
            Entry::new("m1".into(), T, Record::Medicine(m)),
            Entry::new("m2".into(), T, Record::Medicine(own)),
        ];
        let csv = log_csv(&New_York, Volume::Ml, &entries);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[1],
            "medicine,m1,2026-11-01,2026-11-20,,,,,,,,,,,,,,,\"'=HYPERLINK(\"\"x\"\"), <b>\",\"Dr Lee, IBCLC\",0,2026-11-02 2026-11-03,,,,"
        );
        assert_eq!(lines[2], "medicine,m2,2026-11-05,,,,,,,,,,,,,,,,Tea,,1,,,,,");
        assert_eq!(
            lines[0].split(',').count(),
            lines[1].split(',').count() - 2,
            "two quoted commas"
        );
    }

    #[test]
    fn test_weights_have_their_own_columns_in_grams_and_the_files_unit() {
        let mut s = Session {
            kind: SessionKind::Nursing,
            start: T - 20 * MINUTE,
            end: T,
            segments: vec![],
            left_ml: None,
            right_ml: None,
            notes: String::new(),
            test_weight: Some(TestWeight { before_g: 4200, after_g: 4260 }),
        };
        let weighed = Entry::new("n1".into(), T, Record::Session(s.clone()));
        s.test_weight = None;
        let plain = Entry::new("n2".into(), T + MINUTE, Record::Session(s));
        let entries = [weighed, plain];
        let col = |csv: &str, row: usize, name: &str| -> String {
            let lines: Vec<&str> = csv.split("\r\n").collect();
            let at = lines[0].split(',').position(|h| h == name).expect(name);
            lines[row].split(',').nth(at).unwrap().to_string()
        };
        let ml = log_csv(&New_York, Volume::Ml, &entries);
        assert_eq!(col(&ml, 1, "weighed_before_g"), "4200");
        assert_eq!(col(&ml, 1, "weighed_after_g"), "4260");
        assert_eq!(col(&ml, 1, "weighed_intake_ml"), "60");
        assert_eq!(col(&ml, 2, "weighed_intake_ml"), "", "not weighed: empty, never 0");
        let oz = log_csv(&New_York, Volume::Oz, &entries);
        assert_eq!(col(&oz, 1, "weighed_intake_oz"), "2.03");
        assert_eq!(col(&oz, 1, "weighed_before_g"), "4200", "grams stay grams");
        let head = ml.split("\r\n").next().unwrap();
        assert!(head.ends_with(",weighed_before_g,weighed_after_g,weighed_intake_ml,notes"));
        assert!(
            head.starts_with("type,id,start,end,kind,minutes,left_minutes,right_minutes,left_ml,"),
            "the columns before stay where they were"
        );
    }

    #[test]
    fn a_milestone_row_has_its_day_kind_and_the_parents_words_defused() {
        use crate::domain::milestones::{Kind, Milestone};
        let day = chrono::NaiveDate::from_ymd_opt(2026, 5, 20).unwrap();
        let own = Milestone::on(&New_York, Kind::Own, day, "=HYPERLINK(\"x\"), latched!");
        let let_down = Milestone::on(&New_York, Kind::LetDown, day, "");
        let entries = [Entry::milestone(own, T), Entry::milestone(let_down, T)];
        let csv = log_csv(&New_York, Volume::Ml, &entries);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        let own_id = entries[0].id.as_str();
        assert_eq!(
            lines[1],
            format!(
                "milestone,{own_id},2026-05-20,,own,,,,,,,,,,,,,,,,,,,,,\"'=HYPERLINK(\"\"x\"\"), latched!\""
            )
        );
        assert_eq!(
            lines[2],
            "milestone,milestone-let_down-2026-05-20,2026-05-20,,let_down,,,,,,,,,,,,,,,,,,,,,"
        );
        assert_eq!(lines[0].split(',').count(), lines[2].split(',').count(), "same width");
    }
}
