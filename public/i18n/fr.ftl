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
share-title = Partager avec votre partenaire
share-intro = Deux téléphones ou plus, un seul journal : ce qui est noté sur l’un apparaît sur tous. Les données passent par un serveur CouchDB que votre famille gère ou loue, verrouillées avec une clé que seuls vos téléphones possèdent : le serveur ne peut lire ni une heure, ni un volume, ni une note.
share-not-shared = Non partagé. Rien ne quitte ce téléphone.
share-start = Commencer le partage
share-start-help = Sur le premier téléphone : l’adresse du serveur de votre famille et un nom de base de données. { -brand } crée une nouvelle clé et affiche un code d’association pour les autres téléphones.
share-server-help-link = Qu’est-ce qu’un serveur, et comment en avoir un ?
share-join = Rejoindre le journal de votre partenaire
share-join-help = Sur un autre téléphone (celui de votre partenaire, d’un grand-parent) : scannez le code QR affiché sur un téléphone qui partage, ou collez ici son code ou son lien d’association.
share-server = Adresse du serveur
share-server-hint = https://couch.example.org
share-database = Base de données
share-user = Nom d’utilisateur (si le serveur en demande un)
share-password = Mot de passe (si le serveur en demande un)
share-name = Nom de ce téléphone
share-default-name = Mon téléphone
share-code = Code d’association
share-link = Lien d’association
share-code-help = Sur l’autre téléphone, pointez l’appareil photo vers ce code QR et ouvrez le lien, ou envoyez-lui le lien. Toute personne qui a ce code peut lire votre journal partagé : ne le donnez qu’aux téléphones de votre famille.
share-qr-label = Code QR du lien d’association
share-copy = Copier le lien
share-copied = Lien d’association copié.
share-send = Envoyer le lien…
share-checking = Vérification du serveur…
share-check = Vérifier ce serveur
share-sync-now = Synchroniser maintenant
share-stop = Arrêter le partage
share-stop-confirm = Arrêter le partage sur ce téléphone ? Il oublie le serveur et la clé ; toutes les entrées restent sur ce téléphone. Vous pourrez rejoindre à nouveau avec le code d’association.
share-stop-yes = Oui, arrêter le partage
share-stop-no = Continuer le partage
share-stopped = Partage arrêté sur ce téléphone. Votre journal est toujours là.
share-started = Partage commencé. Montrez le code d’association à l’autre téléphone.
share-joined = C’est fait. Les entrées des autres téléphones arrivent dans un instant.
share-phones = Téléphones qui partagent ce journal
share-this-phone = (ce téléphone)
share-rename = Enregistrer le nom
share-show-code = Afficher le code
share-hide-code = Masquer le code

share-join-title = Rejoindre le journal de votre famille
share-join-yes = Rejoindre
share-join-not-now = Pas maintenant
share-already-sharing-here = Ce téléphone partage déjà un journal. Pour en rejoindre un autre, arrêtez d’abord le partage dans Réglages.
share-to-settings = Aller au partage dans Réglages
share-no-code-in-link = Ce lien ne contient aucun code d’association. Ouvrez de nouveau le lien depuis le code QR de l’autre téléphone, ou collez le code dans Réglages.
share-join-ask = Ce lien relie ce téléphone à un journal partagé sur le serveur { $server } (base de données { $database }). Ce qui est noté sur n’importe quel téléphone de la famille apparaîtra aussi sur celui-ci. Rejoindre ?

