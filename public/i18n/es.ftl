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
guide-stimulating-point-4 = Intenta vaciar los pechos por completo y a menudo. Esto ayuda a que aumente tu producción. También ayuda a prevenir obstrucciones de los conductos e infecciones del pecho (mastitis).
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
guide-herbs-paragraph-1 = Algunas personas preguntan por los galactagogos: hierbas o medicamentos a los que se atribuye un aumento de la leche. Habla con un médico que conozca la lactancia antes de tomar cualquiera de ellos. Revisará contigo tu historia clínica y tus objetivos.
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
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
