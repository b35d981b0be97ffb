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

# The Plan screen. A supplement plan is a guide, never a limit: every sentence about the planned
# amount keeps that meaning.
plan-your-day = Your day
# A tag beside a planned time in the sleeping hours.
plan-night = night
# "4 h 0 min"
plan-hours = { $hours } h { $minutes } min
plan-session-length = Each session: { $minutes } min
# $gap is "4 h 0 min".
plan-longest-gap = Longest break between sessions: { $gap }
plan-settings = Set up your plan
plan-goal = What you are doing
plan-goal-relactation = Relactation: bringing back my milk
plan-goal-induced = Inducing lactation: making milk for the first time
plan-sessions = Sessions per 24 hours
plan-minutes = Minutes per session
plan-wake = I usually wake at
plan-sleep = I usually go to sleep at
plan-night-sessions = Sessions while I sleep
plan-night-why = The guidance includes night sessions. Milk is made when it is removed often, so a session while you sleep keeps the longest break short. One is a good start.
plan-night-none = None
plan-baby-age-where = Your baby's birth date, which keeps their age up to date, is in Settings → Your journey.
plan-guidance = The usual advice is 8 to 12 sessions a day, 20 to 30 minutes each, including at night. Hand expressing, pumping and nursing all count.
plan-bad-time = Please enter a time, for example 07:00.

