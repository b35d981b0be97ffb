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
