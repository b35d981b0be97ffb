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
# A screen (or part of one) whose code is fetched the first time it opens (#27) could not be fetched.
nav-screen-unavailable = This part of { -brand } has not reached this phone yet, so it cannot open. Check the connection, then try again. Nothing you saved was changed.
nav-try-again = Try again

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
# The app's own updates and the network.
update-available = Update available
update-reload = Reload
update-offline-ready = Ready to work offline. { -brand } now opens even with no signal.
update-offline = Offline
update-offline-hint = No network. Everything in { -brand } still works.

# Problems the browser can cause, said plainly with what still works.
problem-storage-blocked = This browser is not letting { -brand } save anything (private mode or a blocked setting). You can still use the app, but changes will be lost when you close it.
problem-settings-unreadable = Your saved settings could not be read, so { -brand } is using the defaults for now. The old settings were kept aside, not deleted.
problem-save-failed = That could not be saved on this device. Nothing you saved before was changed.
problem-entries-unreadable = Some saved entries could not be read, so they are not shown. They are kept on this device unchanged.
problem-not-found = There is no page here.
problem-go-home = Go to Today
problem-dismiss = Dismiss
# Takes back what a confirmation just reported (a saved session, a diaper).
problem-undo = Undo
problem-undone = Undone. It is no longer in your log.

# Reminders at planned times while the app is open.
reminder-start = Start now
reminder-later = Not now
reminder-allow = Allow reminder notifications
reminder-allow-help = While { -brand } is open, it shows a message (and a notification, if you allow them) at each planned time. For reminders when { -brand } is closed, add the plan to your calendar.
reminder-allowed = Reminder notifications are on.
reminder-blocked = Notifications are blocked for { -brand } in this browser's settings. The in-app reminder still works.
reminder-unsupported = This browser cannot show notifications. The in-app reminder still works.
# $time is the planned time: "14:30" or "2:30 pm".
reminder-due = Time for your { $time } session.

# Milk given as a supplement, and how it was given.
feeding-milk-own = My expressed milk
feeding-milk-donor = Donor milk
feeding-milk-formula = Formula
feeding-method-cup = Cup
feeding-method-supplementer = At-breast supplementer
feeding-method-spoon = Spoon
feeding-method-syringe = Syringe
feeding-method-finger = Finger feeding
feeding-method-bottle = Bottle
feeding-why-cup = A cup or an at-breast supplementer is often suggested: baby does the sucking at your breast, which helps your milk. A bottle is fine too if it is what works for you.

# The Timer screen and the quick save after it.
timer-intro = Tap to start. The timer keeps true time even if your phone locks.
timer-start-pump = Pump
timer-start-hand = Hand express
timer-start-nurse = Nurse
timer-start-comfort = Comfort nurse
timer-running-pump = Pumping
timer-running-hand = Hand expressing
timer-running-nurse = Nursing
timer-running-comfort = Comfort nursing
timer-start-supplementer = Nurse with supplementer
timer-running-supplementer = Nursing with supplementer
timer-weighed = Weighed before and after
timer-weigh-note = Test weighing: weigh your baby just before and just after the feed, in the same clothes. Each gram gained is about 1 ml of milk. This only works on a baby scale accurate to 2 g or better, and is worth doing only when your lactation consultant agrees.
timer-weight-before = Baby's weight before (g)
timer-weight-after = Baby's weight after (g)
timer-weigh-both = Please type both weights in grams, or untick "Weighed before and after".
timer-side = Side
timer-left = Left
timer-right = Right
timer-both = Both
timer-switch = Switch side
timer-pause = Pause
timer-resume = Resume
timer-stop = Stop
timer-paused = Paused
timer-elapsed = Time so far
timer-goal-reached = Goal reached. Well done. You can keep going up to 30 minutes.
timer-goal-reached-short = Goal reached
timer-goal-reached-done = Goal reached. Well done.
timer-baby-led = No time limit. Follow your baby's lead.
timer-clock-back = Your phone's clock moved back, so the timer is holding its time until the clock catches up. Nothing was lost.
timer-save-title = Save this session
timer-milk-left = Milk from left
timer-milk-right = Milk from right
timer-less = Less
timer-more = More
timer-notes = Notes (optional)
timer-save = Save
timer-discard = Discard
timer-discard-ask = Discard this session? Its time will not be saved.
timer-discard-yes = Yes, discard
timer-discard-no = No, keep it
timer-saved = Session saved.
timer-discarded = Session discarded.
timer-supplement-after = Baby had a supplement during or right after this feed
timer-supplement-amount = Amount
timer-supplement-milk = Milk
timer-supplement-method = How it was given
timer-overlong = This timer has been running for more than 12 hours. It was probably left on by accident. When did the session really end?
timer-overlong-end = Session ended at
timer-long = The timer has been running for { $elapsed }, longer than most sessions. If it was left on by accident, when did the session really end?
timer-ended-now = It ended just now
timer-continue = Continue
timer-already-running = A session is already running. Only one can run at a time.
timer-stop-and-save = Stop and save it
timer-keep-running = Keep it running
timer-bad-number = Please enter a number, for example 30.
timer-unreadable = A running timer was found but could not be read. It was kept aside; you can start a new session.
# The tab's title while a session runs: "12:05 Pumping · Relact". $activity is one of the
# timer-running-* names above.
timer-title = { $elapsed } { $activity } · { -brand }
# For screen readers: the time on each side, as "12:05".
timer-side-times = Time per side: left { $left }, both { $both }, right { $right }.
# The goal under the ring.
timer-goal-minutes = Goal: { $minutes } min

