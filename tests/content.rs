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

/// The safety lines in every translation file (native: the files are read from the source tree).
#[cfg(not(target_arch = "wasm32"))]
mod every_language {
    use relact::domain::language::Language;
    use relact::text;
    use relact::text::i18n::with_language;

    /// How each language names the baby's doctor, says "today" and "now", and where help is: the
    /// words the translations use (public/i18n/TERMS.md).
    struct SafetyWords {
        language: Language,
        doctor: &'static str,
        today: &'static str,
        now: &'static str,
        urgent_care: &'static str,
        emergency_number: &'static str,
    }

    const SAFETY_WORDS: [SafetyWords; 5] = [
        SafetyWords {
            language: Language::English,
            doctor: "baby's doctor",
            today: "today",
            now: "now",
            urgent_care: "urgent care",
            emergency_number: "emergency number",
        },
        SafetyWords {
            language: Language::Spanish,
            doctor: "médico de tu bebé",
            today: "hoy",
            now: "ahora",
            urgent_care: "urgencias",
            emergency_number: "número de emergencias",
        },
        SafetyWords {
            language: Language::French,
            doctor: "médecin de votre bébé",
            today: "aujourd'hui",
            now: "maintenant",
            urgent_care: "urgences",
            emergency_number: "numéro d'urgence",
        },
        SafetyWords {
            language: Language::BrazilianPortuguese,
            doctor: "médico do seu bebê",
            today: "hoje",
            now: "agora",
            urgent_care: "pronto-socorro",
            emergency_number: "número de emergência",
        },
        SafetyWords {
            language: Language::Arabic,
            doctor: "طبيب طفلك",
            today: "اليوم",
            now: "الآن",
            urgent_care: "قسم الطوارئ",
            emergency_number: "رقم الطوارئ",
        },
    ];

    /// What Today's sign says for a count, with the isolate marks around arguments taken out.
    fn few_wet(language: Language, wet: u32, hours: u32) -> String {
        use relact::domain::warning::Sign;
        let sign = Sign::FewWet { wet, expected: 6, hours };
        with_language(language, || text::warning::sign(&sign)).replace(['\u{2068}', '\u{2069}'], "")
    }

