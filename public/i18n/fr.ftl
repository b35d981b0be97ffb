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
feeding-method-supplementer = DAL (dispositif d’aide à l’allaitement)
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
timer-discard-ask = Supprimer cette séance ? Sa durée ne sera pas enregistrée.
timer-discard-yes = Oui, supprimer
timer-discard-no = Non, la garder
timer-saved = Séance enregistrée.
timer-discarded = Séance supprimée.
timer-supplement-after = Bébé a eu un complément pendant cette tétée ou juste après
timer-supplement-amount = Quantité
timer-supplement-milk = Lait
timer-supplement-method = Comment il a été donné
timer-overlong = Ce chrono tourne depuis plus de 12 heures. Il a sans doute été oublié. Quand la séance s’est-elle vraiment terminée ?
timer-overlong-end = Fin de la séance à
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
today-longest-gap = Plus longue pause aujourd’hui
today-expressed = Lait exprimé aujourd’hui
today-supplement = Complément aujourd’hui
today-at-breast = Tétées et réconfort au sein
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
backup-clear-ask = Supprimer tout votre journal de ce téléphone ? Enregistrez d’abord une sauvegarde si vous pourriez en avoir besoin. Cette action est définitive.
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
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
