### Relact en español (neutro, con «tú», como La Liga de La Leche).
### Términos elegidos y sus fuentes: TERMS.md. Cómo corregir: README.md, "Translating Relact".
### Un salto de línea dentro de un mensaje se lee como un espacio. { $nombre } lo rellena la
### aplicación: consérvalo. Nunca nombres un medicamento, una hierba ni una dosis.

-brand = Relact

shell-lead = Tu cronómetro de sesiones, tu plan para el día y la noche y tus avances, en un solo lugar. Todo se queda en este teléfono y funciona sin señal, incluso a las 3 de la madrugada.
shell-opening = Abriendo…

nav-today = Hoy
nav-timer = Cronómetro
nav-log = Registro
nav-plan = Plan
nav-progress = Avances
nav-guide = Guía
nav-settings = Ajustes
nav-main-menu = Principal
nav-more-menu = Más
nav-skip-to-content = Saltar al contenido

settings-theme = Colores
settings-theme-auto = Automático: colores de noche mientras duermo (según mi plan) o cuando mi teléfono está en modo oscuro
settings-theme-light = Claro
settings-theme-night = Noche (tenue)
settings-volume = Unidad de volumen
settings-volume-ml = Mililitros (ml)
settings-volume-oz = Onzas (oz)
settings-clock = Reloj
settings-clock-24 = 24 horas (14:30)
settings-clock-12 = 12 horas (2:30 p. m.)
settings-week-start = La semana empieza el
settings-monday = Lunes
settings-sunday = Domingo
settings-saturday = Sábado
settings-chime = Sonar un aviso suave cuando la extracción (con extractor o manual) llega a su meta
settings-saved = Ajustes guardados en este dispositivo.
settings-privacy = Todo lo que anotas se queda en este dispositivo. { -brand } no tiene cuentas y no envía nada a ningún sitio.

settings-language = Idioma
settings-language-reopens = { -brand } se vuelve a abrir en el idioma que elijas. Un cronómetro en marcha sigue contando.
settings-language-brazil = El portugués de { -brand } es el de Brasil.
settings-language-opening = Abriendo { $language }…
settings-language-offline = { $language } todavía no está en este teléfono y no hay conexión para descargarlo. { -brand } sigue en español; vuelve a intentarlo cuando tengas conexión.
settings-language-failed = No se pudo abrir { $language }. { -brand } sigue en español; vuelve a intentarlo más tarde.

unit-ml = ml
unit-oz = oz
format-minutes = { $minutes } min
format-clock-12 = { $time } { $period ->
    [am] a. m.
   *[pm] p. m.
}
format-day-heading = { $weekday }, { $day } de { $month }
format-short-date = { $weekday }, { $day } { $month }
format-short-day-month = { $day } { $month }
format-day-month = { $day } de { $month }
format-full-date = { $day } de { $month } de { $year }
format-week-label = { $day } { $month }

weekday-monday = lunes
weekday-tuesday = martes
weekday-wednesday = miércoles
weekday-thursday = jueves
weekday-friday = viernes
weekday-saturday = sábado
weekday-sunday = domingo
weekday-monday-short = lun
weekday-tuesday-short = mar
weekday-wednesday-short = mié
weekday-thursday-short = jue
weekday-friday-short = vie
weekday-saturday-short = sáb
weekday-sunday-short = dom

month-january = enero
month-february = febrero
month-march = marzo
month-april = abril
month-may = mayo
month-june = junio
month-july = julio
month-august = agosto
month-september = septiembre
month-october = octubre
month-november = noviembre
month-december = diciembre
month-january-short = ene
month-february-short = feb
month-march-short = mar
month-april-short = abr
month-may-short = may
month-june-short = jun
month-july-short = jul
month-august-short = ago
month-september-short = sept
month-october-short = oct
month-november-short = nov
month-december-short = dic

## Today, the Timer, feeding, the Log, reminders, updates, problems and backups
## (today-*, timer-*, feeding-*, log-*, reminder-*, update-*, problem-*, backup-*).
update-available = Hay una actualización
update-reload = Recargar
update-offline-ready = Listo para funcionar sin conexión. { -brand } ya se abre aunque no haya señal.
update-offline = Sin conexión
update-offline-hint = No hay red. Todo en { -brand } sigue funcionando.

