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
nav-screen-unavailable = Esta parte de { -brand } aún no ha llegado a este teléfono, así que no se puede abrir. Comprueba la conexión y vuelve a intentarlo. Nada de lo que guardaste ha cambiado.
nav-try-again = Volver a intentarlo

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
timer-goal-reached-done = Meta alcanzada. ¡Bien hecho!
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
timer-long = El cronómetro lleva { $elapsed } en marcha, más que la mayoría de las sesiones. Si se quedó encendido sin querer, ¿cuándo terminó de verdad la sesión?
timer-ended-now = Acaba de terminar
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
today-since-yesterday = { $time } de ayer
today-longest-gap-since = Pausa más larga desde { $one ->
    [yes] la
   *[other] las
} { $time }
today-expressed-since = Leche extraída desde { $one ->
    [yes] la
   *[other] las
} { $time }
today-supplement-since = Suplemento desde { $one ->
    [yes] la
   *[other] las
} { $time }
today-at-breast-since = Tomas y consuelo al pecho desde { $one ->
    [yes] la
   *[other] las
} { $time }
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
log-notes-cut = { $start }…
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
medicines-title = Medicamentos y galactogogos
medicines-intro = Lleva una lista de lo que tomas para tu leche (los galactogogos son hierbas o medicamentos a los que se atribuye un aumento de la leche), para que tu asesora de lactancia y tu médico puedan verla. { -brand } nunca recomienda nada: qué tomar, cuánto y durante cuánto tiempo se decide con un médico que conozca la lactancia materna.
medicines-own-choice-note = Cuéntaselo a tu médico o a tu asesora de lactancia: algunas hierbas y medicamentos pasan a la leche o no se pueden combinar con otros.
medicines-empty = Todavía no hay nada en la lista.
medicines-add = Añadir a la lista
medicines-name = Nombre
medicines-who = Quién lo aconsejó (nombre o profesión)
medicines-own-choice = Decisión propia
medicines-start = Desde
medicines-stop = Hasta (déjalo vacío si todavía lo tomas)
medicines-save = Guardar
medicines-cancel = Cancelar
medicines-saved = Guardado en tu lista.
medicines-deleted = Quitado de tu lista.
medicines-restored = De nuevo en tu lista.
medicines-undo = Deshacer
medicines-loading = Cargando tu lista…
medicines-advised = Aconsejado por { $who }
medicines-dates = { $start } – { $stop }
medicines-since = Desde el { $start }
medicines-taken-today = Tomado hoy
medicines-taken-today-name = Tomado hoy: { $name }
medicines-edit-label = Editar { $name }
medicines-delete-label = Quitar { $name } de la lista
medicines-edit = Editar
medicines-delete = Quitar
medicines-summary-title = Medicamentos y galactogogos (según la lista de la madre o el padre)
medicines-summary-none = Nada en la lista para estos días.
medicines-summary-taken = { $days ->
    [0] ningún día marcado como tomado en estas fechas
    [one] marcado como tomado { $days } día en estas fechas
   *[other] marcado como tomado { $days } días en estas fechas
}
medicines-summary-line = { $name } · { $advised } · { $dates } · { $taken }

printout-print-plan = Imprimir mi plan y una hoja de registro del día
printout-plan-title = Mi plan de { -brand }
printout-plan-line = Sesiones al día: { $sessions } · Cada sesión: { $minutes } min · Descanso más largo entre sesiones: { $gap }
printout-sheet-title = Hoja de registro del día (24 horas, noche incluida)
printout-sheet-help = Rellénala a mano, de día o de noche; pásala a { -brand } más tarde.
printout-sheet-spare = Las filas que siguen a las horas planificadas quedan libres: para tomas de más y para suplementos dados con vaso, cuchara o biberón.
printout-date-line = Fecha: ____________________
printout-col-planned = Planificado
printout-col-time = Hora de inicio
printout-col-side = Lado (I / D / ambos)
printout-col-minutes = Minutos
printout-col-left = Leche izquierdo ({ $unit })
printout-col-right = Leche derecho ({ $unit })
printout-col-supplement = Suplemento ({ $unit }, cómo)
printout-col-diapers = Pañales (mojados / sucios)
printout-sheet-time-night = { $time } (noche)
printout-reminders = Recuerda
printout-planned-on = Suplemento planificado para el { $day } (una guía, no un límite): { $amount }
printout-no-step-down = Sin reducción de suplementos planificada
printout-footer = Hecho con { -brand }. Tus datos se quedan en tu teléfono. Para un consejo personal, habla con el médico de tu bebé, con una asesora de lactancia o con la Líder de La Liga de La Leche de tu zona.

