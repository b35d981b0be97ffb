### O Relact em português do Brasil (com «você»).
### Termos escolhidos e fontes: TERMS.md. Como corrigir: README.md, "Translating Relact".
### Uma quebra de linha dentro de uma mensagem é lida como um espaço. { $nome } é preenchido pelo
### aplicativo: mantenha-o. Nunca cite um remédio, uma erva ou uma dose.

-brand = Relact

shell-lead = Seu cronômetro de sessões, seu plano para o dia e a noite e seu progresso, em um só lugar. Tudo fica neste celular e funciona sem sinal, até às 3 da manhã.
shell-opening = Abrindo…

nav-today = Hoje
nav-timer = Cronômetro
nav-log = Registro
nav-plan = Plano
nav-progress = Progresso
nav-guide = Guia
nav-settings = Ajustes
nav-main-menu = Principal
nav-more-menu = Mais
nav-skip-to-content = Pular para o conteúdo

settings-theme = Cores
settings-theme-auto = Automático: cores noturnas enquanto eu durmo (pelo meu plano) ou quando meu celular está no modo escuro
settings-theme-light = Claro
settings-theme-night = Noite (suave)
settings-volume = Unidade de volume
settings-volume-ml = Mililitros (ml)
settings-volume-oz = Onças (oz)
settings-clock = Relógio
settings-clock-24 = 24 horas (14:30)
settings-clock-12 = 12 horas (2:30 PM)
settings-week-start = A semana começa em
settings-monday = Segunda-feira
settings-sunday = Domingo
settings-saturday = Sábado
settings-chime = Tocar um som suave quando a extração (com bomba tira-leite ou ordenha manual) atingir a meta
settings-saved = Ajustes salvos neste aparelho.
settings-privacy = Tudo o que você registra fica neste aparelho. O { -brand } não tem conta e não envia nada para lugar nenhum.

settings-language = Idioma
settings-language-reopens = O { -brand } abre de novo no idioma escolhido. Um cronômetro em andamento continua contando.
settings-language-brazil = O português do { -brand } é o do Brasil.
settings-language-opening = Abrindo { $language }…
settings-language-offline = { $language } ainda não está neste celular e não há conexão para baixar. O { -brand } continua em português; tente de novo quando estiver on-line.
settings-language-failed = Não foi possível abrir { $language }. O { -brand } continua em português; tente de novo mais tarde.

unit-ml = ml
unit-oz = oz
format-minutes = { $minutes } min
format-clock-12 = { $time } { $period ->
    [am] AM
   *[pm] PM
}
format-day-heading = { $weekday }, { $day } de { $month }
format-short-date = { $weekday }, { $day } de { $month }
format-short-day-month = { $day } de { $month }
format-day-month = { $day } de { $month }
format-full-date = { $day } de { $month } de { $year }
format-week-label = { $day } de { $month }

weekday-monday = segunda-feira
weekday-tuesday = terça-feira
weekday-wednesday = quarta-feira
weekday-thursday = quinta-feira
weekday-friday = sexta-feira
weekday-saturday = sábado
weekday-sunday = domingo
weekday-monday-short = seg.
weekday-tuesday-short = ter.
weekday-wednesday-short = qua.
weekday-thursday-short = qui.
weekday-friday-short = sex.
weekday-saturday-short = sáb.
weekday-sunday-short = dom.

month-january = janeiro
month-february = fevereiro
month-march = março
month-april = abril
month-may = maio
month-june = junho
month-july = julho
month-august = agosto
month-september = setembro
month-october = outubro
month-november = novembro
month-december = dezembro
month-january-short = jan.
month-february-short = fev.
month-march-short = mar.
month-april-short = abr.
month-may-short = mai.
month-june-short = jun.
month-july-short = jul.
month-august-short = ago.
month-september-short = set.
month-october-short = out.
month-november-short = nov.
month-december-short = dez.

## Today, the Timer, feeding, the Log, reminders, updates, problems and backups
## (today-*, timer-*, feeding-*, log-*, reminder-*, update-*, problem-*, backup-*).
# (the messages of this part go above this line)

## The Plan, Your journey, medicines and printouts (plan-*, journey-*, medicines-*, printout-*).
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.

# Sinais de alerta: as frases de segurança. Elas citam o médico do bebê; as de "procure ajuda
# agora" dizem "agora". Os números vêm da tabela de cuidados: mantenha cada { $variável }.