problem-storage-blocked = Este navegador no deja que { -brand } guarde nada (modo privado o un ajuste bloqueado). Puedes seguir usando la aplicación, pero los cambios se perderán al cerrarla.
problem-settings-unreadable = No se pudieron leer tus ajustes guardados, así que { -brand } usa por ahora los ajustes de inicio. Los anteriores se guardaron aparte, no se borraron.
problem-save-failed = No se pudo guardar en este dispositivo. Nada de lo que guardaste antes ha cambiado.
problem-entries-unreadable = Algunas anotaciones guardadas no se pudieron leer, así que no se muestran. Se conservan sin cambios en este dispositivo.
problem-not-found = Aquí no hay ninguna página.
problem-go-home = Ir a Hoy
problem-dismiss = Cerrar
problem-undo = Deshacer
problem-undone = Deshecho. Ya no está en tu registro.

reminder-start = Empezar ahora
reminder-later = Ahora no
reminder-allow = Permitir notificaciones de aviso
reminder-allow-help = Mientras { -brand } está abierto, muestra un mensaje (y una notificación, si las permites) a cada hora planificada. Para recibir avisos con { -brand } cerrado, añade el plan a tu calendario.
reminder-allowed = Las notificaciones de aviso están activadas.
reminder-blocked = Las notificaciones de { -brand } están bloqueadas en los ajustes de este navegador. El aviso dentro de la aplicación sigue funcionando.
reminder-unsupported = Este navegador no puede mostrar notificaciones. El aviso dentro de la aplicación sigue funcionando.
reminder-due = Es la hora de tu sesión de las { $time }.

feeding-milk-own = Mi leche extraída
feeding-milk-donor = Leche donada
feeding-milk-formula = Fórmula
feeding-method-cup = Vasito
feeding-method-supplementer = Suplementador de lactancia
feeding-method-spoon = Cuchara
feeding-method-syringe = Jeringa
feeding-method-finger = Con el dedo
feeding-method-bottle = Biberón
feeding-why-cup = A menudo se recomienda un vasito o un suplementador de lactancia: con el suplementador, tu bebé succiona en tu pecho, y eso ayuda a tu producción de leche. El biberón también está bien si es lo que te funciona.

timer-intro = Toca para empezar. El cronómetro mide el tiempo real aunque el teléfono se bloquee.
timer-start-pump = Extractor
timer-start-hand = Extracción manual
timer-start-nurse = Dar el pecho
timer-start-comfort = Pecho de consuelo
timer-running-pump = Extracción con extractor
timer-running-hand = Extracción manual
timer-running-nurse = Toma al pecho
timer-running-comfort = Pecho de consuelo
timer-start-supplementer = Pecho con suplementador
timer-running-supplementer = Toma con suplementador
timer-weighed = Pesado antes y después
timer-weigh-note = Doble pesada: pesa a tu bebé justo antes y justo después de la toma, con la misma ropa. Cada gramo ganado equivale a 1 ml de leche, más o menos. Solo funciona con una báscula para bebés que tenga una precisión de 2 g o mejor, y solo vale la pena si tu asesora de lactancia está de acuerdo.
timer-weight-before = Peso del bebé antes (g)
timer-weight-after = Peso del bebé después (g)
timer-weigh-both = Escribe los dos pesos en gramos, o desmarca «Pesado antes y después».
timer-side = Lado
timer-left = Izquierdo
timer-right = Derecho
timer-both = Ambos
timer-switch = Cambiar de lado
timer-pause = Pausa
timer-resume = Seguir
timer-stop = Parar
timer-paused = En pausa
timer-elapsed = Tiempo hasta ahora
timer-goal-reached = Meta alcanzada. ¡Bien hecho! Puedes seguir hasta 30 minutos.
timer-goal-reached-short = Meta alcanzada
timer-baby-led = Sin límite de tiempo. Sigue el ritmo de tu bebé.
timer-clock-back = El reloj del teléfono se atrasó, así que el cronómetro conserva su tiempo hasta que el reloj lo alcance. No se perdió nada.
timer-save-title = Guardar esta sesión
timer-milk-left = Leche del lado izquierdo
timer-milk-right = Leche del lado derecho
timer-less = Menos
timer-more = Más
timer-notes = Notas (opcional)
timer-save = Guardar
timer-discard = Descartar
timer-discard-ask = ¿Descartar esta sesión? Su tiempo no se guardará.
timer-discard-yes = Sí, descartar
timer-discard-no = No, conservarla
timer-saved = Sesión guardada.
timer-discarded = Sesión descartada.
timer-supplement-after = El bebé tomó un suplemento durante esta toma o justo después
timer-supplement-amount = Cantidad
timer-supplement-milk = Leche
timer-supplement-method = Cómo se le dio
timer-overlong = Este cronómetro lleva más de 12 horas en marcha. Seguramente se quedó encendido sin querer. ¿Cuándo terminó de verdad la sesión?
timer-overlong-end = La sesión terminó a las
timer-continue = Continuar
timer-already-running = Ya hay una sesión en marcha. Solo puede haber una a la vez.
timer-stop-and-save = Pararla y guardarla
timer-keep-running = Dejarla en marcha
timer-bad-number = Escribe un número, por ejemplo 30.
timer-unreadable = Se encontró un cronómetro en marcha, pero no se pudo leer. Se guardó aparte; puedes empezar una sesión nueva.
timer-title = { $elapsed } { $activity } · { -brand }
timer-side-times = Tiempo por lado: izquierdo { $left }, ambos { $both }, derecho { $right }.
timer-goal-minutes = Meta: { $minutes } min