# Today.
today-first-day-aim = Aim for 8 or more sessions in 24 hours, one of them at night.
today-first-day-start = Tap Start when it is time; { -brand } keeps the time even if your phone locks.
today-first-day-diapers = Log wet and dirty diapers below, so you can see your baby is getting enough.
today-next = Next session
today-due-now = A session is due now
today-all-done = That's every session planned for today. Well done.
today-nothing-left = No more sessions planned for today. Tomorrow's plan starts when you wake.
today-status-before-start = Before you started
today-no-break-yet = No break yet
today-setup-title = Set up your day
today-setup-intro = Aim for 8 or more sessions in 24 hours, one of them at night. Tell { -brand } when your day starts and ends, and it spreads them out for you.
today-setup-wake = I usually wake at
today-setup-sleep = I usually go to sleep at
today-setup-sessions = Sessions a day
today-setup-night = Sessions at night
today-setup-save = Save my day
today-setup-skip = Skip for now
today-setup-later = You can change this at any time on the Plan screen.
today-setup-saved = Your day is set up.
today-start-pump = Start pumping
today-running = A session is running
today-open-timer = Open the timer
today-done-24h = Sessions in the last 24 hours
today-since-yesterday = { $time } yesterday
today-longest-gap-since = Longest break since { $time }
today-expressed-since = Milk expressed since { $time }
today-supplement-since = Supplement since { $time }
today-at-breast-since = Nursing and comfort at the breast since { $time }
today-diapers = Diapers, last 24 hours
# After the diaper count on Today ("3 Wet"): the word takes the count's form where it agrees.
today-wet = { $count ->
   *[other] Wet
}
today-dirty = { $count ->
   *[other] Dirty
}
# The diaper buttons as shown; screen readers hear today-add-wet / today-add-dirty.
today-plus-wet = +1 Wet
today-plus-dirty = +1 Dirty
today-add-wet = Add a wet diaper
today-add-dirty = Add a dirty diaper
today-diaper-saved = Diaper saved.
today-add-supplement-short = + Supplement
today-add-supplement = Add a supplement
today-supplement-row = Supplement
today-supplement-title = Supplement given
today-supplement-when = When
today-given-now = Now
today-given-at = Or at this time today
today-supplement-save = Save
today-supplement-saved = Supplement saved.
today-timeline = Today's plan
today-status-done = Done
today-status-due = Due now
today-status-upcoming = Coming up
today-status-missed = Missed
today-none-yet = None yet
today-loading = Loading today…
today-some-done = No more sessions planned for today. Each session you did helps your supply.
today-start-hand = Start hand expressing
today-start-nurse = Start nursing
today-start-supplementer = Start nursing with supplementer
# An "earlier" choice for when a supplement was given.
today-minutes-ago = { $minutes } min ago
today-hours-ago = { $hours } h ago
# On the supplement sheet: $feed is the session's name in lower case ("nursing"), $time its start.
today-supplement-with-feed = Saved with the { $feed } at { $time }.
# The sessions tile: "5 of 8".
today-of = { $done } of { $planned }
# How long until the next session: "45 min", "3 h 30 min".
today-wait-minutes = { $minutes } min
today-wait-hours = { $hours } h { $minutes } min
# Under "Next session": "12:20, in 1 h 5 min"; $wait is one of the two above.
today-next-at = { $time }, in { $wait }
today-next-tomorrow = Tomorrow at { $time }, in { $wait }

