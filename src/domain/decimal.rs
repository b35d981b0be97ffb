//! Decimal numbers written and read by Relact's own short routines instead of core's float
//! formatting and parsing, for the size of the wasm (#27).
//!
//! Why: `format!("{:.1}", x)`, an `f64` given to a view attribute (`x.to_string()`) and
//! `str::parse::<f64>` each keep core's general machinery in the wasm — Grisu and Dragon with a
//! bignum for writing, Eisel–Lemire with a table of 128-bit powers of five and a 768-digit slow
//! path for reading — for numbers a few digits long: 19.2 KB of the gzipped wasm, measured, once
//! no caller is left (one left keeps all of it). The routines here are short because they only
//! need to be exact, not fast, and each gives exactly what core gives, for every value (the tests
//! hold them against core on tens of thousands of values of every kind):
//!
//! - [`fixed`] is `format!("{:.*}", places, value)`,
//! - [`shortest`] is `value.to_string()` (with the digits from zmij, serde_json's float writer,
//!   which the wasm holds anyway),
//! - [`read`] is `text.parse::<f64>().ok()`, and [`is_number`] its `is_ok()`.

/// `value` with `places` fraction digits, exactly as `format!("{:.*}", places, value)` writes it:
/// the value's exact binary expansion rounded half to even ("2.5" to 0 places is "2", 0.125 to 2
/// is "0.12", but 1.005 is "1.00" as it is stored just under 1.005), a "-" for every negative
/// value and -0 ("-0.0"), never an exponent, "NaN", "inf" and "-inf".
pub fn fixed(value: f64, places: u8) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    let mut out = String::new();
    if value.is_sign_negative() {
        out.push('-');
    }
    if value.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let places = usize::from(places);
    // A whole number (every count in a message) is its integer and zeros: ten times quicker.
    if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
        out.push_str(&(value.abs() as u64).to_string());
        if places > 0 {
            out.push('.');
            out.push_str(&"0".repeat(places));
        }
        return out;
    }
    let bits = value.to_bits();
    let biased = (bits >> 52) & 0x7ff;
    let fraction = bits & ((1 << 52) - 1);
    // |value| = mantissa × 2^exp.
    let (mantissa, exp) =
        if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased as i32 - 1075) };
    // The exact value as decimal digits (least significant first) × 10^-scale: 2^-k is 5^k × 10^-k.
    let mut digits = Vec::new();
    let mut m = mantissa;
    while m > 0 {
        digits.push((m % 10) as u8);
        m /= 10;
    }
    let (factor, chunk, scale) =
        if exp >= 0 { (2u64, 29, 0) } else { (5u64, 13, exp.unsigned_abs() as usize) };
    let mut k = exp.unsigned_abs();
    while k > 0 {
        let step = k.min(chunk);
        multiply(&mut digits, factor.pow(step));
        k -= step;
    }
    if scale > places {
        // Drop the digits past `places`, rounding half to even.
        let drop = scale - places;
        if digits.len() < drop {
            digits.resize(drop, 0);
        }
        let kept = digits.split_off(drop);
        let first = digits[drop - 1];
        let rest = digits[..drop - 1].iter().any(|&d| d != 0);
        let odd = kept.first().is_some_and(|d| d % 2 == 1);
        digits = kept;
        if first > 5 || (first == 5 && (rest || odd)) {
            match digits.iter().position(|&d| d != 9) {
                Some(i) => {
                    digits[..i].fill(0);
                    digits[i] += 1;
                }
                None => {
                    digits.fill(0);
                    digits.push(1);
                }
            }
        }
    } else {
        digits.splice(0..0, std::iter::repeat_n(0, places - scale));
    }
    // At least one digit before the point, and no zeros in front of it.
    digits.resize(digits.len().max(places + 1), 0);
    while digits.len() > places + 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    for (i, d) in digits.iter().enumerate().rev() {
        out.push(char::from(b'0' + d));
        if i == places && places > 0 {
            out.push('.');
        }
    }
    out
}

/// Multiplies decimal digits (least significant first) by `factor` (under 2^31: 2^29 or 5^13).
fn multiply(digits: &mut Vec<u8>, factor: u64) {
    let mut carry = 0;
    for d in digits.iter_mut() {
        let v = u64::from(*d) * factor + carry;
        *d = (v % 10) as u8;
        carry = v / 10;
    }
    while carry > 0 {
        digits.push((carry % 10) as u8);
        carry /= 10;
    }
}