today-first-day-aim = Intenta hacer 8 sesiones o más en 24 horas, una de ellas de noche.
today-first-day-start = Toca «Empezar…» cuando sea la hora; { -brand } sigue contando el tiempo aunque el teléfono se bloquee.
today-first-day-diapers = Anota abajo los pañales mojados y sucios, para ver que tu bebé recibe suficiente.
today-next = Próxima sesión
today-due-now = Es la hora de una sesión
today-all-done = Esas son todas las sesiones planificadas para hoy. ¡Bien hecho!
today-nothing-left = No quedan más sesiones planificadas para hoy. El plan de mañana empieza cuando te despiertes.
today-status-before-start = Antes de empezar
today-no-break-yet = Aún sin pausas
today-setup-title = Organiza tu día
today-setup-intro = Intenta hacer 8 sesiones o más en 24 horas, una de ellas de noche. Dile a { -brand } cuándo empieza y termina tu día, y las repartirá por ti.
today-setup-wake = Suelo despertarme a las
today-setup-sleep = Suelo dormirme a las
today-setup-sessions = Sesiones al día
today-setup-night = Sesiones de noche
today-setup-save = Guardar mi día
today-setup-skip = Ahora no
today-setup-later = Puedes cambiarlo cuando quieras en la pantalla Plan.
today-setup-saved = Tu día está organizado.
today-start-pump = Empezar a extraer
today-running = Hay una sesión en marcha
today-open-timer = Abrir el cronómetro
today-done-24h = Sesiones en las últimas 24 horas
today-longest-gap = Pausa más larga hoy
today-expressed = Leche extraída hoy
today-supplement = Suplemento hoy
today-at-breast = Tomas y consuelo al pecho
today-diapers = Pañales, últimas 24 h
today-wet = { $count ->
    [one] mojado
   *[other] mojados
}
today-dirty = { $count ->
    [one] sucio
   *[other] sucios
}
today-plus-wet = +1 mojado
today-plus-dirty = +1 sucio
today-add-wet = Añadir un pañal mojado
today-add-dirty = Añadir un pañal sucio
today-diaper-saved = Pañal guardado.
today-add-supplement-short = + Suplemento
today-add-supplement = Añadir un suplemento
today-supplement-row = Suplemento
today-supplement-title = Suplemento dado
today-supplement-when = Cuándo
today-given-now = Ahora
today-given-at = O a esta hora de hoy
today-supplement-save = Guardar
today-supplement-saved = Suplemento guardado.
today-timeline = El plan de hoy
today-status-done = Hecha
today-status-due = Es la hora
today-status-upcoming = Próxima
today-status-missed = Sin hacer
today-none-yet = Ninguna todavía
today-loading = Cargando el día de hoy…
today-some-done = No quedan más sesiones planificadas para hoy. Cada sesión que hiciste ayuda a tu producción de leche.
today-start-hand = Empezar la extracción manual
today-start-nurse = Empezar a dar el pecho
today-start-supplementer = Empezar a dar el pecho con suplementador
today-minutes-ago = hace { $minutes } min
today-hours-ago = hace { $hours } h
today-supplement-with-feed = Se guardará con: { $feed } de las { $time }.
today-of = { $done } de { $planned }
today-wait-minutes = { $minutes } min
today-wait-hours = { $hours } h { $minutes } min
today-next-at = { $time }, en { $wait }
today-next-tomorrow = Mañana a las { $time }, en { $wait }

