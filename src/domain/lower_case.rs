//! Lower case, letter by letter, exactly as `char::to_lowercase` gives it, without core's table,
//! for the size of the wasm (#27).
//!
//! Why: `char::to_lowercase` looks a letter up in a table of each of Unicode's 1,488 lower-case
//! mappings, two 32-bit numbers each: 12 KB raw, 8 KB of the gzipped wasm, measured, for the
//! names lower-cased inside a sentence ("with the 03:10 nursing") and the hand-to-hand
//! passphrase. The mappings come in runs (A–Z is +32 each, Ā ā Ă ă … is +1 every other letter),
//! so the same mappings fit in [`RUNS`], 185 runs (1.5 KB). A test holds the result against
//! `char::to_lowercase` for every `char`; `print_runs` (an ignored test) writes the runs again
//! should a new Rust bring a new Unicode.
//!
//! Letter by letter, not `str::to_lowercase`: that one also writes a word-final Greek sigma as
//! "ς", with two more tables; no language Relact speaks writes Greek, and for every word in the
//! translation files the two give the same text (tested).

/// Each run of mappings: the first letter's code `<< 11`, `| 1 << 10` when the run takes every
/// other letter, `|` how many letters; and how far each is from its lower case. Sorted, and no
/// run's span holds another's letter.
#[rustfmt::skip]
const RUNS: [(u32, i32); 185] = [
    (0x2081a, 32), (0x60017, 32), (0x6c007, 32), (0x80418, 1), (0x99403, 1), (0x9cc08, 1),
    (0xa5417, 1), (0xbc001, -121), (0xbcc03, 1), (0xc0801, 210), (0xc1402, 1), (0xc3001, 206),
    (0xc3801, 1), (0xc4802, 205), (0xc5801, 1), (0xc7001, 79), (0xc7801, 202), (0xc8001, 203),
    (0xc8801, 1), (0xc9801, 205), (0xca001, 207), (0xcb001, 211), (0xcb801, 209), (0xcc001, 1),
    (0xce001, 211), (0xce801, 213), (0xcf801, 214), (0xd0403, 1), (0xd3001, 218), (0xd3801, 1),
    (0xd4801, 218), (0xd6001, 1), (0xd7001, 218), (0xd7801, 1), (0xd8802, 217), (0xd9c02, 1),
    (0xdb801, 219), (0xdc001, 1), (0xde001, 1), (0xe2001, 2), (0xe2801, 1), (0xe3801, 2),
    (0xe4001, 1), (0xe5001, 2), (0xe5c09, 1), (0xef409, 1), (0xf8801, 2), (0xf9402, 1),
    (0xfb001, -97), (0xfb801, -56), (0xfc414, 1), (0x110001, -130), (0x111409, 1), (0x11d001, 10795),
    (0x11d801, 1), (0x11e801, -163), (0x11f001, 10792), (0x120801, 1), (0x121801, -195), (0x122001, 69),
    (0x122801, 71), (0x123405, 1), (0x1b8402, 1), (0x1bb001, 1), (0x1bf801, 116), (0x1c3001, 38),
    (0x1c4003, 37), (0x1c6001, 64), (0x1c7002, 63), (0x1c8811, 32), (0x1d1809, 32), (0x1e7801, 8),
    (0x1ec40c, 1), (0x1fa001, -60), (0x1fb801, 1), (0x1fc801, -7), (0x1fd001, 1), (0x1fe803, -130),
    (0x200010, 80), (0x208020, 32), (0x230411, 1), (0x24541b, 1), (0x260001, 15), (0x260c07, 1),
    (0x268430, 1), (0x298826, 48), (0x850026, 7264), (0x863801, 7264), (0x866801, 7264), (0x9d0050, 38864),
    (0x9f8006, 8), (0xe44801, 1), (0xe4802b, -3008), (0xe5e803, -3008), (0xf0044b, 1), (0xf4f001, -7615),
    (0xf50430, 1), (0xf84008, -8), (0xf8c006, -8), (0xf94008, -8), (0xf9c008, -8), (0xfa4006, -8),
    (0xfacc04, -8), (0xfb4008, -8), (0xfc4008, -8), (0xfcc008, -8), (0xfd4008, -8), (0xfdc002, -8),
    (0xfdd002, -74), (0xfde001, -9), (0xfe4004, -86), (0xfe6001, -9), (0xfec002, -8), (0xfed002, -100),
    (0xff4002, -8), (0xff5002, -112), (0xff6001, -7), (0xffc002, -128), (0xffd002, -126), (0xffe001, -9),
    (0x1093001, -7517), (0x1095001, -8383), (0x1095801, -8262), (0x1099001, 28), (0x10b0010, 16), (0x10c1801, 1),
    (0x125b01a, 26), (0x1600030, 48), (0x1630001, 1), (0x1631001, -10743), (0x1631801, -3814), (0x1632001, -10727),
    (0x1633c03, 1), (0x1636801, -10780), (0x1637001, -10749), (0x1637801, -10783), (0x1638001, -10782), (0x1639001, 1),
    (0x163a801, 1), (0x163f002, -10815), (0x1640432, 1), (0x1675c02, 1), (0x1679001, 1), (0x5320417, 1),
    (0x534040e, 1), (0x5391407, 1), (0x539941f, 1), (0x53bcc02, 1), (0x53be801, -35332), (0x53bf405, 1),
    (0x53c5801, 1), (0x53c6801, -42280), (0x53c8402, 1), (0x53cb40a, 1), (0x53d5001, -42308), (0x53d5801, -42319),
    (0x53d6001, -42315), (0x53d6801, -42305), (0x53d7001, -42308), (0x53d8001, -42258), (0x53d8801, -42282), (0x53d9001, -42261),
    (0x53d9801, 928), (0x53da408, 1), (0x53e2001, -48), (0x53e2801, -42307), (0x53e3001, -35384), (0x53e3c02, 1),
    (0x53e5801, -42343), (0x53e6408, 1), (0x53ee001, -42561), (0x53fa801, 1), (0x7f9081a, 32), (0x8200028, 40),
    (0x8258024, 40), (0x82b800b, 39), (0x82be00f, 39), (0x82c6007, 39), (0x82ca002, 39), (0x8640033, 64),
    (0x86a8016, 32), (0x8c50020, 32), (0xb720020, 32), (0xb750019, 27), (0xf480022, 34),
];