share-retry-soon = { -brand } réessaiera dans moins d’une minute.
share-retry-at = { -brand } réessaiera à { $time }.
share-status-syncing = Partagé · synchronisation…
share-status-waiting = En attente de connexion : vos entrées sont en sécurité sur ce téléphone.
share-status-not-synced-yet = Partagé · pas encore synchronisé
share-status-synced-now = Partagé · synchronisé à l’instant
share-status-synced-minutes = Partagé · synchronisé il y a { $minutes } min
share-status-synced-hours = Partagé · synchronisé il y a { $hours } h
share-status-synced-days = { $days ->
    [one] Partagé · synchronisé il y a { $days } jour
   *[other] Partagé · synchronisé il y a { $days } jours
}
share-not-synced = Non synchronisé.
share-nothing-changed = Rien n’a été modifié sur ce téléphone.
share-arrived-before-stop = { $count ->
    [one] { $count } entrée est arrivée avant l’arrêt ; les autres viendront à la prochaine synchronisation.
   *[other] { $count } entrées sont arrivées avant l’arrêt ; les autres viendront à la prochaine synchronisation.
}
share-unreadable = { $count ->
    [one] { $count } élément du serveur n’a pas pu être ouvert et a été ignoré. Tout le reste a été partagé comme d’habitude.
   *[other] { $count } éléments du serveur n’ont pas pu être ouverts et ont été ignorés. Tout le reste a été partagé comme d’habitude.
}
share-remove-unreadable = { $count ->
    [one] Le retirer du serveur
   *[other] Les retirer du serveur
}
share-remove-unreadable-help = Ils sont peut-être abîmés, ou écrits par quelqu’un qui n’a pas la clé de votre famille. Les retirer ne touche à rien sur ce téléphone ; si ce téléphone a sa propre copie d’une entrée, cette copie est renvoyée au serveur.
share-removed-unreadable = { $count ->
    [0] Rien à retirer : ces éléments s’ouvrent maintenant.
    [one] { $count } élément a été retiré du serveur.
   *[other] { $count } éléments ont été retirés du serveur.
}

share-problem-offline = Le serveur est injoignable. Vos entrées sont en sécurité sur ce téléphone.
share-problem-dropped = La connexion a été coupée au milieu de la réponse du serveur.
share-problem-unconfirmed = Les entrées de ce téléphone ont été envoyées, mais la réponse du serveur a été coupée : le serveur les a peut-être reçues. { -brand } vérifiera à la prochaine synchronisation.
share-problem-unauthorized = Le serveur n’a pas accepté le nom d’utilisateur ou le mot de passe. Vérifiez-les avec la personne qui gère le serveur.
share-problem-no-database = Cette base de données n’existe pas sur ce serveur.
share-problem-server = Le serveur a eu un problème. Vos entrées sont en sécurité sur ce téléphone.
share-problem-not-couch = L’adresse a répondu, mais pas comme un serveur CouchDB (peut-être une page de connexion).
share-problem-truncated = La réponse du serveur a été coupée.
share-problem-unreadable = La copie de la clé familiale sur ce téléphone est inutilisable. Rejoignez à nouveau avec le code d’association d’un autre téléphone.
share-problem-newer = Le serveur contient des entrées d’une version plus récente de { -brand }. Mettez { -brand } à jour sur ce téléphone ; rien n’a été ignoré.
share-problem-removed = Un autre téléphone a retiré ce téléphone du partage. Son journal reste ici ; pour partager à nouveau, rejoignez avec un code d’association d’un téléphone qui partage.
share-problem-key-change-refused = Une nouvelle clé familiale sur le serveur n’a pas pu être vérifiée, donc ce téléphone ne l’a pas prise.
share-problem-wrong-key = Ce code n’ouvre pas le journal sur ce serveur : il appartient à une autre famille ou à une ancienne association. Rien n’a été écrit.
share-problem-not-shared = Personne n’a encore commencé le partage dans cette base de données. Commencez le partage sur le premier téléphone, puis utilisez son code ici.
share-problem-already-shared = Cette base de données contient déjà le journal d’une famille. Rejoignez-le avec le code d’association de ce téléphone, ou choisissez un autre nom de base de données.
share-problem-store = Le journal de ce téléphone n’a pas pu être lu ou écrit.

share-setup-not-shared = Non partagé.
share-setup-no-crypto = Ce navigateur ne peut pas chiffrer ici. Ouvrez { -brand } depuis son adresse https://.
share-code-not-a-code = Ce n’est pas un code d’association { -brand }. Il commence par RELACT1-.
share-code-mistyped = Ce code contient une erreur (un caractère changé ou manquant). Copiez-le de nouveau depuis l’autre téléphone.
share-code-newer = Ce code a été créé par une version plus récente de { -brand }. Mettez d’abord { -brand } à jour sur ce téléphone.
share-code-bad-server = L’adresse du serveur doit commencer par https:// (ou être http://localhost pour faire un essai).
share-code-bad-database = Un nom de base de données commence par une lettre minuscule et n’utilise que des lettres minuscules, des chiffres et _ $ ( ) + - /.

