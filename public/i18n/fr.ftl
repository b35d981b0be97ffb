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
warning-maybe-missed = S'il manque des entrées dans le journal, ajoutez-les.
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
warning-urgent-vomiting = a des vomissements verts, ou des vomissements en jet répétés
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

# Le Guide. Les phrases qui orientent vers une aide (guide-routine-help, guide-help,
# guide-when-to-call-*, guide-herbs-*) sont des phrases de sécurité : rétrotraduites avec les signes.
guide-intro = Ce guide s'adresse aux parents qui veulent faire revenir leur lait. C'est la relactation. Il s'adresse aussi aux parents qui veulent produire du lait sans avoir accouché, par exemple pour un bébé adopté. C'est la lactation induite.
# « Sein ou torse » une fois, puis « sein » (TERMS.md).
guide-intro-words = Nous disons « sein » ; certains parents disent « torse ». Utilisez le mot qui vous convient. Ce guide donne des informations générales, pas un avis médical.
guide-at-a-glance = En bref
guide-routine-sessions = Tirez votre lait (au tire-lait ou à la main) ou mettez votre bébé au sein 8 à 12 fois par 24 heures, nuit comprise.
guide-routine-cup = Donnez les compléments à la tasse ou avec un DAL (dispositif d'aide à l'allaitement), plutôt qu'au biberon.
guide-routine-skin = Passez du temps en peau à peau, et proposez souvent le sein ou le torse pour le réconfort.
guide-routine-help = Pour de l'aide, parlez au médecin de votre bébé, à une consultante en lactation ou à une animatrice La Leche League.
guide-print = Imprimer le guide
guide-print-help = « Imprimer » ouvre la fenêtre d'impression du navigateur avec un aperçu. Choisissez une imprimante, ou « Enregistrer au format PDF » pour garder une copie. Vous pouvez y choisir les pages à imprimer.
guide-help = Pour un conseil qui concerne votre bébé et vous, parlez au médecin de votre bébé, à une consultante en lactation ou à une animatrice La Leche League près de chez vous.
guide-expect-heading = À quoi s'attendre
guide-expect-paragraph-1 = Beaucoup de parents peuvent refaire une production de lait après une pause, ou en construire une pour la première fois. On arrête pour bien des raisons : une intervention médicale, une séparation d'avec le bébé, ou un conseil qui ne convenait pas. Reprendre est possible.
guide-expect-paragraph-2 = Il faut du temps, de la patience et un bébé prêt à prendre le sein. Le premier lait peut mettre quelques jours ou quelques semaines à apparaître. Certains parents produisent tout le lait dont leur bébé a besoin. D'autres continuent aussi à donner un complément. Les deux sont de belles réussites : chaque goutte de votre lait compte.
guide-expect-paragraph-3 = Pendant que votre production augmente, surveillez les couches et le poids de votre bébé. Ils montrent si votre bébé reçoit assez de lait.
guide-stimulating-heading = Stimuler vos seins
guide-stimulating-paragraph-1 = Le lait se fabrique quand du lait est retiré. Vider vos seins plus souvent donne en général plus de lait.
guide-stimulating-point-1 = Exprimez votre lait à la main ou au tire-lait 8 à 12 fois par jour.
guide-stimulating-point-2 = Consacrez 20 à 30 minutes à chaque séance.
guide-stimulating-point-3 = Incluez la nuit : au moins une séance pendant vos heures de sommeil habituelles.
guide-stimulating-point-4 = Essayez de vider vos seins complètement et souvent. Cela aide votre production à augmenter. Cela aide aussi à prévenir les canaux bouchés et les infections du sein (mastite).
guide-bringing-heading = Mettre votre bébé au sein
guide-bringing-paragraph-1 = L'allaitement, c'est plus que du lait. Votre bébé trouve du réconfort auprès de vous, et le contact peau à peau renforce aussi ses défenses immunitaires.
guide-bringing-point-1 = Si votre bébé prend le sein, proposez-le avant et après chaque repas.
guide-bringing-point-2 = Entre les repas, proposez le sein pour le réconfort aussi souvent que possible, plutôt qu'une tétine. Cela aide aussi votre production à augmenter.
guide-bringing-point-3 = Laissez votre bébé téter aussi longtemps qu'il le souhaite. Il n'y a pas de limite de temps.
guide-bringing-point-4 = Passez du temps en peau à peau : votre bébé vêtu d'une simple couche, contre votre torse nu.
guide-supplements-heading = Donner les compléments
guide-supplements-paragraph-1 = Pendant que votre production augmente, votre bébé peut avoir besoin aussi de votre lait exprimé, de lait de donneuse ou de lait infantile. La façon de le donner compte.
guide-supplements-point-1 = Utilisez une petite tasse plutôt qu'un biberon. Tenez votre bébé bien droit. Posez la tasse sur sa lèvre inférieure et inclinez-la juste assez pour que le lait touche la lèvre. Laissez votre bébé boire à petites gorgées ou laper à son rythme. Ne versez jamais le lait dans sa bouche.
guide-supplements-point-2 = Ou utilisez un DAL (dispositif d'aide à l'allaitement) : un tube fin fixé près du mamelon. Votre bébé reçoit le complément pendant qu'il tète, et votre sein est stimulé en même temps.
guide-supplements-point-3 = Le plan de { -brand } peut vous aider à réduire les compléments lentement. Convenez du rythme avec votre consultante en lactation, et continuez à surveiller les couches et le poids.
guide-when-to-call-heading = Quand demander de l'aide
guide-when-to-call-paragraph-1 = Demandez de l'aide tôt si quelque chose vous inquiète ; inutile d'attendre. Les signes chez votre bébé sont en haut de ce guide. Pour votre propre corps :
guide-when-to-call-point-1 = Douleur, crevasses ou saignement : demandez à votre consultante en lactation de vérifier la prise du sein ou la taille de la téterelle du tire-lait.
guide-when-to-call-point-2 = Une zone dure, rouge et chaude, avec de la fièvre ou une sensation de grippe : appelez un médecin dans les 24 heures, et continuez à faire sortir le lait.
guide-when-to-call-point-3 = Le repos et l'aide à la maison comptent. Un moral bas ou une inquiétude qui dure deux semaines ou plus mérite d'être signalé à un médecin ou à une sage-femme.
guide-when-to-call-point-4 = Appelez le médecin de votre bébé si vous avez un doute sur la quantité de lait qu'il reçoit.
guide-herbs-heading = Plantes et médicaments
guide-herbs-paragraph-1 = Certains parents posent des questions sur les galactogènes : des plantes ou des médicaments réputés augmenter le lait. Parlez-en à un médecin qui connaît l'allaitement avant d'en prendre. Il examinera avec vous vos antécédents médicaux et vos objectifs.
guide-herbs-paragraph-2 = { -brand } ne propose aucune plante, aucun médicament ni aucune dose.
guide-support-heading = Trouver du soutien
guide-support-paragraph-1 = Vous n'avez pas à faire cela sans soutien. Le soutien fait une vraie différence.
guide-support-point-1 = Contactez votre groupe La Leche League local ou une animatrice. La liste des groupes est sur llli.org.
guide-support-point-2 = La Leche League anime aussi des groupes de soutien en ligne, pour les parents en relactation ou en lactation induite.
guide-support-point-3 = Acceptez l'aide qu'on vous propose pour les courses, les repas ou le ménage. Cela vous laisse du temps pour votre bébé et vos séances.

