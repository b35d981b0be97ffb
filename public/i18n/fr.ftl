### Relact en français (vouvoiement, comme LLL France).
### Termes choisis et sources : TERMS.md. Pour corriger : README.md, « Translating Relact ».
### Un retour à la ligne dans un message se lit comme une espace. { $nom } est rempli par
### l'application : gardez-le. Ne nommez jamais un médicament, une plante ni une dose.

-brand = Relact

shell-lead = Votre chrono de séances, votre plan pour le jour et la nuit et vos progrès, au même endroit. Tout reste sur ce téléphone et fonctionne sans réseau, même à 3 h du matin.
shell-opening = Ouverture…

nav-today = Aujourd’hui
nav-timer = Chrono
nav-log = Journal
nav-plan = Plan
nav-progress = Progrès
nav-guide = Guide
nav-settings = Réglages
nav-main-menu = Principal
nav-more-menu = Plus
nav-skip-to-content = Aller au contenu

settings-theme = Couleurs
settings-theme-auto = Automatique : couleurs de nuit pendant que je dors (selon mon plan) ou quand mon téléphone est en mode sombre
settings-theme-light = Clair
settings-theme-night = Nuit (atténué)
settings-volume = Unité de volume
settings-volume-ml = Millilitres (ml)
settings-volume-oz = Onces (oz)
settings-clock = Horloge
settings-clock-24 = 24 heures (14:30)
settings-clock-12 = 12 heures (2:30 PM)
settings-week-start = La semaine commence le
settings-monday = Lundi
settings-sunday = Dimanche
settings-saturday = Samedi
settings-chime = Jouer un son doux quand l’expression du lait (au tire-lait ou à la main) atteint son objectif
settings-saved = Réglages enregistrés sur cet appareil.
settings-privacy = Tout ce que vous saisissez reste sur cet appareil. { -brand } n’a pas de compte et n’envoie rien nulle part.

settings-language = Langue
settings-language-reopens = { -brand } se rouvre dans la langue choisie. Un chrono en cours continue.
settings-language-brazil = Le portugais de { -brand } est celui du Brésil.
settings-language-opening = Ouverture : { $language }…
settings-language-offline = { $language } n’est pas encore sur ce téléphone et il n’y a pas de connexion pour le télécharger. { -brand } reste en français ; réessayez quand vous aurez du réseau.
settings-language-failed = Impossible d’ouvrir { $language }. { -brand } reste en français ; réessayez plus tard.

unit-ml = ml
unit-oz = oz
format-minutes = { $minutes } min
format-clock-12 = { $time } { $period ->
    [am] AM
   *[pm] PM
}
# « 1er novembre », puis « 2 novembre »
format-day-heading = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
format-short-date = { $weekday } { $day } { $month }
format-short-day-month = { $day } { $month }
format-day-month = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
format-full-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
format-week-label = { $day } { $month }

weekday-monday = lundi
weekday-tuesday = mardi
weekday-wednesday = mercredi
weekday-thursday = jeudi
weekday-friday = vendredi
weekday-saturday = samedi
weekday-sunday = dimanche
weekday-monday-short = lun.
weekday-tuesday-short = mar.
weekday-wednesday-short = mer.
weekday-thursday-short = jeu.
weekday-friday-short = ven.
weekday-saturday-short = sam.
weekday-sunday-short = dim.

month-january = janvier
month-february = février
month-march = mars
month-april = avril
month-may = mai
month-june = juin
month-july = juillet
month-august = août
month-september = septembre
month-october = octobre
month-november = novembre
month-december = décembre
month-january-short = janv.
month-february-short = févr.
month-march-short = mars
month-april-short = avr.
month-may-short = mai
month-june-short = juin
month-july-short = juil.
month-august-short = août
month-september-short = sept.
month-october-short = oct.
month-november-short = nov.
month-december-short = déc.

## Today, the Timer, feeding, the Log, reminders, updates, problems and backups
## (today-*, timer-*, feeding-*, log-*, reminder-*, update-*, problem-*, backup-*).
# (the messages of this part go above this line)