plan-your-day = Tu día
plan-night = noche
plan-hours = { $hours } h { $minutes } min
plan-session-length = Cada sesión: { $minutes } min
plan-longest-gap = Descanso más largo entre sesiones: { $gap }
plan-settings = Prepara tu plan
plan-goal = Lo que estás haciendo
plan-goal-relactation = Relactación: recuperar mi leche
plan-goal-induced = Lactancia inducida: producir leche por primera vez
plan-sessions = Sesiones cada 24 horas
plan-minutes = Minutos por sesión
plan-wake = Suelo despertarme a las
plan-sleep = Suelo dormirme a las
plan-night-sessions = Sesiones mientras duermo
plan-night-why = Las recomendaciones incluyen sesiones de noche. La leche se produce cuando se extrae a menudo, así que una sesión mientras duermes evita que el descanso más largo se alargue demasiado. Una es un buen comienzo.
plan-night-none = Ninguna
plan-baby-age-where = La fecha de nacimiento de tu bebé, que mantiene su edad al día, está en Ajustes → Tu camino.
plan-guidance = Lo habitual es hacer de 8 a 12 sesiones al día, de 20 a 30 minutos cada una, también de noche. La extracción manual, el extractor y el pecho cuentan por igual.
plan-bad-time = Escribe una hora, por ejemplo 07:00.
plan-step-down = Planificar una reducción lenta de los suplementos
plan-step-start-ml = Suplemento al día ahora (ml)
plan-step-size-ml = Menos en cada paso (ml al día, hasta 30)
plan-step-start-oz = Suplemento al día ahora (oz)
plan-step-size-oz = Menos en cada paso (oz al día, hasta 1)
plan-step-hold = Días en cada nivel
plan-step-from = Empezar la reducción el
plan-step-agree = Acuerda el ritmo de cualquier reducción con tu asesora de lactancia o con el médico de tu bebé. Cada bebé es diferente.
plan-step-history = Últimos días
plan-step-date = Fecha
plan-step-target = Planificado
plan-planned-today = Suplemento planificado hoy: { $amount }, una guía, no un límite. Si tu bebé aún parece tener hambre, dale más.
plan-rule-guide = La cantidad planificada es una guía, nunca un límite: si tu bebé aún parece tener hambre, dale más.
plan-rule-first-days = En los primeros días de tu bebé (antes del día { $day }) la cantidad no baja: los pañales mojados todavía van en aumento, y es el médico de tu bebé quien guía la alimentación.
plan-rule-wet-and-stools = La cantidad solo baja un paso después de que cada día de un nivel haya tenido { $wet } o más pañales mojados y { $stools } o más deposiciones, como se espera a la edad de tu bebé.
plan-rule-wet = La cantidad solo baja un paso después de que cada día de un nivel haya tenido { $wet } o más pañales mojados.
plan-rule-more = Un día en que tu bebé tomó más de lo planificado mantiene la cantidad.
plan-rule-weights = Si anotas pesos, cada uno debe mostrar que tu bebé gana peso como se espera a su edad.
plan-rule-half = Para bajar de la mitad de la cantidad inicial, y antes de dejarlo del todo, hace falta un peso de los últimos { $days } días que muestre una buena ganancia: los pañales solos no bastan.
plan-rule-short = Un día que se queda corto mantiene la cantidad; dos seguidos la vuelven a subir.
plan-rule-step-size = Cada paso es como mucho de 30 ml (1 oz) al día.
plan-rule-birth-date = Añade la fecha de nacimiento de tu bebé en Ajustes, para que la regla siga su edad.
plan-hold-first-days = los primeros días de tu bebé
plan-hold-needed-more = ayer tu bebé tomó { $amount }
plan-hold-weight = el último peso
plan-hold-short = { $what ->
    [wet] menos de { $wet } pañales mojados anotados ayer
    [both] menos de { $wet } pañales mojados y menos de { $stools } deposiciones anotados ayer
   *[stools] menos de { $stools } deposiciones anotadas ayer
}
plan-hold-short-and-weight = { $what ->
    [wet] menos de { $wet } pañales mojados anotados ayer, y el último peso
    [both] menos de { $wet } pañales mojados y menos de { $stools } deposiciones anotados ayer, y el último peso
   *[stools] menos de { $stools } deposiciones anotadas ayer, y el último peso
}
plan-change = { $change ->
    [down] bajó un paso
    [held] se mantuvo
   *[up] volvió a subir
}
plan-change-because = { $change ->
    [down] bajó un paso
    [held] se mantuvo
   *[up] volvió a subir
}: { $reason }
plan-caution-first-days = En los primeros días de tu bebé los pañales mojados todavía van en aumento, así que la cantidad planificada no baja. Ahora es el médico de tu bebé quien guía la alimentación.
plan-caution-needed-more = Ayer tu bebé tomó { $given }, más de los { $planned } planificados, así que la cantidad se mantiene. Tu bebé lo necesitaba: el plan es una guía, nunca un límite. Puedes volver a empezar la reducción desde lo que tomó tu bebé.
plan-caution-weight = El último peso muestra una pérdida o una ganancia lenta, así que la cantidad se mantiene. Habla con tu asesora de lactancia o con el médico de tu bebé.
plan-caution-short = El registro muestra { $what ->
    [wet] menos de { $wet } pañales mojados
    [both] menos de { $wet } pañales mojados y menos de { $stools } deposiciones
   *[stools] menos de { $stools } deposiciones
} ayer, así que la cantidad se mantiene. Si falta algo por anotar, añádelo. Habla con tu asesora de lactancia o con el médico de tu bebé.
plan-caution-short-and-weight = El registro muestra { $what ->
    [wet] menos de { $wet } pañales mojados
    [both] menos de { $wet } pañales mojados y menos de { $stools } deposiciones
   *[stools] menos de { $stools } deposiciones
} ayer, y el último peso muestra una pérdida o una ganancia lenta, así que la cantidad se mantiene. Si falta algo por anotar, añádelo. Habla con tu asesora de lactancia o con el médico de tu bebé.
plan-caution-stepped-back = Dos días seguidos se quedaron por debajo de lo que deberían mostrar los pañales o el peso de tu bebé, así que la cantidad volvió a subir. Habla con tu asesora de lactancia.
plan-caution-needs-weight = El siguiente paso dejaría la cantidad por debajo de la mitad de la inicial. Antes, pesa a tu bebé: hace falta un peso de los últimos { $days } días que muestre una buena ganancia, porque los pañales solos no bastan.
plan-restart-from = Volver a empezar la reducción desde { $amount } al día
plan-restarted = La reducción vuelve a empezar desde lo que tomó tu bebé.
plan-start-from-log = { $days ->
    [3] Según tu registro, los últimos 3 días: unos { $amount } al día.
    [one] Según tu registro, el { $days } de los últimos 3 días con suplemento anotado: unos { $amount } al día.
   *[other] Según tu registro, los { $days } de los últimos 3 días con suplemento anotado: unos { $amount } al día.
}
plan-start-from-said = Según lo que le dijiste a { -brand } al empezar: unos { $amount } al día.
plan-start-check = ¿Es todo lo que tomó tu bebé, también las tomas que le dieron otras personas? Si no, cámbialo.
plan-start-prompt = ¿Cuánto suplemento toma tu bebé al día ahora? Escríbelo aquí para empezar la reducción.
plan-start-not-a-number-ml = Escribe la cantidad al día como un número mayor que 0, por ejemplo 240.
plan-start-not-a-number-oz = Escribe la cantidad al día como un número mayor que 0, por ejemplo 8.
plan-start-zero = La cantidad inicial debe ser mayor que 0. Si tu bebé ya no necesita suplemento, puedes desactivar la reducción.
plan-start-too-much = Eso es más de { $amount } al día. Revisa la cantidad.
plan-calendar = Añadir a mi calendario (.ics)
plan-calendar-help = Así el calendario de tu teléfono puede recordarte cada sesión, aunque { -brand } esté cerrado. Si cambias el plan, vuelve a añadir el archivo nuevo: sustituye a los recordatorios anteriores.
plan-calendar-saved = Archivo de calendario guardado. Ábrelo para añadir los recordatorios.
plan-calendar-failed = No se pudo crear el archivo de calendario en este dispositivo.
plan-ics-summary = Extracción con extractor, manual o al pecho
plan-ics-night = Sesión de noche: extracción con extractor, manual o al pecho
plan-ics-description = De tu plan de { -brand }. Para un consejo personal, habla con el médico de tu bebé, con una asesora de lactancia o con la Líder de La Liga de La Leche de tu zona.