# The Log screen.
log-loading = Loading your log…
log-empty = Nothing logged in these days yet. Sessions you time appear here.
log-earlier = Show earlier days
log-filter = Show
log-all = All
log-sessions = Sessions
log-supplements = Supplements
log-diapers = Diapers
log-weights = Weights
log-delete = Delete
log-deleted = Entry deleted.
log-undo = Undo
log-restored = Entry restored.
log-add = Add an entry by hand
log-edit = Edit
log-form-add = Add an entry
log-form-edit = Edit entry
log-what = What happened
log-kind = Kind of session
log-started = Started
log-at = Time
log-minutes = Minutes
log-left-ml = Milk from left
log-right-ml = Milk from right
log-amount = Amount
log-wet = Wet
log-dirty = Dirty
log-grams = Weight in grams
log-dark-urine = Dark urine or orange-pink crystals (if you see them)
log-save = Save entry
log-cancel = Cancel
log-saved = Entry saved.
log-bad-time = Please choose a date and time.
log-bad-number = Please enter whole numbers, for example 30.
log-notes = Notes:
log-notes-more = Read all
# The start of a long note, cut short; "Read all" follows it.
log-notes-cut = { $start }…
# One line describing an entry. $kind is a timer-running-* name, $minutes "20 min".
log-session-line = { $kind } · { $minutes }
log-session-line-milk = { $kind } · { $minutes } · { $total } (L { $left }, R { $right })
# $milk and $method are the feeding-* names in lower case.
log-supplement-line = Supplement · { $amount } { $milk } · { $method }
log-diaper-wet-dirty-dark = Diaper · wet and dirty · dark urine or crystals
log-diaper-wet-dark = Diaper · wet · dark urine or crystals
log-diaper-wet-dirty = Diaper · wet and dirty
log-diaper-wet = Diaper · wet
log-diaper-dirty = Diaper · dirty
log-weight-line = Weight · { $kg } kg
# A medicine or galactagogue the parent listed, by the name they wrote.
log-medicine-line = Listed · { $name }
log-milestone-line = Milestone · { $name }
# The totals under a day's heading, joined with " · ".
log-totals-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
log-totals-comfort = { $count } comfort
log-totals-expressed = { $amount } expressed
log-totals-supplement = { $amount } supplement
log-totals-diapers = { $wet } wet, { $dirty } dirty
# Buttons' names for screen readers: $what is an entry's line above, $day "Saturday 28 November".
log-edit-label = Edit { $what } at { $time }, { $day }
log-delete-label = Delete { $what } at { $time }, { $day }
log-delete-day-label = Delete { $what }, { $day }
# On a supplement's row: "with the 03:10 nursing" ($feed: a timer-running-* name in lower case).
log-with-feed = with the { $time } { $feed }
# On a feed's row: "Supplement with this feed: 30 ml + 15 ml".
log-supplements-with = Supplement with this feed: { $amounts }

# Backups, the spreadsheet export and deleting everything (Settings → Your data).
backup-title = Your data
backup-export = Save a backup file (.json)
backup-export-help = Keep a copy somewhere safe, or move your log to a new phone. The file is saved on this device; nothing is uploaded.
backup-exported = Backup saved.
backup-csv = Export for a spreadsheet (.csv)
backup-csv-saved = Spreadsheet file saved.
backup-import = Restore or merge a backup file
backup-import-help = Entries are matched one by one: newer changes win, and nothing you have is deleted unless it was deleted later on the other phone too.
backup-reading = Checking the file…
backup-confirm = Add these to my log
backup-cancel = Cancel
backup-imported = Backup imported.
backup-nothing-to-do = Everything in this file is already in your log.
backup-cannot-read-file = This file could not be opened. Nothing was changed.
backup-left-out = These entries will be left out:
backup-entry = Entry
backup-failed = The backup or export could not be made on this device.
backup-clear = Delete everything on this device
backup-clear-ask = Delete your whole log from this phone? Save a backup first if you might want it again. This cannot be undone.
backup-clear-keeps = Your plan and settings (sessions, times, step-down, units, clock, colours and chime) are kept, unless you tick the box below.
backup-clear-settings-too = Also delete my plan and settings
backup-clear-yes = Yes, delete everything
backup-cleared = Your log was deleted from this device. Your plan and settings were kept.
backup-cleared-all = Your log, plan and settings were deleted from this device.
backup-clear-shared-ask = This phone shares its log. Deleting here also stops sharing on this phone. The other phones keep their copy of the log. To share again, join with the pairing code.
backup-cleared-shared = The log was deleted from this phone and sharing stopped here. The other phones still have their copy. Your plan and settings were kept.
backup-cleared-shared-all = The log, plan and settings were deleted from this phone and sharing stopped here. The other phones still have their copy of the log.
backup-settings-in-file = This backup also holds a plan and settings:
backup-settings-restore = Also use this plan and these settings here (they replace the ones on this phone)
backup-settings-same = Its plan and settings are the same as the ones on this phone.
backup-imported-with-settings = Backup imported, with its plan and settings.
backup-storage = Storage on this device
backup-persistent = Kept safely: the browser will not clear it to save space.
backup-not-persistent = The browser may clear { -brand }'s data if the phone runs very low on space. Installing { -brand } to the home screen and saving backups helps.
# What "Add these to my log" did, counted.
backup-added-nothing = Nothing new to add: your log already has all of it.
backup-added-new = Added to your log: { $new ->
    [one] 1 new entry
   *[other] { $new } new entries
}.
backup-added-updated = Your log is up to date: { $updated ->
    [one] 1 entry was updated
   *[other] { $updated } entries were updated
}.
backup-added-both = Added to your log: { $new ->
    [one] 1 new entry
   *[other] { $new } new entries
}, and { $updated ->
    [one] 1 entry was updated
   *[other] { $updated } entries were updated
}.
# A backup's own plan and units, offered on import. $plan is a sentence such as
# "8 sessions a day of 15 minutes, 1 at night."; $unit is one of the two below.
backup-settings-line = { $plan } Volumes in { $unit }.
backup-settings-line-step = { $plan } Volumes in { $unit }. Supplement step-down from { $amount }.
backup-unit-ml = millilitres
backup-unit-oz = ounces
# The import summary.
backup-summary = { $new } new, { $updated } updated, { $unchanged } unchanged, { $rejected } left out.
backup-used = Using { $megabytes } MB.
# Why a whole file was refused.
backup-refused-empty = This file is empty. Nothing was changed.
backup-refused-too-large = This file is far larger than any { -brand } backup, so it was not opened. Nothing was changed.
backup-refused-not-json = This file is not a { -brand } backup, or it was cut off part-way (for example, a download that did not finish). Nothing was changed.
backup-refused-not-relact = This file is not a { -brand } backup. Nothing was changed.
backup-refused-spreadsheet = This is { -brand }'s spreadsheet export (.csv), made for reading in a spreadsheet; it cannot be imported. To move your log to another phone or keep it safe, use “{ backup-export }” and import that file. Nothing was changed.
backup-refused-newer = This backup was made by a newer version of { -brand } (format { $version }). Please update { -brand } first. Nothing was changed.
backup-refused-bad-entries = This backup's list of entries is damaged. Nothing was changed.
backup-refused-broken-character = This file has a broken character in it (half of a special character such as an emoji, or bytes that are not text), so it cannot be read. It may have been damaged, or changed by another program. Nothing was changed.
backup-refused-nothing-usable = None of the entries in this file could be used. Nothing was changed.
# After the sentence above, up to five of these: "Entry 3: its dates are impossible."
backup-refused-entry = Entry { $number }: { $reason }.
backup-refused-more = And { $count } more.
# Why one entry was left out (after "Entry 3: ").
backup-rejected-unreadable = its data is damaged or has the wrong kind of values
backup-rejected-bad-id = its id is missing or damaged
backup-rejected-bad-stamps = its dates are impossible

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
# One medicine's line on the summary: its name (in bold), who advised it, its dates, and the
# days ticked as taken (the three messages above).
medicines-summary-line = { $name } · { $advised } · { $dates } · { $taken }

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
journey-path-preparing = Making milk before my baby arrives (for example adoption, surrogacy, or my partner carrying our baby).
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

