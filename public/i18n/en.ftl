### Relact in English: the source every other file translates.
### How to correct or add a translation: README.md, "Translating Relact". Terms: TERMS.md.
### A line break inside a message reads as a space. { $name } is filled in by the app: keep it,
### move it where your language needs it. Never name a medicine, a herb or a dose.

## The app's name, the same in every language.
-brand = Relact

## The loading screen shown before the app starts (index.html). Plain text only.
shell-lead = Your session timer, your plan for the day and the night, and your progress, in one place. Everything stays on this phone and works with no signal, even at 3 a.m.
shell-opening = Opening…

## Navigation: the bottom bar, the header's links, and the screens' headings.
nav-today = Today
nav-timer = Timer
nav-log = Log
nav-plan = Plan
nav-progress = Progress
nav-guide = Guide
nav-settings = Settings
# The bottom bar's name for screen readers.
nav-main-menu = Main
# The header's links' name for screen readers.
nav-more-menu = More
nav-skip-to-content = Skip to content

## Settings.
settings-theme = Colours
settings-theme-auto = Automatic: night colours while I sleep (from my plan) or when my phone is in dark mode
settings-theme-light = Light
settings-theme-night = Night (dim)
settings-volume = Volume unit
settings-volume-ml = Millilitres (ml)
settings-volume-oz = Ounces (oz)
settings-clock = Clock
settings-clock-24 = 24-hour (14:30)
settings-clock-12 = 12-hour (2:30 pm)
settings-week-start = Weeks start on
settings-monday = Monday
settings-sunday = Sunday
settings-saturday = Saturday
settings-chime = Play a soft chime when pumping or hand expressing reaches its goal
settings-saved = Settings saved on this device.
settings-privacy = Everything you enter stays on this device. { -brand } has no account and sends nothing anywhere.

## Settings → Language. $language is the language's own name ("Français").
settings-language = Language
settings-language-reopens = { -brand } opens again in the language you choose. A running timer keeps going.
# Shown in Portuguese to a phone set to Portugal's (or Africa's) Portuguese.
settings-language-brazil = { -brand }'s Portuguese is the Portuguese of Brazil.
settings-language-opening = Opening { $language }…
# Each file names its own language here: "Relact stays in English".
settings-language-offline = { $language } is not on this phone yet, and there is no connection to get it. { -brand } stays in English; please try again once you are online.
settings-language-failed = { $language } could not be opened. { -brand } stays in English; please try again later.

## How numbers, times and dates are written (src/text/format.rs).
unit-ml = ml
unit-oz = oz
format-minutes = { $minutes } min
# A 12-hour clock time: $time is "2:05".
format-clock-12 = { $time } { $period ->
    [am] am
   *[pm] pm
}
# "Saturday 28 November"
format-day-heading = { $weekday } { $day } { $month }
# "Sat 28 Nov", with the short names below
format-short-date = { $weekday } { $day } { $month }
# "28 Nov", on a chart's axis
format-short-day-month = { $day } { $month }
# "28 November", in a sentence
format-day-month = { $day } { $month }
# "28 November 2026"
format-full-date = { $day } { $month } { $year }
# A week on a chart, by the day it starts: "Nov 2"
format-week-label = { $month } { $day }

weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
weekday-monday-short = Mon
weekday-tuesday-short = Tue
weekday-wednesday-short = Wed
weekday-thursday-short = Thu
weekday-friday-short = Fri
weekday-saturday-short = Sat
weekday-sunday-short = Sun

month-january = January
month-february = February
month-march = March
month-april = April
month-may = May
month-june = June
month-july = July
month-august = August
month-september = September
month-october = October
month-november = November
month-december = December
month-january-short = Jan
month-february-short = Feb
month-march-short = Mar
month-april-short = Apr
month-may-short = May
month-june-short = Jun
month-july-short = Jul
month-august-short = Aug
month-september-short = Sep
month-october-short = Oct
month-november-short = Nov
month-december-short = Dec

## Today, the Timer, feeding, the Log, reminders, updates, problems and backups
## (today-*, timer-*, feeding-*, log-*, reminder-*, update-*, problem-*, backup-*).
# (the messages of this part go above this line)

## The Plan, Your journey, medicines and printouts (plan-*, journey-*, medicines-*, printout-*).
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.

# Warning signs (src/text/mod.rs, warning): the safety sentences. Translate these first and most
# carefully. They name the baby's doctor, and the "get help now" lines say now. Never alarming,
# never falsely reassuring. The numbers come from the care table: keep every { $placeholder }.
# A count picks its plural form with { $n -> [one] … *[other] … }.