journey-title = Tu camino
journey-path = ¿Desde dónde empiezas?
journey-path-relactating = Recuperar mi leche. Mi bebé ya está aquí.
journey-path-inducing-here = Producir leche por primera vez. Mi bebé ya está aquí.
journey-path-preparing = Producir leche antes de que llegue mi bebé (por ejemplo, en una adopción, una gestación subrogada o si mi pareja está gestando a nuestro bebé).
journey-path-saved = Guardado. Tu plan empieza ahora desde este camino; puedes cambiarlo en la pantalla Plan.
journey-birth-date = Fecha de nacimiento del bebé (si quieres)
journey-old-age-weeks = Tu plan decía que tu bebé tenía { $weeks } { $weeks ->
    [one] semana
   *[other] semanas
}. Añade arriba la fecha de nacimiento para que { -brand } mantenga su edad al día.
journey-due-date = Cuándo se espera a tu bebé
journey-supplement-now = Suplemento al día ahora, en { $unit } (si quieres)
journey-supplement-hint = Cuando tu registro tenga suplementos de los últimos tres días, { -brand } usará esos datos.
journey-birth-weight = Peso al nacer en gramos (si lo sabes)
journey-birth-weight-hint = Con el peso al nacer, Hoy puede decirte si conviene revisar la pérdida de peso de tu recién nacido y si tu bebé lo recupera a tiempo.
journey-birth-saved = Fecha de nacimiento guardada. Hoy lee ahora las señales de tu bebé según su edad.
journey-birth-future = Esa fecha es posterior a hoy. Elige el día en que nació tu bebé. No se ha cambiado nada.
journey-birth-year = Revisa el año de la fecha de nacimiento. No se ha cambiado nada.
journey-birth-weight-problem = Revisa el peso al nacer: va en gramos, por ejemplo 3400. No se ha cambiado nada.
journey-opening = Empezar con una fase inicial suave (48 horas de sesiones cortas)
journey-opening-hint = Una sesión corta más o menos cada 2 horas de día y cada 3 horas de noche, de unos 15 minutos cada una; después sigue tu plan. Acuerda el comienzo con tu asesora de lactancia.
journey-baby-here = Mi bebé ya está aquí
journey-born-question = ¿Cuándo nació tu bebé?
journey-born-hint = Hoy o cualquier día anterior: a un bebé mayor o adoptado se le sigue según su edad, para que lo que muestra Hoy se ajuste a ella.
journey-born-missing = Elige el día en que nació tu bebé.
journey-baby-here-save = Guardar: mi bebé ya está aquí
journey-baby-here-cancel = Todavía no
journey-baby-here-saved = Te damos la bienvenida, bebé. Los pañales y los suplementos ya aparecen en Hoy. Tu registro se conserva.
journey-baby-here-undone = De vuelta a la preparación. No ha cambiado nada más.
journey-preparing-title = Preparándote para tu bebé
journey-preparing-note = Hasta que llegue tu bebé, Hoy muestra solo la extracción. Los pañales y los suplementos aparecen cuando tocas «Mi bebé ya está aquí».
journey-no-due-date = Añade la fecha prevista de parto en Ajustes para ver una cuenta atrás.
journey-due-passed = La fecha prevista ya ha pasado. Toca «Mi bebé ya está aquí» cuando llegue tu bebé.
journey-countdown = { $days ->
    [0] Tu bebé llega hoy, según la fecha prevista.
    [one] Falta { $days } día para la fecha prevista de tu bebé.
   *[other] Faltan { $days } días para la fecha prevista de tu bebé.
}
journey-next-first-drops = Lo próximo en tu camino: las primeras gotas.
journey-next-let-down = Lo próximo: un reflejo de eyección (hormigueo, o leche que gotea o sale a chorro).
journey-next-breast-changes = Lo próximo en tu camino: cambios en tu pecho.
journey-next-supplementer-feed = Lo próximo en tu camino: dar el pecho con suplementador.
journey-next-feed-without-supplementer = Lo próximo en tu camino: dar el pecho sin suplementador.
journey-next-supplements-halved = Lo próximo en tu camino: los suplementos reducidos a la mitad.
journey-next-day-without-supplements-if-goal = Lo próximo, si es tu meta: un día entero sin suplemento.
journey-next-day-without-supplements = Lo próximo en tu camino: un día entero sin suplemento.
journey-next-own = Lo próximo en tu camino: un logro propio.
journey-next-with-baby = Los próximos logros llegan con tu bebé.
journey-next-all-reached = Has pasado todos los logros de la lista. ¡Muy bien!
journey-baby-age-days = { $days ->
    [0] Tu bebé nació hoy.
    [one] Tu bebé tiene { $days } día.
   *[other] Tu bebé tiene { $days } días.
}
journey-baby-age-weeks = Tu bebé tiene { $weeks } { $weeks ->
    [one] semana
   *[other] semanas
}.
journey-diapers-first-days = En los primeros días los pañales mojados van en aumento: unos { $day1 } el día 1, { $day2 } el día 2, { $day3 } el día 3 y { $day4 } el día 4; después, { $wet } o más pañales bien mojados al día desde el día { $day }.
journey-diapers-young = A la edad de tu bebé: { $wet } o más pañales bien mojados y { $stools } o más deposiciones en 24 horas.
journey-diapers-older = A la edad de tu bebé: { $wet } o más pañales bien mojados en 24 horas. Las deposiciones pueden ser menos frecuentes.
journey-diapers-unknown = Fíjate en que haya { $wet } o más pañales bien mojados en 24 horas desde el día { $day } de vida. Añade la fecha de nacimiento de tu bebé en Ajustes para recibir indicaciones según su edad.
journey-opening-title = Tus primeras 48 horas: la fase inicial
journey-opening-until = Fase inicial hasta el { $ends }: una sesión corta de unos 15 minutos, más o menos cada 2 horas de día y cada 3 horas de noche.
journey-plan-after = Tu plan diario de sesiones empieza cuando termine la fase inicial, el { $ends }.
journey-guide-title = Desde dónde empiezas
journey-guide-relactating = Recuperar tu leche
journey-guide-relactating-possible = Tu bebé ya está aquí y tu leche se retiró o disminuyó. Recuperarla suele ser posible. Una revisión de la Organización Mundial de la Salud (1998) vio que la mayoría de quienes querían relactar lo consiguieron, y que lo que más ayuda es un bebé dispuesto a succionar. La leche puede volver en unos días; a veces tarda unas semanas.
journey-guide-relactating-full-or-part = Algunas familias llegan a una producción completa y otras a una parte. Las dos cosas son un avance real.
journey-guide-relactating-often = Da el pecho o extrae leche a menudo: 8 veces o más en 24 horas, una de ellas de noche.
journey-guide-relactating-keep-supplement = Sigue dando el suplemento que tu bebé necesita. Redúcelo solo poco a poco, con tu asesora de lactancia.
journey-guide-relactating-ask = Pide a tu asesora de lactancia un plan que se ajuste a ti y a tu bebé.
journey-guide-inducing = Producir leche por primera vez, con tu bebé ya aquí
journey-guide-inducing-possible = Producir leche sin un embarazo reciente es posible (revisión de la Organización Mundial de la Salud, 1998). Con menos frecuencia alcanza para todo lo que necesita un bebé, y cada cantidad que produces cuenta.
journey-guide-inducing-supplementer = Dar el pecho con un suplementador de lactancia permite que tu bebé reciba lo que necesita mientras ayuda a aumentar tu producción.
journey-guide-inducing-sessions = { -brand } empieza con 10 sesiones al día; puedes cambiarlo en la pantalla Plan.
journey-guide-inducing-diapers = Fíjate en los pañales: te dicen si tu bebé está tomando lo suficiente.
journey-guide-inducing-ask = Pregunta a tu asesora de lactancia cómo combinar el pecho, la extracción y los suplementos.
journey-guide-preparing = Prepararse antes de que llegue tu bebé
journey-guide-preparing-before = Si vas a adoptar, o si una gestante o tu pareja lleva a tu bebé, puedes empezar a producir leche antes de que llegue. En los protocolos de Newman y Goldfarb (2002), la extracción empieza unas 6 semanas antes de la fecha prevista, junto con una parte con receta que solo un médico decide contigo ({ -brand } no la planifica). Sin esa parte, pregunta a tu asesora de lactancia cuándo empezar.
journey-guide-preparing-gently = Sus instrucciones de extracción empiezan con suavidad: durante las primeras 48 horas, una sesión corta más o menos cada 2 horas de día y cada 3 horas de noche; después, de 8 a 12 al día, más o menos cada 3 horas. Una sesión corta dura unos 15 minutos: extrae de 5 a 7 minutos, masajea y acaricia el pecho con suavidad, y extrae de 5 a 7 minutos más.
journey-guide-preparing-countdown = Hoy muestra la cuenta atrás hasta la fecha prevista y solo la extracción.
journey-guide-preparing-arrives = Cuando llegue tu bebé, toca «Mi bebé ya está aquí» en { -brand }. Tu registro se conserva.
journey-guide-preparing-ask = Pregunta a tu asesora de lactancia cuándo empezar y con qué frecuencia extraer.
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.

# Señales de alarma: las frases de seguridad. Nombran al médico del bebé; las de «busca ayuda
# ahora» dicen «ahora». Los números vienen de la tabla de cuidados: conserva cada { $variable }.

warning-today-title = Conviene llamar hoy
warning-now-title = Busca ayuda ahora
warning-maybe-missed = Si falta algo por registrar, añádelo.
warning-call-today = Si el registro es correcto, llama hoy al médico de tu bebé.
warning-get-help-now = Si es correcto, busca ayuda ahora: ve a urgencias o llama al número de emergencias de tu zona.
# Cada línea de la lista completa esta frase («…si tu bebé» + «está flojo…»).
warning-urgent-title = Busca ayuda ahora (urgencias o el número de emergencias de tu zona) si tu bebé
warning-urgent-intro = { warning-urgent-title }:
warning-urgent-open = Cuándo buscar ayuda ahora
warning-urgent-dry = lleva { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } o más sin un pañal mojado
warning-urgent-floppy = está flojo o sin fuerza, cuesta mucho despertarlo o tiene demasiado sueño para comer
warning-urgent-fever = tiene menos de { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } y una temperatura de { $celsius } °C o más
warning-urgent-breathing = tiene dificultad para respirar, o los labios o la piel azulados o grisáceos
warning-urgent-dehydrated = tiene la fontanela (la zona blanda de la cabeza) hundida, la boca seca y no tiene lágrimas
warning-urgent-vomiting = vomita de color verde, o vomita con fuerza una y otra vez
warning-urgent-yellow = tiene la piel amarilla en sus primeras { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } de vida, o la piel cada vez más amarilla y está adormilado

warning-signs-title = Llama hoy al médico de tu bebé si
warning-sign-wet = Menos pañales mojados en 24 horas que unos { $day1 } el día 1, { $day2 } el día 2, { $day3 } el día 3, { $day4 } el día 4, y después { $wet } pañales bien cargados o más.
warning-sign-stools = Del día { $from } a las { $weeks } semanas, menos de { $stools ->
        [one] { $stools } deposición
       *[other] { $stools } deposiciones
    } en 24 horas.
warning-sign-dry = Después del día { $day }, ningún pañal mojado en { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } estando despierto y comiendo, u orina oscura o cristales de color naranja rosado.
warning-sign-feeds = En las primeras { $weeks } semanas, menos de { $feeds ->
        [one] { $feeds } toma
       *[other] { $feeds } tomas
    } en 24 horas.
warning-sign-newborn-weight = Un recién nacido ha perdido el { $check } % del peso al nacer (hay que revisar la alimentación) o el { $medical } % (necesita una revisión médica), sigue perdiendo peso después del día { $falling } o no ha recuperado el peso al nacer a los { $back } días.
warning-sign-gain = De las { $from } semanas a los { $until } meses, un aumento de menos de unos { $grams } g a la semana, o cualquier pérdida; más adelante, muy por debajo del aumento habitual para su edad.
warning-sign-hungry = Sigue con hambre después del suplemento previsto: dale más. El plan es una guía, nunca un límite.