    /// Each counted thing in a sign takes the language's plural form: 0, 1, 2, 3, 11 and 100 wet
    /// diapers, and 1, 2, 3, 11 and 24 hours, written out by hand.
    #[test]
    fn the_signs_counts_take_each_languages_plural_forms() {
        let diapers: [(Language, [&str; 6]); 5] = [
            (
                Language::English,
                [
                    "The log shows 0 wet diapers in",
                    "The log shows 1 wet diaper in",
                    "The log shows 2 wet diapers in",
                    "The log shows 3 wet diapers in",
                    "The log shows 11 wet diapers in",
                    "The log shows 100 wet diapers in",
                ],
            ),
            (
                Language::Spanish,
                [
                    "El registro muestra 0 pañales mojados en",
                    "El registro muestra 1 pañal mojado en",
                    "El registro muestra 2 pañales mojados en",
                    "El registro muestra 3 pañales mojados en",
                    "El registro muestra 11 pañales mojados en",
                    "El registro muestra 100 pañales mojados en",
                ],
            ),
            (
                Language::French,
                [
                    "Le journal montre 0 couche mouillée sur",
                    "Le journal montre 1 couche mouillée sur",
                    "Le journal montre 2 couches mouillées sur",
                    "Le journal montre 3 couches mouillées sur",
                    "Le journal montre 11 couches mouillées sur",
                    "Le journal montre 100 couches mouillées sur",
                ],
            ),
            (
                Language::BrazilianPortuguese,
                [
                    "O registro não mostra nenhuma fralda molhada nas",
                    "O registro mostra 1 fralda molhada nas",
                    "O registro mostra 2 fraldas molhadas nas",
                    "O registro mostra 3 fraldas molhadas nas",
                    "O registro mostra 11 fraldas molhadas nas",
                    "O registro mostra 100 fraldas molhadas nas",
                ],
            ),
            (
                Language::Arabic,
                [
                    "لا يُظهر السجلّ أي حفاض مبلل خلال",
                    "يُظهر السجلّ حفاضًا مبللًا واحدًا خلال",
                    "يُظهر السجلّ حفاضين مبللين خلال",
                    "يُظهر السجلّ 3 حفاضات مبللة خلال",
                    "يُظهر السجلّ 11 حفاضًا مبللًا خلال",
                    "يُظهر السجلّ 100 حفاض مبلل خلال",
                ],
            ),
        ];
        for (language, said) in diapers {
            for (n, start) in [0, 1, 2, 3, 11, 100].into_iter().zip(said) {
                let line = few_wet(language, n, 24);
                assert!(line.starts_with(start), "{}: {n}: {line}", language.file());
            }
        }
        let hours: [(Language, [&str; 5]); 5] = [
            (
                Language::English,
                [
                    "last 1 hour.",
                    "last 2 hours.",
                    "last 3 hours.",
                    "last 11 hours.",
                    "last 24 hours.",
                ],
            ),
            (
                Language::Spanish,
                [
                    "en la última hora.",
                    "en las últimas 2 horas.",
                    "en las últimas 3 horas.",
                    "en las últimas 11 horas.",
                    "en las últimas 24 horas.",
                ],
            ),
            (
                Language::French,
                [
                    "sur la dernière heure.",
                    "sur les 2 dernières heures.",
                    "sur les 3 dernières heures.",
                    "sur les 11 dernières heures.",
                    "sur les 24 dernières heures.",
                ],
            ),
            (
                Language::BrazilianPortuguese,
                [
                    "na última hora.",
                    "nas últimas 2 horas.",
                    "nas últimas 3 horas.",
                    "nas últimas 11 horas.",
                    "nas últimas 24 horas.",
                ],
            ),
            (
                Language::Arabic,
                [
                    "خلال الساعة الأخيرة.",
                    "خلال الساعتين الأخيرتين.",
                    "خلال آخر 3 ساعات.",
                    "خلال آخر 11 ساعة.",
                    "خلال آخر 24 ساعة.",
                ],
            ),
        ];
        for (language, said) in hours {
            for (h, part) in [1, 2, 3, 11, 24].into_iter().zip(said) {
                let line = few_wet(language, 3, h);
                assert!(line.contains(part), "{}: {h} hours: {line}", language.file());
            }
        }
    }

    #[test]
    fn warning_signs_and_help_lines_name_the_babys_doctor_in_every_language() {
        for words in &SAFETY_WORDS {
            with_language(words.language, || {
                let name = words.language.file();
                // Worth a call: the baby's doctor, today.
                for line in [text::warning::SIGNS_TITLE, text::warning::CALL_TODAY] {
                    let line = line.get();
                    assert!(line.contains(words.doctor), "{name}: {line}");
                    assert!(line.contains(words.today), "{name}: {line}");
                }
                // The urgent level says now, and where: urgent care or the local emergency number.
                for line in [text::warning::GET_HELP_NOW, text::warning::URGENT_TITLE] {
                    let line = line.get();
                    assert!(line.contains(words.now), "{name}: {line}");
                    assert!(line.contains(words.urgent_care), "{name}: {line}");
                    assert!(line.contains(words.emergency_number), "{name}: {line}");
                }
                for line in [text::warning::NOW_TITLE, text::warning::URGENT_OPEN] {
                    assert!(line.get().contains(words.now), "{name}: {}", line.get());
                }
                assert!(text::warning::URGENT_INTRO
                    .get()
                    .starts_with(text::warning::URGENT_TITLE.get()));
                // Every sign keeps the care table's numbers (hand-worked: 12 hours dry, 38 °C, the
                // first 24 hours; 6 wet, 3 stools, 8 hours, 8 feeds, 7% and 10%, 14 days, 115 g).
                let urgent = text::warning::urgent_signs().join(" ");
                for n in ["12", "38", "24"] {
                    assert!(urgent.contains(n), "{name}: {n} in {urgent}");
                }
                let signs = text::warning::signs().join(" ");
                for n in ["6", "3", "8", "7", "10", "14", "115"] {
                    assert!(signs.contains(n), "{name}: {n} in {signs}");
                }
                assert_eq!(text::warning::urgent_signs().len(), 7, "{name}");
                assert_eq!(text::warning::signs().len(), 7, "{name}");
                // The Guide sends the parent to the baby's doctor too.
                assert!(text::guide::HELP.get().contains(words.doctor), "{name}");
                assert!(
                    text::guide::ROUTINE.iter().any(|l| l.get().contains(words.doctor)),
                    "{name}"
                );
                let when = &text::guide::SECTIONS[4];
                assert!(when.points.iter().any(|l| l.get().contains(words.doctor)), "{name}");
            });
        }
    }
}