warning-today-title = Vale a pena ligar hoje
warning-now-title = Procure ajuda agora
warning-maybe-missed = Se faltou registrar algo, acrescente.
warning-call-today = Se o registro estiver certo, ligue hoje para o médico do seu bebê.
warning-get-help-now = Se estiver certo, procure ajuda agora: vá a um pronto-socorro ou ligue para o número de emergência local.
# Cada linha da lista completa esta frase ("…se o seu bebê" + "está mole…").
warning-urgent-title = Procure ajuda agora (pronto-socorro ou número de emergência local) se o seu bebê
warning-urgent-intro = { warning-urgent-title }:
warning-urgent-open = Quando procurar ajuda agora
warning-urgent-dry = está sem fralda molhada há { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } ou mais
warning-urgent-floppy = está mole, muito difícil de acordar ou sonolento demais para se alimentar
warning-urgent-fever = tem menos de { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } e temperatura de { $celsius } °C ou mais
warning-urgent-breathing = tem dificuldade para respirar, ou lábios ou pele azulados ou acinzentados
warning-urgent-dehydrated = tem a moleira (a parte mole da cabeça) afundada, a boca seca e não tem lágrimas
warning-urgent-vomiting = vomita verde, ou vomita com força várias vezes seguidas
warning-urgent-yellow = tem a pele amarela { $hours ->
        [one] na primeira hora
       *[other] nas primeiras { $hours } horas
    } de vida, ou a pele cada vez mais amarela enquanto está sonolento

warning-signs-title = Ligue hoje para o médico do seu bebê se
warning-sign-wet = Menos fraldas molhadas em 24 horas do que cerca de { $day1 } no dia 1, { $day2 } no dia 2, { $day3 } no dia 3, { $day4 } no dia 4, e depois { $wet } fraldas bem pesadas ou mais.
warning-sign-stools = Do dia { $from } até as { $weeks } semanas, menos de { $stools ->
        [one] { $stools } evacuação
       *[other] { $stools } evacuações
    } em 24 horas.
warning-sign-dry = Depois do dia { $day }, nenhuma fralda molhada por { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } com o bebê acordado e se alimentando, ou urina escura ou cristais cor-de-rosa alaranjados.
warning-sign-feeds = Nas primeiras { $weeks } semanas, menos de { $feeds ->
        [one] { $feeds } mamada
       *[other] { $feeds } mamadas
    } em 24 horas.
warning-sign-newborn-weight = Um recém-nascido perdeu { $check }% do peso ao nascer (a alimentação precisa ser avaliada) ou { $medical }% (precisa de uma avaliação médica), continua perdendo peso depois do dia { $falling } ou não voltou ao peso ao nascer até os { $back } dias.
warning-sign-gain = De { $from } semanas a { $until } meses, um ganho de menos de cerca de { $grams } g por semana, ou qualquer perda; depois, bem abaixo do ganho habitual para a idade.
warning-sign-hungry = Ainda com fome depois do complemento planejado: ofereça mais. O plano é um guia, nunca um limite.

warning-few-wet = { $wet ->
        [0] O registro não mostra nenhuma fralda molhada
        [one] O registro mostra { $wet } fralda molhada
       *[other] O registro mostra { $wet } fraldas molhadas
    } { $hours ->
        [one] na última hora
       *[other] nas últimas { $hours } horas
    }. Na idade do seu bebê, espera-se cerca de { $expected } ou mais nesse tempo.
warning-few-stools = { $stools ->
        [0] O registro não mostra nenhuma evacuação
        [one] O registro mostra { $stools } evacuação
       *[other] O registro mostra { $stools } evacuações
    } { $hours ->
        [one] na última hora
       *[other] nas últimas { $hours } horas
    }. Na idade do seu bebê, espera-se cerca de { $expected } ou mais nesse tempo.
warning-few-feeds = { $feeds ->
        [0] O registro não mostra nenhuma mamada
        [one] O registro mostra { $feeds } mamada
       *[other] O registro mostra { $feeds } mamadas
    } { $hours ->
        [one] na última hora
       *[other] nas últimas { $hours } horas
    }. Nas primeiras semanas, um bebê mama cerca de { $expected } vezes ou mais nesse tempo.