# Lectures : le titre traduit, puis qui le publie et en quelle langue.
guide-further = Pour aller plus loin
guide-further-note = Ces articles et témoignages viennent de groupes La Leche League et d'autres sources. Cherchez leurs titres quand vous êtes en ligne.
guide-find-support = Trouver un groupe ou une animatrice La Leche League : llli.org
guide-reading-lll-gb = Relactation et lactation induite (La Leche League Grande-Bretagne, en anglais)
guide-reading-lll-greece = Guide de la relactation (La Leche League Grèce)
guide-reading-lll-netherlands = Relacter (La Leche League Pays-Bas, en néerlandais)
guide-reading-lll-italy = Est-il possible de relacter ? (La Leche League Italie, en italien)
guide-reading-south-africa = Mon histoire de relactation, en Afrique du Sud (en anglais)
guide-reading-lll-usa = Lactation induite et relactation (La Leche League États-Unis, en anglais)
guide-reading-drip-drop = La technique du goutte-à-goutte (en anglais)
guide-reading-feed-the-baby = Nourrir le bébé : construire une production de lait (en anglais)
guide-reading-volver-al-pecho = Revenir au sein (en espagnol)
guide-reading-baby-who-doesnt-nurse = Le bébé qui ne tète pas (en anglais)
guide-reading-suplementacion = La supplémentation au sein (en espagnol)
guide-reading-supplementer-nursing = Allaiter avec un DAL (en anglais)
guide-reading-adopted-baby = Allaiter un bébé adopté (en anglais)
guide-reading-without-giving-birth = Allaiter sans avoir accouché (en anglais)

# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
