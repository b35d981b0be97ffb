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

# Señales de alarma: las frases de seguridad. Nombran al médico del bebé; las de «busca ayuda
# ahora» dicen «ahora». Los números vienen de la tabla de cuidados: conserva cada { $variable }.

warning-today-title = Conviene llamar hoy
warning-now-title = Busca ayuda ahora
warning-maybe-missed = Si hay alguno sin registrar, añádelo.
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
warning-sign-wet = Menos pañales mojados en 24 horas que unos { $day1 } el día 1, { $day2 } el día 2, { $day3 } el día 3, { $day4 } el día 4, y después { $wet } o más bien cargados.
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

# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