warning-dry-for = Nenhuma fralda molhada foi registrada { $hours ->
        [one] na última hora
       *[other] nas últimas { $hours } horas
    } enquanto seu bebê estava acordado e se alimentando.
warning-dry-long = Nenhuma fralda molhada foi registrada { $hours ->
        [one] na última hora
       *[other] nas últimas { $hours } horas
    }. Se o seu bebê molhou alguma que ainda não está no registro (durante a noite, por exemplo), confira e acrescente.
warning-dark-urine = Uma fralda das últimas 24 horas tinha urina escura ou cristais cor-de-rosa alaranjados. Depois dos primeiros dias, isso é sinal de que seu bebê precisa de mais leite.
warning-newborn-loss-check = O peso mais recente do seu bebê está { $percent }% abaixo do peso ao nascer. A partir de { $check }%, a alimentação precisa ser avaliada.
warning-newborn-loss-medical = O peso mais recente do seu bebê está { $percent }% abaixo do peso ao nascer. A partir de { $medical }%, seu bebê precisa de uma avaliação médica.
warning-weight-down = O peso mais recente do seu bebê, { $latest } kg, é menor que o anterior, { $before } kg.
warning-not-back = O peso mais recente do seu bebê, { $latest } kg, ainda está abaixo do peso ao nascer, { $birth } kg. A maioria dos bebês volta a ele até os { $days } dias.
warning-no-gain = Seu bebê não ganhou peso desde a pesagem de uma semana ou mais atrás. Nesta idade, um ganho de menos de cerca de { $minimum } g por semana é motivo para ligar.
warning-slow-gain = Seu bebê ganhou cerca de { $grams } g por semana desde a pesagem de uma semana ou mais atrás. Nesta idade, menos de cerca de { $minimum } g por semana é motivo para ligar.

