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
# (the messages of this part go above this line)

## Progress (progress-*).
## The Progress screen: its range buttons, its charts' names (each chart's accessible name is its
## sentence) and the sentences under them, the milestones, and the summary printed for the
## lactation consultant. A fall in what the baby shows (wet diapers, weight) is never called
## "normal"; praise ("Keep going", "Good progress") only where the English has it.
progress-range = Show
progress-days-7 = 7 days
progress-days-30 = 30 days
progress-all = All
progress-loading = Loading your progress…
progress-empty = Your charts will grow here as you log sessions. Every session counts, even the ones with no milk yet.
# The charts' titles; $what in the sentences below is one of these.
progress-sessions = Sessions per day
progress-minutes = Minutes of stimulation per day
progress-expressed = Milk expressed per day
progress-supplement = Supplement per day
progress-diapers = Wet and dirty diapers per day
progress-weight = Weight
progress-show-table = Show as a table
progress-hide-table = Hide the table
progress-col-day = Day
progress-col-week = Week of
# The chart's key: the plan's line, and the average line.
progress-target = target
progress-average = 7-day average
# A chart's layers: the breast or chest the milk came from, and the diapers.
progress-left = left
progress-right = right
progress-wet = wet
progress-dirty = dirty
progress-no-weight = No weights logged in this range yet.
progress-print = Print for my consultant

# How a chart's measure moved. $what: a chart's title; $from and $to: amounts a day, written
# by the app ("40 ml", "6 wet"); $span: progress-span-weeks or progress-span-days.
progress-span-weeks = over the last { $weeks } weeks
progress-span-days = over the last { $days } days
progress-trend-steady = { $what } has stayed at about { $to } a day { $span }.
progress-trend-up-keep-going = { $what } is up from { $from } to { $to } a day { $span }. Keep going.
progress-trend-up = { $what } is up from { $from } to { $to } a day { $span }.
# Supplements down, and the baby's signs met every day.
progress-trend-down-good-progress = { $what } is down from { $from } to { $to } a day { $span }. Good progress.
# Supplements down, but the baby's signs did not meet what is expected: no praise.
progress-trend-down-watch-signs = { $what } is down from { $from } to { $to } a day { $span }. Your baby's wet diapers, stools or weight did not show what is expected every day (or were not logged), so keep a close eye on them with your lactation consultant.
# The parent's own sessions or milk down: dips are part of building a supply.
progress-trend-down-normal = { $what } is down from { $from } to { $to } a day { $span }. Ups and downs are normal.
# What the baby shows (wet diapers) down: never "normal".
progress-trend-down-watch = { $what } is down from { $from } to { $to } a day { $span }. { progress-watch }
progress-watch = That is fewer than before. If this goes on, talk to your baby's doctor or your lactation consultant.
progress-early = { $what }: a few more days of logging will show a trend.
# The weight chart's sentence, in kilograms.
progress-weight-range = Weight: { $first } kg to { $last } kg in this range.
progress-weight-range-less = Weight: { $first } kg to { $last } kg in this range. Your baby weighs less than before. Please call your baby's doctor today.
progress-weight-one = Weight: { $weight } kg.
# Today's values, apart from the chart: $values is "6 wet, 2 dirty", "45 ml", "8".
progress-so-far = Today so far, since midnight: { $values }.
progress-wet-a-day = { $wet } wet
progress-kg = { $kg } kg
progress-diapers-so-far = { $wet } wet, { $dirty } dirty