## The Plan, Your journey, medicines and printouts (plan-*, journey-*, medicines-*, printout-*).
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
progress-range = Afficher
progress-days-7 = 7 jours
progress-days-30 = 30 jours
progress-all = Tout
progress-loading = Chargement de vos progrès…
progress-empty = Vos graphiques grandiront ici au fil des séances notées. Chaque séance compte, même celles qui ne donnent pas encore de lait.
progress-sessions = Séances par jour
progress-minutes = Minutes de stimulation par jour
progress-expressed = Lait exprimé par jour
progress-supplement = Compléments par jour
progress-diapers = Couches mouillées et selles par jour
progress-weight = Poids
progress-show-table = Afficher en tableau
progress-hide-table = Masquer le tableau
progress-col-day = Jour
progress-col-week = Semaine du
progress-target = objectif
progress-average = moyenne sur 7 jours
progress-left = gauche
progress-right = droit
progress-wet = mouillées
progress-dirty = selles
progress-no-weight = Aucun poids noté sur cette période pour l’instant.
progress-print = Imprimer pour ma consultante

# $span : « sur les 14 derniers jours ». La phrase ne répète pas « par jour » : le titre le dit.
progress-span-weeks = { $weeks ->
    [one] sur la dernière semaine
    [many] sur les { $weeks } dernières semaines
   *[other] sur les { $weeks } dernières semaines
}
progress-span-days = { $days ->
    [one] sur le dernier jour
    [many] sur les { $days } derniers jours
   *[other] sur les { $days } derniers jours
}
progress-trend-steady = { $what } : stable, autour de { $to } { $span }.
progress-trend-up-keep-going = { $what } : en hausse, de { $from } à { $to } { $span }. Continuez !
progress-trend-up = { $what } : en hausse, de { $from } à { $to } { $span }.
progress-trend-down-good-progress = { $what } : en baisse, de { $from } à { $to } { $span }. Beau progrès.
progress-trend-down-watch-signs = { $what } : en baisse, de { $from } à { $to } { $span }. Les couches mouillées, les selles ou le poids de votre bébé n’ont pas montré chaque jour ce qui est attendu (ou n’ont pas été notés) : surveillez-les de près avec votre consultante en lactation.
progress-trend-down-normal = { $what } : en baisse, de { $from } à { $to } { $span }. Les hauts et les bas sont normaux.
progress-trend-down-watch = { $what } : en baisse, de { $from } à { $to } { $span }. { progress-watch }
progress-watch = C’est moins qu’avant. Si cela continue, parlez-en au médecin de votre bébé ou à votre consultante en lactation.
progress-early = { $what } : encore quelques jours de notes, et une tendance apparaîtra.
progress-weight-range = Poids : de { $first } kg à { $last } kg sur cette période.
progress-weight-range-less = Poids : de { $first } kg à { $last } kg sur cette période. Votre bébé pèse moins qu’avant. Appelez le médecin de votre bébé aujourd’hui.
progress-weight-one = Poids : { $weight } kg.
progress-so-far = Aujourd’hui jusqu’ici, depuis minuit : { $values }.
progress-wet-a-day = { $wet } mouillées
progress-kg = { $kg } kg
progress-diapers-so-far = { $wet } mouillées, { $dirty } selles