warning-few-wet = El registro muestra { $wet ->
        [one] { $wet } pañal mojado
       *[other] { $wet } pañales mojados
    } en { $hours ->
        [one] la última hora
       *[other] las últimas { $hours } horas
    }. A la edad de tu bebé, se esperan unos { $expected } o más en ese tiempo.
warning-few-stools = El registro muestra { $stools ->
        [one] { $stools } deposición
       *[other] { $stools } deposiciones
    } en { $hours ->
        [one] la última hora
       *[other] las últimas { $hours } horas
    }. A la edad de tu bebé, se esperan unas { $expected } o más en ese tiempo.
warning-few-feeds = El registro muestra { $feeds ->
        [one] { $feeds } toma
       *[other] { $feeds } tomas
    } en { $hours ->
        [one] la última hora
       *[other] las últimas { $hours } horas
    }. En las primeras semanas, un bebé hace unas { $expected } tomas o más en ese tiempo.
warning-dry-for = No se ha registrado ningún pañal mojado en { $hours ->
        [one] la última hora
       *[other] las últimas { $hours } horas
    } mientras tu bebé estaba despierto y comiendo.
warning-dry-long = No se ha registrado ningún pañal mojado en { $hours ->
        [one] la última hora
       *[other] las últimas { $hours } horas
    }. Si tu bebé mojó alguno que aún no está en el registro (por la noche, por ejemplo), compruébalo y añádelo.
warning-dark-urine = Un pañal de las últimas 24 horas tenía orina oscura o cristales de color naranja rosado. Pasados los primeros días, es una señal de que tu bebé necesita más leche.
warning-newborn-loss-check = El último peso de tu bebé está un { $percent } % por debajo del peso al nacer. A partir del { $check } %, hay que revisar la alimentación.
warning-newborn-loss-medical = El último peso de tu bebé está un { $percent } % por debajo del peso al nacer. A partir del { $medical } %, tu bebé necesita una revisión médica.
warning-weight-down = El último peso de tu bebé, { $latest } kg, es menor que el anterior, { $before } kg.
warning-not-back = El último peso de tu bebé, { $latest } kg, sigue por debajo del peso al nacer, { $birth } kg. La mayoría de los bebés lo recuperan a los { $days } días.
warning-no-gain = Tu bebé no ha aumentado de peso desde la pesada de hace una semana o más. A esta edad, un aumento de menos de unos { $minimum } g a la semana es motivo para llamar.
warning-slow-gain = Tu bebé ha aumentado unos { $grams } g a la semana desde la pesada de hace una semana o más. A esta edad, menos de unos { $minimum } g a la semana es motivo para llamar.

# La Guía. Las frases que envían a pedir ayuda (guide-routine-help, guide-help,
# guide-when-to-call-*, guide-herbs-*) son frases de seguridad: se retrotraducen con las señales.
guide-intro = Esta guía es para quienes quieren recuperar su producción de leche. Esto se llama relactación. También es para quienes quieren producir leche sin haber dado a luz, por ejemplo para un bebé adoptado. Esto se llama lactancia inducida.
# «Pecho» nombra a la vez el seno y el tórax (TERMS.md).
guide-intro-words = Decimos «pecho», que nombra tanto el seno como el tórax; usa la palabra que mejor te encaje. Esta guía es información general, no consejo médico.
guide-at-a-glance = De un vistazo
guide-routine-sessions = Extráete leche (con extractor o a mano) o da el pecho de 8 a 12 veces en 24 horas, también por la noche.
guide-routine-cup = Da los suplementos con un vasito o con un suplementador de lactancia, mejor que con biberón.
guide-routine-skin = Pasa tiempo piel con piel y ofrece el pecho a menudo para dar consuelo.
guide-routine-help = Para recibir ayuda, habla con el médico de tu bebé, una consultora de lactancia o una Líder de La Liga de La Leche.
guide-print = Imprimir la guía
guide-print-help = «Imprimir» abre la ventana de impresión del navegador con una vista previa. Elige una impresora, o elige «Guardar como PDF» para guardar una copia. Allí puedes escoger qué páginas imprimir.
guide-help = Para consejos sobre ti y tu bebé, habla con el médico de tu bebé, una consultora de lactancia o una Líder de La Liga de La Leche cerca de ti.
guide-expect-heading = Qué esperar
guide-expect-paragraph-1 = Muchas personas pueden volver a producir leche después de una pausa, o producirla por primera vez. Se deja de amamantar por muchas razones: un procedimiento médico, un tiempo lejos del bebé o un consejo que no encajaba. Volver a empezar es posible.
guide-expect-paragraph-2 = Hace falta tiempo, paciencia y un bebé dispuesto a agarrarse al pecho. La primera leche puede tardar días o unas semanas en aparecer. Algunas personas producen toda la leche que su bebé necesita. Otras siguen dando también algo de suplemento. Los dos son buenos resultados: cada gota de tu leche cuenta.
guide-expect-paragraph-3 = Mientras aumentas tu producción, fíjate en los pañales y el peso de tu bebé. Muestran si tu bebé recibe suficiente leche.
guide-stimulating-heading = Estimular tus pechos
guide-stimulating-paragraph-1 = La leche se produce cuando se extrae leche. Vaciar los pechos más a menudo suele producir más leche.
guide-stimulating-point-1 = Extráete leche a mano o con extractor de 8 a 12 veces al día.
guide-stimulating-point-2 = Dedica de 20 a 30 minutos a cada sesión.
guide-stimulating-point-3 = Incluye la noche: al menos una sesión a la hora en que normalmente dormirías.
guide-stimulating-point-4 = Intenta vaciar los pechos por completo y a menudo. Esto ayuda a que aumente tu producción. También ayuda a prevenir conductos obstruidos e infecciones del pecho (mastitis).
guide-bringing-heading = Acercar a tu bebé al pecho
guide-bringing-paragraph-1 = Amamantar es mucho más que leche. Tu bebé recibe consuelo de ti, y el contacto piel con piel también refuerza sus defensas.
guide-bringing-point-1 = Si tu bebé se agarra al pecho, ofréceselo antes y después de cada toma.
guide-bringing-point-2 = Entre tomas, ofrece el pecho para consolar tan a menudo como puedas, en lugar de un chupete. Esto también ayuda a que aumente tu producción.
guide-bringing-point-3 = Deja que tu bebé mame todo el tiempo que quiera. No hay límite de tiempo.
guide-bringing-point-4 = Pasa tiempo piel con piel: tu bebé solo con el pañal, sobre tu pecho desnudo.
guide-supplements-heading = Dar suplementos
guide-supplements-paragraph-1 = Mientras tu producción aumenta, puede que tu bebé también necesite tu leche extraída, leche donada o fórmula. Cómo se la das importa.
guide-supplements-point-1 = Usa un vasito pequeño en lugar de un biberón. Sostén a tu bebé erguido. Apoya el vasito en el labio inferior e inclínalo solo hasta que la leche toque el labio. Deja que tu bebé sorba o lama a su ritmo. Nunca le eches la leche en la boca.
guide-supplements-point-2 = O usa un suplementador de lactancia (relactador): un tubo fino sujeto con cinta junto al pezón. Tu bebé recibe el suplemento mientras mama, y al mismo tiempo se estimula tu pecho.
guide-supplements-point-3 = El plan de { -brand } puede ayudarte a reducir los suplementos poco a poco. Acuerda el ritmo con tu consultora de lactancia y sigue vigilando los pañales y el peso.
guide-when-to-call-heading = Cuándo pedir ayuda
guide-when-to-call-paragraph-1 = Pide ayuda pronto si algo te preocupa; no hace falta esperar. Las señales en tu bebé están al principio de esta guía. Para tu propio cuerpo:
guide-when-to-call-point-1 = Dolor, grietas o sangrado: pide a tu consultora de lactancia que revise el agarre o la talla del embudo del extractor.
guide-when-to-call-point-2 = Una zona dura, roja y caliente, con fiebre o sensación de gripe: llama a un médico en menos de 24 horas y sigue vaciando el pecho.
guide-when-to-call-point-3 = El descanso y la ayuda en casa importan. Si el ánimo bajo o la preocupación duran dos semanas o más, vale la pena contárselo a un médico o a una matrona.
guide-when-to-call-point-4 = Llama al médico de tu bebé si tienes dudas de que tu bebé reciba suficiente leche.
guide-herbs-heading = Hierbas y medicamentos
guide-herbs-paragraph-1 = Algunas personas preguntan por los galactogogos: hierbas o medicamentos a los que se atribuye un aumento de la leche. Habla con un médico que conozca la lactancia antes de tomar cualquiera de ellos. Revisará contigo tu historia clínica y tus objetivos.
guide-herbs-paragraph-2 = { -brand } no sugiere ninguna hierba, ningún medicamento ni ninguna dosis.
guide-support-heading = Buscar apoyo
guide-support-paragraph-1 = No tienes que hacerlo sin compañía. El apoyo marca una gran diferencia.
guide-support-point-1 = Contacta con tu grupo local de La Liga de La Leche o con una Líder. El buscador de grupos está en llli.org.
guide-support-point-2 = La Liga de La Leche también organiza grupos de apoyo en línea. Son para quienes están en relactación o induciendo la lactancia.
guide-support-point-3 = Di que sí cuando te ofrezcan ayuda con la compra, la comida o las tareas de la casa. Te da tiempo para tu bebé y tus sesiones.