# The Guide (src/text/mod.rs, guide; the screen is src/ui/guide.rs). The sentences that send a
# parent for help (guide-routine-help, guide-help, guide-when-to-call-*, guide-herbs-*) are safety
# sentences: back-translated with the warning signs.
guide-intro = This guide is for parents who want to bring back their milk. This is called relactation. It is also for parents who want to make milk without having given birth, for example for an adopted baby. This is called induced lactation.

# Says once how the guide names the breast (see TERMS.md, "Breast or chest").
guide-intro-words = We say breast; some parents say chest. Use the word that fits you. This guide is general information, not medical advice.

# The box at the top of the Guide: the routine, then the warning signs.
guide-at-a-glance = At a glance
guide-routine-sessions = Pump, hand express or nurse 8 to 12 times in 24 hours, night included.
guide-routine-cup = Give supplements with a cup or an at-breast supplementer, rather than a bottle.
guide-routine-skin = Spend time skin to skin, and offer the breast or chest for comfort often.
guide-routine-help = For help, talk to your baby's doctor, a lactation consultant or a La Leche League Leader.

# The print button and its help (also under the Plan's and the summary's print buttons).
guide-print = Print the guide
guide-print-help = Print opens your browser's print window with a preview. Choose a printer, or choose Save as PDF to keep a copy. You can pick which pages to print there.

# The Guide's last line.
guide-help = For advice about you and your baby, talk to your baby's doctor, a lactation consultant or a La Leche League Leader near you.