# O Guia. As frases que orientam a buscar ajuda (guide-routine-help, guide-help,
# guide-when-to-call-*, guide-herbs-*) são frases de segurança: retrotraduzidas com os sinais.
guide-intro = Este guia é para quem quer trazer o leite de volta. Isso se chama relactação. Também é para quem quer produzir leite sem ter dado à luz, por exemplo para um bebê adotado. Isso se chama lactação induzida.
# "Peito" nomeia o seio e o tórax (TERMS.md).
guide-intro-words = Dizemos "peito", palavra que serve para o seio e para o tórax; use a palavra que combina com você. Este guia traz informações gerais, não orientação médica.
guide-at-a-glance = Em resumo
guide-routine-sessions = Tire leite (com bomba ou ordenha manual) ou amamente de 8 a 12 vezes em 24 horas, incluindo a noite.
guide-routine-cup = Dê os complementos no copinho ou com um dispositivo de translactação, em vez da mamadeira.
guide-routine-skin = Passe tempo pele a pele e ofereça o peito com frequência para dar conforto.
guide-routine-help = Para ter ajuda, fale com o médico do seu bebê, com uma consultora em amamentação ou com uma Líder da La Leche League.
guide-print = Imprimir o guia
guide-print-help = "Imprimir" abre a janela de impressão do navegador com uma prévia. Escolha uma impressora, ou escolha "Salvar como PDF" para guardar uma cópia. Ali você pode escolher quais páginas imprimir.
guide-help = Para orientações sobre você e seu bebê, fale com o médico do seu bebê, com uma consultora em amamentação ou com uma Líder da La Leche League perto de você.
guide-expect-heading = O que esperar
guide-expect-paragraph-1 = Muitas pessoas conseguem voltar a produzir leite depois de uma pausa, ou produzir pela primeira vez. Há muitos motivos para parar: um procedimento médico, um tempo longe do bebê ou uma orientação que não serviu. Recomeçar é possível.
guide-expect-paragraph-2 = Isso leva tempo, paciência e um bebê disposto a pegar o peito. O primeiro leite pode levar dias ou algumas semanas para aparecer. Algumas pessoas produzem todo o leite de que o bebê precisa. Outras continuam dando também algum complemento. Os dois são bons resultados: cada gota do seu leite conta.
guide-expect-paragraph-3 = Enquanto sua produção aumenta, observe as fraldas e o peso do seu bebê. Eles mostram se o bebê está recebendo leite suficiente.
guide-stimulating-heading = Estimular os seus peitos
guide-stimulating-paragraph-1 = O leite é produzido quando o leite é retirado. Esvaziar os peitos com mais frequência costuma produzir mais leite.
guide-stimulating-point-1 = Faça a ordenha manual ou use a bomba de 8 a 12 vezes por dia.
guide-stimulating-point-2 = Dedique de 20 a 30 minutos a cada sessão.
guide-stimulating-point-3 = Inclua a noite: pelo menos uma sessão no horário em que você normalmente dormiria.
guide-stimulating-point-4 = Procure esvaziar os peitos por completo e com frequência. Isso ajuda sua produção a crescer. Também ajuda a prevenir ductos entupidos e infecções no peito (mastite).
guide-bringing-heading = Levar o bebê ao peito
guide-bringing-paragraph-1 = Amamentar vai além do leite. Seu bebê recebe conforto de você, e o contato pele a pele também fortalece as defesas dele.
guide-bringing-point-1 = Se o seu bebê pega o peito, ofereça antes e depois de cada mamada.
guide-bringing-point-2 = Entre as mamadas, ofereça o peito para dar conforto sempre que puder, em vez da chupeta. Isso também ajuda sua produção a crescer.
guide-bringing-point-3 = Deixe o bebê mamar pelo tempo que quiser. Não há limite de tempo.
guide-bringing-point-4 = Passe tempo pele a pele: o bebê só de fralda, sobre o seu peito nu.
guide-supplements-heading = Dar complementos
guide-supplements-paragraph-1 = Enquanto sua produção cresce, seu bebê pode precisar também do seu leite ordenhado, de leite humano doado ou de fórmula. O jeito de oferecer faz diferença.
guide-supplements-point-1 = Use um copinho em vez da mamadeira. Segure o bebê em posição vertical. Apoie o copinho no lábio inferior e incline só até o leite tocar o lábio. Deixe o bebê sorver ou lamber no ritmo dele. Nunca despeje o leite na boca.
guide-supplements-point-2 = Ou use um dispositivo de translactação: uma sonda fina presa com fita junto ao mamilo. O bebê recebe o complemento enquanto mama, e o seu peito é estimulado ao mesmo tempo.
guide-supplements-point-3 = O plano do { -brand } pode ajudar você a reduzir os complementos aos poucos. Combine o ritmo com sua consultora em amamentação e continue observando as fraldas e o peso.
guide-when-to-call-heading = Quando pedir ajuda
guide-when-to-call-paragraph-1 = Peça ajuda logo se algo preocupar você; não precisa esperar. Os sinais no bebê estão no começo deste guia. Para o seu próprio corpo:
guide-when-to-call-point-1 = Dor, rachaduras ou sangramento: peça à sua consultora em amamentação para avaliar a pega ou o tamanho do funil da bomba.
guide-when-to-call-point-2 = Uma área dura, vermelha e quente, com febre ou sensação de gripe: ligue para um médico em até 24 horas e continue tirando o leite.
guide-when-to-call-point-3 = Descanso e ajuda em casa fazem diferença. Tristeza ou preocupação que dura duas semanas ou mais merece ser contada a um médico ou a uma obstetriz.
guide-when-to-call-point-4 = Ligue para o médico do seu bebê se você tiver dúvida se o bebê está recebendo leite suficiente.
guide-herbs-heading = Ervas e medicamentos
guide-herbs-paragraph-1 = Algumas pessoas perguntam sobre galactagogos: ervas ou medicamentos que, segundo se diz, aumentam o leite. Converse com um médico que entenda de amamentação antes de tomar qualquer um. Ele vai avaliar com você seu histórico de saúde e seus objetivos.
guide-herbs-paragraph-2 = O { -brand } não sugere nenhuma erva, nenhum medicamento nem nenhuma dose.
guide-support-heading = Buscar apoio
guide-support-paragraph-1 = Você não precisa fazer isso sem apoio. O apoio faz uma diferença real.
guide-support-point-1 = Procure o grupo local da La Leche League ou uma Líder. A busca de grupos fica em llli.org.
guide-support-point-2 = A La Leche League também tem grupos de apoio on-line, para quem está em relactação ou induzindo a lactação.
guide-support-point-3 = Aceite quando oferecerem ajuda com compras, comida ou tarefas da casa. Isso dá tempo para o seu bebê e para as suas sessões.

