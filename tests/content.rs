//! What the app says, checked on the words themselves: no user-facing text names a medicine or an
//! herb for milk supply or gives a dose (Relact only records what a professional prescribed), and
//! every place that lists warning signs or sends a parent for help names the baby's doctor.

use std::fs;
use std::path::Path;

use relact::text;

/// Galactagogues and hormones named in lactation protocols, and common herbs sold for supply.
/// Plain food words (oats, fennel tea) are left out so the guide can talk about eating well.
const NAMED: &[&str] = &[
    "domperidone",
    "motilium",
    "metoclopramide",
    "reglan",
    "sulpiride",
    "metformin",
    "oxytocin",
    "estrogen",
    "oestrogen",
    "progesterone",
    "birth control",
    "contraceptive pill",
    "fenugreek",
    "blessed thistle",
    "milk thistle",
    "moringa",
    "malunggay",
    "goat's rue",
    "goats rue",
    "galega",
    "shatavari",
    "brewer's yeast",
    "brewers yeast",
    "alfalfa",
    "lactation cookie",
    // Español
    "domperidona",
    "metoclopramida",
    "sulpirida",
    "metformina",
    "oxitocina",
    "estrógeno",
    "progesterona",
    "anticonceptivo",
    "fenogreco",
    "alholva",
    "cardo bendito",
    "cardo mariano",
    "galega",
    "levadura de cerveza",
    "galletas de lactancia",
    // Français
    "dompéridone",
    "métoclopramide",
    "metformine",
    "ocytocine",
    "œstrogène",
    "oestrogène",
    "progestérone",
    "pilule contraceptive",
    "fenugrec",
    "chardon béni",
    "chardon-marie",
    "chardon marie",
    "galéga",
    "levure de bière",
    "luzerne",
    // Português
    "ocitocina",
    "estrogênio",
    "anticoncepcional",
    "feno-grego",
    "feno grego",
    "cardo-santo",
    "cardo santo",
    "cardo-mariano",
    "levedura de cerveja",
    "alfafa",
    // العربية
    "دومبيريدون",
    "موتيليوم",
    "ميتوكلوبراميد",
    "سولبيريد",
    "ميتفورمين",
    "أوكسيتوسين",
    "اوكسيتوسين",
    "إستروجين",
    "استروجين",
    "بروجسترون",
    "حبوب منع الحمل",
    "حلبة",
    "الحلبة",
    "شوك الحليب",
    "شوك مبارك",
    "مورينجا",
    "المورينجا",
    "خميرة البيرة",
    "برسيم حجازي",
];

/// Units that only a dose is written in.
const DOSE_UNITS: &[&str] = &[
    "mg",
    "mcg",
    "µg",
    "iu",
    "tablet",
    "tablets",
    "capsule",
    "capsules",
    "pill",
    "pills",
    // es, fr, pt
    "ui",
    "comprimido",
    "comprimidos",
    "cápsula",
    "cápsulas",
    "pastilla",
    "pastillas",
    "píldora",
    "píldoras",
    "comprimé",
    "comprimés",
    "gélule",
    "gélules",
    "pilule",
    "pilules",
    // ar
    "ملغ",
    "مغ",
    "مجم",
    "ملغم",
    "ميكروغرام",
    "قرص",
    "أقراص",
    "كبسولة",
    "كبسولات",
    "حبة",
    "حبات",
];

/// Every medicine, herb or dose named in `text`.
fn named_medicines(text: &str) -> Vec<String> {
    let lower = text.to_lowercase().replace('’', "'");
    let mut found: Vec<String> =
        NAMED.iter().filter(|w| lower.contains(*w)).map(|w| w.to_string()).collect();
    // A number followed by a dose unit: "10 mg", "10mg", "2 tablets".
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == 'µ'))
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let digits = w.trim_end_matches(|c: char| c.is_alphabetic() || c == 'µ');
        let unit_after = &w[digits.len()..];
        let is_number = !digits.is_empty() && digits.chars().all(|c| c.is_numeric() || c == '.');
        if !is_number {
            continue;
        }
        let unit = if unit_after.is_empty() {
            words.get(i + 1).copied().unwrap_or("")
        } else {
            unit_after
        };
        if DOSE_UNITS.contains(&unit) {
            found.push(format!("{digits} {unit}"));
        }
    }
    found
}