# The Guide's sections: a heading, paragraphs, then a list.
guide-expect-heading = What to expect
guide-expect-paragraph-1 = Many parents can build a milk supply again after a break, or build one for the first time. People stop for many reasons: a medical procedure, time apart from their baby, or advice that did not fit them. Starting again is possible.
guide-expect-paragraph-2 = It takes time, patience and a baby who is willing to latch. The first milk can take days or a few weeks to appear. Some parents make all the milk their baby needs. Others keep giving some supplement as well. Both are good outcomes: every drop of your milk matters.
guide-expect-paragraph-3 = While you build your supply, watch your baby's diapers and weight. They show whether your baby is getting enough milk.
guide-stimulating-heading = Stimulating your breasts
guide-stimulating-paragraph-1 = Milk is made when milk is removed. Emptying your breasts more often usually makes more milk.
guide-stimulating-point-1 = Hand express or pump 8 to 12 times a day.
guide-stimulating-point-2 = Give each session 20 to 30 minutes.
guide-stimulating-point-3 = Include the night: at least one session while you would usually sleep.
guide-stimulating-point-4 = Try to empty your breasts fully and often. This helps your supply grow. It also helps prevent plugged ducts and breast infections (mastitis).
guide-bringing-heading = Bringing your baby to the breast
guide-bringing-paragraph-1 = Nursing is about more than milk. Your baby gets comfort from you, and skin-to-skin contact gives your baby immune benefits too.
guide-bringing-point-1 = If your baby will latch, offer the breast before and after each feed.
guide-bringing-point-2 = Between feeds, offer the breast for comfort as often as you can, instead of a dummy or pacifier. This also helps your supply grow.
guide-bringing-point-3 = Let your baby nurse for as long as they like. There is no time limit.
guide-bringing-point-4 = Spend time skin to skin: your baby in just a diaper, on your bare chest.
guide-supplements-heading = Giving supplements
guide-supplements-paragraph-1 = While your supply grows, your baby may need your expressed milk, donor milk or formula as well. How you give it matters.
guide-supplements-point-1 = Use a small cup rather than a bottle. Hold your baby upright. Rest the cup on the lower lip and tip it just until the milk touches the lip. Let your baby sip or lap at their own pace. Never pour milk into the mouth.
guide-supplements-point-2 = Or use an at-breast supplementer. This is a thin tube taped next to the nipple. Your baby gets the supplement while nursing. Your breast is stimulated at the same time.
guide-supplements-point-3 = { -brand }'s plan can help you reduce supplements slowly. Agree the pace with your lactation consultant, and keep watching diapers and weight.
guide-when-to-call-heading = When to call for help
guide-when-to-call-paragraph-1 = Reach out soon if something worries you; you do not need to wait. The signs in your baby are at the top of this guide. For your own body:
guide-when-to-call-point-1 = Pain, cracks or bleeding: ask your lactation consultant to check the latch or the pump's flange size.
guide-when-to-call-point-2 = A hard, red, hot area with a fever or flu-like feeling: call a doctor within 24 hours, and keep the milk moving.
guide-when-to-call-point-3 = Rest and help at home matter. Low mood or worry lasting two weeks or more is worth telling a doctor or midwife.
guide-when-to-call-point-4 = Call your baby's doctor if you are unsure your baby is getting enough milk.

# Never name or dose a herb or medicine here, in any language.
guide-herbs-heading = Herbs and medicines
guide-herbs-paragraph-1 = Some parents ask about galactagogues: herbs or medicines said to increase milk. Please talk with a doctor who knows breastfeeding before you take any. They will look at your own medical history and your goals with you.
guide-herbs-paragraph-2 = { -brand } does not suggest any herb, medicine or dose.
guide-support-heading = Getting support
guide-support-paragraph-1 = You do not have to do this alone. Support makes a real difference.
guide-support-point-1 = Contact your local La Leche League group or Leader. The group finder is at llli.org.
guide-support-point-2 = La Leche League also runs online support groups. They are for parents who are relactating or inducing lactation.
guide-support-point-3 = Say yes when people offer help with shopping, cooking or housework. It gives you time for your baby and your sessions.

# Further reading: titles stay as their publishers wrote them (a parent searches for them);
# translate only the words around a title.
guide-further = Further reading
guide-further-note = These articles and stories come from La Leche League groups and others. Search for their titles when you are online.
guide-find-support = Find a La Leche League group or Leader: llli.org
guide-reading-lll-gb = Relactation and Induced Lactation (La Leche League GB)
guide-reading-lll-greece = Relactation Guide (La Leche League Greece)
guide-reading-lll-netherlands = Relacteren (Borstvoedingorganisatie La Leche League, Netherlands)
guide-reading-lll-italy = È possibile rilattare? (La Leche League Italia)
guide-reading-south-africa = My Relactation Story, from South Africa
guide-reading-lll-usa = Induced Lactation and Relactation (La Leche League USA)
guide-reading-drip-drop = Drip-Drop Feeding Technique
guide-reading-feed-the-baby = Feed The Baby: Building A Milk Supply
guide-reading-volver-al-pecho = Volver al pecho
guide-reading-baby-who-doesnt-nurse = The Baby Who Doesn't Nurse
guide-reading-suplementacion = Suplementación al pecho
guide-reading-supplementer-nursing = At-Breast Supplementer Nursing
guide-reading-adopted-baby = Breastfeeding An Adopted Baby
guide-reading-without-giving-birth = Breastfeeding Without Giving Birth

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
# Between two of the names in $milestones above.
progress-ahead-between = { " · " }
# One line of the milestones timeline, the share's line and the printed summary's milestones:
# "26 November · First let-down you noticed". $day is a date (in bold on screen), $what what
# happened that day.
progress-dated = { $day } · { $what }
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
share-title = Share with a partner
share-intro = Two or more phones, one log: entries made on any of them appear on all. They travel through a CouchDB server your family runs or rents, locked with a key that only your phones hold — the server cannot read a time, a volume or a note.
share-not-shared = Not shared. Nothing leaves this phone.
share-start = Start sharing
share-start-help = On the first phone: the address of your family's server and a database name. { -brand } makes a new key and shows a pairing code for the other phones.
share-server-help-link = What is a server, and how do we get one?
share-join = Join a partner's log
share-join-help = On another phone (a partner's, a grandparent's): scan the QR code shown on a phone that shares, or paste its pairing code or link here.
share-server = Server address
# An example address, shown in the empty field; keep it an address.
share-server-hint = https://couch.example.org
share-database = Database
share-user = User name (if the server asks for one)
share-password = Password (if the server asks for one)
share-name = This phone's name
share-default-name = My phone
share-code = Pairing code
share-link = Pairing link
share-code-help = On the other phone, point the camera at this QR code and open the link, or send the link to it. Anyone with this code can read your shared log: give it only to the phones of your family.
share-qr-label = QR code of the pairing link
share-copy = Copy link
share-copied = Pairing link copied.
share-send = Send link…
share-checking = Checking the server…
share-check = Check this server
share-sync-now = Sync now
share-stop = Stop sharing
share-stop-confirm = Stop sharing on this phone? It forgets the server and the key; every entry stays on this phone. You can join again with the pairing code.
share-stop-yes = Yes, stop sharing
share-stop-no = Keep sharing
share-stopped = Sharing stopped on this phone. Your log is still here.
share-started = Sharing started. Show the pairing code to the other phone.
share-joined = Joined. Entries from the other phones arrive in a moment.
share-phones = Phones that share this log
# After the phone's own name in the list of phones.
share-this-phone = (this phone)
share-rename = Save name
share-show-code = Show pairing code
share-hide-code = Hide pairing code

