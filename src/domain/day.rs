//! Local calendar days. Instants are stored in UTC; a "day" is always the parent's own day, in the
//! time zone of the device, so a 23:50 session counts for the evening it began in.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};

use super::Millis;

/// The UTC instant as a chrono value; out-of-range input falls back to the epoch rather than panic.
pub fn utc(ms: Millis) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// The local calendar date an instant falls on.
pub fn local_date<Tz: TimeZone>(tz: &Tz, ms: Millis) -> NaiveDate {
    utc(ms).with_timezone(tz).date_naive()
}

/// The local time of day an instant falls on.
pub fn local_time<Tz: TimeZone>(tz: &Tz, ms: Millis) -> NaiveTime {
    utc(ms).with_timezone(tz).time()
}

/// The first instant of a local date. When a DST jump skips midnight (as in some zones), the day
/// starts at the first local time that exists.
pub fn day_start<Tz: TimeZone>(tz: &Tz, date: NaiveDate) -> Millis {
    let mut t = date.and_time(NaiveTime::MIN);
    // A gap is at most a few hours; step forward in quarter hours until a local time exists.
    for _ in 0..4 * 24 {
        match tz.from_local_datetime(&t) {
            LocalResult::Single(dt) => return dt.timestamp_millis(),
            LocalResult::Ambiguous(first, _) => return first.timestamp_millis(),
            LocalResult::None => t += Duration::minutes(15),
        }
    }
    date.and_time(NaiveTime::MIN).and_utc().timestamp_millis()
}

/// UTC midnight of `date`: the same instant on every phone, whatever its time zone.
pub fn utc_midnight(date: NaiveDate) -> Millis {
    date.and_time(NaiveTime::MIN).and_utc().timestamp_millis()
}

/// The half-open range `[start, end)` of a local date in UTC milliseconds; 23 or 25 hours long on
/// DST days, which is why days are never computed as `24 * HOUR` steps.
pub fn day_range<Tz: TimeZone>(tz: &Tz, date: NaiveDate) -> (Millis, Millis) {
    let next = date.succ_opt().unwrap_or(date);
    (day_start(tz, date), day_start(tz, next))
}

/// An instant as the value of an `<input type="datetime-local">` in the parent's time zone.
pub fn to_input<Tz: TimeZone>(tz: &Tz, ms: Millis) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let t = utc(ms).with_timezone(tz).naive_local();
    format!("{}T{:02}:{:02}", iso_date::format(t.date()), t.hour(), t.minute())
}

/// The value of an `<input type="datetime-local">` as an instant; `None` for anything else. In a
/// repeated hour the earlier instant is taken; in a skipped hour there is no such time.
pub fn from_input<Tz: TimeZone>(tz: &Tz, value: &str) -> Option<Millis> {
    // Read by hand ("2026-11-28T03:05", seconds allowed): chrono's pattern parser is kilobytes
    // of wasm for this one shape.
    let (date, time) = value.trim().split_once('T')?;
    let mut d = date.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (year, month, day) = (d.next()??, d.next()??, d.next()??);
    let mut t = time.split(':').map(|p| p.parse::<u32>().ok());
    let (hour, minute) = (t.next()??, t.next()??);
    let second = t.next().unwrap_or(Some(0))?;
    if t.next().is_some() {
        return None;
    }
    let naive = chrono::NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?
        .and_hms_opt(hour, minute, second)?;
    tz.from_local_datetime(&naive).earliest().map(|d| d.timestamp_millis())
}

/// Groups items by local day, newest day first, keeping each day's items newest first; the Log and
/// the daily totals both read from this.
pub fn group_by_day<Tz: TimeZone, T>(
    tz: &Tz,
    items: impl IntoIterator<Item = T>,
    at: impl Fn(&T) -> Millis,
) -> Vec<(NaiveDate, Vec<T>)> {
    let mut items: Vec<T> = items.into_iter().collect();
    super::sorting::sort_by_key(&mut items, |t| std::cmp::Reverse(at(t)));
    let mut days: Vec<(NaiveDate, Vec<T>)> = Vec::new();
    for item in items {
        let date = local_date(tz, at(&item));
        match days.last_mut() {
            Some((d, list)) if *d == date => list.push(item),
            _ => days.push((date, vec![item])),
        }
    }
    days
}

/// A date kept in settings and backups as "2026-11-28". Read and written by hand: chrono's own
/// serde support goes through its pattern parser, kilobytes of wasm for this one shape.
pub mod iso_date {
    use chrono::{Datelike, NaiveDate};
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    /// Writes `d` as "YYYY-MM-DD".
    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format(*d))
    }

    /// `d` as "2026-11-28": the one way a date is written as ISO 8601, in stored data, ids and
    /// the value of an `<input type="date">`.
    pub fn format(d: NaiveDate) -> String {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    }

    /// Reads "YYYY-MM-DD"; anything else is refused (and so kept aside, never guessed).
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text).ok_or_else(|| D::Error::custom("not a date (YYYY-MM-DD)"))
    }

    /// "YYYY-MM-DD" as a date.
    pub fn parse(text: &str) -> Option<NaiveDate> {
        let mut parts = text.splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        NaiveDate::from_ymd_opt(year, month, day)
    }
}

