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
# Settings → the parent's own list of medicines and galactagogues. Relact never names one, in any
# language. $who is whoever the parent wrote ("Dr Lee"), $name the name the parent wrote.
medicines-title = Medicines and galactagogues
medicines-intro = Keep a list of what you take for your milk (galactagogues are herbs or medicines said to increase milk), so your lactation consultant and doctor can see it. { -brand } never suggests anything: what to take, how much and for how long is decided with a doctor who knows breastfeeding.
medicines-own-choice-note = Please tell your doctor or lactation consultant about it: some herbs and medicines pass into milk or do not mix with others.
medicines-empty = Nothing listed yet.
medicines-add = Add to the list
medicines-name = Name
medicines-who = Who advised it (name or role)
medicines-own-choice = My own choice
medicines-start = Started
medicines-stop = Stopped (leave empty if you still take it)
medicines-save = Save
medicines-cancel = Cancel
medicines-saved = Saved to your list.
medicines-deleted = Removed from your list.
medicines-restored = Back on your list.
medicines-undo = Undo
medicines-loading = Loading your list…
medicines-advised = Advised by { $who }
# $start and $stop are short dates: "3 Nov – 20 Nov", "Since 3 Nov".
medicines-dates = { $start } – { $stop }
medicines-since = Since { $start }
medicines-taken-today = Taken today
# The tick's name for screen readers.
medicines-taken-today-name = Taken today: { $name }
medicines-edit-label = Edit { $name }
medicines-delete-label = Remove { $name } from the list
medicines-edit = Edit
medicines-delete = Remove
# The consultant summary's section.
medicines-summary-title = Medicines and galactagogues (as listed by the parent)
medicines-summary-none = None listed for these days.
# After a medicine's dates on the summary: on how many days of the summary's range it was ticked.
medicines-summary-taken = { $days ->
    [0] no day ticked as taken in this range
    [one] ticked as taken on 1 day in this range
   *[other] ticked as taken on { $days } days in this range
}

# The printed plan for the fridge and its day log sheet (Plan → Print).
printout-print-plan = Print my plan and a day log sheet
printout-plan-title = My { -brand } plan
printout-plan-line = Sessions a day: { $sessions } · Each session: { $minutes } min · Longest break between sessions: { $gap }
# The sheet lists every planned session of the 24 hours, day and night.
printout-sheet-title = Day log sheet (24 hours, night included)
printout-sheet-help = Fill this in by hand, day or night; add it to { -brand } later.
printout-sheet-spare = The rows after the planned times are spare: for extra feeds and for supplements given by cup, spoon or bottle.
printout-date-line = Date: ____________________
# The sheet's columns. L and R: the parent's own left and right.
printout-col-planned = Planned
printout-col-time = Time started
printout-col-side = Side (L / R / both)
printout-col-minutes = Minutes
# $unit is "ml" or "oz".
printout-col-left = Milk left ({ $unit })
printout-col-right = Milk right ({ $unit })
printout-col-supplement = Supplement ({ $unit }, how)
printout-col-diapers = Diapers (wet / dirty)
# A planned time in the sleeping hours: "03:00 (night)".
printout-sheet-time-night = { $time } (night)
printout-reminders = Remember
# $day is "Saturday 28 November", $amount "240 ml". A guide, never a limit.
printout-planned-on = Planned supplement for { $day } (a guide, not a limit): { $amount }
printout-no-step-down = No step-down planned
printout-footer = Made with { -brand }. Your data stays on your phone. For personal advice, talk to your baby's doctor, a lactation consultant or your local La Leche League Leader.
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