progress-journey = Vos étapes
progress-journey-none = Les étapes apparaissent ici au fur et à mesure : tirées du journal, ou cochées par vous. Chaque parcours a son propre rythme.
progress-ahead = Encore à venir : { $milestones }
progress-tick = Noter une étape
progress-tick-which = Étape
progress-tick-day = Jour
progress-tick-own = Avec vos mots
progress-tick-add = Ajouter
progress-tick-day-missing = Veuillez choisir le jour.
progress-from-log = (d’après votre journal)
progress-mark-removed = Étape retirée.
progress-mark-undo = Annuler
progress-mark-restored = L’étape est de retour sur votre parcours.
progress-mark-remove-label = Retirer l’étape { $name }, { $day }
progress-milestone-first-drops = Premières gouttes
progress-milestone-let-down = Premier réflexe d’éjection ressenti
progress-milestone-breast-changes = Changements dans vos seins ou votre torse
progress-milestone-supplementer-feed = Première tétée au sein avec un DAL
progress-milestone-feed-without-supplementer = Première tétée au sein sans DAL
progress-milestone-supplements-halved = Compléments divisés par deux
progress-milestone-day-without-supplements = Une journée entière sans complément
progress-milestone-own = Votre propre étape
progress-milestone-unknown = Une étape venue d’une version plus récente de { -brand }
progress-celebrate-first-drops = Étape : vos premières gouttes. Chaque goutte compte.
progress-celebrate-let-down = Étape : un réflexe d’éjection ressenti (picotements, ou lait qui coule ou qui gicle). Votre corps répond.
progress-celebrate-breast-changes = Étape : des changements dans vos seins ou votre torse. Votre corps répond.
progress-celebrate-supplementer-feed = Étape : une tétée au sein avec un DAL.
progress-celebrate-feed-without-supplementer = Étape : une tétée au sein sans DAL.
progress-celebrate-supplements-halved = Étape : compléments divisés par deux. Continuez à surveiller les couches et le poids avec votre consultante en lactation.
progress-celebrate-day-without-supplements = Étape : une journée entière sans complément. Continuez à surveiller les couches et le poids.
progress-celebrate-own = Étape notée. Bravo.
progress-celebrate-unknown = Étape notée.

progress-share-title = Venu du sein
progress-share-col-breast = Venu du sein
progress-share-col-weighed = Double pesée
progress-share-col-supplement = Compléments ({ $unit })
progress-baseline-said = Comparé à { $amount } de compléments par jour au départ, la quantité indiquée dans Réglages → Votre parcours.
progress-baseline-week-one-day = Comparé à { $amount } de compléments par jour au départ : le seul jour avec des compléments notés la première semaine (du { $from } au { $to }).
progress-baseline-week = Comparé à { $amount } de compléments par jour au départ : la moyenne des { $days } jours avec des compléments notés la première semaine (du { $from } au { $to }).
progress-baseline-so-far-one-day = Comparé à { $amount } de compléments par jour au départ : le seul jour avec des compléments notés jusqu’ici ({ $from }). Ce chiffre sera fixé à la fin de la première semaine.
progress-baseline-so-far = Comparé à { $amount } de compléments par jour au départ : la moyenne des { $days } jours avec des compléments notés jusqu’ici (du { $from } au { $to }). Ce chiffre sera fixé à la fin de la première semaine.
progress-share-meaning = La part du lait qui peut maintenant venir du sein, si votre bébé boit autant qu’au départ. La double pesée donne le lait mesuré au sein. Un repère approximatif ; les couches mouillées et le poids en disent plus.
progress-share-not-lower = pas encore moins
progress-share-about = environ { $percent } %
progress-share-weighed-cell = { $amount } sur { $feeds ->
    [one] { $feeds } tétée
    [many] { $feeds } tétées
   *[other] { $feeds } tétées
}
progress-share-weighed-cell-percent = { $amount } sur { $feeds ->
    [one] { $feeds } tétée
    [many] { $feeds } tétées
   *[other] { $feeds } tétées
}, au moins { $percent } %
progress-share-chart = Venu du sein, environ (%)
progress-share-layer = % environ venu du sein
progress-share-chart-one = Environ { $last } % du lait peut venir du sein.
progress-share-chart-from-to = D’environ { $first } % à environ { $last } % du lait venu du sein.
progress-share-note = Un repère approximatif, d’après la dernière journée complète. Les couches mouillées et le poids en disent plus ; parlez-en avec votre consultante en lactation.
progress-share-not-lower-yet = Compléments : { $supplement }, contre { $baseline } par jour au départ : pas encore moins.
progress-share-against-start = Compléments : { $supplement }, contre { $baseline } par jour au départ : environ { $percent } % du lait peut maintenant venir du sein, si votre bébé boit autant qu’alors.
progress-share-weighed-only = Double pesée : { $amount } au sein sur { $feeds ->
    [one] { $feeds } tétée pesée
    [many] { $feeds } tétées pesées
   *[other] { $feeds } tétées pesées
}, et aucun complément noté.
progress-share-weighed = Double pesée : { $amount } au sein sur { $feeds ->
    [one] { $feeds } tétée pesée
    [many] { $feeds } tétées pesées
   *[other] { $feeds } tétées pesées
}, donc au moins { $percent } % du lait mesuré est venu du sein.
progress-share-not-enough = Pas encore assez de notes dans le journal pour le dire.

