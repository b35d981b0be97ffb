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
nav-screen-unavailable = Cette partie de { -brand } n’est pas encore arrivée sur ce téléphone : elle ne peut pas s’ouvrir. Vérifiez la connexion, puis réessayez. Rien de ce qui était enregistré n’a changé.
nav-try-again = Réessayer

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
update-available = Mise à jour disponible
update-reload = Recharger
update-offline-ready = Prêt à fonctionner hors ligne. { -brand } s’ouvre désormais même sans réseau.
update-offline = Hors ligne
update-offline-hint = Pas de réseau. Tout fonctionne encore dans { -brand }.

problem-storage-blocked = Ce navigateur ne permet pas à { -brand } d’enregistrer quoi que ce soit (navigation privée ou réglage bloqué). Vous pouvez utiliser l’application, mais les changements seront perdus à sa fermeture.
problem-settings-unreadable = Vos réglages enregistrés n’ont pas pu être lus : { -brand } utilise pour l’instant les réglages par défaut. Les anciens réglages ont été mis de côté, pas effacés.
problem-save-failed = Cela n’a pas pu être enregistré sur cet appareil. Rien de ce qui était déjà enregistré n’a changé.
problem-entries-unreadable = Certaines entrées enregistrées n’ont pas pu être lues : elles ne sont pas affichées. Elles restent telles quelles sur cet appareil.
problem-not-found = Il n’y a pas de page ici.
problem-go-home = Aller à Aujourd’hui
problem-dismiss = Fermer
problem-undo = Annuler
problem-undone = C’est annulé. Ce n’est plus dans votre journal.

reminder-start = Commencer
reminder-later = Pas maintenant
reminder-allow = Autoriser les notifications de rappel
reminder-allow-help = Tant que { -brand } est ouvert, il affiche un message (et une notification, si vous les autorisez) à chaque heure prévue. Pour des rappels quand { -brand } est fermé, ajoutez le plan à votre agenda.
reminder-allowed = Les notifications de rappel sont activées.
reminder-blocked = Les notifications de { -brand } sont bloquées dans les réglages de ce navigateur. Le rappel dans l’application fonctionne toujours.
reminder-unsupported = Ce navigateur ne peut pas afficher de notifications. Le rappel dans l’application fonctionne toujours.
reminder-due = C’est l’heure de votre séance de { $time }.

feeding-milk-own = Mon lait exprimé
feeding-milk-donor = Lait de donneuse
feeding-milk-formula = Préparation pour nourrissons
feeding-method-cup = Tasse
feeding-method-supplementer = DAL (dispositif d’aide à la lactation)
feeding-method-spoon = Cuillère
feeding-method-syringe = Seringue
feeding-method-finger = Au doigt
feeding-method-bottle = Biberon
feeding-why-cup = On conseille souvent une tasse ou un DAL : avec le DAL, votre bébé tète au sein, ce qui aide votre lactation. Le biberon convient aussi si c’est ce qui marche pour vous.