## The screen a pairing link opens.
share-join-title = Join your family's log
share-join-yes = Join
share-join-not-now = Not now
share-already-sharing-here = This phone already shares a log. To join another one, stop sharing in Settings first.
share-to-settings = Go to sharing in Settings
share-no-code-in-link = This link holds no pairing code. Open the link again from the other phone's QR code, or paste the code in Settings.
# $server is the server's host ("couch.example.org"), $database the database's name.
share-join-ask = This link joins this phone to a shared log on the server { $server } (database { $database }). Entries made on any of the family's phones will appear on this one too. Join?

## The status line. $time is a clock time ("2:05 pm", "14:05").
share-retry-soon = { -brand } will try again in less than a minute.
share-retry-at = { -brand } will try again at { $time }.
share-status-syncing = Shared · syncing…
share-status-waiting = Waiting for a connection — your entries are safe on this phone.
share-status-not-synced-yet = Shared · not synced yet
share-status-synced-now = Shared · synced just now
share-status-synced-minutes = Shared · synced { $minutes } min ago
share-status-synced-hours = Shared · synced { $hours } h ago
share-status-synced-days = { $days ->
    [one] Shared · synced { $days } day ago
   *[other] Shared · synced { $days } days ago
}
# A stopped sync: this, then what went wrong (one of the share-problem-* sentences).
share-not-synced = Not synced.
share-nothing-changed = Nothing was changed on this phone.
share-arrived-before-stop = { $count ->
    [one] { $count } entry arrived before it stopped; the rest come with the next sync.
   *[other] { $count } entries arrived before it stopped; the rest come with the next sync.
}
share-unreadable = { $count ->
    [one] { $count } item on the server could not be opened and was skipped. Everything else was shared as usual.
   *[other] { $count } items on the server could not be opened and were skipped. Everything else was shared as usual.
}
# The button under share-unreadable.
share-remove-unreadable = { $count ->
    [one] Remove it from the server
   *[other] Remove them from the server
}
share-remove-unreadable-help = They may be damaged, or written by someone who does not have your family's key. Removing them touches nothing on this phone; if this phone has its own copy of an entry, that copy goes back up.
share-removed-unreadable = { $count ->
    [0] Nothing needed removing: those items open now.
    [one] { $count } item was removed from the server.
   *[other] { $count } items were removed from the server.
}

## What went wrong while syncing.
share-problem-offline = The server could not be reached. Your entries are safe on this phone.
share-problem-dropped = The connection dropped part-way through the server's answer.
share-problem-unconfirmed = This phone's entries were sent, but the server's answer was cut off: the server may have received them. { -brand } will check on the next sync.
share-problem-unauthorized = The server did not accept the user name or password. Check them with whoever runs the server.
share-problem-no-database = There is no such database on this server.
share-problem-server = The server had a problem. Your entries are safe on this phone.
share-problem-not-couch = The address answered, but not as a CouchDB server (perhaps a login page).
share-problem-truncated = The server's answer was cut off.
share-problem-unreadable = This phone's copy of the family key cannot be used. Join again with the pairing code from another phone.
share-problem-newer = The server holds entries from a newer version of { -brand }. Update { -brand } on this phone; nothing was skipped.
share-problem-removed = Another phone removed this phone from sharing. Its log stays here; to share again, join with a pairing code from a phone that shares.
share-problem-key-change-refused = A new family key on the server could not be checked, so this phone did not take it.
share-problem-wrong-key = This code does not open the log on that server: it belongs to another family or an older pairing. Nothing was written.
share-problem-not-shared = Nobody has started sharing in this database yet. Start sharing on the first phone, then use its code here.
share-problem-already-shared = This database already holds a family's log. Join it with that phone's pairing code, or choose another database name.
share-problem-store = This phone's log could not be read or written.

