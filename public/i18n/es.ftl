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
# (the messages of this part go above this line)

## The Plan, Your journey, medicines and printouts (plan-*, journey-*, medicines-*, printout-*).
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
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
# (the messages of this part go above this line)
