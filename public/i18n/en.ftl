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
today-longest-gap = Longest break today
today-expressed = Milk expressed today
today-supplement = Supplement today
today-at-breast = Nursing and comfort at the breast
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
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
