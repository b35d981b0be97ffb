//! CLDR's plural rules (cardinals, CLDR 48) for Relact's languages: which form a count takes,
//! "1 session" / "3 sessions", and Arabic's six. A `.ftl` file picks its wording with
//! `{ $count -> [one] … *[other] … }`.

use crate::domain::language::Language;

/// A plural category, as CLDR names them and as `.ftl` variant keys spell them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    /// The key a `.ftl` variant uses: `[one]`, `[few]`…
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// The category of `value` written with `decimals` fraction digits (CLDR's operands come from the
/// number as shown: "1" is one in English, "1.0" is other).
pub fn category(language: Language, value: f64, decimals: u8) -> Category {
    let shown = crate::domain::decimal::fixed(value.abs(), decimals);
    let (int, frac) = shown.split_once('.').unwrap_or((&shown, ""));
    // i: the integer digits; v: how many fraction digits are shown; n: the whole value.
    let i: u64 = int.parse().unwrap_or(u64::MAX);
    let v = frac.len();
    let whole = frac.bytes().all(|b| b == b'0');
    let n_is = |k: u64| whole && i == k;
    // "many" in es, fr and pt: a whole million ("1 millón de …"), written without decimals.
    let million = v == 0 && i != 0 && i.is_multiple_of(1_000_000);
    match language {
        Language::English if i == 1 && v == 0 => Category::One,
        Language::English => Category::Other,
        Language::Spanish if n_is(1) => Category::One,
        Language::French | Language::BrazilianPortuguese if i <= 1 => Category::One,
        Language::Spanish | Language::French | Language::BrazilianPortuguese if million => {
            Category::Many
        }
        Language::Spanish | Language::French | Language::BrazilianPortuguese => Category::Other,
        Language::Arabic if n_is(0) => Category::Zero,
        Language::Arabic if n_is(1) => Category::One,
        Language::Arabic if n_is(2) => Category::Two,
        Language::Arabic if whole && (3..=10).contains(&(i % 100)) => Category::Few,
        Language::Arabic if whole && (11..=99).contains(&(i % 100)) => Category::Many,
        Language::Arabic => Category::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

    /// A count, its shown decimals, and the form it takes.
    type Case = (f64, u8, Category);

    /// CLDR's own example numbers for each rule (plurals.xml, `@integer` and `@decimal` samples),
    /// as a table: the counts the issue names, then a decimal and an edge of each rule.
    #[test]
    fn each_language_takes_the_forms_cldr_lists() {
        let cases: &[(Language, &[Case])] = &[
            (
                Language::English,
                &[
                    (0.0, 0, Other),
                    (1.0, 0, One),
                    (2.0, 0, Other),
                    (3.0, 0, Other),
                    (11.0, 0, Other),
                    (100.0, 0, Other),
                    (2.5, 1, Other),
                    (1.0, 1, Other),
                ],
            ),
            (
                Language::Spanish,
                &[
                    (0.0, 0, Other),
                    (1.0, 0, One),
                    (2.0, 0, Other),
                    (3.0, 0, Other),
                    (11.0, 0, Other),
                    (100.0, 0, Other),
                    (2.5, 1, Other),
                    (1.0, 1, One),
                    (0.5, 1, Other),
                    (1_000_000.0, 0, Many),
                ],
            ),
            (
                Language::French,
                &[
                    (0.0, 0, One),
                    (1.0, 0, One),
                    (2.0, 0, Other),
                    (3.0, 0, Other),
                    (11.0, 0, Other),
                    (100.0, 0, Other),
                    (2.5, 1, Other),
                    (1.5, 1, One),
                    (2_000_000.0, 0, Many),
                ],
            ),
            (
                Language::BrazilianPortuguese,
                &[
                    (0.0, 0, One),
                    (1.0, 0, One),
                    (2.0, 0, Other),
                    (3.0, 0, Other),
                    (11.0, 0, Other),
                    (100.0, 0, Other),
                    (2.5, 1, Other),
                    (0.5, 1, One),
                    (1_000_000.0, 0, Many),
                ],
            ),
            (
                Language::Arabic,
                &[
                    (0.0, 0, Zero),
                    (1.0, 0, One),
                    (2.0, 0, Two),
                    (3.0, 0, Few),
                    (11.0, 0, Many),
                    (100.0, 0, Other),
                    (2.5, 1, Other),
                    (10.0, 0, Few),
                    (99.0, 0, Many),
                    (101.0, 0, Other),
                    (102.0, 0, Other),
                    (103.0, 0, Few),
                    (111.0, 0, Many),
                    (1000.0, 0, Other),
                    (3.0, 1, Few),
                    (0.0, 1, Zero),
                ],
            ),
        ];
        for (language, table) in cases {
            for &(value, decimals, expected) in *table {
                assert_eq!(
                    category(*language, value, decimals),
                    expected,
                    "{language:?} {value} with {decimals} decimals"
                );
            }
        }
    }
}