#[test]
fn warning_signs_and_help_lines_name_the_babys_doctor() {
    let doctor = |s: &str| s.contains("baby's doctor");
    assert!(doctor(text::guide::HELP.get()));
    assert!(text::guide::ROUTINE.iter().any(|l| doctor(l.get())));
    assert!(doctor(text::printout::FOOTER.get()));
    assert!(doctor(text::plan::ICS_DESCRIPTION.get()));
    assert!(doctor(text::plan::STEP_AGREE.get()));
    assert!(doctor(text::progress::WATCH.get()));
    let when = text::guide::SECTIONS.iter().find(|s| s.heading == "When to call for help");
    assert!(when.is_some_and(|s| s.paragraphs.iter().chain(s.points).any(|l| doctor(l.get()))));
    // The specific signs, not "fewer than usual", with the care table's numbers.
    let signs = text::warning::signs().join(" ");
    for needed in [
        "6 or more heavy ones",
        "dark urine",
        "3 stools",
        "8 hours",
        "8 feeds",
        "7%",
        "10%",
        "14 days",
        "115 g",
    ] {
        assert!(signs.contains(needed), "the signs mention {needed}: {signs}");
    }
    let urgent = text::warning::urgent_signs().join(" ");
    for needed in [
        "12 hours",
        "floppy",
        "very hard to wake",
        "38 \u{b0}C",
        "3 months",
        "blue or grey",
        "sunken soft spot",
        "green",
        "yellow skin in the first 24 hours",
    ] {
        assert!(urgent.contains(needed), "the urgent signs mention {needed}: {urgent}");
    }
}

/// The numbers the care table holds, as they would be written in a sentence or a comparison:
/// none of them may appear in `src/` outside `src/domain/care.rs` (tests of other modules, after
/// their `#[cfg(test)]`, keep their hand-worked numbers). Sentences take them from the table
/// through placeholders, code through the table's constants and functions.
fn threshold_numbers(line: &str) -> Vec<String> {
    let lower = line.to_lowercase();
    let mut found = Vec::new();
    // The old constants that held thresholds of their own.
    for name in [
        "enough_wet",
        "enough_stools",
        "min_gain_g_per_week",
        "wet_diapers_to_step",
        "dry_hours",
        "evening_after_waking",
        "first_days_end",
        "young_end",
    ] {
        if lower.contains(name) {
            found.push(name.to_string());
        }
    }
    // A number followed by what the table counts: "6 wet", "6 or more heavy wet", "3 stools",
    // "8 feeds", "115 g a week", "7%", "38 °c", and "for 12 hours" said of a wet diaper.
    // A line's trailing comment is for developers; what it says is not read.
    let said = lower.split(" //").next().unwrap_or("");
    let words: Vec<&str> = said
        .split(|c: char| !(c.is_alphanumeric() || c == '%' || c == '°'))
        .filter(|w| !w.is_empty())
        .collect();
    let filler = ["or", "more", "heavy", "fewer", "than", "about", "a", "at", "least"];
    for (i, w) in words.iter().enumerate() {
        let digits = w.trim_end_matches('%');
        // 0 and 1 pick a sentence's plural ("1 wet diaper"); they are no threshold.
        if digits.is_empty()
            || !digits.chars().all(|c| c.is_ascii_digit())
            || digits.parse::<u32>().is_ok_and(|n| n < 2)
        {
            continue;
        }
        if w.ends_with('%') {
            found.push(w.to_string());
            continue;
        }
        let next: Vec<&str> =
            words[i + 1..].iter().copied().filter(|n| !filler.contains(n)).take(3).collect();
        let unit = match next.as_slice() {
            ["wet", ..] | ["stools", ..] | ["stool", ..] | ["dirty", ..] => true,
            ["feeds", ..] => true,
            ["g", "week", ..] | ["g", "per", "week"] | ["grams", "week", ..] => true,
            ["°c", ..] => true,
            // "in 24 hours" is the rolling day every count is said over, not a threshold.
            ["hours", ..] | ["hour", ..] => {
                *w != "24" && (said.contains("wet diaper") || said.contains("dry"))
            }
            _ => false,
        };
        if unit {
            found.push(format!("{w} {}", next.join(" ")));
        }
    }
    // A count of the baby's signs compared with a number in code: `wet >= 6`, `stools < 3`.
    let code = lower.split("//").next().unwrap_or("");
    let counts = ["wet", "stools", "dirty", "gain", "grams", "feeds"];
    if counts.iter().any(|c| code.contains(c)) && !code.contains('"') {
        for op in [">= ", "<= ", "< ", "> ", "== "] {
            for part in code.split(op).skip(1) {
                let n: String = part.chars().take_while(|c| c.is_ascii_digit()).collect();
                if n.parse::<u32>().is_ok_and(|n| n >= 2) {
                    found.push(format!("{op}{n}"));
                }
            }
        }
    }
    found
}

