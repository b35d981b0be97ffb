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
medicines-title = Médicaments et galactogogues
medicines-intro = Notez ici ce que vous prenez pour votre lait (les galactogogues sont des plantes ou des médicaments censés augmenter la production de lait), pour que votre consultante en lactation et votre médecin puissent le voir. { -brand } ne conseille jamais rien : quoi prendre, combien et pendant combien de temps se décide avec un médecin qui connaît l’allaitement.
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
medicines-summary-title = Médicaments et galactogogues (tels que notés par le parent)
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

plan-your-day = Votre journée
plan-night = nuit
plan-hours = { $hours } h { $minutes } min
plan-session-length = Chaque séance : { $minutes } min
plan-longest-gap = Plus longue pause entre deux séances : { $gap }
plan-settings = Préparer votre plan
plan-goal = Ce que vous faites
plan-goal-relactation = Relactation : faire revenir mon lait
plan-goal-induced = Lactation induite : produire du lait pour la première fois
plan-sessions = Séances par 24 heures
plan-minutes = Minutes par séance
plan-wake = Je me lève d’habitude à
plan-sleep = Je m’endors d’habitude à
plan-night-sessions = Séances pendant mon sommeil
plan-night-why = Les recommandations comprennent des séances de nuit. Le lait se fabrique quand il est retiré souvent : une séance pendant votre sommeil garde la plus longue pause courte. Une seule, c’est déjà un bon début.
plan-night-none = Aucune
plan-baby-age-where = La date de naissance de votre bébé, qui tient son âge à jour, se trouve dans Réglages → Votre parcours.
plan-guidance = On conseille en général 8 à 12 séances par jour, de 20 à 30 minutes chacune, la nuit comprise. L’expression manuelle, le tire-lait et les tétées comptent tous.
plan-bad-time = Indiquez une heure, par exemple 07:00.
plan-step-down = Prévoir une diminution lente des compléments
plan-step-start-ml = Complément par jour actuellement (ml)
plan-step-size-ml = En moins à chaque palier (ml par jour, 30 au plus)
plan-step-start-oz = Complément par jour actuellement (oz)
plan-step-size-oz = En moins à chaque palier (oz par jour, 1 au plus)
plan-step-hold = Jours à chaque palier
plan-step-from = Commencer la diminution le
plan-step-agree = Convenez du rythme de toute diminution avec votre consultante en lactation ou le médecin de votre bébé. Chaque bébé est différent.
plan-step-history = Derniers jours
plan-step-date = Date
plan-step-target = Prévu
plan-planned-today = Complément prévu aujourd’hui : { $amount } — un repère, pas une limite. Si votre bébé semble encore avoir faim, donnez-lui davantage.
plan-rule-guide = La quantité prévue est un repère, jamais une limite : si votre bébé semble encore avoir faim, donnez-lui davantage.
plan-rule-first-days = Pendant les premiers jours de votre bébé (avant le jour { $day }), la quantité ne diminue pas : le nombre de couches mouillées augmente encore, et c’est le médecin de votre bébé qui guide l’alimentation.
plan-rule-wet-and-stools = La quantité ne descend d’un palier que si chaque jour passé à ce palier a eu { $wet } couches mouillées ou plus et { $stools } selles ou plus, comme attendu à l’âge de votre bébé.
plan-rule-wet = La quantité ne descend d’un palier que si chaque jour passé à ce palier a eu { $wet } couches mouillées ou plus.
plan-rule-more = Un jour où votre bébé a pris plus que prévu maintient la quantité.
plan-rule-weights = Si vous notez des pesées, chacune doit montrer que votre bébé prend du poids comme attendu à son âge.
plan-rule-half = Pour passer sous la moitié de la quantité de départ, et avant d’arrêter, il faut une pesée des { $days } derniers jours montrant une bonne prise de poids : les couches seules ne suffisent pas.
plan-rule-short = Un jour en dessous de ce qui est attendu maintient la quantité ; deux de suite la font remonter.
plan-rule-step-size = Chaque palier est de 30 ml (1 oz) par jour au plus.
plan-rule-birth-date = Ajoutez la date de naissance de votre bébé dans Réglages, pour que la règle suive son âge.
plan-hold-first-days = les premiers jours de votre bébé
plan-hold-needed-more = votre bébé a pris { $amount } hier
plan-hold-weight = la dernière pesée
plan-hold-short = { $what ->
    [wet] moins de { $wet } couches mouillées notées hier
    [both] moins de { $wet } couches mouillées et moins de { $stools } selles notées hier
   *[stools] moins de { $stools } selles notées hier
}
plan-hold-short-and-weight = { $what ->
    [wet] moins de { $wet } couches mouillées notées hier, et la dernière pesée
    [both] moins de { $wet } couches mouillées et moins de { $stools } selles notées hier, et la dernière pesée
   *[stools] moins de { $stools } selles notées hier, et la dernière pesée
}
plan-change = { $change ->
    [down] palier descendu
    [held] maintenu
   *[up] remonté
}
plan-change-because = { $change ->
    [down] palier descendu
    [held] maintenu
   *[up] remonté
} : { $reason }
plan-caution-first-days = Pendant les premiers jours de votre bébé, le nombre de couches mouillées augmente encore : la quantité prévue ne diminue donc pas. C’est le médecin de votre bébé qui guide l’alimentation pour l’instant.
plan-caution-needed-more = Hier, votre bébé a pris { $given }, plus que les { $planned } prévus : la quantité reste donc la même. Votre bébé en avait besoin : le plan est un repère, jamais une limite. Vous pouvez recommencer la diminution à partir de ce que votre bébé a pris.
plan-caution-weight = La dernière pesée montre une perte ou une prise de poids lente : la quantité reste donc la même. Parlez-en à votre consultante en lactation ou au médecin de votre bébé.
plan-caution-short = Le journal montre { $what ->
    [wet] moins de { $wet } couches mouillées
    [both] moins de { $wet } couches mouillées et moins de { $stools } selles
   *[stools] moins de { $stools } selles
} hier : la quantité reste donc la même. S’il en manque dans le journal, ajoutez-les. Parlez-en à votre consultante en lactation ou au médecin de votre bébé.
plan-caution-short-and-weight = Le journal montre { $what ->
    [wet] moins de { $wet } couches mouillées
    [both] moins de { $wet } couches mouillées et moins de { $stools } selles
   *[stools] moins de { $stools } selles
} hier, et la dernière pesée montre une perte ou une prise de poids lente : la quantité reste donc la même. S’il en manque dans le journal, ajoutez-les. Parlez-en à votre consultante en lactation ou au médecin de votre bébé.
plan-caution-stepped-back = Deux jours de suite sont restés en dessous de ce que les couches ou le poids de votre bébé devraient montrer : la quantité est donc remontée. Parlez-en à votre consultante en lactation.
plan-caution-needs-weight = Le prochain palier ferait passer la quantité sous la moitié de celle du départ. Avant cela, faites peser votre bébé : il faut une pesée des { $days } derniers jours montrant une bonne prise de poids, car les couches seules ne suffisent pas.
plan-restart-from = Recommencer la diminution à partir de { $amount } par jour
plan-restarted = La diminution recommence à partir de ce que votre bébé a pris.
plan-start-from-log = { $days ->
    [3] D’après votre journal, sur les 3 derniers jours : environ { $amount } par jour.
    [one] D’après votre journal, sur le seul des 3 derniers jours avec un complément noté : environ { $amount } par jour.
   *[other] D’après votre journal, sur les { $days } des 3 derniers jours avec un complément noté : environ { $amount } par jour.
}
plan-start-from-said = D’après ce que vous avez indiqué à { -brand } au départ : environ { $amount } par jour.
plan-start-check = Est-ce bien tout ce que votre bébé a pris, y compris ce que d’autres lui ont donné ? Sinon, modifiez-le.
plan-start-prompt = Combien de complément votre bébé prend-il par jour actuellement ? Indiquez-le ici pour commencer la diminution.
plan-start-not-a-number-ml = Indiquez la quantité par jour sous forme de nombre supérieur à 0, par exemple 240.
plan-start-not-a-number-oz = Indiquez la quantité par jour sous forme de nombre supérieur à 0, par exemple 8.
plan-start-zero = La quantité de départ doit être supérieure à 0. Si votre bébé n’a plus besoin de complément, vous pouvez désactiver la diminution.
plan-start-too-much = C’est plus de { $amount } par jour. Vérifiez la quantité.
plan-calendar = Ajouter à mon agenda (.ics)
plan-calendar-help = L’agenda de votre téléphone peut alors vous rappeler chaque séance, même quand { -brand } est fermé. Après un changement de plan, ajoutez à nouveau le nouveau fichier : il remplace les anciens rappels.
plan-calendar-saved = Fichier d’agenda enregistré. Ouvrez-le pour ajouter les rappels.
plan-calendar-failed = Le fichier d’agenda n’a pas pu être créé sur cet appareil.
plan-ics-summary = Tire-lait, expression manuelle ou tétée
plan-ics-night = Séance de nuit : tire-lait, expression manuelle ou tétée
plan-ics-description = D’après votre plan { -brand }. Pour un conseil personnalisé, parlez-en au médecin de votre bébé, à une consultante en lactation ou à l’animatrice La Leche League près de chez vous.