share-checked-ready = Ce serveur fonctionne : la connexion est acceptée et la base de données est prête pour le journal de votre famille.
share-checked-no-database-yet = Ce serveur fonctionne et accepte la connexion ; { -brand } créera la base de données quand vous commencerez le partage.
share-checked-shared = Cette base de données contient déjà le journal d’une famille : rejoignez-le avec le code d’association d’un téléphone qui le partage, ou choisissez un autre nom de base de données.
share-checked-no-answer = Aucun serveur n’a répondu à cette adresse : vérifiez l’adresse, et que le serveur autorise l’adresse de { -brand } (son réglage CORS).
share-checked-refused = Le serveur a répondu mais a refusé le nom d’utilisateur ou le mot de passe : vérifiez-les avec la personne qui gère le serveur.
share-checked-not-couch = Quelque chose a répondu à cette adresse, mais pas un serveur CouchDB : vérifiez l’adresse (elle se termine souvent par :5984).
share-checked-error = Le serveur a répondu par une erreur : réessayez plus tard, ou demandez à la personne qui le gère.

share-server-help-title = Trouver un serveur
share-server-help-what-title = À quoi il sert
share-server-help-what = Le partage a besoin d’un endroit sur internet où vos téléphones se déposent des entrées les uns pour les autres, pour qu’un téléphone puisse rattraper son retard pendant que l’autre est éteint ou sans réseau. { -brand } utilise pour cela un serveur CouchDB : un petit logiciel de base de données gratuit que de nombreux hébergeurs proposent.
share-server-help-sees-title = Ce que voit le serveur
share-server-help-sees = Rien de lisible. Chaque entrée est verrouillée sur le téléphone avant de partir, avec une clé que seuls vos téléphones possèdent. Le serveur voit combien d’éléments verrouillés il y a et quand ils changent, mais pas une heure, un volume, une note ni le nom d’un téléphone.
share-server-help-cost = Le journal d’une famille est minuscule (une année d’entrées pèse quelques mégaoctets), donc les offres gratuites des services hébergés suffisent largement.
share-server-help-ways-title = Trois façons d’en avoir un
share-server-help-hosted-title = Un service CouchDB hébergé
share-server-help-hosted = Certaines entreprises font tourner CouchDB pour vous, plusieurs avec une offre gratuite. Inscrivez-vous, créez une base de données et un utilisateur qui peut la lire et y écrire, et dans ses réglages autorisez l’adresse de { -brand } (CORS). Puis utilisez son adresse ici.
share-server-help-home-title = Un serveur à la maison ou un NAS
share-server-help-home = Si votre famille a un serveur à la maison ou un disque réseau qui fait tourner des conteneurs, il peut faire tourner l’image officielle de CouchDB (nommée couchdb). Les téléphones doivent l’atteindre depuis l’extérieur de la maison en https://, donc cela convient à quelqu’un à l’aise avec sa box internet.
share-server-help-friend-title = Quelqu’un de confiance qui en a un
share-server-help-friend = Une personne qui s’occupe de serveurs peut vous créer une base de données et un utilisateur en quelques minutes. Montrez-lui cette page.
share-server-help-for-friend-title = Pour la personne qui l’installe
share-server-help-for-friend = N’importe quel CouchDB 3 convient. Créez une base de données et un utilisateur qui en est membre ; autorisez les requêtes d’origine croisée (CORS) depuis { $origin } avec identifiants, pour les méthodes GET, PUT, POST et les en-têtes accept, authorization et content-type ; et servez-la en https://. Donnez ensuite à la famille l’adresse, le nom de la base de données, le nom d’utilisateur et le mot de passe.
share-server-help-check-title = Le vérifier
share-server-help-check = De retour dans Réglages, remplissez l’adresse, la base de données, l’utilisateur et le mot de passe, puis touchez « { share-check } » : { -brand } dit en une phrase ce qui fonctionne et ce qu’il faut corriger, avant d’écrire quoi que ce soit.
share-server-help-back = Retour au partage

