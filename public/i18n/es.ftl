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
journey-path-preparing = Producir leche antes de que llegue mi bebé (por ejemplo, en una adopción o una gestación subrogada).
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
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