## Why a setup, a code or an address was refused.
# Before one of the share-problem-* sentences.
share-setup-not-shared = Not shared.
share-setup-no-crypto = This browser cannot encrypt here. Open { -brand } from its https:// address.
share-code-not-a-code = That is not a { -brand } pairing code. It starts with RELACT1-.
share-code-mistyped = That code has a mistake in it (a character changed or missing). Copy it again from the other phone.
share-code-newer = That code was made by a newer { -brand }. Update { -brand } on this phone first.
share-code-bad-server = The server address must start with https:// (or be http://localhost for trying it out).
share-code-bad-database = A database name starts with a lowercase letter and uses only lowercase letters, digits and _ $ ( ) + - /.

## "Check this server", in one sentence.
share-checked-ready = This server works: the login is accepted and the database is ready for your family's log.
share-checked-no-database-yet = This server works and accepts the login; { -brand } will create the database when you start sharing.
share-checked-shared = This database already holds a family's log: join it with the pairing code from a phone that shares it, or choose another database name.
share-checked-no-answer = No server answered at this address: check the address, and that the server allows { -brand }'s address (its CORS setting).
share-checked-refused = The server answered but refused the user name or password: check them with whoever runs the server.
share-checked-not-couch = Something answered at this address, but not a CouchDB server: check the address (it often ends in :5984).
share-checked-error = The server answered with an error: try again later, or ask whoever runs it.

## Getting a server: the page for a parent who has never heard of CouchDB.
share-server-help-title = Getting a server
share-server-help-what-title = What it is for
share-server-help-what = Sharing needs a place on the internet where your phones leave entries for each other, so one phone can catch up while the other is switched off or has no signal. { -brand } uses a CouchDB server for this: a small, free database program that many hosts run.
share-server-help-sees-title = What the server sees
share-server-help-sees = Nothing readable. Every entry is locked on the phone before it leaves, with a key that only your phones hold. The server sees how many locked items there are and when they change — not a time, a volume, a note or a phone's name.
share-server-help-cost = A family's log is tiny (a year of entries is a few megabytes), so the free plans of hosted services are more than enough.
share-server-help-ways-title = Three ways to get one
share-server-help-hosted-title = A hosted CouchDB service
share-server-help-hosted = Some companies run CouchDB for you, several with a free plan. Sign up, create a database and a user that may read and write it, and in its settings allow { -brand }'s address (CORS). Then use its address here.
share-server-help-home-title = A home server or NAS
share-server-help-home = If your family has a home server or a network drive that runs containers, it can run the official CouchDB image (named couchdb). The phones must reach it from outside the home over https://, so this suits someone comfortable with their router.
share-server-help-friend-title = A friend who runs one
share-server-help-friend = Someone who looks after servers can make you a database and a user in a few minutes. Show them this page.
share-server-help-for-friend-title = For whoever sets it up
# $origin is Relact's own address ("https://relact.example"). Keep the technical words
# (CouchDB 3, CORS, GET, PUT, POST, accept, authorization, content-type, https://) as they are.
share-server-help-for-friend = Any CouchDB 3 works. Make a database and a user who is a member of it; allow cross-origin requests (CORS) from { $origin } with credentials, for the methods GET, PUT, POST and the headers accept, authorization and content-type; and serve it over https://. Then give the family the address, the database name, the user name and the password.
share-server-help-check-title = Check it
share-server-help-check = Back in Settings, fill in the address, database, user and password, and tap "{ share-check }": { -brand } says in one sentence what works and what to fix, before anything is written.
share-server-help-back = Back to sharing