# Leituras: o título traduzido e, entre parênteses, quem publica e em que idioma.
guide-further = Para ler mais
guide-further-note = Estes artigos e relatos vêm de grupos da La Leche League e de outras fontes. Procure os títulos quando estiver on-line.
guide-find-support = Encontre um grupo ou uma Líder da La Leche League: llli.org
guide-reading-lll-gb = Relactação e lactação induzida (La Leche League Grã-Bretanha, em inglês)
guide-reading-lll-greece = Guia de relactação (La Leche League Grécia)
guide-reading-lll-netherlands = Relactar (La Leche League Países Baixos, em holandês)
guide-reading-lll-italy = É possível relactar? (La Leche League Itália, em italiano)
guide-reading-south-africa = Minha história de relactação, na África do Sul (em inglês)
guide-reading-lll-usa = Lactação induzida e relactação (La Leche League Estados Unidos, em inglês)
guide-reading-drip-drop = A técnica de alimentação gota a gota (em inglês)
guide-reading-feed-the-baby = Alimente o bebê: como construir a produção de leite (em inglês)
guide-reading-volver-al-pecho = Voltar ao peito (em espanhol)
guide-reading-baby-who-doesnt-nurse = O bebê que não mama (em inglês)
guide-reading-suplementacion = Suplementação no peito (em espanhol)
guide-reading-supplementer-nursing = Amamentar com um dispositivo de translactação (em inglês)
guide-reading-adopted-baby = Amamentar um bebê adotado (em inglês)
guide-reading-without-giving-birth = Amamentar sem ter dado à luz (em inglês)

# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
share-title = Compartilhar com a família
share-intro = Dois ou mais celulares, um só registro: o que é anotado em qualquer um deles aparece em todos. Os dados passam por um servidor CouchDB que sua família mantém ou aluga, trancados com uma chave que só os seus celulares têm: o servidor não consegue ler nem um horário, nem um volume, nem uma anotação.
share-not-shared = Não compartilhado. Nada sai deste celular.
share-start = Começar a compartilhar
share-start-help = No primeiro celular: o endereço do servidor da sua família e um nome de banco de dados. O { -brand } cria uma chave nova e mostra um código de pareamento para os outros celulares.
share-server-help-link = O que é um servidor, e como conseguir um?
share-join = Entrar no registro compartilhado
share-join-help = Em outro celular (da sua parceria, de um avô ou uma avó): leia o QR code mostrado num celular que já compartilha, ou cole aqui o código ou link de pareamento dele.
share-server = Endereço do servidor
share-server-hint = https://couch.example.org
share-database = Banco de dados
share-user = Nome de usuário (se o servidor pedir)
share-password = Senha (se o servidor pedir)
share-name = Nome deste celular
share-default-name = Meu celular
share-code = Código de pareamento
share-link = Link de pareamento
share-code-help = No outro celular, aponte a câmera para este QR code e abra o link, ou envie o link para ele. Qualquer pessoa com este código pode ler seu registro compartilhado: passe-o só para os celulares da sua família.
share-qr-label = QR code do link de pareamento
share-copy = Copiar link
share-copied = Link de pareamento copiado.
share-send = Enviar link…
share-checking = Verificando o servidor…
share-check = Verificar este servidor
share-sync-now = Sincronizar agora
share-stop = Parar de compartilhar
share-stop-confirm = Parar de compartilhar neste celular? Ele esquece o servidor e a chave; todas as anotações continuam neste celular. Você pode entrar de novo com o código de pareamento.
share-stop-yes = Sim, parar de compartilhar
share-stop-no = Continuar compartilhando
share-stopped = O compartilhamento parou neste celular. Seu registro continua aqui.
share-started = Compartilhamento iniciado. Mostre o código de pareamento ao outro celular.
share-joined = Pronto, este celular entrou. As anotações dos outros celulares chegam em um instante.
share-phones = Celulares que compartilham este registro
share-this-phone = (este celular)
share-rename = Salvar nome
share-show-code = Mostrar o código
share-hide-code = Ocultar o código

share-join-title = Entrar no registro da sua família
share-join-yes = Entrar
share-join-not-now = Agora não
share-already-sharing-here = Este celular já compartilha um registro. Para entrar em outro, primeiro pare de compartilhar em Ajustes.
share-to-settings = Ir para Compartilhar em Ajustes
share-no-code-in-link = Este link não traz nenhum código de pareamento. Abra o link de novo a partir do QR code do outro celular, ou cole o código em Ajustes.
share-join-ask = Este link conecta este celular a um registro compartilhado no servidor { $server } (banco de dados { $database }). O que for anotado em qualquer celular da família vai aparecer neste também. Entrar?