# Progress → Your milestones.
progress-journey = Your milestones
progress-journey-none = Milestones appear here as you reach them: from the log, or ticked by you. Every journey has its own pace.
# $milestones: the names of the milestones not reached yet, joined by " · ".
progress-ahead = Still ahead: { $milestones }
progress-tick = Mark a milestone
progress-tick-which = Milestone
progress-tick-day = Day
progress-tick-own = Your own words
progress-tick-add = Add
progress-tick-day-missing = Please choose the day.
progress-from-log = (from your log)
progress-mark-removed = Milestone removed.
progress-mark-undo = Undo
progress-mark-restored = Milestone back on your timeline.
# A button's name for screen readers; $name is a milestone, $day a date.
progress-mark-remove-label = Remove the milestone { $name }, { $day }
progress-milestone-first-drops = First drops
progress-milestone-let-down = First let-down you noticed
progress-milestone-breast-changes = Changes in your breasts or chest
progress-milestone-supplementer-feed = First feed at the breast with a supplementer
progress-milestone-feed-without-supplementer = First feed at the breast without a supplementer
progress-milestone-supplements-halved = Supplements halved
progress-milestone-day-without-supplements = A whole day with no supplement
progress-milestone-own = Your own milestone
progress-milestone-unknown = A milestone from a newer version of { -brand }
# Said once, gently, when a milestone is reached.
progress-celebrate-first-drops = Milestone: your first drops. Every drop counts.
progress-celebrate-let-down = Milestone: a let-down you noticed (tingling, or milk dripping or spraying). Your body is responding.
progress-celebrate-breast-changes = Milestone: changes in your breasts or chest. Your body is responding.
progress-celebrate-supplementer-feed = Milestone: a feed at the breast with a supplementer.
progress-celebrate-feed-without-supplementer = Milestone: a feed at the breast without a supplementer.
progress-celebrate-supplements-halved = Milestone: supplements halved. Keep watching diapers and weight with your lactation consultant.
progress-celebrate-day-without-supplements = Milestone: a whole day with no supplement. Keep watching diapers and weight.
progress-celebrate-own = Milestone marked. Well done.
progress-celebrate-unknown = Milestone marked.

# Progress → From the breast: the part of the milk that may come from the breast, against the
# supplement a day at the start. $percent is a whole number; $amount, $supplement and $baseline
# are amounts ("300 ml"); $from and $to are days ("2 November").
progress-share-title = From the breast
progress-share-col-breast = From the breast
progress-share-col-weighed = Test weighing
progress-share-col-supplement = Supplement ({ $unit })
progress-baseline-said = Measured against { $amount } of supplement a day at the start, the amount given in Settings → Your journey.
progress-baseline-week-one-day = Measured against { $amount } of supplement a day at the start: the one day with supplements logged in the first week ({ $from } to { $to }).
progress-baseline-week = Measured against { $amount } of supplement a day at the start: the average of the { $days } days with supplements logged in the first week ({ $from } to { $to }).
progress-baseline-so-far-one-day = Measured against { $amount } of supplement a day at the start: the one day with supplements logged so far ({ $from }). It settles once the first week is over.
progress-baseline-so-far = Measured against { $amount } of supplement a day at the start: the average of the { $days } days with supplements logged so far ({ $from } to { $to }). It settles once the first week is over.
progress-share-meaning = The part of the milk that may now come from the breast, if your baby drinks as much as at the start. Test weighing gives the milk measured at the breast. A rough guide; wet diapers and weight tell you more.
# A table cell for a day whose supplements are not below the start (never "0%").
progress-share-not-lower = not lower yet
progress-share-about = about { $percent }%
progress-share-weighed-cell = { $amount } over { $feeds ->
    [one] { $feeds } feed
   *[other] { $feeds } feeds
}
progress-share-weighed-cell-percent = { $amount } over { $feeds ->
    [one] { $feeds } feed
   *[other] { $feeds } feeds
}, at least { $percent }%
# The chart's title and its one line's name.
progress-share-chart = From the breast, about (%)
progress-share-layer = about % from the breast
progress-share-chart-one = About { $last }% of the milk may come from the breast.
progress-share-chart-from-to = From about { $first }% to about { $last }% of the milk from the breast.
progress-share-note = A rough guide from the last whole day. Wet diapers and weight tell you more; talk it over with your lactation consultant.
progress-share-not-lower-yet = Supplements { $supplement } against { $baseline } a day at the start: not lower yet.
progress-share-against-start = Supplements { $supplement } against { $baseline } a day at the start: about { $percent }% of the milk may now come from the breast, if your baby drinks as much as then.
progress-share-weighed-only = Test weighing: { $amount } at the breast over { $feeds ->
    [one] { $feeds } weighed feed
   *[other] { $feeds } weighed feeds
}, and no supplement logged.
progress-share-weighed = Test weighing: { $amount } at the breast over { $feeds ->
    [one] { $feeds } weighed feed
   *[other] { $feeds } weighed feeds
}, so at least { $percent }% of the milk measured came from the breast.
progress-share-not-enough = Not enough in the log yet to tell.