/// Appends the lower case of `c` to `out`: one letter, or two for İ (U+0130: "i" and a combining
/// dot above), as `char::to_lowercase` gives it.
pub fn push(c: char, out: &mut String) {
    let code = u32::from(c);
    if code == 0x130 {
        out.push_str("i\u{307}");
        return;
    }
    let run = RUNS.partition_point(|&(key, _)| key >> 11 <= code).checked_sub(1).map(|i| RUNS[i]);
    let lower = run.and_then(|(key, delta)| {
        let (offset, step, count) = (code - (key >> 11), (key >> 10 & 1) + 1, key & 0x3ff);
        (offset % step == 0 && offset / step < count)
            .then(|| char::from_u32(code.wrapping_add_signed(delta)))
            .flatten()
    });
    out.push(lower.unwrap_or(c));
}

/// `text` in lower case, letter by letter (see the module's doc).
pub fn lower_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_as_worked_by_hand() {
        assert_eq!(lower_case("Nursing with supplementer"), "nursing with supplementer");
        assert_eq!(lower_case("Tétée avec DAL"), "tétée avec dal");
        assert_eq!(lower_case("ÉCRÉMÉ À L'ŒIL"), "écrémé à l'œil");
        assert_eq!(lower_case("ПРИВЕТ"), "привет");
        assert_eq!(lower_case("رضاعة من الثدي"), "رضاعة من الثدي");
        // Ǆ (U+01C4) is two ahead of ǆ; the Ohm and Kelvin signs are Greek ω and Latin k.
        assert_eq!(lower_case("\u{1C4}\u{2126}\u{212A}"), "\u{1C6}ωk");
        assert_eq!(lower_case("İ"), "i\u{307}");
        // The one difference from str::to_lowercase: a word-final sigma.
        assert_eq!(lower_case("ΟΔΟΣ"), "οδοσ");
        assert_eq!(lower_case("4821 Blue"), "4821 blue");
    }

    #[test]
    fn every_char_is_lower_cased_as_core_does() {
        let mut ours = String::new();
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            ours.clear();
            push(c, &mut ours);
            assert!(
                ours.chars().eq(c.to_lowercase()),
                "{c:?}: {ours:?}, core {:?}; write RUNS again: \
                 cargo test print_runs -- --ignored --nocapture",
                c.to_lowercase().collect::<String>()
            );
        }
    }

    #[test]
    fn every_translation_reads_as_str_to_lowercase_reads_it() {
        let files = std::fs::read_dir("public/i18n").expect("the translation files");
        for path in
            files.flatten().map(|f| f.path()).filter(|p| p.extension() == Some("ftl".as_ref()))
        {
            let text = std::fs::read_to_string(&path).expect("a readable file");
            assert!(lower_case(&text) == text.to_lowercase(), "{}", path.display());
        }
    }

    /// Writes [`RUNS`] from `char::to_lowercase`.
    #[test]
    #[ignore]
    fn print_runs() {
        let single = |c: char| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(l), None) if l != c => {
                    Some(i64::from(u32::from(l)) - i64::from(u32::from(c)))
                }
                _ => None,
            }
        };
        let mapped: std::collections::BTreeMap<u32, i64> = (0..=0x10_FFFF)
            .filter_map(|code| char::from_u32(code).and_then(single).map(|d| (code, d)))
            .collect();
        let mut runs = Vec::new();
        let mut rest = mapped.clone();
        while let Some((&start, &delta)) = rest.iter().next() {
            let length = |step: u32| {
                (1..)
                    .take_while(|k| {
                        let next = start + k * step;
                        mapped.get(&next) == Some(&delta)
                            && (step == 1 || !mapped.contains_key(&(next - 1)))
                    })
                    .count() as u32
                    + 1
            };
            let (count, step) = if length(2) > length(1) { (length(2), 2) } else { (length(1), 1) };
            for k in 0..count {
                rest.remove(&(start + k * step));
            }
            runs.push(format!("({:#x}, {delta})", start << 11 | (step - 1) << 10 | count));
        }
        println!("const RUNS: [(u32, i32); {}] = [", runs.len());
        for line in runs.chunks(6) {
            println!("    {},", line.join(", "));
        }
        println!("];");
    }
}