share-retry-soon = O { -brand } vai tentar de novo em menos de um minuto.
share-retry-at = O { -brand } vai tentar de novo às { $time }.
share-status-syncing = Compartilhado · sincronizando…
share-status-waiting = Aguardando conexão: suas anotações estão seguras neste celular.
share-status-not-synced-yet = Compartilhado · ainda não sincronizado
share-status-synced-now = Compartilhado · sincronizado agora mesmo
share-status-synced-minutes = Compartilhado · sincronizado há { $minutes } min
share-status-synced-hours = Compartilhado · sincronizado há { $hours } h
share-status-synced-days = { $days ->
    [one] Compartilhado · sincronizado há { $days } dia
   *[other] Compartilhado · sincronizado há { $days } dias
}
share-not-synced = Não sincronizado.
share-nothing-changed = Nada foi alterado neste celular.
share-arrived-before-stop = { $count ->
    [one] { $count } anotação chegou antes da interrupção; o resto vem na próxima sincronização.
   *[other] { $count } anotações chegaram antes da interrupção; o resto vem na próxima sincronização.
}
share-unreadable = { $count ->
    [one] { $count } item do servidor não pôde ser aberto e foi pulado. Todo o resto foi compartilhado normalmente.
   *[other] { $count } itens do servidor não puderam ser abertos e foram pulados. Todo o resto foi compartilhado normalmente.
}
share-remove-unreadable = { $count ->
    [one] Remover do servidor
   *[other] Remover do servidor
}
share-remove-unreadable-help = Eles podem estar danificados, ou ter sido escritos por alguém que não tem a chave da sua família. Removê-los não mexe em nada neste celular; se este celular tiver sua própria cópia de uma anotação, essa cópia volta para o servidor.
share-removed-unreadable = { $count ->
    [0] Não foi preciso remover nada: esses itens abrem agora.
    [one] { $count } item foi removido do servidor.
   *[other] { $count } itens foram removidos do servidor.
}

share-problem-offline = Não foi possível alcançar o servidor. Suas anotações estão seguras neste celular.
share-problem-dropped = A conexão caiu no meio da resposta do servidor.
share-problem-unconfirmed = As anotações deste celular foram enviadas, mas a resposta do servidor foi cortada: o servidor pode tê-las recebido. O { -brand } vai verificar na próxima sincronização.
share-problem-unauthorized = O servidor não aceitou o nome de usuário ou a senha. Confira com quem cuida do servidor.
share-problem-no-database = Esse banco de dados não existe neste servidor.
share-problem-server = O servidor teve um problema. Suas anotações estão seguras neste celular.
share-problem-not-couch = O endereço respondeu, mas não como um servidor CouchDB (talvez seja uma página de login).
share-problem-truncated = A resposta do servidor foi cortada.
share-problem-unreadable = A cópia da chave da família neste celular não pode ser usada. Entre de novo com o código de pareamento de outro celular.
share-problem-newer = O servidor tem anotações de uma versão mais nova do { -brand }. Atualize o { -brand } neste celular; nada foi pulado.
share-problem-removed = Outro celular tirou este celular do compartilhamento. O registro dele fica aqui; para compartilhar de novo, entre com um código de pareamento de um celular que compartilha.
share-problem-key-change-refused = Não foi possível verificar uma nova chave da família no servidor, por isso este celular não a aceitou.
share-problem-wrong-key = Este código não abre o registro nesse servidor: ele é de outra família ou de um pareamento antigo. Nada foi gravado.
share-problem-not-shared = Ninguém começou a compartilhar neste banco de dados ainda. Comece a compartilhar no primeiro celular e depois use o código dele aqui.
share-problem-already-shared = Este banco de dados já guarda o registro de uma família. Entre nele com o código de pareamento daquele celular, ou escolha outro nome de banco de dados.
share-problem-store = Não foi possível ler ou gravar o registro deste celular.