# Lecturas: el título traducido y, entre paréntesis, quién lo publica y en qué idioma está.
guide-further = Más lecturas
guide-further-note = Estos artículos e historias vienen de grupos de La Liga de La Leche y de otras fuentes. Busca sus títulos cuando tengas conexión.
guide-find-support = Encuentra un grupo o una Líder de La Liga de La Leche: llli.org
guide-reading-lll-gb = Relactación y lactancia inducida (La Leche League Gran Bretaña, en inglés)
guide-reading-lll-greece = Guía de relactación (La Leche League Grecia)
guide-reading-lll-netherlands = Relactar (La Leche League Países Bajos, en neerlandés)
guide-reading-lll-italy = ¿Es posible relactar? (La Leche League Italia, en italiano)
guide-reading-south-africa = Mi historia de relactación, desde Sudáfrica (en inglés)
guide-reading-lll-usa = Lactancia inducida y relactación (La Leche League Estados Unidos, en inglés)
guide-reading-drip-drop = La técnica de alimentación gota a gota (en inglés)
guide-reading-feed-the-baby = Alimenta al bebé: cómo aumentar la producción de leche (en inglés)
guide-reading-volver-al-pecho = Volver al pecho
guide-reading-baby-who-doesnt-nurse = El bebé que no mama (en inglés)
guide-reading-suplementacion = Suplementación al pecho
guide-reading-supplementer-nursing = Amamantar con un suplementador de lactancia (en inglés)
guide-reading-adopted-baby = Amamantar a un bebé adoptado (en inglés)
guide-reading-without-giving-birth = Amamantar sin haber dado a luz (en inglés)

# (the messages of this part go above this line)

## Progress (progress-*).
progress-range = Mostrar
progress-days-7 = 7 días
progress-days-30 = 30 días
progress-all = Todo
progress-loading = Cargando tus avances…
progress-empty = Tus gráficas irán creciendo aquí a medida que anotes sesiones. Cada sesión cuenta, incluso las que todavía no dan leche.
progress-sessions = Sesiones al día
progress-minutes = Minutos de estimulación al día
progress-expressed = Leche extraída al día
progress-supplement = Suplemento al día
progress-diapers = Pañales mojados y sucios al día
progress-weight = Peso
progress-show-table = Ver como tabla
progress-hide-table = Ocultar la tabla
progress-col-day = Día
progress-col-week = Semana del
progress-target = meta
progress-average = media de 7 días
progress-left = izquierdo
progress-right = derecho
progress-wet = mojados
progress-dirty = sucios
progress-no-weight = Todavía no hay pesos anotados en este periodo.
progress-print = Imprimir para mi consultora

# $span: "en los últimos 14 días". La frase no repite "al día": el título ya lo dice.
progress-span-weeks = { $weeks ->
    [one] en la última semana
    [many] en las últimas { $weeks } semanas
   *[other] en las últimas { $weeks } semanas
}
progress-span-days = { $days ->
    [one] en el último día
    [many] en los últimos { $days } días
   *[other] en los últimos { $days } días
}
progress-trend-steady = { $what }: estable, en unos { $to } { $span }.
progress-trend-up-keep-going = { $what }: subida de { $from } a { $to } { $span }. ¡Sigue así!
progress-trend-up = { $what }: subida de { $from } a { $to } { $span }.
progress-trend-down-good-progress = { $what }: bajada de { $from } a { $to } { $span }. Buen avance.
progress-trend-down-watch-signs = { $what }: bajada de { $from } a { $to } { $span }. Los pañales mojados, las cacas o el peso de tu bebé no mostraron cada día lo esperado (o no se anotaron), así que vigílalos de cerca con tu consultora de lactancia.
progress-trend-down-normal = { $what }: bajada de { $from } a { $to } { $span }. Los altibajos son normales.
progress-trend-down-watch = { $what }: bajada de { $from } a { $to } { $span }. { progress-watch }
progress-watch = Es menos que antes. Si sigue así, habla con el médico de tu bebé o con tu consultora de lactancia.
progress-early = { $what }: unos días más de registro mostrarán una tendencia.
progress-weight-range = Peso: de { $first } kg a { $last } kg en este periodo.
progress-weight-range-less = Peso: de { $first } kg a { $last } kg en este periodo. Tu bebé pesa menos que antes. Llama hoy al médico de tu bebé.
progress-weight-one = Peso: { $weight } kg.
progress-so-far = Hoy hasta ahora, desde medianoche: { $values }.
progress-wet-a-day = { $wet } mojados
progress-kg = { $kg } kg
progress-diapers-so-far = { $wet } mojados, { $dirty } sucios

progress-journey = Tus hitos
progress-journey-none = Los hitos aparecen aquí a medida que los alcanzas: a partir del registro, o marcados por ti. Cada camino tiene su propio ritmo.
progress-ahead = Por delante: { $milestones }
progress-ahead-between = { " · " }
progress-dated = { $day } · { $what }
progress-tick = Marcar un hito
progress-tick-which = Hito
progress-tick-day = Día
progress-tick-own = Con tus palabras
progress-tick-add = Añadir
progress-tick-day-missing = Elige el día, por favor.
progress-from-log = (según tu registro)
progress-mark-removed = Hito quitado.
progress-mark-undo = Deshacer
progress-mark-restored = El hito vuelve a estar en tu línea de tiempo.
progress-mark-remove-label = Quitar el hito { $name }, { $day }
progress-milestone-first-drops = Primeras gotas
progress-milestone-let-down = Primer reflejo de eyección que notaste
progress-milestone-breast-changes = Cambios en tu pecho
progress-milestone-supplementer-feed = Primera toma al pecho con suplementador de lactancia
progress-milestone-feed-without-supplementer = Primera toma al pecho sin suplementador de lactancia
progress-milestone-supplements-halved = Suplementos reducidos a la mitad
progress-milestone-day-without-supplements = Un día entero sin suplemento
progress-milestone-own = Tu propio hito
progress-milestone-unknown = Un hito de una versión más nueva de { -brand }
progress-celebrate-first-drops = Hito: tus primeras gotas. Cada gota cuenta.
progress-celebrate-let-down = Hito: un reflejo de eyección que notaste (hormigueo, o leche que gotea o sale a chorro). Tu cuerpo está respondiendo.
progress-celebrate-breast-changes = Hito: cambios en tu pecho. Tu cuerpo está respondiendo.
progress-celebrate-supplementer-feed = Hito: una toma al pecho con suplementador de lactancia.
progress-celebrate-feed-without-supplementer = Hito: una toma al pecho sin suplementador de lactancia.
progress-celebrate-supplements-halved = Hito: suplementos reducidos a la mitad. Sigue vigilando los pañales y el peso con tu consultora de lactancia.
progress-celebrate-day-without-supplements = Hito: un día entero sin suplemento. Sigue vigilando los pañales y el peso.
progress-celebrate-own = Hito marcado. ¡Bien hecho!
progress-celebrate-unknown = Hito marcado.