#[test]
fn the_medicine_check_finds_names_and_doses() {
    assert_eq!(named_medicines("Take 10 mg of Domperidone"), ["domperidone", "10 mg"]);
    assert_eq!(
        named_medicines("Fenugreek, 3 capsules a day; 20mg"),
        ["fenugreek", "3 capsules", "20 mg"]
    );
    assert_eq!(named_medicines("Goat’s rue"), ["goat's rue"]);
    assert!(named_medicines("150 g (5 oz) a week, 8 to 12 sessions, 30 ml").is_empty());
    assert!(named_medicines("Herbs and medicines: talk to a health professional first.").is_empty());
    assert_eq!(named_medicines("Tome 10 mg de domperidona"), ["domperidona", "10 mg"]);
    assert_eq!(named_medicines("2 gélules de fenugrec"), ["fenugrec", "2 gélules"]);
    assert_eq!(named_medicines("٢ قرص"), ["٢ قرص"], "Arabic-Indic digits too");
    assert_eq!(named_medicines("خذي 2 قرص من الحلبة"), ["حلبة", "الحلبة", "2 قرص"]);
}

#[test]
fn no_user_facing_text_names_a_medicine_herb_or_dose() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut wrong = Vec::new();
    let translations = ["en", "es", "fr", "pt-BR", "ar"].map(|l| format!("public/i18n/{l}.ftl"));
    let files = ["src/text/mod.rs", "index.html", "public/manifest.webmanifest"]
        .into_iter()
        .map(String::from)
        .chain(translations);
    for file in files {
        let source = fs::read_to_string(root.join(&file)).expect("a readable file");
        for (n, line) in source.lines().enumerate() {
            for name in named_medicines(line) {
                wrong.push(format!("{file}:{}: {name}", n + 1));
            }
        }
    }
    assert!(wrong.is_empty(), "medicines, herbs or doses named:\n{}", wrong.join("\n"));
}

#[test]
fn warning_signs_and_help_lines_name_the_babys_doctor() {
    let doctor = |s: &str| s.contains("baby's doctor");
    assert!(doctor(text::warning::SIGNS_TITLE));
    assert!(doctor(text::warning::CALL_TODAY));
    assert!(text::warning::URGENT.contains("urgent care"));
    assert!(doctor(text::guide::HELP));
    assert!(text::guide::ROUTINE.iter().any(|l| doctor(l)));
    assert!(doctor(text::printout::FOOTER));
    assert!(doctor(text::plan::ICS_DESCRIPTION));
    assert!(doctor(text::plan::STEP_AGREE));
    assert!(doctor(text::progress::WATCH));
    let when = text::guide::SECTIONS.iter().find(|s| s.heading == "When to call for help");
    assert!(when.is_some_and(|s| s.paragraphs.iter().chain(s.points).any(|l| doctor(l))));
    // The specific signs, not "fewer than usual".
    let signs = text::warning::SIGNS.join(" ");
    for needed in
        ["6 heavy wet diapers", "dark urine", "3 stools", "hard to wake", "yellow", "150 g"]
    {
        assert!(signs.contains(needed), "the signs mention {needed}");
    }
}

#[test]
fn the_guide_says_where_to_get_personal_advice_once() {
    let guide = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/guide.rs"))
        .expect("the guide screen");
    assert_eq!(guide.matches("t::HELP").count(), 1, "the guide's help line is drawn once");
    let all: Vec<&str> = text::guide::SECTIONS
        .iter()
        .flat_map(|s| s.paragraphs.iter().chain(s.points))
        .copied()
        .chain([text::guide::INTRO, text::guide::INTRO_WORDS])
        .collect();
    let chest = all.iter().filter(|l| l.contains("chest. Use the word that fits you")).count();
    assert_eq!(chest, 1, "breast or chest is said once");
    assert!(!all.iter().any(|l| l.contains("the more milk your body learns")), "no promise");
    assert!(all.iter().any(|l| l.contains("Never pour")), "cup feeding is safe");
    assert!(all.iter().any(|l| l.contains("days or a few weeks")));
}