# Progress → the summary printed for the lactation consultant.
progress-summary-days = Days in the printed summary
progress-summary-notes = Notes for your consultant (optional, printed, not saved)
progress-summary-title = Summary for my lactation consultant
progress-summary-plan = Plan in force
progress-summary-table = Day by day (per day, midnight to midnight)
progress-summary-notes-title = My notes
progress-summary-log-notes = Notes from the log
# The planned supplement's key on the printed chart.
progress-planned-key = planned that day (a guide, not a limit)
# "2 November 2026 to 8 November 2026"
progress-summary-range = { $from } to { $to }
progress-summary-plan-line = { $sessions } sessions a day of { $minutes } minutes, { $night } of them at night.
# $path: the path as Settings → Your journey says it. The sentence after it, if any, follows.
progress-summary-path = Path: { $path }
progress-summary-born-today = Baby born today, { $date }.
progress-summary-age-days = Baby's age on { $date }: { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
progress-summary-age-weeks = Baby's age on { $date }: { $weeks } weeks.
progress-summary-due-today = Baby due today, { $date }.
progress-summary-was-due = Baby was due { $date }.
progress-summary-due-in = Baby due { $date }, in { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
progress-summary-plan-age = Baby's age, as set in the plan: { $weeks } weeks.
# The table's headings; $unit is "ml" or "oz".
progress-col-date = Date
progress-col-sessions = Sessions
progress-col-minutes = Minutes
progress-col-expressed = Expressed ({ $unit })
progress-col-cup = Suppl. cup ({ $unit })
progress-col-at-breast = Suppl. at-breast ({ $unit })
progress-col-other = Suppl. other ({ $unit })
progress-col-wet = Wet
progress-col-dirty = Dirty
progress-col-night = Night
progress-col-break = Longest break
progress-col-weight = Weight (kg)
# A longest break in a narrow cell: "5 h 40".
progress-break-cell = { $hours } h { $minutes }
progress-total-of-days = { $days ->
    [one] Total, { $days } whole day
   *[other] Total, { $days } whole days
}
progress-average-row = Average a day
# Today's row, which is not over: "Thu 12 Nov, so far".
progress-today-so-far = { $day }, so far
progress-today-apart = Today ({ $day }) is not over: its row says "so far" and it is left out of the totals, the averages and the charts.
# $longest: "5 h 40 min".
progress-range-facts = Night sessions in these days: { $night }. Longest break: { $longest }.
progress-with-feed = Supplement given with a feed (during it, with an at-breast supplementer, or right after): { $with } of { $total }.
# A note from the log: "Thu 12 Nov 09:40 · Nursing: " then its words.
progress-note-when = { $day } { $time }
progress-note-heading = { $when } · { $who }:
progress-note-supplement = Supplement
progress-step-title = Supplement step-down
# When the step-down began ($day), from what amount a day ($amount), and where that came from.
progress-step-began-log-3 = Began on { $day } at { $amount } a day: the average of the 3 days before it in the log.
progress-step-began-log-1 = Began on { $day } at { $amount } a day: the one day logged in the 3 days before it.
progress-step-began-log = Began on { $day } at { $amount } a day: the average of the { $days } days logged in the 3 days before it.
progress-step-began-said = Began on { $day } at { $amount } a day: the amount given at the start in Settings → Your journey.
progress-step-began-plan = Began on { $day } at { $amount } a day, an amount set on the Plan.
progress-step-today = Planned for today, { $day }: { $amount } (a guide, not a limit).
progress-step-changes = Steps, holds and steps back in these days
progress-step-no-changes = No step, hold or step back in these days.
# $what: what happened and why, in the Plan's words ("held: fewer than 6 wet diapers yesterday").
progress-step-change = { $day }: { $amount }, { $what }
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