# The step-down of supplements.
plan-step-down = Plan a slow step-down of supplements
plan-step-start-ml = Supplement per day now (ml)
plan-step-size-ml = Less each step (ml per day, up to 30)
plan-step-start-oz = Supplement per day now (oz)
plan-step-size-oz = Less each step (oz per day, up to 1)
plan-step-hold = Days at each level
plan-step-from = Start the step-down on
plan-step-agree = Please agree the pace of any step-down with your lactation consultant or your baby's doctor. Every baby is different.
plan-step-history = Recent days
plan-step-date = Date
plan-step-target = Planned
# $amount is "240 ml". On Today.
plan-planned-today = Planned supplement today: { $amount } — a guide, not a limit. If your baby still seems hungry, give more.
# How the step-down decides, as a short list. $day is 5, $wet 6, $stools 3, $days 7 (the care table).
plan-rule-guide = The planned amount is a guide, never a limit: if your baby still seems hungry, give more.
plan-rule-first-days = In your baby's first days (before day { $day }) the amount does not step down: wet diapers are still building up, and your baby's doctor guides feeding.
plan-rule-wet-and-stools = A step down comes only after every day at a level had { $wet } or more wet diapers and { $stools } or more stools, as expected at your baby's age.
plan-rule-wet = A step down comes only after every day at a level had { $wet } or more wet diapers.
plan-rule-more = A day on which your baby had more than planned holds the amount.
plan-rule-weights = If you log weights, each must show your baby gaining as expected for their age.
plan-rule-half = Below half the starting amount, and before none, a weight from the last { $days } days showing a good gain is needed: diapers alone are not enough.
plan-rule-short = A day that falls short holds the amount; two in a row go back up.
plan-rule-step-size = Each step is at most 30 ml (1 oz) a day.
plan-rule-birth-date = Add your baby's birth date in Settings, so the rule follows their age.
# Why a day did not count towards a step, in the recent days table after "held: ".
# $what says what the log fell short of: wet diapers, stools, or both; $wet and $stools are the
# numbers needed (6 and 3). $amount is "300 ml".
plan-hold-first-days = your baby's first days
plan-hold-needed-more = your baby had { $amount } yesterday
plan-hold-weight = the last weight
plan-hold-short = { $what ->
    [wet] fewer than { $wet } wet diapers
    [both] fewer than { $wet } wet diapers and fewer than { $stools } stools
   *[stools] fewer than { $stools } stools
} logged yesterday
plan-hold-short-and-weight = { $what ->
    [wet] fewer than { $wet } wet diapers
    [both] fewer than { $wet } wet diapers and fewer than { $stools } stools
   *[stools] fewer than { $stools } stools
} logged yesterday, and the last weight
# How a day of the step-down came about: $change is down, held or up; $reason is a plan-hold-* line.
plan-change = { $change ->
    [down] stepped down
    [held] held
   *[up] back up
}
plan-change-because = { $change ->
    [down] stepped down
    [held] held
   *[up] back up
}: { $reason }
# Why the step-down holds or went back up, on Today and the Plan. Said as what the log shows,
# never as a fact about the baby; always who to talk to.
plan-caution-first-days = In your baby's first days wet diapers are still building up, so the planned amount does not step down. Your baby's doctor guides feeding now.
plan-caution-needed-more = Yesterday your baby had { $given }, more than the { $planned } planned, so the amount stays the same. Your baby needed it: the plan is a guide, never a limit. You can restart the step-down from what your baby had.
plan-caution-weight = The last weight shows a loss or a slow gain, so the amount stays the same. Please talk to your lactation consultant or your baby's doctor.
plan-caution-short = The log shows { $what ->
    [wet] fewer than { $wet } wet diapers
    [both] fewer than { $wet } wet diapers and fewer than { $stools } stools
   *[stools] fewer than { $stools } stools
} yesterday, so the amount stays the same. If some were not logged, add them. Please talk to your lactation consultant or your baby's doctor.
plan-caution-short-and-weight = The log shows { $what ->
    [wet] fewer than { $wet } wet diapers
    [both] fewer than { $wet } wet diapers and fewer than { $stools } stools
   *[stools] fewer than { $stools } stools
} yesterday, and the last weight shows a loss or a slow gain, so the amount stays the same. If some were not logged, add them. Please talk to your lactation consultant or your baby's doctor.
plan-caution-stepped-back = Two days in a row fell short of what your baby's diapers or weight should show, so the amount went back up. Please talk to your lactation consultant.
plan-caution-needs-weight = The next step would take the amount below half of where it started. Before that, please have your baby weighed: a weight from the last { $days } days that shows a good gain is needed, since diapers alone are not enough.
plan-restart-from = Restart the step-down from { $amount } a day
plan-restarted = The step-down starts again from what your baby had.
# Under the starting amount: $days is how many of the last 3 days had a supplement logged.
plan-start-from-log = { $days ->
    [3] From your log, the last 3 days: about { $amount } a day.
   *[other] From your log, the { $days } of the last 3 days with a supplement logged: about { $amount } a day.
}
plan-start-from-said = From what you told { -brand } at the start: about { $amount } a day.
plan-start-check = Is this everything your baby had, including feeds others gave? If not, change it.
plan-start-prompt = How much supplement does your baby have in a day now? Enter it here to start the step-down.
plan-start-not-a-number-ml = Please enter the amount a day as a number above 0, for example 240.
plan-start-not-a-number-oz = Please enter the amount a day as a number above 0, for example 8.
plan-start-zero = The starting amount must be more than 0. If your baby no longer needs a supplement, you can turn the step-down off.
# $amount is the most a day Relact takes ("2000 ml").
plan-start-too-much = That is more than { $amount } a day. Please check the amount.

# The calendar file (.ics): its button and the reminders' words.
plan-calendar = Add to my calendar (.ics)
plan-calendar-help = Your phone's calendar can then remind you of each session, even when { -brand } is closed. After you change the plan, add the new file again: it replaces the old reminders.
plan-calendar-saved = Calendar file saved. Open it to add the reminders.
plan-calendar-failed = The calendar file could not be made on this device.
plan-ics-summary = Pump, hand express or nurse
plan-ics-night = Night session: pump, hand express or nurse
plan-ics-description = From your { -brand } plan. For personal advice, talk to your baby's doctor, a lactation consultant or your local La Leche League Leader.

