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