# The heading of Today's box for signs worth a call today.
warning-today-title = Worth a call today
# The heading of Today's box for a sign that needs help now.
warning-now-title = Get help now
# Under signs read from the log's counts: the log may simply be incomplete.
warning-maybe-missed = If some were not logged, add them.
warning-call-today = If the log is right, please call your baby's doctor today.
warning-get-help-now = If it is right, get help now: go to urgent care or call your local emergency number.
# The heading of the "get help now" list; each line of the list finishes this sentence
# ("…if your baby" + "is floppy, …").
warning-urgent-title = Get help now (urgent care or your local emergency number) if your baby
# The same heading inside Today's expandable line, leading into the list.
warning-urgent-intro = { warning-urgent-title }:
# Today's one line that opens the list.
warning-urgent-open = When to get help now
warning-urgent-dry = has had no wet diaper for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } or more
warning-urgent-floppy = is floppy, very hard to wake, or too sleepy to feed
warning-urgent-fever = is under { $months ->
        [one] { $months } month
       *[other] { $months } months
    } old and has a temperature of { $celsius } °C or more
warning-urgent-breathing = has trouble breathing, or blue or grey lips or skin
warning-urgent-dehydrated = has a sunken soft spot on the head, a dry mouth and no tears
warning-urgent-vomiting = vomits green, or vomits forcefully again and again
warning-urgent-yellow = has yellow skin in the first { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } of life, or yellow skin that is deepening while your baby is sleepy

# The heading of the list of signs worth a call (the Guide, the printed plan); each line is a
# sentence of its own.
warning-signs-title = Call your baby's doctor today if
warning-sign-wet = Fewer wet diapers in 24 hours than about { $day1 } on day 1, { $day2 } on day 2, { $day3 } on day 3, { $day4 } on day 4, then { $wet } or more heavy ones.
warning-sign-stools = From day { $from } to { $weeks } weeks, fewer than { $stools ->
        [one] { $stools } stool
       *[other] { $stools } stools
    } in 24 hours.
warning-sign-dry = After day { $day }, no wet diaper for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } while awake and feeding, or dark urine or orange-pink crystals.
warning-sign-feeds = In the first { $weeks } weeks, fewer than { $feeds ->
        [one] { $feeds } feed
       *[other] { $feeds } feeds
    } in 24 hours.
warning-sign-newborn-weight = A newborn has lost { $check }% of birth weight (feeding needs checking) or { $medical }% (a medical check), still loses after day { $falling }, or is not back to birth weight by { $back } days.
warning-sign-gain = From { $from } weeks to { $until } months, a gain under about { $grams } g a week, or any loss; later, well under the usual gain for the age.
warning-sign-hungry = Still hungry after the planned supplement: give more. The plan is a guide, never a limit.

# One sign on Today: what the log shows (a missing entry is not a fact about the baby), then what
# is expected. $hours is the stretch the log covers (24 at most).
warning-few-wet = The log shows { $wet ->
        [one] { $wet } wet diaper
       *[other] { $wet } wet diapers
    } in the last { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }. At your baby's age, about { $expected } or more are expected in that time.
warning-few-stools = The log shows { $stools ->
        [one] { $stools } stool
       *[other] { $stools } stools
    } in the last { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }. At your baby's age, about { $expected } or more are expected in that time.
warning-few-feeds = The log shows { $feeds ->
        [one] { $feeds } feed
       *[other] { $feeds } feeds
    } in the last { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }. In the first weeks, a baby feeds about { $expected } or more times in that time.
warning-dry-for = No wet diaper has been logged for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } while your baby was awake and feeding.
warning-dry-long = No wet diaper has been logged for { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }. If your baby had one that is not in the log yet (overnight, say), check and add it.
warning-dark-urine = A diaper in the last 24 hours had dark urine or orange-pink crystals. After the first days, that is a sign your baby needs more milk.
warning-newborn-loss-check = Your baby's latest weight is { $percent }% under the birth weight. From { $check }%, feeding needs checking.
warning-newborn-loss-medical = Your baby's latest weight is { $percent }% under the birth weight. From { $medical }%, your baby needs a medical check.
# $latest and $before are kilograms with two decimals: "3.45".
warning-weight-down = Your baby's latest weight, { $latest } kg, is lower than the one before, { $before } kg.
warning-not-back = Your baby's latest weight, { $latest } kg, is still under the birth weight, { $birth } kg. Most babies are back to it by { $days } days.
warning-no-gain = Your baby has not gained since the weighing a week or more before. At this age, a gain under about { $minimum } g a week is worth a call.
warning-slow-gain = Your baby gained about { $grams } g a week since the weighing a week or more before. At this age, under about { $minimum } g a week is worth a call.

# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