timer-intro = Touchez pour commencer. Le chrono garde le temps exact même si votre téléphone se verrouille.
timer-start-pump = Tire-lait
timer-start-hand = Expression manuelle
timer-start-nurse = Tétée
timer-start-comfort = Tétée de réconfort
timer-running-pump = Expression au tire-lait
timer-running-hand = Expression manuelle
timer-running-nurse = Tétée
timer-running-comfort = Tétée de réconfort
timer-start-supplementer = Tétée avec DAL
timer-running-supplementer = Tétée avec DAL
timer-weighed = Pesée avant et après
timer-weigh-note = Double pesée : pesez votre bébé juste avant et juste après la tétée, avec les mêmes vêtements. Chaque gramme gagné correspond à environ 1 ml de lait. Cela ne fonctionne qu’avec une balance pour bébé précise à 2 g ou mieux, et ne vaut la peine que si votre consultante en lactation est d’accord.
timer-weight-before = Poids du bébé avant (g)
timer-weight-after = Poids du bébé après (g)
timer-weigh-both = Indiquez les deux poids en grammes, ou décochez « Pesée avant et après ».
timer-side = Côté
timer-left = Gauche
timer-right = Droit
timer-both = Les deux
timer-switch = Changer de côté
timer-pause = Pause
timer-resume = Reprendre
timer-stop = Arrêter
timer-paused = En pause
timer-elapsed = Temps écoulé
timer-goal-reached = Objectif atteint. Bravo. Vous pouvez continuer jusqu’à 30 minutes.
timer-goal-reached-short = Objectif atteint
timer-goal-reached-done = Objectif atteint. Bravo.
timer-baby-led = Pas de limite de temps. Suivez le rythme de votre bébé.
timer-clock-back = L’horloge du téléphone a reculé : le chrono garde son temps jusqu’à ce que l’horloge le rattrape. Rien n’a été perdu.
timer-save-title = Enregistrer cette séance
timer-milk-left = Lait du côté gauche
timer-milk-right = Lait du côté droit
timer-less = Moins
timer-more = Plus
timer-notes = Notes (facultatif)
timer-save = Enregistrer
timer-discard = Supprimer
timer-discard-ask = Supprimer cette séance ? Sa durée ne sera pas enregistrée.
timer-discard-yes = Oui, supprimer
timer-discard-no = Non, la garder
timer-saved = Séance enregistrée.
timer-discarded = Séance supprimée.
timer-supplement-after = Bébé a eu un complément pendant cette tétée ou juste après
timer-supplement-amount = Quantité
timer-supplement-milk = Lait
timer-supplement-method = Comment il a été donné
timer-overlong = Ce chrono tourne depuis plus de 12 heures. Il a sans doute été oublié. Quand la séance s’est-elle vraiment terminée ?
timer-overlong-end = Fin de la séance à
timer-long = Le chrono affiche { $elapsed }, soit plus longtemps que la plupart des séances. S’il a été oublié, quand la séance s’est-elle vraiment terminée ?
timer-ended-now = Elle vient de finir
timer-continue = Continuer
timer-already-running = Une séance est déjà en cours. Une seule peut tourner à la fois.
timer-stop-and-save = L’arrêter et l’enregistrer
timer-keep-running = La laisser continuer
timer-bad-number = Indiquez un nombre, par exemple 30.
timer-unreadable = Un chrono en cours a été trouvé mais n’a pas pu être lu. Il a été mis de côté ; vous pouvez commencer une nouvelle séance.
timer-title = { $elapsed } { $activity } · { -brand }
timer-side-times = Temps par côté : gauche { $left }, les deux { $both }, droit { $right }.
timer-goal-minutes = Objectif : { $minutes } min

today-first-day-aim = Visez 8 séances ou plus en 24 heures, dont une la nuit.
today-first-day-start = Touchez « Commencer… » le moment venu ; { -brand } garde le temps même si votre téléphone se verrouille.
today-first-day-diapers = Notez ci-dessous les couches mouillées et les selles, pour voir que votre bébé reçoit assez de lait.
today-next = Prochaine séance
today-due-now = C’est l’heure d’une séance
today-all-done = Toutes les séances prévues aujourd’hui sont faites. Bravo.
today-nothing-left = Plus de séance prévue aujourd’hui. Le plan de demain commence à votre réveil.
today-status-before-start = Avant votre début
today-no-break-yet = Pas encore de pause
today-setup-title = Organiser votre journée
today-setup-intro = Visez 8 séances ou plus en 24 heures, dont une la nuit. Indiquez à { -brand } quand votre journée commence et se termine : il les répartit pour vous.
today-setup-wake = Je me réveille d’habitude à
today-setup-sleep = Je m’endors d’habitude à
today-setup-sessions = Séances par jour
today-setup-night = Séances de nuit
today-setup-save = Enregistrer ma journée
today-setup-skip = Plus tard
today-setup-later = Vous pouvez changer cela à tout moment dans l’écran Plan.
today-setup-saved = Votre journée est organisée.
today-start-pump = Tirer mon lait
today-running = Une séance est en cours
today-open-timer = Ouvrir le chrono
today-done-24h = Séances ces dernières 24 heures
today-since-yesterday = hier { $time }
today-longest-gap-since = Plus longue pause depuis { $time }
today-expressed-since = Lait exprimé depuis { $time }
today-supplement-since = Complément depuis { $time }
today-at-breast-since = Tétées et réconfort au sein depuis { $time }
today-diapers = Couches sur 24 h
today-wet = { $count ->
    [one] mouillée
   *[other] mouillées
}
today-dirty = { $count ->
   *[other] selles
}
today-plus-wet = +1 mouillée
today-plus-dirty = +1 selles
today-add-wet = Ajouter une couche mouillée
today-add-dirty = Ajouter une couche avec selles
today-diaper-saved = Couche enregistrée.
today-add-supplement-short = + Complément
today-add-supplement = Ajouter un complément
today-supplement-row = Complément
today-supplement-title = Complément donné
today-supplement-when = Quand
today-given-now = Maintenant
today-given-at = Ou à cette heure aujourd’hui
today-supplement-save = Enregistrer
today-supplement-saved = Complément enregistré.
today-timeline = Le plan du jour
today-status-done = Faite
today-status-due = Maintenant
today-status-upcoming = À venir
today-status-missed = Pas faite
today-none-yet = Aucune pour l’instant
today-loading = Chargement de la journée…
today-some-done = Plus de séance prévue aujourd’hui. Chaque séance faite aide votre lactation.
today-start-hand = Commencer l’expression manuelle
today-start-nurse = Commencer une tétée
today-start-supplementer = Commencer une tétée avec DAL
today-minutes-ago = il y a { $minutes } min
today-hours-ago = il y a { $hours } h
today-supplement-with-feed = Sera enregistré avec : { $feed } de { $time }.
today-of = { $done } sur { $planned }
today-wait-minutes = { $minutes } min
today-wait-hours = { $hours } h { $minutes } min
today-next-at = { $time }, dans { $wait }
today-next-tomorrow = Demain à { $time }, dans { $wait }