/// `value` in the fewest digits that read back as the same value, exactly as `value.to_string()`
/// writes it: "34", "0.30000000000000004", "0.00000015", "-0", never an exponent.
pub fn shortest(value: f64) -> String {
    if !value.is_finite() {
        return fixed(value, 0);
    }
    let mut buffer = zmij::Buffer::new();
    // zmij writes "34.0", "0.3", "1.5e-7" or "1e+21".
    let written = buffer.format_finite(value.abs());
    let (mantissa, exp) = written.split_once('e').unwrap_or((written, "0"));
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = [int, frac].concat();
    let lead = all.bytes().take_while(|&b| b == b'0').count();
    let end = all.bytes().rposition(|b| b != b'0').map_or(lead, |i| i + 1);
    let digits = &all[lead..end];
    // The value is 0.digits × 10^point.
    let point = int.len() as i64 + exp.parse::<i64>().unwrap_or(0) - lead as i64;
    let mut out = String::new();
    if value.is_sign_negative() {
        out.push('-');
    }
    let zeros = |n: i64| "0".repeat(n.max(0) as usize);
    match usize::try_from(point) {
        _ if digits.is_empty() => out.push('0'),
        Err(_) | Ok(0) => {
            out.push_str("0.");
            out.push_str(&zeros(-point));
            out.push_str(digits);
        }
        Ok(p) if p >= digits.len() => {
            out.push_str(digits);
            out.push_str(&zeros(point - digits.len() as i64));
        }
        Ok(p) => {
            out.push_str(&digits[..p]);
            out.push('.');
            out.push_str(&digits[p..]);
        }
    }
    out
}

/// Whether `text` is a number as Rust reads one (`text.parse::<f64>().is_ok()`).
pub fn is_number(text: &str) -> bool {
    read(text).is_some()
}

/// The number `text` spells, exactly as `text.parse::<f64>().ok()` reads it: an optional sign,
/// digits with an optional point (`5.`, `.5`), an optional exponent (`1e3`, `2E-2`), or `inf`,
/// `infinity` or `nan` in any case; the nearest `f64` (half to even), `inf` past the largest.
/// Nothing else: no spaces, no comma, no digit group separators.
pub fn read(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = match digits_of(body.as_bytes()) {
        Some((digits, point)) => nearest(digits, point),
        None if ["inf", "infinity"].iter().any(|w| body.eq_ignore_ascii_case(w)) => f64::INFINITY,
        None if body.eq_ignore_ascii_case("nan") => f64::NAN,
        None => return None,
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// A decimal number's significant digits (most significant first, no zeros at either end) and
/// where its point goes: the value is 0.digits × 10^point.
fn digits_of(b: &[u8]) -> Option<(Vec<u8>, i64)> {
    let mut i = 0;
    let mut digits = Vec::new();
    let take = |i: &mut usize, digits: &mut Vec<u8>| {
        while let Some(d) = b.get(*i).filter(|d| d.is_ascii_digit()) {
            digits.push(d - b'0');
            *i += 1;
        }
    };
    take(&mut i, &mut digits);
    let whole = digits.len();
    if b.get(i) == Some(&b'.') {
        i += 1;
        take(&mut i, &mut digits);
    }
    if digits.is_empty() {
        return None;
    }
    let mut exp: i64 = 0;
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        let negative = b.get(i) == Some(&b'-');
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        if !b.get(i).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        while let Some(d) = b.get(i).filter(|d| d.is_ascii_digit()) {
            // As core does: an exponent stops growing past 65536 (already far past any f64).
            if exp < 0x10000 {
                exp = 10 * exp + i64::from(d - b'0');
            }
            i += 1;
        }
        if negative {
            exp = -exp;
        }
    }
    if i != b.len() {
        return None;
    }
    let lead = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..lead);
    while digits.last() == Some(&0) {
        digits.pop();
    }
    Some((digits, whole as i64 - lead as i64 + exp))
}

/// The `f64` nearest to 0.digits × 10^point (half to even), worked out one bit at a time on the
/// decimal digits: halved or doubled into [0.5, 1), then doubled once for each bit of the result.
fn nearest(mut digits: Vec<u8>, mut point: i64) -> f64 {
    // Under 10^-324 is under half the smallest f64; 10^310 is past the largest.
    if digits.is_empty() || point <= -324 {
        return 0.0;
    }
    if point > 310 {
        return f64::INFINITY;
    }
    let mut exp2: i64 = 0;
    while point > 0 {
        halve(&mut digits, &mut point);
        exp2 += 1;
    }
    while point < 0 || digits[0] < 5 {
        if double(&mut digits) == 1 {
            digits.insert(0, 1);
            point += 1;
        }
        exp2 -= 1;
    }
    // Now the value is 0.digits × 2^exp2 with 0.digits in [0.5, 1): 1.x × 2^(exp2 - 1).
    let exp = exp2 - 1;
    if exp > 1023 {
        return f64::INFINITY;
    }
    // Below 2^-1022 the value is subnormal and keeps fewer bits.
    let floor = exp.max(-1022);
    let bits = 53 + exp - floor;
    let mut m: u64 = 0;
    for _ in 0..bits.max(0) {
        m = 2 * m + u64::from(double(&mut digits));
    }
    // What is left, against one half.
    let up = digits.first().is_some_and(|&d| d > 5 || (d == 5 && (digits.len() > 1 || m % 2 == 1)));
    if bits >= 0 && up {
        m += 1;
    }
    // A mantissa rounded up to 2^53 carries into the exponent (and to infinity past the largest).
    f64::from_bits((((floor + 1022) as u64) << 52) + m)
}

