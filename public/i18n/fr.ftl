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

# Signes d'alerte : les phrases de sécurité. Elles nomment le médecin du bébé ; celles qui disent
# de demander de l'aide disent « maintenant ». Les nombres viennent du tableau de soins : gardez
# chaque { $variable }.

warning-today-title = Appel conseillé aujourd'hui
warning-now-title = Demandez de l'aide maintenant
warning-maybe-missed = Si certains n'ont pas été notés, ajoutez-les.
warning-call-today = Si le journal est exact, appelez le médecin de votre bébé aujourd'hui.
warning-get-help-now = Si c'est exact, demandez de l'aide maintenant : allez aux urgences ou appelez le numéro d'urgence local.
# Chaque ligne de la liste complète cette phrase (« …si votre bébé » + « est mou… »).
warning-urgent-title = Demandez de l'aide maintenant (urgences ou numéro d'urgence local) si votre bébé
warning-urgent-intro = { warning-urgent-title } :
warning-urgent-open = Quand demander de l'aide maintenant
warning-urgent-dry = n'a pas eu de couche mouillée depuis { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } ou plus
warning-urgent-floppy = est mou, très difficile à réveiller ou trop endormi pour boire
warning-urgent-fever = a moins de { $months } mois et une température de { $celsius } °C ou plus
warning-urgent-breathing = a du mal à respirer, ou les lèvres ou la peau bleues ou grises
warning-urgent-dehydrated = a la fontanelle (le point mou du crâne) creusée, la bouche sèche et pas de larmes
warning-urgent-vomiting = vomit vert, ou vomit avec force encore et encore
warning-urgent-yellow = a la peau jaune dans { $hours ->
        [one] sa première heure
       *[other] ses { $hours } premières heures
    } de vie, ou une peau de plus en plus jaune alors qu'il est somnolent

warning-signs-title = Appelez le médecin de votre bébé aujourd'hui si
warning-sign-wet = Moins de couches mouillées en 24 heures qu'environ { $day1 } le jour 1, { $day2 } le jour 2, { $day3 } le jour 3, { $day4 } le jour 4, puis { $wet } bien lourdes ou plus.
warning-sign-stools = Du jour { $from } à { $weeks } semaines, moins de { $stools ->
        [one] { $stools } selle
       *[other] { $stools } selles
    } en 24 heures.
warning-sign-dry = Après le jour { $day }, aucune couche mouillée pendant { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } alors que le bébé est éveillé et boit, ou des urines foncées ou des cristaux rose orangé.
warning-sign-feeds = Pendant les { $weeks } premières semaines, moins de { $feeds ->
        [one] { $feeds } tétée
       *[other] { $feeds } tétées
    } en 24 heures.
warning-sign-newborn-weight = Un nouveau-né a perdu { $check } % de son poids de naissance (l'alimentation doit être vérifiée) ou { $medical } % (un examen médical est nécessaire), perd encore du poids après le jour { $falling }, ou n'a pas retrouvé son poids de naissance à { $back } jours.
warning-sign-gain = De { $from } semaines à { $until } mois, une prise de poids de moins d'environ { $grams } g par semaine, ou toute perte ; plus tard, une prise bien inférieure à l'habituelle pour l'âge.
warning-sign-hungry = Encore faim après le complément prévu : donnez-en plus. Le plan est un repère, jamais une limite.

warning-few-wet = Le journal montre { $wet ->
        [one] { $wet } couche mouillée
       *[other] { $wet } couches mouillées
    } sur { $hours ->
        [one] la dernière heure
       *[other] les { $hours } dernières heures
    }. À l'âge de votre bébé, on en attend environ { $expected } ou plus sur cette durée.
warning-few-stools = Le journal montre { $stools ->
        [one] { $stools } selle
       *[other] { $stools } selles
    } sur { $hours ->
        [one] la dernière heure
       *[other] les { $hours } dernières heures
    }. À l'âge de votre bébé, on en attend environ { $expected } ou plus sur cette durée.
warning-few-feeds = Le journal montre { $feeds ->
        [one] { $feeds } tétée
       *[other] { $feeds } tétées
    } sur { $hours ->
        [one] la dernière heure
       *[other] les { $hours } dernières heures
    }. Dans les premières semaines, un bébé tète environ { $expected } fois ou plus sur cette durée.
warning-dry-for = Aucune couche mouillée n'a été notée depuis { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } alors que votre bébé était éveillé et buvait.
warning-dry-long = Aucune couche mouillée n'a été notée depuis { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }. Si votre bébé en a mouillé une qui n'est pas encore dans le journal (pendant la nuit, par exemple), vérifiez et ajoutez-la.
warning-dark-urine = Une couche des dernières 24 heures contenait des urines foncées ou des cristaux rose orangé. Après les premiers jours, c'est un signe que votre bébé a besoin de plus de lait.
warning-newborn-loss-check = Le dernier poids de votre bébé est inférieur de { $percent } % à son poids de naissance. À partir de { $check } %, l'alimentation doit être vérifiée.
warning-newborn-loss-medical = Le dernier poids de votre bébé est inférieur de { $percent } % à son poids de naissance. À partir de { $medical } %, votre bébé a besoin d'un examen médical.
warning-weight-down = Le dernier poids de votre bébé, { $latest } kg, est plus bas que le précédent, { $before } kg.
warning-not-back = Le dernier poids de votre bébé, { $latest } kg, est encore inférieur à son poids de naissance, { $birth } kg. La plupart des bébés l'ont retrouvé à { $days } jours.
warning-no-gain = Votre bébé n'a pas pris de poids depuis la pesée d'il y a une semaine ou plus. À cet âge, une prise de moins d'environ { $minimum } g par semaine mérite un appel.
warning-slow-gain = Votre bébé a pris environ { $grams } g par semaine depuis la pesée d'il y a une semaine ou plus. À cet âge, moins d'environ { $minimum } g par semaine mérite un appel.

# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
