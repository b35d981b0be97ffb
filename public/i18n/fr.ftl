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
medicines-title = Médicaments et galactogènes
medicines-intro = Notez ici ce que vous prenez pour votre lait (les galactogènes sont des plantes ou des médicaments censés augmenter la production de lait), pour que votre consultante en lactation et votre médecin puissent le voir. { -brand } ne conseille jamais rien : quoi prendre, combien et pendant combien de temps se décide avec un médecin qui connaît l’allaitement.
medicines-own-choice-note = Parlez-en à votre médecin ou à votre consultante en lactation : certaines plantes et certains médicaments passent dans le lait ou ne se prennent pas avec d’autres.
medicines-empty = Rien dans la liste pour l’instant.
medicines-add = Ajouter à la liste
medicines-name = Nom
medicines-who = Conseillé par (nom ou profession)
medicines-own-choice = Mon propre choix
medicines-start = Début
medicines-stop = Fin (laissez vide si vous le prenez encore)
medicines-save = Enregistrer
medicines-cancel = Annuler
medicines-saved = Enregistré dans votre liste.
medicines-deleted = Retiré de votre liste.
medicines-restored = De nouveau dans votre liste.
medicines-undo = Annuler
medicines-loading = Chargement de votre liste…
medicines-advised = Conseillé par { $who }
medicines-dates = { $start } – { $stop }
medicines-since = Depuis le { $start }
medicines-taken-today = Pris aujourd’hui
medicines-taken-today-name = Pris aujourd’hui : { $name }
medicines-edit-label = Modifier { $name }
medicines-delete-label = Retirer { $name } de la liste
medicines-edit = Modifier
medicines-delete = Retirer
medicines-summary-title = Médicaments et galactogènes (tels que notés par le parent)
medicines-summary-none = Rien de noté pour ces jours.
medicines-summary-taken = { $days ->
    [0] aucun jour coché comme pris sur cette période
    [one] coché comme pris { $days } jour sur cette période
   *[other] coché comme pris { $days } jours sur cette période
}

printout-print-plan = Imprimer mon plan et une feuille de suivi du jour
printout-plan-title = Mon plan { -brand }
printout-plan-line = Séances par jour : { $sessions } · Chaque séance : { $minutes } min · Plus longue pause entre deux séances : { $gap }
printout-sheet-title = Feuille de suivi du jour (24 heures, nuit comprise)
printout-sheet-help = À remplir à la main, de jour comme de nuit ; à reporter dans { -brand } plus tard.
printout-sheet-spare = Les lignes après les heures prévues sont libres : pour des tétées en plus et pour les compléments donnés à la tasse, à la cuillère ou au biberon.
printout-date-line = Date : ____________________
printout-col-planned = Prévu
printout-col-time = Heure de début
printout-col-side = Côté (G / D / les deux)
printout-col-minutes = Minutes
printout-col-left = Lait gauche ({ $unit })
printout-col-right = Lait droit ({ $unit })
printout-col-supplement = Complément ({ $unit }, comment)
printout-col-diapers = Couches (mouillées / selles)
printout-sheet-time-night = { $time } (nuit)
printout-reminders = À retenir
printout-planned-on = Complément prévu pour { $day } (un repère, pas une limite) : { $amount }
printout-no-step-down = Aucune diminution des compléments prévue
printout-footer = Fait avec { -brand }. Vos données restent sur votre téléphone. Pour un conseil personnalisé, parlez-en au médecin de votre bébé, à une consultante en lactation ou à l’animatrice La Leche League près de chez vous.
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