# Your journey: where the parent starts (Settings and the first screen), the baby's dates, the
# opening phase before a baby arrives, the countdown and the baby's age on Today.
journey-title = Your journey
journey-path = Where are you starting?
journey-path-relactating = Bringing my milk back. My baby is here.
journey-path-inducing-here = Making milk for the first time. My baby is here.
journey-path-preparing = Making milk before my baby arrives (for example adoption or surrogacy).
journey-path-saved = Saved. Your plan now starts from this path; you can change it on the Plan screen.
journey-birth-date = Baby's birth date (if you like)
# The age in weeks an older version of the plan kept.
journey-old-age-weeks = Your plan once said your baby was { $weeks } { $weeks ->
    [one] week
   *[other] weeks
} old. Add the birth date above so { -brand } can keep the age up to date.
journey-due-date = When your baby is expected
# $unit is "ml" or "oz".
journey-supplement-now = Supplement a day now, in { $unit } (if you like)
journey-supplement-hint = Once your log has supplements from the last three days, { -brand } uses those instead.
journey-birth-weight = Birth weight in grams (if you know it)
journey-birth-weight-hint = With the birth weight, Today can tell you if your newborn's weight loss needs checking, and if your baby is back to it in time.
journey-birth-saved = Birth date saved. Today now reads your baby's signs for their age.
journey-birth-future = That date is after today. Please choose the day your baby was born. Nothing was changed.
journey-birth-year = Please check the year of the birth date. Nothing was changed.
journey-birth-weight-problem = Please check the birth weight: it is in grams, for example 3400. Nothing was changed.
journey-opening = Begin with a gentle opening phase (48 hours of short sessions)
journey-opening-hint = A short session about every 2 hours by day and every 3 hours at night, about 15 minutes each; then your plan takes over. Agree the start with your lactation consultant.
# "Baby is here": the button, the dialog's question and its answers.
journey-baby-here = Baby is here
journey-born-question = When was your baby born?
journey-born-hint = Today, or any day before: an older or adopted baby is read by their age, so what Today expects fits them.
journey-born-missing = Please choose the day your baby was born.
journey-baby-here-save = Save: my baby is here
journey-baby-here-cancel = Not yet
journey-baby-here-saved = Welcome, little one. Diapers and supplements are now on Today. Your log is kept.
journey-baby-here-undone = Back to getting ready. Nothing else changed.
# Today while getting ready for the baby.
journey-preparing-title = Getting ready for your baby
journey-preparing-note = Until your baby is here, Today shows pumping only. Diapers and supplements appear when you tap “Baby is here”.
journey-no-due-date = Add the due date in Settings to see a countdown.
journey-due-passed = Your due date has passed. Tap “Baby is here” when your baby arrives.
journey-countdown = { $days ->
    [0] Your baby is due today.
    [one] { $days } day until your baby is due.
   *[other] { $days } days until your baby is due.
}
# Today's line about the journey ahead: short, to fit two lines on the smallest phone.
journey-next-first-drops = Next on your journey: first drops.
journey-next-let-down = Next: a let-down (tingling, or milk dripping or spraying).
journey-next-breast-changes = Next on your journey: changes in your breasts or chest.
journey-next-supplementer-feed = Next on your journey: nursing with a supplementer.
journey-next-feed-without-supplementer = Next on your journey: nursing without a supplementer.
journey-next-supplements-halved = Next on your journey: supplements halved.
# On the inducing paths a day with no supplement is a goal only if the parent has it.
journey-next-day-without-supplements-if-goal = Next, if that is your goal: a whole day with no supplement.
journey-next-day-without-supplements = Next on your journey: a whole day with no supplement.
journey-next-own = Next on your journey: a milestone of your own.
journey-next-with-baby = The next milestones come with your baby.
journey-next-all-reached = You are past every milestone on the list. Well done.
# The baby's age on Today: days for the first two weeks, then weeks.
journey-baby-age-days = { $days ->
    [0] Your baby was born today.
    [one] Your baby is { $days } day old.
   *[other] Your baby is { $days } days old.
}
journey-baby-age-weeks = Your baby is { $weeks } { $weeks ->
    [one] week
   *[other] weeks
} old.
# Under the diaper counts on Today, from the care table: $day1 to $day4 are 1, 2, 3, 4; $wet is
# 6, $stools 3, $day 5.
journey-diapers-first-days = In the first days wet diapers build up: about { $day1 } on day 1, { $day2 } on day 2, { $day3 } on day 3 and { $day4 } on day 4, then { $wet } or more heavy ones a day from day { $day }.
journey-diapers-young = At your baby's age: { $wet } or more heavy wet diapers and { $stools } or more stools in 24 hours.
journey-diapers-older = At your baby's age: { $wet } or more heavy wet diapers in 24 hours. Stools may come less often.
journey-diapers-unknown = Look for { $wet } or more heavy wet diapers in 24 hours from day { $day } of life. Add your baby's birth date in Settings for guidance that fits their age.
# The opening phase: its card on the Plan, and on Today. $ends is a day and a time.
journey-opening-title = Your first 48 hours: the opening phase
journey-opening-until = Opening phase until { $ends }: a short session of about 15 minutes, about every 2 hours by day and every 3 hours at night.
journey-plan-after = Your daily plan of sessions begins when the opening phase ends, on { $ends }.
# The Guide's part per path.
journey-guide-title = Where you start
journey-guide-relactating = Bringing your milk back
journey-guide-relactating-possible = Your baby is here, and your milk stopped or dropped. Bringing it back is often possible. A review by the World Health Organization (1998) found that most parents who wanted to relactate could, and that a baby who is willing to suckle helps the most. Milk can come back within days; for some it takes a few weeks.
journey-guide-relactating-full-or-part = Some parents reach a full supply and some a part of it. Both are real progress.
journey-guide-relactating-often = Nurse or pump often: 8 or more times in 24 hours, one of them at night.
journey-guide-relactating-keep-supplement = Keep giving the supplement your baby needs. Lower it only slowly, with your lactation consultant.
journey-guide-relactating-ask = Ask your lactation consultant for a plan that fits you and your baby.
journey-guide-inducing = Making milk for the first time, with your baby here
journey-guide-inducing-possible = Making milk without a recent pregnancy is possible (World Health Organization review, 1998). It is less often enough for all of a baby's needs, and every amount you make counts.
journey-guide-inducing-supplementer = Nursing with a supplementer at the breast or chest lets your baby get what they need while they help build your supply.
journey-guide-inducing-sessions = { -brand } starts you with 10 sessions a day; you can change that on the Plan screen.
journey-guide-inducing-diapers = Watch the diapers: they tell you your baby is getting enough.
journey-guide-inducing-ask = Ask your lactation consultant how to combine nursing, pumping and supplements.
journey-guide-preparing = Getting ready before your baby arrives
journey-guide-preparing-before = If you are adopting, or a surrogate or your partner is carrying your baby, you can start making milk before your baby comes. In the protocols by Newman and Goldfarb (2002), pumping starts about 6 weeks before the due date, together with a prescribed part that only a doctor decides with you ({ -brand } does not plan it). Without that part, ask your lactation consultant when to begin.
journey-guide-preparing-gently = Their pumping instructions begin gently: for the first 48 hours, a short session about every 2 hours by day and every 3 hours at night; then 8 to 12 a day, about every 3 hours. A short session is about 15 minutes: pump 5 to 7 minutes, stroke and massage gently, then pump 5 to 7 minutes more.
journey-guide-preparing-countdown = Today counts down to your due date and shows pumping only.
journey-guide-preparing-arrives = When your baby arrives, tap “Baby is here” in { -brand }. Your log is kept.
journey-guide-preparing-ask = Ask your lactation consultant when to start and how often to pump.
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