share-setup-not-shared = Não compartilhado.
share-setup-no-crypto = Este navegador não consegue criptografar aqui. Abra o { -brand } pelo endereço https:// dele.
share-code-not-a-code = Isso não é um código de pareamento do { -brand }. Ele começa com RELACT1-.
share-code-mistyped = Esse código tem um erro (um caractere trocado ou faltando). Copie-o de novo do outro celular.
share-code-newer = Esse código foi feito por uma versão mais nova do { -brand }. Atualize o { -brand } neste celular primeiro.
share-code-bad-server = O endereço do servidor precisa começar com https:// (ou ser http://localhost para testar).
share-code-bad-database = Um nome de banco de dados começa com uma letra minúscula e usa só letras minúsculas, algarismos e _ $ ( ) + - /.

share-checked-ready = Este servidor funciona: o login foi aceito e o banco de dados está pronto para o registro da sua família.
share-checked-no-database-yet = Este servidor funciona e aceita o login; o { -brand } vai criar o banco de dados quando você começar a compartilhar.
share-checked-shared = Este banco de dados já guarda o registro de uma família: entre nele com o código de pareamento de um celular que o compartilha, ou escolha outro nome de banco de dados.
share-checked-no-answer = Nenhum servidor respondeu neste endereço: confira o endereço, e se o servidor permite o endereço do { -brand } (a configuração CORS dele).
share-checked-refused = O servidor respondeu, mas recusou o nome de usuário ou a senha: confira com quem cuida do servidor.
share-checked-not-couch = Algo respondeu neste endereço, mas não um servidor CouchDB: confira o endereço (muitas vezes ele termina em :5984).
share-checked-error = O servidor respondeu com um erro: tente de novo mais tarde, ou pergunte a quem cuida dele.

share-server-help-title = Como conseguir um servidor
share-server-help-what-title = Para que serve
share-server-help-what = Compartilhar precisa de um lugar na internet onde seus celulares deixam anotações uns para os outros, para que um celular possa se atualizar enquanto o outro está desligado ou sem sinal. O { -brand } usa para isso um servidor CouchDB: um programa de banco de dados pequeno e gratuito que muitos provedores oferecem.
share-server-help-sees-title = O que o servidor vê
share-server-help-sees = Nada legível. Cada anotação é trancada no celular antes de sair, com uma chave que só os seus celulares têm. O servidor vê quantos itens trancados existem e quando mudam, mas não um horário, um volume, uma anotação ou o nome de um celular.
share-server-help-cost = O registro de uma família é minúsculo (um ano de anotações ocupa poucos megabytes), então os planos gratuitos dos serviços hospedados são mais que suficientes.
share-server-help-ways-title = Três jeitos de conseguir um
share-server-help-hosted-title = Um serviço CouchDB hospedado
share-server-help-hosted = Algumas empresas mantêm o CouchDB para você, várias com um plano gratuito. Cadastre-se, crie um banco de dados e um usuário que possa ler e gravar nele, e nas configurações permita o endereço do { -brand } (CORS). Depois use o endereço dele aqui.
share-server-help-home-title = Um servidor em casa ou um NAS
share-server-help-home = Se sua família tem um servidor em casa ou um disco de rede que roda contêineres, ele pode rodar a imagem oficial do CouchDB (chamada couchdb). Os celulares precisam alcançá-lo de fora de casa por https://, então isso serve para quem se sente à vontade com o roteador.
share-server-help-friend-title = Alguém de confiança que tenha um
share-server-help-friend = Uma pessoa que cuida de servidores pode criar um banco de dados e um usuário para você em poucos minutos. Mostre esta página a ela.
share-server-help-for-friend-title = Para quem vai configurar
share-server-help-for-friend = Qualquer CouchDB 3 serve. Crie um banco de dados e um usuário que seja membro dele; permita requisições de origem cruzada (CORS) de { $origin } com credenciais, para os métodos GET, PUT, POST e os cabeçalhos accept, authorization e content-type; e sirva-o por https://. Depois passe para a família o endereço, o nome do banco de dados, o nome de usuário e a senha.
share-server-help-check-title = Verificar
share-server-help-check = De volta em Ajustes, preencha o endereço, o banco de dados, o usuário e a senha, e toque em “{ share-check }”: o { -brand } diz em uma frase o que funciona e o que corrigir, antes de gravar qualquer coisa.
share-server-help-back = Voltar para Compartilhar