/// A list of `(day, value)` pairs with each day as "YYYY-MM-DD" (see [`iso_date`]), for
/// `#[serde(with = "iso_dated")]`.
pub mod iso_dated {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    struct Day(#[serde(with = "super::iso_date")] NaiveDate);

    /// Writes `[["2026-11-28", value], …]`.
    pub fn serialize<S: Serializer, T: Serialize>(
        pairs: &[(NaiveDate, T)],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_seq(pairs.iter().map(|(d, v)| (Day(*d), v)))
    }

    /// Reads what [`serialize`] writes; a day that is not "YYYY-MM-DD" is refused.
    pub fn deserialize<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
        d: D,
    ) -> Result<Vec<(NaiveDate, T)>, D::Error> {
        let pairs = Vec::<(Day, T)>::deserialize(d)?;
        Ok(pairs.into_iter().map(|(Day(d), v)| (d, v)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::HOUR;
    use chrono_tz::{America::New_York, America::Santiago, Europe::London};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn london(y: i32, m: u32, d: u32, h: u32, min: u32) -> Millis {
        London
            .from_local_datetime(&date(y, m, d).and_hms_opt(h, min, 0).unwrap())
            .earliest()
            .unwrap()
            .timestamp_millis()
    }

    #[test]
    fn a_late_evening_instant_belongs_to_its_local_day_not_the_utc_one() {
        // 21:30 in New York on 1 March is already 2 March in UTC.
        let t = New_York
            .from_local_datetime(&date(2026, 3, 1).and_hms_opt(21, 30, 0).unwrap())
            .unwrap()
            .timestamp_millis();
        assert_eq!(local_date(&Utc, t), date(2026, 3, 2));
        assert_eq!(local_date(&New_York, t), date(2026, 3, 1));
    }

    #[test]
    fn dst_days_are_23_and_25_hours_long() {
        let (s, e) = day_range(&London, date(2026, 3, 29));
        assert_eq!(e - s, 23 * HOUR);
        let (s, e) = day_range(&London, date(2026, 10, 25));
        assert_eq!(e - s, 25 * HOUR);
        let (s, e) = day_range(&London, date(2026, 6, 1));
        assert_eq!(e - s, 24 * HOUR);
        assert_eq!(s, london(2026, 6, 1, 0, 0));
    }

    #[test]
    fn a_day_whose_midnight_does_not_exist_starts_at_the_first_real_minute() {
        // Chile moved clocks from 00:00 to 01:00 on 7 September 2025.
        let start = day_start(&Santiago, date(2025, 9, 7));
        let local = utc(start).with_timezone(&Santiago);
        assert_eq!(local.date_naive(), date(2025, 9, 7));
        assert_eq!(local.time(), NaiveTime::from_hms_opt(1, 0, 0).unwrap());
    }

    #[test]
    fn grouping_splits_at_local_midnight_and_orders_newest_first() {
        let times = [
            london(2026, 10, 24, 23, 50), // before the long night
            london(2026, 10, 25, 0, 10),
            london(2026, 10, 25, 1, 30), // inside the repeated hour
            london(2026, 10, 25, 23, 59),
            london(2026, 10, 26, 0, 0),
        ];
        let days = group_by_day(&London, times, |t| *t);
        let shape: Vec<(NaiveDate, usize)> = days.iter().map(|(d, l)| (*d, l.len())).collect();
        assert_eq!(
            shape,
            vec![(date(2026, 10, 26), 1), (date(2026, 10, 25), 3), (date(2026, 10, 24), 1)]
        );
        assert!(days[1].1.windows(2).all(|w| w[0] > w[1]), "newest first within a day");
    }

    #[test]
    fn a_session_across_midnight_belongs_to_the_day_it_started() {
        use crate::domain::entry::{Entry, Record, Session, SessionKind};
        let start = london(2026, 11, 27, 23, 50);
        let end = london(2026, 11, 28, 0, 20);
        let e = Entry::new(
            "s".into(),
            end,
            Record::Session(Session {
                kind: SessionKind::Pumping,
                start,
                end,
                segments: vec![],
                left_ml: None,
                right_ml: None,
                notes: String::new(),
                test_weight: None,
            }),
        );
        let days = group_by_day(&London, [e], |e| e.at);
        assert_eq!(days.len(), 1);
        assert_eq!(days[0].0, date(2026, 11, 27));
    }

    #[test]
    fn datetime_inputs_round_trip_in_local_time() {
        let t = london(2026, 7, 1, 3, 10);
        assert_eq!(to_input(&London, t), "2026-07-01T03:10");
        assert_eq!(from_input(&London, "2026-07-01T03:10"), Some(t));
        assert_eq!(from_input(&London, "2026-03-29T01:30"), None, "skipped by the clocks");
        assert_eq!(from_input(&London, "yesterday"), None);
    }

    #[test]
    fn out_of_range_instants_do_not_panic() {
        assert_eq!(local_date(&Utc, i64::MAX), date(1970, 1, 1));
    }

    #[test]
    fn dates_are_stored_as_iso_text_and_read_back() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Holder {
            #[serde(with = "super::iso_date")]
            d: NaiveDate,
        }
        let h = Holder { d: NaiveDate::from_ymd_opt(2026, 3, 9).unwrap() };
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(json, r#"{"d":"2026-03-09"}"#);
        assert_eq!(serde_json::from_str::<Holder>(&json).unwrap(), h);
        for bad in [r#"{"d":"2026-02-30"}"#, r#"{"d":"9 March"}"#, r#"{"d":20260309}"#] {
            assert!(serde_json::from_str::<Holder>(bad).is_err(), "{bad}");
        }
        // The one ISO writer, padded: the year to four digits, month and day to two.
        assert_eq!(iso_date::format(date(987, 1, 2)), "0987-01-02");
        assert_eq!(iso_date::format(date(2026, 12, 31)), "2026-12-31");
        assert_eq!(
            to_input(
                &London,
                London.with_ymd_and_hms(2026, 7, 4, 9, 5, 0).unwrap().timestamp_millis()
            ),
            "2026-07-04T09:05"
        );
    }
}