progress-share-title = Del pecho
progress-share-col-breast = Del pecho
progress-share-col-weighed = Doble pesada
progress-share-col-supplement = Suplemento ({ $unit })
progress-baseline-said = Comparado con { $amount } de suplemento al día al principio, la cantidad indicada en Ajustes → Tu camino.
progress-baseline-week-one-day = Comparado con { $amount } de suplemento al día al principio: el único día con suplementos anotados en la primera semana (del { $from } al { $to }).
progress-baseline-week = Comparado con { $amount } de suplemento al día al principio: la media de los { $days } días con suplementos anotados en la primera semana (del { $from } al { $to }).
progress-baseline-so-far-one-day = Comparado con { $amount } de suplemento al día al principio: el único día con suplementos anotados hasta ahora ({ $from }). Queda fijo cuando termina la primera semana.
progress-baseline-so-far = Comparado con { $amount } de suplemento al día al principio: la media de los { $days } días con suplementos anotados hasta ahora (del { $from } al { $to }). Queda fijo cuando termina la primera semana.
progress-share-meaning = La parte de la leche que ahora puede venir del pecho, si tu bebé toma tanto como al principio. La doble pesada da la leche medida al pecho. Es una guía aproximada; los pañales mojados y el peso dicen más.
progress-share-not-lower = aún no es menos
progress-share-about = aprox. { $percent } %
progress-share-weighed-cell = { $amount } en { $feeds ->
    [one] { $feeds } toma
    [many] { $feeds } tomas
   *[other] { $feeds } tomas
}
progress-share-weighed-cell-percent = { $amount } en { $feeds ->
    [one] { $feeds } toma
    [many] { $feeds } tomas
   *[other] { $feeds } tomas
}, al menos el { $percent } %
progress-share-chart = Del pecho, aproximadamente (%)
progress-share-layer = % aproximado del pecho
progress-share-chart-one = Alrededor del { $last } % de la leche puede venir del pecho.
progress-share-chart-from-to = Leche del pecho: de alrededor del { $first } % a alrededor del { $last } %.
progress-share-note = Una guía aproximada a partir del último día completo. Los pañales mojados y el peso dicen más; coméntalo con tu consultora de lactancia.
progress-share-not-lower-yet = Suplementos: { $supplement }, frente a { $baseline } al día al principio: aún no es menos.
progress-share-against-start = Suplementos: { $supplement }, frente a { $baseline } al día al principio: alrededor del { $percent } % de la leche puede venir ahora del pecho, si tu bebé toma tanto como entonces.
progress-share-weighed-only = Doble pesada: { $amount } al pecho en { $feeds ->
    [one] { $feeds } toma pesada
    [many] { $feeds } tomas pesadas
   *[other] { $feeds } tomas pesadas
}, y ningún suplemento anotado.
progress-share-weighed = Doble pesada: { $amount } al pecho en { $feeds ->
    [one] { $feeds } toma pesada
    [many] { $feeds } tomas pesadas
   *[other] { $feeds } tomas pesadas
}, así que al menos el { $percent } % de la leche medida vino del pecho.
progress-share-not-enough = Todavía no hay suficiente en el registro para saberlo.

progress-summary-days = Días en el resumen impreso
progress-summary-notes = Notas para tu consultora (opcional, se imprime, no se guarda)
progress-summary-title = Resumen para mi consultora de lactancia
progress-summary-plan = Plan actual
progress-summary-table = Día a día (por día, de medianoche a medianoche)
progress-summary-notes-title = Mis notas
progress-summary-log-notes = Notas del registro
progress-planned-key = previsto ese día (una guía, no un límite)
progress-summary-range = Del { $from } al { $to }
progress-summary-plan-line = { $sessions ->
    [one] { $sessions } sesión
    [many] { $sessions } sesiones
   *[other] { $sessions } sesiones
} al día de { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
}, { $night } de ellas de noche.
progress-summary-path = Camino: { $path }
progress-summary-born-today = Bebé nacido hoy, { $date }.
progress-summary-age-days = Edad del bebé el { $date }: { $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
}.
progress-summary-age-weeks = Edad del bebé el { $date }: { $weeks ->
    [one] { $weeks } semana
    [many] { $weeks } semanas
   *[other] { $weeks } semanas
}.
progress-summary-due-today = Fecha prevista del nacimiento: hoy, { $date }.
progress-summary-was-due = Fecha prevista del nacimiento: { $date }.
progress-summary-due-in = Fecha prevista del nacimiento: { $date }, dentro de { $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
}.
progress-summary-plan-age = Edad del bebé, según el plan: { $weeks ->
    [one] { $weeks } semana
    [many] { $weeks } semanas
   *[other] { $weeks } semanas
}.
progress-col-date = Fecha
progress-col-sessions = Sesiones
progress-col-minutes = Minutos
progress-col-expressed = Extraída ({ $unit })
progress-col-cup = Supl. vaso ({ $unit })
progress-col-at-breast = Supl. al pecho ({ $unit })
progress-col-other = Supl. otro ({ $unit })
progress-col-wet = Mojados
progress-col-dirty = Sucios
progress-col-night = Noche
progress-col-break = Pausa más larga
progress-col-weight = Peso (kg)
progress-break-cell = { $hours } h { $minutes }
progress-total-of-days = { $days ->
    [one] Total, { $days } día completo
    [many] Total, { $days } días completos
   *[other] Total, { $days } días completos
}
progress-average-row = Media al día
progress-today-so-far = { $day }, hasta ahora
progress-today-apart = Hoy ({ $day }) no ha terminado: su fila dice «hasta ahora» y no cuenta en los totales, las medias ni las gráficas.
progress-range-facts = Sesiones nocturnas en estos días: { $night }. Pausa más larga: { $longest }.
progress-with-feed = Suplemento dado con una toma (durante ella, con un suplementador de lactancia, o justo después): { $with } de { $total }.
progress-note-when = { $day } { $time }
progress-note-heading = { $when } · { $who }:
progress-note-supplement = Suplemento
progress-step-title = Reducción gradual del suplemento
progress-step-began-log-3 = Empezó el { $day } con { $amount } al día: la media de los 3 días anteriores en el registro.
progress-step-began-log-1 = Empezó el { $day } con { $amount } al día: el único día anotado en los 3 días anteriores.
progress-step-began-log = Empezó el { $day } con { $amount } al día: la media de los { $days } días anotados en los 3 días anteriores.
progress-step-began-said = Empezó el { $day } con { $amount } al día: la cantidad indicada al principio en Ajustes → Tu camino.
progress-step-began-plan = Empezó el { $day } con { $amount } al día, una cantidad fijada en el Plan.
progress-step-today = Previsto para hoy, { $day }: { $amount } (una guía, no un límite).
progress-step-changes = Reducciones, pausas y vueltas atrás en estos días
progress-step-no-changes = Ninguna reducción, pausa ni vuelta atrás en estos días.
progress-step-change = { $day }: { $amount }, { $what }
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
share-title = Compartir con tu pareja
share-intro = Dos o más teléfonos, un solo registro: lo que se anota en cualquiera de ellos aparece en todos. Los datos viajan por un servidor CouchDB que tu familia mantiene o alquila, cerrados con una clave que solo tienen tus teléfonos: el servidor no puede leer ni una hora, ni un volumen, ni una nota.
share-not-shared = Sin compartir. Nada sale de este teléfono.
share-start = Empezar a compartir
share-start-help = En el primer teléfono: la dirección del servidor de tu familia y un nombre de base de datos. { -brand } crea una clave nueva y muestra un código de emparejamiento para los demás teléfonos.
share-server-help-link = ¿Qué es un servidor y cómo conseguimos uno?
share-join = Unirte al registro de tu pareja
share-join-help = En otro teléfono (el de tu pareja, el de un abuelo o una abuela): escanea el código QR que muestra un teléfono que ya comparte, o pega aquí su código o enlace de emparejamiento.
share-server = Dirección del servidor
share-server-hint = https://couch.example.org
share-database = Base de datos
share-user = Nombre de usuario (si el servidor lo pide)
share-password = Contraseña (si el servidor la pide)
share-name = Nombre de este teléfono
share-default-name = Mi teléfono
share-code = Código de emparejamiento
share-link = Enlace de emparejamiento
share-code-help = En el otro teléfono, apunta la cámara a este código QR y abre el enlace, o envíale el enlace. Cualquiera que tenga este código puede leer tu registro compartido: dáselo solo a los teléfonos de tu familia.
share-qr-label = Código QR del enlace de emparejamiento
share-copy = Copiar enlace
share-copied = Enlace de emparejamiento copiado.
share-send = Enviar enlace…
share-checking = Comprobando el servidor…
share-check = Comprobar este servidor
share-sync-now = Sincronizar ahora
share-stop = Dejar de compartir
share-stop-confirm = ¿Dejar de compartir en este teléfono? Olvidará el servidor y la clave; todas las anotaciones se quedan en este teléfono. Puedes volver a unirte con el código de emparejamiento.
share-stop-yes = Sí, dejar de compartir
share-stop-no = Seguir compartiendo
share-stopped = Se dejó de compartir en este teléfono. Tu registro sigue aquí.
share-started = Ya compartes. Muestra el código de emparejamiento al otro teléfono.
share-joined = Listo, te uniste. Las anotaciones de los otros teléfonos llegarán en un momento.
share-phones = Teléfonos que comparten este registro
share-this-phone = (este teléfono)
share-rename = Guardar nombre
share-show-code = Mostrar el código
share-hide-code = Ocultar el código