log-loading = Cargando tu registro…
log-empty = Todavía no hay nada anotado en estos días. Las sesiones que cronometres aparecen aquí.
log-earlier = Mostrar días anteriores
log-filter = Mostrar
log-all = Todo
log-sessions = Sesiones
log-supplements = Suplementos
log-diapers = Pañales
log-weights = Pesos
log-delete = Borrar
log-deleted = Anotación borrada.
log-undo = Deshacer
log-restored = Anotación recuperada.
log-add = Añadir una anotación a mano
log-edit = Editar
log-form-add = Añadir una anotación
log-form-edit = Editar la anotación
log-what = Qué pasó
log-kind = Tipo de sesión
log-started = Empezó
log-at = Hora
log-minutes = Minutos
log-left-ml = Leche del lado izquierdo
log-right-ml = Leche del lado derecho
log-amount = Cantidad
log-wet = Mojado
log-dirty = Sucio
log-grams = Peso en gramos
log-dark-urine = Orina oscura o cristales de color naranja rosado (si los ves)
log-save = Guardar la anotación
log-cancel = Cancelar
log-saved = Anotación guardada.
log-bad-time = Elige una fecha y una hora.
log-bad-number = Escribe números enteros, por ejemplo 30.
log-notes = Notas:
log-notes-more = Leer todo
log-session-line = { $kind } · { $minutes }
log-session-line-milk = { $kind } · { $minutes } · { $total } (I { $left }, D { $right })
log-supplement-line = Suplemento · { $amount } · { $milk } · { $method }
log-diaper-wet-dirty-dark = Pañal · mojado y sucio · orina oscura o cristales
log-diaper-wet-dark = Pañal · mojado · orina oscura o cristales
log-diaper-wet-dirty = Pañal · mojado y sucio
log-diaper-wet = Pañal · mojado
log-diaper-dirty = Pañal · sucio
log-weight-line = Peso · { $kg } kg
log-medicine-line = En tu lista · { $name }
log-milestone-line = Hito · { $name }
log-totals-sessions = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
log-totals-comfort = { $count } de consuelo
log-totals-expressed = { $amount } extraídos
log-totals-supplement = { $amount } de suplemento
log-totals-diapers = mojados: { $wet }, sucios: { $dirty }
log-edit-label = Editar { $what } a las { $time }, { $day }
log-delete-label = Borrar { $what } a las { $time }, { $day }
log-delete-day-label = Borrar { $what }, { $day }
log-with-feed = con la sesión de las { $time } ({ $feed })
log-supplements-with = Suplemento con esta toma: { $amounts }

