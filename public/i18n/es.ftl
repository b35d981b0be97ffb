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
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