share-join-title = Unirte al registro de tu familia
share-join-yes = Unirme
share-join-not-now = Ahora no
share-already-sharing-here = Este teléfono ya comparte un registro. Para unirte a otro, primero deja de compartir en Ajustes.
share-to-settings = Ir a Compartir en Ajustes
share-no-code-in-link = Este enlace no contiene ningún código de emparejamiento. Vuelve a abrir el enlace desde el código QR del otro teléfono, o pega el código en Ajustes.
share-join-ask = Este enlace une este teléfono a un registro compartido en el servidor { $server } (base de datos { $database }). Lo que se anote en cualquiera de los teléfonos de la familia aparecerá también en este. ¿Unirte?

share-retry-soon = { -brand } lo volverá a intentar en menos de un minuto.
share-retry-at = { -brand } lo volverá a intentar a las { $time }.
share-status-syncing = Compartido · sincronizando…
share-status-waiting = Esperando conexión: tus anotaciones están a salvo en este teléfono.
share-status-not-synced-yet = Compartido · aún sin sincronizar
share-status-synced-now = Compartido · sincronizado hace un momento
share-status-synced-minutes = Compartido · sincronizado hace { $minutes } min
share-status-synced-hours = Compartido · sincronizado hace { $hours } h
share-status-synced-days = { $days ->
    [one] Compartido · sincronizado hace { $days } día
   *[other] Compartido · sincronizado hace { $days } días
}
share-not-synced = Sin sincronizar.
share-nothing-changed = No se cambió nada en este teléfono.
share-arrived-before-stop = { $count ->
    [one] Llegó { $count } anotación antes de que se detuviera; el resto llegará con la próxima sincronización.
   *[other] Llegaron { $count } anotaciones antes de que se detuviera; el resto llegará con la próxima sincronización.
}
share-unreadable = { $count ->
    [one] { $count } elemento del servidor no se pudo abrir y se omitió. Todo lo demás se compartió como siempre.
   *[other] { $count } elementos del servidor no se pudieron abrir y se omitieron. Todo lo demás se compartió como siempre.
}
share-remove-unreadable = { $count ->
    [one] Quitarlo del servidor
   *[other] Quitarlos del servidor
}
share-remove-unreadable-help = Puede que estén dañados, o que los haya escrito alguien que no tiene la clave de tu familia. Quitarlos no toca nada en este teléfono; si este teléfono tiene su propia copia de una anotación, esa copia se vuelve a subir.
share-removed-unreadable = { $count ->
    [0] No hizo falta quitar nada: esos elementos ya se abren.
    [one] Se quitó { $count } elemento del servidor.
   *[other] Se quitaron { $count } elementos del servidor.
}

share-problem-offline = No se pudo llegar al servidor. Tus anotaciones están a salvo en este teléfono.
share-problem-dropped = La conexión se cortó a mitad de la respuesta del servidor.
share-problem-unconfirmed = Las anotaciones de este teléfono se enviaron, pero la respuesta del servidor se cortó: puede que el servidor las haya recibido. { -brand } lo comprobará en la próxima sincronización.
share-problem-unauthorized = El servidor no aceptó el nombre de usuario o la contraseña. Compruébalos con quien administra el servidor.
share-problem-no-database = No existe esa base de datos en este servidor.
share-problem-server = El servidor tuvo un problema. Tus anotaciones están a salvo en este teléfono.
share-problem-not-couch = La dirección respondió, pero no como un servidor CouchDB (quizá sea una página de inicio de sesión).
share-problem-truncated = La respuesta del servidor se cortó.
share-problem-unreadable = La copia de la clave familiar de este teléfono no se puede usar. Vuelve a unirte con el código de emparejamiento de otro teléfono.
share-problem-newer = El servidor tiene anotaciones de una versión más reciente de { -brand }. Actualiza { -brand } en este teléfono; no se omitió nada.
share-problem-removed = Otro teléfono dejó a este teléfono fuera del registro compartido. El registro de este teléfono se queda aquí; para volver a compartir, únete con un código de emparejamiento de un teléfono que comparte.
share-problem-key-change-refused = No se pudo comprobar una nueva clave familiar que está en el servidor, así que este teléfono no la aceptó.
share-problem-wrong-key = Este código no abre el registro de ese servidor: pertenece a otra familia o a un emparejamiento anterior. No se escribió nada.
share-problem-not-shared = Todavía nadie ha empezado a compartir en esta base de datos. Empieza a compartir en el primer teléfono y luego usa aquí su código.
share-problem-already-shared = Esta base de datos ya contiene el registro de una familia. Únete con el código de emparejamiento de ese teléfono, o elige otro nombre de base de datos.
share-problem-store = No se pudo leer ni escribir el registro de este teléfono.

share-setup-not-shared = Sin compartir.
share-setup-no-crypto = Este navegador no puede cifrar aquí. Abre { -brand } desde su dirección https://.
share-code-not-a-code = Eso no es un código de emparejamiento de { -brand }. Empieza por RELACT1-.
share-code-mistyped = Ese código tiene un error (un carácter cambiado o que falta). Vuelve a copiarlo desde el otro teléfono.
share-code-newer = Ese código lo hizo una versión más reciente de { -brand }. Primero actualiza { -brand } en este teléfono.
share-code-bad-server = La dirección del servidor debe empezar por https:// (o ser http://localhost para hacer pruebas).
share-code-bad-database = Un nombre de base de datos empieza por una letra minúscula y usa solo letras minúsculas, cifras y _ $ ( ) + - /.

share-checked-ready = Este servidor funciona: acepta el inicio de sesión y la base de datos está lista para el registro de tu familia.
share-checked-no-database-yet = Este servidor funciona y acepta el inicio de sesión; { -brand } creará la base de datos cuando empieces a compartir.
share-checked-shared = Esta base de datos ya contiene el registro de una familia: únete con el código de emparejamiento de un teléfono que lo comparte, o elige otro nombre de base de datos.
share-checked-no-answer = Ningún servidor respondió en esta dirección: comprueba la dirección, y que el servidor permita la dirección de { -brand } (su ajuste CORS).
share-checked-refused = El servidor respondió pero rechazó el nombre de usuario o la contraseña: compruébalos con quien administra el servidor.
share-checked-not-couch = Algo respondió en esta dirección, pero no un servidor CouchDB: comprueba la dirección (suele terminar en :5984).
share-checked-error = El servidor respondió con un error: inténtalo más tarde o pregunta a quien lo administra.

share-server-help-title = Conseguir un servidor
share-server-help-what-title = Para qué sirve
share-server-help-what = Compartir necesita un lugar en internet donde tus teléfonos se dejan anotaciones unos a otros, para que un teléfono pueda ponerse al día mientras el otro está apagado o sin señal. { -brand } usa para esto un servidor CouchDB: un programa de base de datos pequeño y gratuito que ofrecen muchos proveedores.
share-server-help-sees-title = Lo que ve el servidor
share-server-help-sees = Nada legible. Cada anotación se cierra en el teléfono antes de salir, con una clave que solo tienen tus teléfonos. El servidor ve cuántos elementos cerrados hay y cuándo cambian, pero no una hora, un volumen, una nota ni el nombre de un teléfono.
share-server-help-cost = El registro de una familia es muy pequeño (un año de anotaciones ocupa unos pocos megabytes), así que los planes gratuitos de los servicios alojados sobran.
share-server-help-ways-title = Tres maneras de conseguir uno
share-server-help-hosted-title = Un servicio CouchDB alojado
share-server-help-hosted = Algunas empresas mantienen CouchDB por ti, varias con un plan gratuito. Regístrate, crea una base de datos y un usuario que pueda leerla y escribir en ella, y en sus ajustes permite la dirección de { -brand } (CORS). Luego usa aquí su dirección.
share-server-help-home-title = Un servidor en casa o un NAS
share-server-help-home = Si tu familia tiene un servidor en casa o un disco de red que ejecuta contenedores, puede ejecutar la imagen oficial de CouchDB (llamada couchdb). Los teléfonos tienen que llegar a él desde fuera de casa por https://, así que esto va bien para alguien que se maneje con su router.
share-server-help-friend-title = Alguien de confianza que ya tenga uno
share-server-help-friend = Una persona que se ocupe de servidores puede crearte una base de datos y un usuario en pocos minutos. Enséñale esta página.
share-server-help-for-friend-title = Para quien lo configure
share-server-help-for-friend = Sirve cualquier CouchDB 3. Crea una base de datos y un usuario que sea miembro de ella; permite las peticiones de origen cruzado (CORS) desde { $origin } con credenciales, para los métodos GET, PUT, POST y las cabeceras accept, authorization y content-type; y sírvela por https://. Después da a la familia la dirección, el nombre de la base de datos, el nombre de usuario y la contraseña.
share-server-help-check-title = Comprobarlo
share-server-help-check = De vuelta en Ajustes, rellena la dirección, la base de datos, el usuario y la contraseña, y toca «{ share-check }»: { -brand } dice en una frase qué funciona y qué hay que arreglar, antes de escribir nada.
share-server-help-back = Volver a Compartir