## Hand to hand, with no server: a locked file through the share sheet.
share-hand-title = Hand to hand, with no server
share-hand-help = Send your whole log to another phone as a locked file through the share sheet (a message app, Bluetooth, Nearby Share or AirDrop). On the other phone, open it with { -brand }: entries are merged by the same rule as a backup, so doing it often keeps two phones in step.
share-hand-send = Send my log to another phone
share-hand-passphrase = Passphrase for this file
share-hand-passphrase-help = Say it aloud to the person with the other phone; never send it with the file. At least 8 letters or digits; spaces and dashes do not count.
share-hand-passphrase-short = The passphrase needs at least 8 letters or digits (spaces and dashes do not count).
share-hand-family-lock = This phone shares a log, so the file is locked with your family's key: a phone that shares the same log opens it without a passphrase.
share-hand-use-passphrase = Lock it with a passphrase instead (for a phone that does not share this log)
share-hand-sealing = Locking the file…
share-hand-shared = The locked file was handed to the share sheet.
share-hand-downloaded = The locked file was saved to this phone's downloads. Send it to the other phone, and open it there with { -brand }.
share-hand-failed = The file could not be made on this phone. Nothing was sent.
share-hand-open-failed = The file could not be opened on this phone. Nothing was written.
share-hand-receive-title = Open a log from another phone
# The file's name (relact-log-….txt) stays as it is.
share-hand-receive-help = Choose the file sent from the other phone (relact-log-….txt). Where the phone offers it, "Open with { -brand }" in the share sheet brings the file here by itself.
# The link from Settings to the screen above.
share-hand-receive-link = Open a log from another phone
share-hand-choose = Choose the file
share-hand-received = A log file from another phone is here.
share-hand-ask-passphrase = This file is locked with a passphrase. Type the passphrase the other parent said.
share-hand-open = Open the file
share-hand-opening = Opening the file…
share-hand-wrong-passphrase = That passphrase does not open this file, or the file was damaged on the way. Nothing was written. Check the passphrase and try again.
share-hand-other-family = This file is locked with a family key this phone does not hold: another family's, or one from before a phone was removed from sharing. Nothing was written.
share-hand-not-paired = This file is locked with a family's key, and this phone does not share a log. Join the family first, or ask for a file locked with a passphrase. Nothing was written.
# Followed by why the log was refused (a backup-* sentence).
share-hand-not-a-log = The file opened, but what is inside is not a { -brand } log. Nothing was written.
share-hand-file-not-ours = This is not a file from "{ share-hand-send }". (A backup file opens under Settings → Your data.) Nothing was written.
share-hand-file-newer = This file was made by a newer { -brand }. Update { -brand } on this phone first. Nothing was written.
share-hand-file-damaged = This file is damaged, so it cannot be opened. Nothing was written. Ask for it to be sent again.

## The list of phones, and removing one. $name is a phone's name, as its owner typed it.
share-phones-remove = Remove from sharing
share-phones-remove-yes = Yes, remove it
share-phones-remove-no = Keep it
share-phones-removing = Making a new family key…
# The remove button's name for screen readers.
share-phones-remove-label = Remove { $name } from sharing
share-phones-remove-ask = Remove { $name } from sharing? This phone makes a new family key and gives it to the phones that stay, so { $name } cannot open anything shared from now on. What { $name } already has stays on it. If it was lost, also ask whoever runs the server to change its password.
share-phones-removed = { $name } was removed from sharing. The other phones take the new key on their next sync.
share-phones-keyless = { $count ->
    [one] { $count } other phone had not synced since { -brand } was updated, so it could not be given the new key: join it again with the pairing code.
   *[other] { $count } other phones had not synced since { -brand } was updated, so they could not be given the new key: join them again with the pairing code.
}

# (the messages of this part go above this line)

## Why a save failed, and why an entry was refused (problem-store-*, invalid-*).
problem-store-unavailable = This browser is not letting Relact keep a log (private mode or a blocked setting). Nothing can be saved here until that changes.
problem-store-quota = Your phone is out of space for Relact, so this was not saved. Nothing saved before was changed. Freeing some space on the phone will help.
problem-store-version = Relact was updated in another tab. Please reload this page to keep going; nothing was lost.
problem-store-other = That could not be saved on this device. Nothing you saved before was changed.
invalid-end-not-after-start = The end time must be after the start time.
invalid-session-too-long = A session can be at most 12 hours long. Please check the times.
invalid-segment-outside = Part of this session lies outside its start and end.
invalid-volume-range = Milk per side must be between 0 and 1000 ml.
invalid-amount-range = A supplement must be between 0 and 500 ml.
invalid-weight-range = Weight must be between 500 g and 30 kg.
invalid-diaper-empty = Choose wet, dirty, or both.
invalid-notes-too-long = Notes can be at most 2000 characters.
invalid-in-future = That time is in the future. Please check the clock.
invalid-notes-control = Notes contain an invisible control character (such as a NUL byte) that no keyboard types, so they look damaged. Only letters, numbers, signs, tabs and new lines can be kept.
invalid-medicine-name-empty = Please write the name, as it is on the box or the note.
invalid-medicine-name-too-long = The name can be at most 200 characters. Please shorten it.
invalid-advised-by-empty = Please write who advised it (a name or a role), or tick “My own choice”.
invalid-advised-by-too-long = Who advised it can be at most 200 characters.
invalid-medicine-date-missing = Please choose the day you started.
invalid-date-range = Please check the dates: the year looks wrong.
invalid-stop-before-start = The stop date cannot be before the start date.
invalid-taken-outside = A day ticked as taken lies outside the dates.
invalid-test-weight-smaller = The weight after the feed is less than before it. Please check both numbers: nothing was saved.
invalid-test-weight-too-much = The weights differ by more than one feed can give (500 g). Please check both numbers.
invalid-milestone-unknown = This milestone is of a kind this version of Relact does not know. Updating Relact will let it in.
invalid-milestone-words-empty = Please write a few words for your own milestone.
invalid-milestone-words-too-long = Your milestone can be at most 200 characters. Please shorten it.
invalid-milestone-day-mismatch = The milestone's day and its time do not match.