#[test]
fn the_threshold_check_finds_numbers_said_or_compared() {
    assert_eq!(threshold_numbers("fewer than 6 heavy wet diapers"), ["6 wet diapers"]);
    assert_eq!(threshold_numbers("3 or more stools (dirty diapers)"), ["3 stools dirty diapers"]);
    assert_eq!(threshold_numbers("gains about 150 g a week"), ["150 g week"]);
    assert_eq!(threshold_numbers("a loss of 7% or more"), ["7%"]);
    assert_eq!(threshold_numbers("No wet diaper for 12 hours"), ["12 hours"]);
    assert_eq!(threshold_numbers("if day.wet >= 6 {"), [">= 6"]);
    assert_eq!(threshold_numbers("let x = super::stats::ENOUGH_WET;"), ["enough_wet"]);
    assert!(threshold_numbers("Aim for 8 or more sessions in 24 hours").is_empty());
    assert!(threshold_numbers("format!(\"{n} or more heavy wet diapers\", n = care::WET_PER_DAY)")
        .is_empty());
    assert!(threshold_numbers("if s.wet && !s.stools {").is_empty());
}

#[test]
fn no_threshold_number_appears_in_src_outside_the_care_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        for e in fs::read_dir(dir).expect("a readable src/") {
            let path = e.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 50, "read every source file ({})", files.len());
    let mut wrong = Vec::new();
    for file in files.iter().filter(|f| !f.ends_with("src/domain/care.rs")) {
        let source = fs::read_to_string(file).expect("a readable file");
        // Other modules' own tests keep their hand-worked numbers, in the module or in a
        // `tests.rs` of their own (which only `#[cfg(test)] mod tests;` compiles).
        let tests_file = file.ends_with("tests.rs");
        let code = source.split("\n#[cfg(test)]").next().filter(|_| !tests_file).unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let doc = line.trim_start().starts_with("//");
            for found in threshold_numbers(line).into_iter().filter(|_| !doc) {
                let name = file.strip_prefix(root).unwrap_or(file).display();
                wrong.push(format!("{name}:{}: {found}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(wrong.is_empty(), "thresholds outside the care table:\n{}", wrong.join("\n"));
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
        .map(|m| m.get())
        .collect();
    let chest = all.iter().filter(|l| l.contains("chest. Use the word that fits you")).count();
    assert_eq!(chest, 1, "breast or chest is said once");
    assert!(!all.iter().any(|l| l.contains("the more milk your body learns")), "no promise");
    assert!(all.iter().any(|l| l.contains("Never pour")), "cup feeding is safe");
    assert!(all.iter().any(|l| l.contains("days or a few weeks")));
}