share-hand-title = De mano en mano, sin servidor
share-hand-help = Envía todo tu registro a otro teléfono como un archivo cerrado desde el menú de compartir (una app de mensajes, Bluetooth, Nearby Share o AirDrop). En el otro teléfono, ábrelo con { -brand }: las anotaciones se combinan con la misma regla que una copia de seguridad, así que hacerlo a menudo mantiene los dos teléfonos al día.
share-hand-send = Enviar mi registro a otro teléfono
share-hand-passphrase = Frase de contraseña para este archivo
share-hand-passphrase-help = Dísela en voz alta a la persona que tiene el otro teléfono; nunca la envíes con el archivo. Al menos 8 letras o cifras; los espacios y los guiones no cuentan.
share-hand-passphrase-short = La frase de contraseña necesita al menos 8 letras o cifras (los espacios y los guiones no cuentan).
share-hand-family-lock = Este teléfono comparte un registro, así que el archivo se cierra con la clave de tu familia: un teléfono que comparte el mismo registro lo abre sin frase de contraseña.
share-hand-use-passphrase = Cerrarlo mejor con una frase de contraseña (para un teléfono que no comparte este registro)
share-hand-sealing = Cerrando el archivo…
share-hand-shared = El archivo cerrado se pasó al menú de compartir.
share-hand-downloaded = El archivo cerrado se guardó en las descargas de este teléfono. Envíalo al otro teléfono y ábrelo allí con { -brand }.
share-hand-failed = No se pudo crear el archivo en este teléfono. No se envió nada.
share-hand-open-failed = No se pudo abrir el archivo en este teléfono. No se escribió nada.
share-hand-receive-title = Abrir un registro de otro teléfono
share-hand-receive-help = Elige el archivo enviado desde el otro teléfono (relact-log-….txt). Si el teléfono lo ofrece, «Abrir con { -brand }» en el menú de compartir trae el archivo aquí directamente.
share-hand-receive-link = Abrir un registro de otro teléfono
share-hand-choose = Elegir el archivo
share-hand-received = Llegó un archivo de registro de otro teléfono.
share-hand-ask-passphrase = Este archivo está cerrado con una frase de contraseña. Escribe la frase que te dijo la otra persona.
share-hand-open = Abrir el archivo
share-hand-opening = Abriendo el archivo…
share-hand-wrong-passphrase = Esa frase de contraseña no abre este archivo, o el archivo se dañó por el camino. No se escribió nada. Comprueba la frase y vuelve a intentarlo.
share-hand-other-family = Este archivo está cerrado con una clave familiar que este teléfono no tiene: la de otra familia, o una de antes de que se quitara un teléfono del registro compartido. No se escribió nada.
share-hand-not-paired = Este archivo está cerrado con la clave de una familia, y este teléfono no comparte ningún registro. Primero únete a la familia, o pide un archivo cerrado con una frase de contraseña. No se escribió nada.
share-hand-not-a-log = El archivo se abrió, pero lo que contiene no es un registro de { -brand }. No se escribió nada.
share-hand-file-not-ours = Este no es un archivo de «{ share-hand-send }». (Una copia de seguridad se abre en Ajustes → Tus datos). No se escribió nada.
share-hand-file-newer = Este archivo lo hizo una versión más reciente de { -brand }. Primero actualiza { -brand } en este teléfono. No se escribió nada.
share-hand-file-damaged = Este archivo está dañado y no se puede abrir. No se escribió nada. Pide que te lo vuelvan a enviar.

share-phones-remove = Quitar del registro compartido
share-phones-remove-yes = Sí, quitarlo
share-phones-remove-no = Dejarlo
share-phones-removing = Creando una clave familiar nueva…
share-phones-remove-label = Quitar { $name } del registro compartido
share-phones-remove-ask = ¿Quitar { $name } del registro compartido? Este teléfono crea una clave familiar nueva y se la da a los teléfonos que se quedan, así que { $name } no podrá abrir nada de lo que se comparta a partir de ahora. Lo que { $name } ya tiene se queda en él. Si se perdió, pide también a quien administra el servidor que cambie su contraseña.
share-phones-removed = { $name } se quitó del registro compartido. Los otros teléfonos recibirán la clave nueva en su próxima sincronización.
share-phones-keyless = { $count ->
    [one] { $count } teléfono más no se había sincronizado desde que se actualizó { -brand }, así que no se le pudo dar la clave nueva: vuelve a unirlo con el código de emparejamiento.
   *[other] { $count } teléfonos más no se habían sincronizado desde que se actualizó { -brand }, así que no se les pudo dar la clave nueva: vuelve a unirlos con el código de emparejamiento.
}

# (the messages of this part go above this line)

## Why a save failed, and why an entry was refused (problem-store-*, invalid-*).
problem-store-unavailable = Este navegador no deja que Relact guarde un registro (modo privado o un ajuste bloqueado). No se puede guardar nada aquí hasta que eso cambie.
problem-store-quota = Tu teléfono no tiene espacio para Relact, así que esto no se guardó. Nada de lo guardado antes ha cambiado. Liberar algo de espacio en el teléfono ayudará.
problem-store-version = Relact se actualizó en otra pestaña. Vuelve a cargar esta página para seguir; no se perdió nada.
problem-store-other = No se pudo guardar en este dispositivo. Nada de lo que guardaste antes ha cambiado.
invalid-end-not-after-start = La hora de fin debe ser posterior a la de inicio.
invalid-session-too-long = Una sesión puede durar como mucho 12 horas. Revisa las horas, por favor.
invalid-segment-outside = Una parte de esta sesión queda fuera de su inicio y su fin.
invalid-volume-range = La leche de cada lado debe estar entre 0 y 1000 ml.
invalid-amount-range = Un suplemento debe estar entre 0 y 500 ml.
invalid-weight-range = El peso debe estar entre 500 g y 30 kg.
invalid-diaper-empty = Elige mojado, sucio o los dos.
invalid-notes-too-long = Las notas pueden tener como mucho 2000 caracteres.
invalid-in-future = Esa hora está en el futuro. Revisa el reloj, por favor.
invalid-notes-control = Las notas contienen un carácter de control invisible (como un byte NUL) que ningún teclado escribe, así que parecen dañadas. Solo se pueden guardar letras, números, signos, tabulaciones y saltos de línea.
invalid-medicine-name-empty = Escribe el nombre, tal como aparece en la caja o en la receta.
invalid-medicine-name-too-long = El nombre puede tener como mucho 200 caracteres. Acórtalo, por favor.
invalid-advised-by-empty = Escribe quién lo aconsejó (un nombre o una función), o marca «Decisión propia».
invalid-advised-by-too-long = Quién lo aconsejó puede tener como mucho 200 caracteres.
invalid-medicine-date-missing = Elige el día en que empezaste, por favor.
invalid-date-range = Revisa las fechas: el año parece incorrecto.
invalid-stop-before-start = La fecha de fin no puede ser anterior a la de inicio.
invalid-taken-outside = Un día marcado como tomado queda fuera de las fechas.
invalid-test-weight-smaller = El peso después de la toma es menor que antes. Revisa los dos números: no se guardó nada.
invalid-test-weight-too-much = Los pesos se diferencian en más de lo que puede dar una toma (500 g). Revisa los dos números.
invalid-milestone-unknown = Este hito es de un tipo que esta versión de Relact no conoce. Al actualizar Relact se podrá guardar.
invalid-milestone-words-empty = Escribe unas palabras para tu propio hito.
invalid-milestone-words-too-long = Tu hito puede tener como mucho 200 caracteres. Acórtalo, por favor.
invalid-milestone-day-mismatch = El día del hito y su hora no coinciden.