log-loading = Chargement de votre journal…
log-empty = Rien de noté ces jours-ci. Les séances chronométrées apparaissent ici.
log-earlier = Afficher les jours précédents
log-filter = Afficher
log-all = Tout
log-sessions = Séances
log-supplements = Compléments
log-diapers = Couches
log-weights = Poids
log-delete = Supprimer
log-deleted = Entrée supprimée.
log-undo = Annuler
log-restored = Entrée rétablie.
log-add = Ajouter une entrée à la main
log-edit = Modifier
log-form-add = Ajouter une entrée
log-form-edit = Modifier l’entrée
log-what = Ce qui s’est passé
log-kind = Type de séance
log-started = Début
log-at = Heure
log-minutes = Minutes
log-left-ml = Lait du côté gauche
log-right-ml = Lait du côté droit
log-amount = Quantité
log-wet = Mouillée
log-dirty = Selles
log-grams = Poids en grammes
log-dark-urine = Urine foncée ou cristaux rose orangé (si vous en voyez)
log-save = Enregistrer l’entrée
log-cancel = Annuler
log-saved = Entrée enregistrée.
log-bad-time = Choisissez une date et une heure.
log-bad-number = Indiquez des nombres entiers, par exemple 30.
log-notes = Notes :
log-notes-more = Tout lire
log-notes-cut = { $start }…
log-session-line = { $kind } · { $minutes }
log-session-line-milk = { $kind } · { $minutes } · { $total } (G { $left }, D { $right })
log-supplement-line = Complément · { $amount } · { $milk } · { $method }
log-diaper-wet-dirty-dark = Couche · mouillée et selles · urine foncée ou cristaux
log-diaper-wet-dark = Couche · mouillée · urine foncée ou cristaux
log-diaper-wet-dirty = Couche · mouillée et selles
log-diaper-wet = Couche · mouillée
log-diaper-dirty = Couche · selles
log-weight-line = Poids · { $kg } kg
log-medicine-line = Dans votre liste · { $name }
log-milestone-line = Étape · { $name }
log-totals-sessions = { $count ->
    [one] { $count } séance
   *[other] { $count } séances
}
log-totals-comfort = { $count } de réconfort
log-totals-expressed = { $amount } exprimés
log-totals-supplement = { $amount } de complément
log-totals-diapers = mouillées : { $wet }, selles : { $dirty }
log-edit-label = Modifier { $what } à { $time }, { $day }
log-delete-label = Supprimer { $what } à { $time }, { $day }
log-delete-day-label = Supprimer { $what }, { $day }
log-with-feed = avec la séance de { $time } ({ $feed })
log-supplements-with = Complément avec cette tétée : { $amounts }

