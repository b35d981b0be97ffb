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
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