/// Doubles a decimal fraction 0.digits (most significant first) in place and returns the whole
/// part it carried (0 or 1).
fn double(digits: &mut Vec<u8>) -> u8 {
    let mut carry = 0;
    for d in digits.iter_mut().rev() {
        let v = *d * 2 + carry;
        *d = v % 10;
        carry = v / 10;
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    carry
}

/// Halves 0.digits × 10^point (most significant first, at least 1) in place.
fn halve(digits: &mut Vec<u8>, point: &mut i64) {
    let mut rest = 0;
    for d in digits.iter_mut() {
        let v = rest * 10 + *d;
        *d = v / 2;
        rest = v % 2;
    }
    if rest == 1 {
        digits.push(5);
    }
    if digits[0] == 0 {
        digits.remove(0);
        *point -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_places_as_worked_by_hand() {
        let cases: &[(f64, u8, &str)] = &[
            (2.5, 1, "2.5"),
            (2.5, 0, "2"),
            (3.5, 0, "4"),
            (0.5, 0, "0"),
            (1.5, 0, "2"),
            (49.5, 0, "50"),
            (50.5, 0, "50"),
            (0.1 + 0.2, 2, "0.30"),
            (0.1 + 0.2, 1, "0.3"),
            (0.1 + 0.2, 17, "0.30000000000000004"),
            (0.125, 2, "0.12"),
            (0.375, 2, "0.38"),
            // 1.005 is stored as 1.00499999999999989…
            (1.005, 2, "1.00"),
            (-1.25, 1, "-1.2"),
            (-2.0, 0, "-2"),
            (-0.01, 1, "-0.0"),
            (-0.0, 0, "-0"),
            (0.0, 2, "0.00"),
            (7.0, 2, "7.00"),
            (3.0, 0, "3"),
            (-4.0, 1, "-4.0"),
            (9_007_199_254_740_991.0, 0, "9007199254740991"),
            (9_007_199_254_740_992.0, 2, "9007199254740992.00"),
            (1e21, 0, "1000000000000000000000"),
            (1e21, 1, "1000000000000000000000.0"),
            (123_456_789.125, 2, "123456789.12"),
            // Ounces: 74 ml and 66.54 ml (2.25 oz as stored) in ounces, to 2 places.
            (74.0 / 29.5735, 2, "2.50"),
            (66.54 / 29.5735, 2, "2.25"),
            // Kilograms, megabytes and minutes.
            (3.456, 2, "3.46"),
            (0.999, 2, "1.00"),
            (9.995, 1, "10.0"),
            (1_572_864.0 / 1_048_576.0, 1, "1.5"),
            (100_000.0 / 60_000.0, 1, "1.7"),
            (f64::NAN, 1, "NaN"),
            (f64::INFINITY, 0, "inf"),
            (f64::NEG_INFINITY, 2, "-inf"),
            (5e-324, 3, "0.000"),
            (f64::MIN_POSITIVE, 0, "0"),
        ];
        for &(value, places, want) in cases {
            assert_eq!(fixed(value, places), want, "{value} to {places} places");
        }
        // 2^1024 − 2^971, every digit.
        assert_eq!(
            fixed(f64::MAX, 0),
            "17976931348623157081452742373170435679807056752584499659891747680315726078002853\
             87605895586327668781715404589535143824642343213268894641827684675467035375169860\
             49910576551282076245490090389328944075868508455133942304583236903222948165808559\
             332123348274797826204144723168738177180919299881250404026184124858368"
        );
    }

    #[test]
    fn shortest_as_worked_by_hand() {
        let cases: &[(f64, &str)] = &[
            (34.0, "34"),
            (320.0, "320"),
            (2.5, "2.5"),
            (-7.25, "-7.25"),
            (123.456, "123.456"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            (0.0, "0"),
            (-0.0, "-0"),
            (1e16, "10000000000000000"),
            (1e21, "1000000000000000000000"),
            (1.5e-7, "0.00000015"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-inf"),
        ];
        for &(value, want) in cases {
            assert_eq!(shortest(value), want);
        }
        assert_eq!(shortest(5e-324), format!("0.{}5", "0".repeat(323)));
    }

    #[test]
    fn read_as_worked_by_hand() {
        let same = |text: &str, want: f64| {
            let got = read(text);
            assert!(got.is_some_and(|g| g.to_bits() == want.to_bits()), "{text}: {got:?}");
        };
        same("2.5", 2.5);
        same(".5", 0.5);
        same("5.", 5.0);
        same("+3", 3.0);
        same("-0", -0.0);
        same("-0.000", -0.0);
        same("007.50", 7.5);
        same("1e3", 1000.0);
        same("1E-2", 0.01);
        same("25e-1", 2.5);
        same("0.1", 0.1);
        same("0.3", 0.3);
        same("0.30000000000000004", 0.1 + 0.2);
        // Halfway between two f64s: to the even one.
        same("9007199254740993", 9_007_199_254_740_992.0);
        same("9007199254740995", 9_007_199_254_740_996.0);
        // The exact value 1.005 is stored as.
        same("1.00499999999999989341858963598497211933135986328125", 1.005);
        same(&format!("0.{}1e400", "0".repeat(400)), 0.1);
        same("1.7976931348623157e308", f64::MAX);
        same("1.7976931348623159e308", f64::INFINITY);
        same("1e400", f64::INFINITY);
        same("1e99999999999999999999", f64::INFINITY);
        same("1e-400", 0.0);
        same("-1e-400", -0.0);
        same("0e99999999999", 0.0);
        same("4.9e-324", 5e-324);
        // Just over and just under half the smallest f64 (2^-1075 = 2.47032822920623272088…e-324).
        same("2.4703282292062328e-324", 5e-324);
        same("2.4703282292062327e-324", 0.0);
        same("inf", f64::INFINITY);
        same("-Infinity", f64::NEG_INFINITY);
        assert!(read("NaN").is_some_and(f64::is_nan));
        for bad in
            ["", "+", "-", ".", "e3", "1e", "1e+", "2,5", " 1", "1 ", "0x10", "1_000", "infinit"]
        {
            assert_eq!(read(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn is_number_as_a_spreadsheet_cell_needs() {
        for yes in ["-5", "+3.5", "-inf", "1e3", "-.5"] {
            assert!(is_number(yes), "{yes}");
        }
        for no in ["=1+1", "-", "@x", "+1+1", "-5 ml"] {
            assert!(!is_number(no), "{no}");
        }
    }

    /// A small deterministic generator (xorshift), so the comparisons below are the same on every
    /// run.
    fn randoms(seed: u64) -> impl Iterator<Item = u64> {
        std::iter::successors(Some(seed), |&x| {
            let x = x ^ (x << 13);
            let x = x ^ (x >> 7);
            Some(x ^ (x << 17))
        })
    }

    /// Values of every kind: any bit pattern, and numbers the app writes (amounts, coordinates,
    /// percentages), with exact halves among them.
    fn values() -> impl Iterator<Item = f64> {
        let any = randoms(0x9E37_79B9_7F4A_7C15).take(2_000).map(f64::from_bits);
        let app = randoms(0x2545_F491_4F6C_DD1D).take(20_000).map(|r| {
            let v = (r >> 20) % 100_000_000;
            let sign = if r & 1 == 1 { -1.0 } else { 1.0 };
            sign * v as f64 / [1.0, 8.0, 10.0, 100.0, 1000.0, 29.5735, 3.0][(r >> 8) as usize % 7]
        });
        any.chain(app)
    }

    #[test]
    fn fixed_is_what_core_writes() {
        for (i, v) in values().enumerate() {
            for places in [0, 1, 2, (i % 25) as u8] {
                assert_eq!(fixed(v, places), format!("{v:.*}", usize::from(places)), "{v:e}");
            }
        }
    }

    #[test]
    fn shortest_is_what_core_writes() {
        for v in values() {
            assert_eq!(shortest(v), v.to_string(), "{v:e}");
        }
    }

    #[test]
    fn read_is_what_core_reads() {
        let same = |text: &str| {
            let want = text.parse::<f64>().ok();
            let got = read(text);
            assert_eq!(got.map(f64::to_bits), want.map(f64::to_bits), "{text:?}");
        };
        for v in values().step_by(3) {
            same(&v.to_string());
            same(&format!("{v:e}"));
            same(&format!("{v:.3}"));
            same(&format!("{v:.20}"));
        }
        // Every short string of these characters.
        let chars = b"0159.eE+-in";
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            texts = texts
                .iter()
                .flat_map(|t| chars.iter().map(move |&c| format!("{t}{}", char::from(c))))
                .collect();
            texts.iter().for_each(|t| same(t));
        }
        // Long digit strings near halfway points.
        for r in randoms(0xD1B5_4A32_D192_ED03).take(600) {
            let digits: String =
                randoms(r).take(30).map(|x| char::from(b'0' + (x % 10) as u8)).collect();
            let exp = (r % 640) as i64 - 330;
            same(&format!("{}.{}e{exp}", &digits[..1], &digits[1..]));
            same(&format!("0.{digits}"));
        }
    }
}