share-hand-title = De mão em mão, sem servidor
share-hand-help = Envie todo o seu registro para outro celular como um arquivo trancado, pelo menu de compartilhamento (um app de mensagens, Bluetooth, Nearby Share ou AirDrop). No outro celular, abra-o com o { -brand }: as anotações são combinadas pela mesma regra de um backup, então fazer isso com frequência mantém os dois celulares em dia.
share-hand-send = Enviar meu registro para outro celular
share-hand-passphrase = Frase-senha deste arquivo
share-hand-passphrase-help = Diga-a em voz alta para a pessoa com o outro celular; nunca a envie junto com o arquivo. Pelo menos 8 letras ou algarismos; espaços e traços não contam.
share-hand-passphrase-short = A frase secreta precisa de pelo menos 8 letras ou algarismos (espaços e traços não contam).
share-hand-family-lock = Este celular compartilha um registro, então o arquivo é trancado com a chave da sua família: um celular que compartilha o mesmo registro o abre sem frase secreta.
share-hand-use-passphrase = Trancar com uma frase secreta em vez disso (para um celular que não compartilha este registro)
share-hand-sealing = Trancando o arquivo…
share-hand-shared = O arquivo trancado foi passado para o menu de compartilhamento.
share-hand-downloaded = O arquivo trancado foi salvo nos downloads deste celular. Envie-o para o outro celular e abra-o lá com o { -brand }.
share-hand-failed = Não foi possível criar o arquivo neste celular. Nada foi enviado.
share-hand-open-failed = Não foi possível abrir o arquivo neste celular. Nada foi gravado.
share-hand-receive-title = Abrir um registro de outro celular
share-hand-receive-help = Escolha o arquivo enviado do outro celular (relact-log-….txt). Quando o celular oferece, “Abrir com o { -brand }” no menu de compartilhamento traz o arquivo para cá sozinho.
share-hand-receive-link = Abrir um registro de outro celular
share-hand-choose = Escolher o arquivo
share-hand-received = Um arquivo de registro de outro celular chegou.
share-hand-ask-passphrase = Este arquivo está trancado com uma frase secreta. Digite a frase secreta que a outra pessoa disse.
share-hand-open = Abrir o arquivo
share-hand-opening = Abrindo o arquivo…
share-hand-wrong-passphrase = Essa frase secreta não abre este arquivo, ou o arquivo foi danificado no caminho. Nada foi gravado. Confira a frase secreta e tente de novo.
share-hand-other-family = Este arquivo está trancado com uma chave de família que este celular não tem: a de outra família, ou uma de antes de um celular ser tirado do compartilhamento. Nada foi gravado.
share-hand-not-paired = Este arquivo está trancado com a chave de uma família, e este celular não compartilha nenhum registro. Entre primeiro na família, ou peça um arquivo trancado com uma frase secreta. Nada foi gravado.
share-hand-not-a-log = O arquivo abriu, mas o conteúdo não é um registro do { -brand }. Nada foi gravado.
share-hand-file-not-ours = Este não é um arquivo de “{ share-hand-send }”. (Um backup se abre em Ajustes → Seus dados.) Nada foi gravado.
share-hand-file-newer = Este arquivo foi feito por uma versão mais nova do { -brand }. Atualize o { -brand } neste celular primeiro. Nada foi gravado.
share-hand-file-damaged = Este arquivo está danificado e não pode ser aberto. Nada foi gravado. Peça para enviarem de novo.

share-phones-remove = Tirar do compartilhamento
share-phones-remove-yes = Sim, tirar
share-phones-remove-no = Manter
share-phones-removing = Criando uma nova chave da família…
share-phones-remove-label = Tirar { $name } do compartilhamento
share-phones-remove-ask = Tirar { $name } do compartilhamento? Este celular cria uma nova chave da família e a passa para os celulares que ficam, então { $name } não vai conseguir abrir nada do que for compartilhado daqui em diante. O que { $name } já tem continua nele. Se ele foi perdido, peça também a quem cuida do servidor para trocar a senha dele.
share-phones-removed = { $name } foi tirado do compartilhamento. Os outros celulares recebem a nova chave na próxima sincronização.
share-phones-keyless = { $count ->
    [one] { $count } outro celular não sincronizava desde que o { -brand } foi atualizado, então não pôde receber a nova chave: conecte-o de novo com o código de pareamento.
   *[other] { $count } outros celulares não sincronizavam desde que o { -brand } foi atualizado, então não puderam receber a nova chave: conecte-os de novo com o código de pareamento.
}

# (the messages of this part go above this line)