share-hand-title = De main en main, sans serveur
share-hand-help = Envoyez tout votre journal à un autre téléphone sous forme de fichier verrouillé, par le menu de partage (une messagerie, Bluetooth, Nearby Share ou AirDrop). Sur l’autre téléphone, ouvrez-le avec { -brand } : les entrées sont fusionnées selon la même règle qu’une sauvegarde, donc le faire souvent garde les deux téléphones à jour.
share-hand-send = Envoyer mon journal à un autre téléphone
share-hand-passphrase = Phrase secrète pour ce fichier
share-hand-passphrase-help = Dites-la à voix haute à la personne qui a l’autre téléphone ; ne l’envoyez jamais avec le fichier. Au moins 8 lettres ou chiffres ; les espaces et les tirets ne comptent pas.
share-hand-passphrase-short = La phrase secrète doit contenir au moins 8 lettres ou chiffres (les espaces et les tirets ne comptent pas).
share-hand-family-lock = Ce téléphone partage un journal, donc le fichier est verrouillé avec la clé de votre famille : un téléphone qui partage le même journal l’ouvre sans phrase secrète.
share-hand-use-passphrase = Le verrouiller plutôt avec une phrase secrète (pour un téléphone qui ne partage pas ce journal)
share-hand-sealing = Verrouillage du fichier…
share-hand-shared = Le fichier verrouillé a été transmis au menu de partage.
share-hand-downloaded = Le fichier verrouillé a été enregistré dans les téléchargements de ce téléphone. Envoyez-le à l’autre téléphone, et ouvrez-le là-bas avec { -brand }.
share-hand-failed = Le fichier n’a pas pu être créé sur ce téléphone. Rien n’a été envoyé.
share-hand-open-failed = Le fichier n’a pas pu être ouvert sur ce téléphone. Rien n’a été écrit.
share-hand-receive-title = Ouvrir un journal venu d’un autre téléphone
share-hand-receive-help = Choisissez le fichier envoyé depuis l’autre téléphone (relact-log-….txt). Quand le téléphone le propose, « Ouvrir avec { -brand } » dans le menu de partage amène le fichier ici tout seul.
share-hand-receive-link = Ouvrir un journal venu d’un autre téléphone
share-hand-choose = Choisir le fichier
share-hand-received = Un fichier de journal venu d’un autre téléphone est là.
share-hand-ask-passphrase = Ce fichier est verrouillé avec une phrase secrète. Tapez la phrase secrète que l’autre parent a dite.
share-hand-open = Ouvrir le fichier
share-hand-opening = Ouverture du fichier…
share-hand-wrong-passphrase = Cette phrase secrète n’ouvre pas ce fichier, ou le fichier a été abîmé en route. Rien n’a été écrit. Vérifiez la phrase secrète et réessayez.
share-hand-other-family = Ce fichier est verrouillé avec une clé familiale que ce téléphone n’a pas : celle d’une autre famille, ou une clé d’avant le retrait d’un téléphone du partage. Rien n’a été écrit.
share-hand-not-paired = Ce fichier est verrouillé avec la clé d’une famille, et ce téléphone ne partage aucun journal. Rejoignez d’abord la famille, ou demandez un fichier verrouillé avec une phrase secrète. Rien n’a été écrit.
share-hand-not-a-log = Le fichier s’est ouvert, mais son contenu n’est pas un journal { -brand }. Rien n’a été écrit.
share-hand-file-not-ours = Ce n’est pas un fichier de « { share-hand-send } ». (Une sauvegarde s’ouvre dans Réglages → Vos données.) Rien n’a été écrit.
share-hand-file-newer = Ce fichier a été créé par une version plus récente de { -brand }. Mettez d’abord { -brand } à jour sur ce téléphone. Rien n’a été écrit.
share-hand-file-damaged = Ce fichier est abîmé, il ne peut donc pas être ouvert. Rien n’a été écrit. Demandez qu’on vous le renvoie.

share-phones-remove = Retirer du partage
share-phones-remove-yes = Oui, le retirer
share-phones-remove-no = Le garder
share-phones-removing = Création d’une nouvelle clé familiale…
share-phones-remove-label = Retirer { $name } du partage
share-phones-remove-ask = Retirer { $name } du partage ? Ce téléphone crée une nouvelle clé familiale et la donne aux téléphones qui restent, donc { $name } ne pourra plus rien ouvrir de ce qui sera partagé désormais. Ce que { $name } a déjà reste dessus. S’il a été perdu, demandez aussi à la personne qui gère le serveur de changer son mot de passe.
share-phones-removed = { $name } a été retiré du partage. Les autres téléphones prendront la nouvelle clé à leur prochaine synchronisation.
share-phones-keyless = { $count ->
    [one] { $count } autre téléphone ne s’était pas synchronisé depuis la mise à jour de { -brand }, il n’a donc pas pu recevoir la nouvelle clé : faites-le rejoindre à nouveau avec le code d’association.
   *[other] { $count } autres téléphones ne s’étaient pas synchronisés depuis la mise à jour de { -brand }, ils n’ont donc pas pu recevoir la nouvelle clé : faites-les rejoindre à nouveau avec le code d’association.
}

# (the messages of this part go above this line)