backup-title = Vos données
backup-export = Enregistrer une sauvegarde (.json)
backup-export-help = Gardez une copie en lieu sûr, ou transférez votre journal sur un nouveau téléphone. Le fichier est enregistré sur cet appareil ; rien n’est envoyé.
backup-exported = Sauvegarde enregistrée.
backup-csv = Exporter pour un tableur (.csv)
backup-csv-saved = Fichier pour tableur enregistré.
backup-import = Restaurer ou fusionner une sauvegarde
backup-import-help = Les entrées sont comparées une à une : la modification la plus récente l’emporte, et rien de ce que vous avez n’est supprimé, sauf si cela a aussi été supprimé ensuite sur l’autre téléphone.
backup-reading = Vérification du fichier…
backup-confirm = Les ajouter à mon journal
backup-cancel = Annuler
backup-imported = Sauvegarde importée.
backup-nothing-to-do = Tout ce qui est dans ce fichier est déjà dans votre journal.
backup-cannot-read-file = Ce fichier n’a pas pu être ouvert. Rien n’a changé.
backup-left-out = Ces entrées seront laissées de côté :
backup-entry = Entrée
backup-failed = La sauvegarde ou l’export n’a pas pu être fait sur cet appareil.
backup-clear = Tout supprimer sur cet appareil
backup-clear-ask = Supprimer tout votre journal de ce téléphone ? Enregistrez d’abord une sauvegarde si vous pourriez en avoir besoin. Cette action est définitive.
backup-clear-keeps = Votre plan et vos réglages (séances, horaires, réduction, unités, horloge, couleurs et son) sont conservés, sauf si vous cochez la case ci-dessous.
backup-clear-settings-too = Supprimer aussi mon plan et mes réglages
backup-clear-yes = Oui, tout supprimer
backup-cleared = Votre journal a été supprimé de cet appareil. Votre plan et vos réglages ont été conservés.
backup-cleared-all = Votre journal, votre plan et vos réglages ont été supprimés de cet appareil.
backup-clear-shared-ask = Ce téléphone partage son journal. Supprimer ici arrête aussi le partage sur ce téléphone. Les autres téléphones gardent leur copie du journal. Pour partager à nouveau, rejoignez avec le code d’appairage.
backup-cleared-shared = Le journal a été supprimé de ce téléphone et le partage y est arrêté. Les autres téléphones ont toujours leur copie. Votre plan et vos réglages ont été conservés.
backup-cleared-shared-all = Le journal, le plan et les réglages ont été supprimés de ce téléphone et le partage y est arrêté. Les autres téléphones ont toujours leur copie du journal.
backup-settings-in-file = Cette sauvegarde contient aussi un plan et des réglages :
backup-settings-restore = Utiliser aussi ce plan et ces réglages ici (ils remplacent ceux de ce téléphone)
backup-settings-same = Son plan et ses réglages sont les mêmes que ceux de ce téléphone.
backup-imported-with-settings = Sauvegarde importée, avec son plan et ses réglages.
backup-storage = Stockage sur cet appareil
backup-persistent = Conservé en sécurité : le navigateur ne l’effacera pas pour gagner de la place.
backup-not-persistent = Le navigateur peut effacer les données de { -brand } si le téléphone manque vraiment de place. Installer { -brand } sur l’écran d’accueil et enregistrer des sauvegardes aide.
backup-added-nothing = Rien de nouveau à ajouter : votre journal contient déjà tout.
backup-added-new = Ajouté à votre journal : { $new ->
    [one] { $new } nouvelle entrée
   *[other] { $new } nouvelles entrées
}.
backup-added-updated = Votre journal est à jour : { $updated ->
    [one] { $updated } entrée a été mise à jour
   *[other] { $updated } entrées ont été mises à jour
}.
backup-added-both = Ajouté à votre journal : { $new ->
    [one] { $new } nouvelle entrée
   *[other] { $new } nouvelles entrées
}, et { $updated ->
    [one] { $updated } entrée a été mise à jour
   *[other] { $updated } entrées ont été mises à jour
}.
backup-settings-line = { $plan } Volumes en { $unit }.
backup-settings-line-step = { $plan } Volumes en { $unit }. Réduction du complément à partir de { $amount }.
backup-unit-ml = millilitres
backup-unit-oz = onces
backup-summary = Nouvelles : { $new } ; mises à jour : { $updated } ; inchangées : { $unchanged } ; laissées de côté : { $rejected }.
backup-used = { $megabytes } Mo utilisés.
backup-refused-empty = Ce fichier est vide. Rien n’a changé.
backup-refused-too-large = Ce fichier est bien plus gros qu’une sauvegarde { -brand } : il n’a pas été ouvert. Rien n’a changé.
backup-refused-not-json = Ce fichier n’est pas une sauvegarde { -brand }, ou il a été coupé en cours de route (par exemple, un téléchargement inachevé). Rien n’a changé.
backup-refused-not-relact = Ce fichier n’est pas une sauvegarde { -brand }. Rien n’a changé.
backup-refused-spreadsheet = C’est l’export de { -brand } pour tableur (.csv), fait pour être lu dans un tableur ; il ne peut pas être importé. Pour transférer votre journal sur un autre téléphone ou le garder en sécurité, utilisez « { backup-export } » et importez ce fichier. Rien n’a changé.
backup-refused-newer = Cette sauvegarde a été faite par une version plus récente de { -brand } (format { $version }). Mettez d’abord { -brand } à jour. Rien n’a changé.
backup-refused-bad-entries = La liste des entrées de cette sauvegarde est endommagée. Rien n’a changé.
backup-refused-broken-character = Ce fichier contient un caractère cassé (la moitié d’un caractère spécial comme un emoji, ou des octets qui ne sont pas du texte) : il ne peut pas être lu. Il a peut-être été endommagé, ou modifié par un autre programme. Rien n’a changé.
backup-refused-nothing-usable = Aucune des entrées de ce fichier n’a pu être utilisée. Rien n’a changé.
backup-refused-entry = Entrée { $number } : { $reason }.
backup-refused-more = Et { $count } de plus.
backup-rejected-unreadable = ses données sont endommagées ou ont des valeurs du mauvais type
backup-rejected-bad-id = son identifiant manque ou est endommagé
backup-rejected-bad-stamps = ses dates sont impossibles

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
medicines-summary-line = { $name } · { $advised } · { $dates } · { $taken }

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
plan-start-check = Est-ce bien tout ce que votre bébé a pris, y compris ce que d’autres lui ont donné ? Sinon, modifiez-le.
plan-start-prompt = Combien de complément votre bébé prend-il par jour actuellement ? Indiquez-le ici pour commencer la diminution.
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
journey-path = D’où partez-vous ?
journey-path-relactating = Faire revenir mon lait. Mon bébé est là.
journey-path-inducing-here = Produire du lait pour la première fois. Mon bébé est là.
journey-path-preparing = Produire du lait avant l’arrivée de mon bébé (par exemple adoption, gestation pour autrui, ou mon ou ma partenaire qui porte notre bébé).
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
journey-born-question = Quand votre bébé est-il né ?
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
journey-guide-inducing-supplementer = Allaiter avec un DAL (dispositif d’aide à la lactation) au sein ou contre le torse permet à votre bébé de recevoir ce dont il a besoin tout en aidant à construire votre lactation.
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
guide-routine-cup = Donnez les compléments à la tasse ou avec un DAL (dispositif d'aide à la lactation), plutôt qu'au biberon.
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
guide-supplements-point-2 = Ou utilisez un DAL (dispositif d'aide à la lactation) : un tube fin fixé près du mamelon. Votre bébé reçoit le complément pendant qu'il tète, et votre sein est stimulé en même temps.
guide-supplements-point-3 = Le plan de { -brand } peut vous aider à réduire les compléments lentement. Convenez du rythme avec votre consultante en lactation, et continuez à surveiller les couches et le poids.
guide-when-to-call-heading = Quand demander de l'aide
guide-when-to-call-paragraph-1 = Demandez de l'aide tôt si quelque chose vous inquiète ; inutile d'attendre. Les signes chez votre bébé sont en haut de ce guide. Pour votre propre corps :
guide-when-to-call-point-1 = Douleur, crevasses ou saignement : demandez à votre consultante en lactation de vérifier la prise du sein ou la taille de la téterelle du tire-lait.
guide-when-to-call-point-2 = Une zone dure, rouge et chaude, avec de la fièvre ou une sensation de grippe : appelez un médecin dans les 24 heures, et continuez à faire sortir le lait.
guide-when-to-call-point-3 = Le repos et l'aide à la maison comptent. Un moral bas ou une inquiétude qui dure deux semaines ou plus mérite d'être signalé à un médecin ou à une sage-femme.
guide-when-to-call-point-4 = Appelez le médecin de votre bébé si vous avez un doute sur la quantité de lait qu'il reçoit.
guide-herbs-heading = Plantes et médicaments
guide-herbs-paragraph-1 = Certains parents posent des questions sur les galactogogues : des plantes ou des médicaments réputés augmenter le lait. Parlez-en à un médecin qui connaît l'allaitement avant d'en prendre. Il examinera avec vous vos antécédents médicaux et vos objectifs.
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
progress-ahead-between = { " · " }
progress-dated = { $day } · { $what }
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

## Why a save failed, and why an entry was refused (problem-store-*, invalid-*).
problem-store-unavailable = Ce navigateur ne laisse pas Relact tenir un journal (navigation privée ou réglage bloqué). Rien ne peut être enregistré ici tant que cela ne change pas.
problem-store-quota = Votre téléphone n’a plus de place pour Relact, cela n’a donc pas été enregistré. Rien de ce qui était enregistré n’a changé. Libérer un peu d’espace sur le téléphone aidera.
problem-store-version = Relact a été mis à jour dans un autre onglet. Rechargez cette page pour continuer ; rien n’a été perdu.
problem-store-other = Cela n’a pas pu être enregistré sur cet appareil. Rien de ce que vous aviez enregistré n’a changé.
invalid-end-not-after-start = L’heure de fin doit être après l’heure de début.
invalid-session-too-long = Une séance dure au plus 12 heures. Vérifiez les heures, s’il vous plaît.
invalid-segment-outside = Une partie de cette séance se trouve hors de son début et de sa fin.
invalid-volume-range = Le lait de chaque côté doit être entre 0 et 1000 ml.
invalid-amount-range = Un complément doit être entre 0 et 500 ml.
invalid-weight-range = Le poids doit être entre 500 g et 30 kg.
invalid-diaper-empty = Choisissez mouillée, sale, ou les deux.
invalid-notes-too-long = Les notes comptent au plus 2000 caractères.
invalid-in-future = Cette heure est dans le futur. Vérifiez l’horloge, s’il vous plaît.
invalid-notes-control = Les notes contiennent un caractère de contrôle invisible (comme un octet NUL) qu’aucun clavier ne tape, elles semblent donc abîmées. Seuls les lettres, chiffres, signes, tabulations et retours à la ligne peuvent être gardés.
invalid-medicine-name-empty = Écrivez le nom, tel qu’il figure sur la boîte ou l’ordonnance.
invalid-medicine-name-too-long = Le nom compte au plus 200 caractères. Raccourcissez-le, s’il vous plaît.
invalid-advised-by-empty = Écrivez qui l’a conseillé (un nom ou une fonction), ou cochez « Mon propre choix ».
invalid-advised-by-too-long = Qui l’a conseillé compte au plus 200 caractères.
invalid-medicine-date-missing = Choisissez le jour où vous avez commencé, s’il vous plaît.
invalid-date-range = Vérifiez les dates : l’année semble fausse.
invalid-stop-before-start = La date d’arrêt ne peut pas être avant la date de début.
invalid-taken-outside = Un jour coché comme pris se trouve hors des dates.
invalid-test-weight-smaller = Le poids après la tétée est plus petit qu’avant. Vérifiez les deux nombres : rien n’a été enregistré.
invalid-test-weight-too-much = Les poids diffèrent de plus que ce qu’une tétée peut donner (500 g). Vérifiez les deux nombres.
invalid-milestone-unknown = Cette étape est d’un type que cette version de Relact ne connaît pas. Mettre Relact à jour permettra de la garder.
invalid-milestone-words-empty = Écrivez quelques mots pour votre propre étape.
invalid-milestone-words-too-long = Votre étape compte au plus 200 caractères. Raccourcissez-la, s’il vous plaît.
invalid-milestone-day-mismatch = Le jour de l’étape et son heure ne correspondent pas.