progress-summary-days = Jours dans le résumé imprimé
progress-summary-notes = Notes pour votre consultante (facultatif, imprimé, non enregistré)
progress-summary-title = Résumé pour ma consultante en lactation
progress-summary-plan = Plan en cours
progress-summary-table = Jour par jour (par jour, de minuit à minuit)
progress-summary-notes-title = Mes notes
progress-summary-log-notes = Notes du journal
progress-planned-key = prévu ce jour-là (un repère, pas une limite)
progress-summary-range = Du { $from } au { $to }
progress-summary-plan-line = { $sessions ->
    [one] { $sessions } séance
    [many] { $sessions } séances
   *[other] { $sessions } séances
} par jour de { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } minutes
   *[other] { $minutes } minutes
}, dont { $night } la nuit.
progress-summary-path = Parcours : { $path }
progress-summary-born-today = Naissance aujourd’hui, le { $date }.
progress-summary-age-days = Âge du bébé le { $date } : { $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
}.
progress-summary-age-weeks = Âge du bébé le { $date } : { $weeks ->
    [one] { $weeks } semaine
    [many] { $weeks } semaines
   *[other] { $weeks } semaines
}.
progress-summary-due-today = Naissance prévue aujourd’hui, le { $date }.
progress-summary-was-due = Naissance prévue le { $date }.
progress-summary-due-in = Naissance prévue le { $date }, dans { $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
}.
progress-summary-plan-age = Âge du bébé, tel qu’indiqué dans le plan : { $weeks ->
    [one] { $weeks } semaine
    [many] { $weeks } semaines
   *[other] { $weeks } semaines
}.
progress-col-date = Date
progress-col-sessions = Séances
progress-col-minutes = Minutes
progress-col-expressed = Exprimé ({ $unit })
progress-col-cup = Compl. tasse ({ $unit })
progress-col-at-breast = Compl. DAL ({ $unit })
progress-col-other = Compl. autre ({ $unit })
progress-col-wet = Mouillées
progress-col-dirty = Selles
progress-col-night = Nuit
progress-col-break = Plus longue pause
progress-col-weight = Poids (kg)
progress-break-cell = { $hours } h { $minutes }
progress-total-of-days = { $days ->
    [one] Total, { $days } journée complète
    [many] Total, { $days } journées complètes
   *[other] Total, { $days } journées complètes
}
progress-average-row = Moyenne par jour
progress-today-so-far = { $day }, jusqu’ici
progress-today-apart = Aujourd’hui ({ $day }) n’est pas fini : sa ligne dit « jusqu’ici » et il ne compte ni dans les totaux, ni dans les moyennes, ni dans les graphiques.
progress-range-facts = Séances de nuit sur ces jours : { $night }. Plus longue pause : { $longest }.
progress-with-feed = Compléments donnés avec une tétée (pendant, avec un DAL, ou juste après) : { $with } sur { $total }.
progress-note-when = { $day } { $time }
progress-note-heading = { $when } · { $who } :
progress-note-supplement = Complément
progress-step-title = Diminution progressive des compléments
progress-step-began-log-3 = Commencée le { $day } à { $amount } par jour : la moyenne des 3 jours précédents dans le journal.
progress-step-began-log-1 = Commencée le { $day } à { $amount } par jour : le seul jour noté sur les 3 jours précédents.
progress-step-began-log = Commencée le { $day } à { $amount } par jour : la moyenne des { $days } jours notés sur les 3 jours précédents.
progress-step-began-said = Commencée le { $day } à { $amount } par jour : la quantité indiquée au départ dans Réglages → Votre parcours.
progress-step-began-plan = Commencée le { $day } à { $amount } par jour, une quantité fixée dans le Plan.
progress-step-today = Prévu pour aujourd’hui, { $day } : { $amount } (un repère, pas une limite).
progress-step-changes = Baisses, maintiens et retours en arrière sur ces jours
progress-step-no-changes = Aucune baisse, aucun maintien ni retour en arrière sur ces jours.
progress-step-change = { $day } : { $amount }, { $what }
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