journey-title = Votre parcours
journey-path = D’où partez-vous ?
journey-path-relactating = Faire revenir mon lait. Mon bébé est là.
journey-path-inducing-here = Produire du lait pour la première fois. Mon bébé est là.
journey-path-preparing = Produire du lait avant l’arrivée de mon bébé (par exemple adoption ou gestation pour autrui).
journey-path-saved = Enregistré. Votre plan part maintenant de ce parcours ; vous pouvez le modifier dans l’écran Plan.
journey-birth-date = Date de naissance du bébé (si vous le souhaitez)
journey-old-age-weeks = Votre plan indiquait que votre bébé avait { $weeks } { $weeks ->
    [one] semaine
   *[other] semaines
}. Ajoutez la date de naissance ci-dessus pour que { -brand } tienne son âge à jour.
journey-due-date = Date prévue d’arrivée de votre bébé
journey-supplement-now = Complément par jour actuellement, en { $unit } (si vous le souhaitez)
journey-supplement-hint = Dès que votre journal contient des compléments des trois derniers jours, { -brand } utilise ces chiffres à la place.
journey-birth-weight = Poids de naissance en grammes (si vous le connaissez)
journey-birth-weight-hint = Avec le poids de naissance, Aujourd’hui peut vous dire si la perte de poids de votre nouveau-né demande à être vérifiée, et si votre bébé le retrouve à temps.
journey-birth-saved = Date de naissance enregistrée. Aujourd’hui lit désormais les signes de votre bébé selon son âge.
journey-birth-future = Cette date est après aujourd’hui. Choisissez le jour de naissance de votre bébé. Rien n’a été modifié.
journey-birth-year = Vérifiez l’année de la date de naissance. Rien n’a été modifié.
journey-birth-weight-problem = Vérifiez le poids de naissance : il s’écrit en grammes, par exemple 3400. Rien n’a été modifié.
journey-opening = Commencer par une phase de démarrage en douceur (48 heures de séances courtes)
journey-opening-hint = Une séance courte environ toutes les 2 heures le jour et toutes les 3 heures la nuit, d’environ 15 minutes chacune ; ensuite votre plan prend le relais. Convenez du début avec votre consultante en lactation.
journey-baby-here = Bébé est là
journey-born-question = Quand votre bébé est-il né ?
journey-born-hint = Aujourd’hui, ou n’importe quel jour avant : un bébé plus grand ou adopté est suivi selon son âge, pour que ce qu’Aujourd’hui attend lui corresponde.
journey-born-missing = Choisissez le jour de naissance de votre bébé.
journey-baby-here-save = Enregistrer : bébé est là
journey-baby-here-cancel = Pas encore
journey-baby-here-saved = Bienvenue, tout-petit. Les couches et les compléments apparaissent maintenant dans Aujourd’hui. Votre journal est conservé.
journey-baby-here-undone = Retour à la préparation. Rien d’autre n’a changé.
journey-preparing-title = Se préparer pour votre bébé
journey-preparing-note = Tant que votre bébé n’est pas là, Aujourd’hui ne montre que l’expression du lait. Les couches et les compléments apparaissent quand vous touchez « Bébé est là ».
journey-no-due-date = Ajoutez la date prévue dans Réglages pour voir un compte à rebours.
journey-due-passed = La date prévue est passée. Touchez « Bébé est là » quand votre bébé arrive.
journey-countdown = { $days ->
    [0] Votre bébé est attendu aujourd’hui.
    [one] Plus que { $days } jour avant la date prévue de votre bébé.
   *[other] Plus que { $days } jours avant la date prévue de votre bébé.
}
journey-next-first-drops = Prochaine étape de votre parcours : les premières gouttes.
journey-next-let-down = Prochaine étape : un réflexe d’éjection (picotements, ou lait qui coule ou gicle).
journey-next-breast-changes = Prochaine étape de votre parcours : des changements dans vos seins ou votre torse.
journey-next-supplementer-feed = Prochaine étape de votre parcours : une tétée avec un DAL.
journey-next-feed-without-supplementer = Prochaine étape de votre parcours : une tétée sans DAL.
journey-next-supplements-halved = Prochaine étape de votre parcours : les compléments réduits de moitié.
journey-next-day-without-supplements-if-goal = Prochaine étape, si c’est votre objectif : une journée entière sans complément.
journey-next-day-without-supplements = Prochaine étape de votre parcours : une journée entière sans complément.
journey-next-own = Prochaine étape de votre parcours : une étape à vous.
journey-next-with-baby = Les prochaines étapes viendront avec votre bébé.
journey-next-all-reached = Vous avez franchi toutes les étapes de la liste. Bravo.
journey-baby-age-days = { $days ->
    [0] Votre bébé est né aujourd’hui.
    [one] Votre bébé a { $days } jour.
   *[other] Votre bébé a { $days } jours.
}
journey-baby-age-weeks = Votre bébé a { $weeks } { $weeks ->
    [one] semaine
   *[other] semaines
}.
journey-diapers-first-days = Les premiers jours, les couches mouillées augmentent peu à peu : environ { $day1 } le jour 1, { $day2 } le jour 2, { $day3 } le jour 3 et { $day4 } le jour 4, puis { $wet } couches bien lourdes ou plus par jour à partir du jour { $day }.
journey-diapers-young = À l’âge de votre bébé : { $wet } couches bien mouillées ou plus et { $stools } selles ou plus en 24 heures.
journey-diapers-older = À l’âge de votre bébé : { $wet } couches bien mouillées ou plus en 24 heures. Les selles peuvent être moins fréquentes.
journey-diapers-unknown = Comptez { $wet } couches bien mouillées ou plus en 24 heures à partir du jour { $day } de vie. Ajoutez la date de naissance de votre bébé dans Réglages pour des repères adaptés à son âge.
journey-opening-title = Vos 48 premières heures : la phase de démarrage
journey-opening-until = Phase de démarrage jusqu’au { $ends } : une séance courte d’environ 15 minutes, environ toutes les 2 heures le jour et toutes les 3 heures la nuit.
journey-plan-after = Votre plan de séances quotidien commence à la fin de la phase de démarrage, le { $ends }.
journey-guide-title = Votre point de départ
journey-guide-relactating = Faire revenir votre lait
journey-guide-relactating-possible = Votre bébé est là, et votre lait s’est arrêté ou a diminué. Le faire revenir est souvent possible. Une revue de l’Organisation mondiale de la santé (1998) a montré que la plupart des parents qui voulaient relacter y sont arrivés, et qu’un bébé prêt à téter est ce qui aide le plus. Le lait peut revenir en quelques jours ; pour certains parents, il faut quelques semaines.
journey-guide-relactating-full-or-part = Certains parents atteignent une lactation complète, d’autres une partie. Dans les deux cas, c’est un vrai progrès.
journey-guide-relactating-often = Mettez au sein ou tirez votre lait souvent : 8 fois ou plus en 24 heures, dont une la nuit.
journey-guide-relactating-keep-supplement = Continuez à donner le complément dont votre bébé a besoin. Ne le diminuez que lentement, avec votre consultante en lactation.
journey-guide-relactating-ask = Demandez à votre consultante en lactation un plan adapté à vous et à votre bébé.
journey-guide-inducing = Produire du lait pour la première fois, avec votre bébé là
journey-guide-inducing-possible = Produire du lait sans grossesse récente est possible (revue de l’Organisation mondiale de la santé, 1998). Cela suffit moins souvent à tous les besoins d’un bébé, et chaque quantité produite compte.
journey-guide-inducing-supplementer = Allaiter avec un DAL (dispositif d’aide à l’allaitement) au sein ou contre le torse permet à votre bébé de recevoir ce dont il a besoin tout en aidant à construire votre lactation.
journey-guide-inducing-sessions = { -brand } commence avec 10 séances par jour ; vous pouvez le modifier dans l’écran Plan.
journey-guide-inducing-diapers = Surveillez les couches : elles vous disent si votre bébé reçoit assez.
journey-guide-inducing-ask = Demandez à votre consultante en lactation comment associer tétées, tire-lait et compléments.
journey-guide-preparing = Se préparer avant l’arrivée de votre bébé
journey-guide-preparing-before = Si vous adoptez, ou si une gestatrice ou votre partenaire porte votre bébé, vous pouvez commencer à produire du lait avant son arrivée. Dans les protocoles de Newman et Goldfarb (2002), le tire-lait commence environ 6 semaines avant la date prévue, avec une partie sur ordonnance que seul un médecin décide avec vous ({ -brand } ne la planifie pas). Sans cette partie, demandez à votre consultante en lactation quand commencer.
journey-guide-preparing-gently = Leurs consignes de tire-lait commencent en douceur : pendant les 48 premières heures, une séance courte environ toutes les 2 heures le jour et toutes les 3 heures la nuit ; ensuite 8 à 12 par jour, environ toutes les 3 heures. Une séance courte dure environ 15 minutes : tirer 5 à 7 minutes, caresser et masser doucement, puis tirer encore 5 à 7 minutes.
journey-guide-preparing-countdown = Aujourd’hui affiche le compte à rebours jusqu’à la date prévue et ne montre que l’expression du lait.
journey-guide-preparing-arrives = Quand votre bébé arrive, touchez « Bébé est là » dans { -brand }. Votre journal est conservé.
journey-guide-preparing-ask = Demandez à votre consultante en lactation quand commencer et à quelle fréquence tirer votre lait.
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