backup-title = Tus datos
backup-export = Guardar una copia de seguridad (.json)
backup-export-help = Guarda una copia en un lugar seguro, o pasa tu registro a un teléfono nuevo. El archivo se guarda en este dispositivo; no se sube nada.
backup-exported = Copia de seguridad guardada.
backup-csv = Exportar para una hoja de cálculo (.csv)
backup-csv-saved = Archivo de hoja de cálculo guardado.
backup-import = Restaurar o combinar una copia de seguridad
backup-import-help = Las anotaciones se comparan una a una: gana el cambio más reciente, y no se borra nada de lo que tienes, salvo que también se haya borrado después en el otro teléfono.
backup-reading = Revisando el archivo…
backup-confirm = Añadirlas a mi registro
backup-cancel = Cancelar
backup-imported = Copia de seguridad importada.
backup-nothing-to-do = Todo lo de este archivo ya está en tu registro.
backup-cannot-read-file = No se pudo abrir este archivo. No se cambió nada.
backup-left-out = Estas anotaciones se dejarán fuera:
backup-entry = Anotación
backup-failed = No se pudo hacer la copia ni la exportación en este dispositivo.
backup-clear = Borrar todo en este dispositivo
backup-clear-ask = ¿Borrar todo tu registro de este teléfono? Guarda antes una copia de seguridad si puedes necesitarlo otra vez. No se puede deshacer.
backup-clear-keeps = Tu plan y tus ajustes (sesiones, horarios, reducción, unidades, reloj, colores y aviso sonoro) se conservan, salvo que marques la casilla de abajo.
backup-clear-settings-too = Borrar también mi plan y mis ajustes
backup-clear-yes = Sí, borrar todo
backup-cleared = Tu registro se borró de este dispositivo. Tu plan y tus ajustes se conservaron.
backup-cleared-all = Tu registro, tu plan y tus ajustes se borraron de este dispositivo.
backup-clear-shared-ask = Este teléfono comparte su registro. Borrar aquí también deja de compartir en este teléfono. Los otros teléfonos conservan su copia del registro. Para volver a compartir, únete con el código de emparejamiento.
backup-cleared-shared = El registro se borró de este teléfono y aquí se dejó de compartir. Los otros teléfonos siguen teniendo su copia. Tu plan y tus ajustes se conservaron.
backup-cleared-shared-all = El registro, el plan y los ajustes se borraron de este teléfono y aquí se dejó de compartir. Los otros teléfonos siguen teniendo su copia del registro.
backup-settings-in-file = Esta copia también contiene un plan y unos ajustes:
backup-settings-restore = Usar también aquí este plan y estos ajustes (sustituyen a los de este teléfono)
backup-settings-same = Su plan y sus ajustes son iguales a los de este teléfono.
backup-imported-with-settings = Copia de seguridad importada, con su plan y sus ajustes.
backup-storage = Almacenamiento en este dispositivo
backup-persistent = Guardado de forma segura: el navegador no lo borrará para ahorrar espacio.
backup-not-persistent = El navegador podría borrar los datos de { -brand } si al teléfono le queda muy poco espacio. Instalar { -brand } en la pantalla de inicio y guardar copias de seguridad ayuda.
backup-added-nothing = No hay nada nuevo que añadir: tu registro ya lo tiene todo.
backup-added-new = Añadido a tu registro: { $new ->
    [one] 1 anotación nueva
   *[other] { $new } anotaciones nuevas
}.
backup-added-updated = Tu registro está al día: { $updated ->
    [one] se actualizó 1 anotación
   *[other] se actualizaron { $updated } anotaciones
}.
backup-added-both = Añadido a tu registro: { $new ->
    [one] 1 anotación nueva
   *[other] { $new } anotaciones nuevas
}, y { $updated ->
    [one] se actualizó 1 anotación
   *[other] se actualizaron { $updated } anotaciones
}.
backup-settings-line = { $plan } Volúmenes en { $unit }.
backup-settings-line-step = { $plan } Volúmenes en { $unit }. Reducción del suplemento a partir de { $amount }.
backup-unit-ml = mililitros
backup-unit-oz = onzas
backup-summary = Nuevas: { $new }; actualizadas: { $updated }; sin cambios: { $unchanged }; fuera: { $rejected }.
backup-used = Usando { $megabytes } MB.
backup-refused-empty = Este archivo está vacío. No se cambió nada.
backup-refused-too-large = Este archivo es mucho más grande que cualquier copia de { -brand }, así que no se abrió. No se cambió nada.
backup-refused-not-json = Este archivo no es una copia de seguridad de { -brand }, o se cortó a medias (por ejemplo, una descarga que no terminó). No se cambió nada.
backup-refused-not-relact = Este archivo no es una copia de seguridad de { -brand }. No se cambió nada.
backup-refused-spreadsheet = Esta es la exportación de { -brand } para hojas de cálculo (.csv), hecha para leerla en una hoja de cálculo; no se puede importar. Para pasar tu registro a otro teléfono o guardarlo a salvo, usa «{ backup-export }» e importa ese archivo. No se cambió nada.
backup-refused-newer = Esta copia se hizo con una versión más nueva de { -brand } (formato { $version }). Actualiza { -brand } primero. No se cambió nada.
backup-refused-bad-entries = La lista de anotaciones de esta copia está dañada. No se cambió nada.
backup-refused-broken-character = Este archivo tiene un carácter roto (la mitad de un carácter especial, como un emoji, o bytes que no son texto), así que no se puede leer. Puede que se haya dañado o que otro programa lo haya cambiado. No se cambió nada.
backup-refused-nothing-usable = No se pudo usar ninguna anotación de este archivo. No se cambió nada.
backup-refused-entry = Anotación { $number }: { $reason }.
backup-refused-more = Y { $count } más.
backup-rejected-unreadable = sus datos están dañados o tienen valores de un tipo equivocado
backup-rejected-bad-id = su identificador falta o está dañado
backup-rejected-bad-stamps = sus fechas son imposibles

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
