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
medicines-title = Medicamentos e galactagogos
medicines-intro = Anote aqui o que você toma para o seu leite (galactagogos são ervas ou medicamentos que, segundo se diz, aumentam o leite), para que sua consultora em amamentação e seu médico possam ver. O { -brand } nunca sugere nada: o que tomar, quanto e por quanto tempo se decide com um médico que entenda de amamentação.
medicines-own-choice-note = Conte ao seu médico ou à sua consultora em amamentação: algumas ervas e medicamentos passam para o leite ou não combinam com outros.
medicines-empty = Nada na lista ainda.
medicines-add = Adicionar à lista
medicines-name = Nome
medicines-who = Quem indicou (nome ou profissão)
medicines-own-choice = Escolha minha
medicines-start = Início
medicines-stop = Fim (deixe em branco se ainda toma)
medicines-save = Salvar
medicines-cancel = Cancelar
medicines-saved = Salvo na sua lista.
medicines-deleted = Retirado da sua lista.
medicines-restored = De volta à sua lista.
medicines-undo = Desfazer
medicines-loading = Carregando sua lista…
medicines-advised = Indicado por { $who }
medicines-dates = { $start } – { $stop }
medicines-since = Desde { $start }
medicines-taken-today = Tomado hoje
medicines-taken-today-name = Tomado hoje: { $name }
medicines-edit-label = Editar { $name }
medicines-delete-label = Retirar { $name } da lista
medicines-edit = Editar
medicines-delete = Retirar
medicines-summary-title = Medicamentos e galactagogos (conforme a lista feita pela família)
medicines-summary-none = Nada na lista para estes dias.
medicines-summary-taken = { $days ->
    [0] nenhum dia marcado como tomado neste período
    [one] marcado como tomado em { $days } dia neste período
   *[other] marcado como tomado em { $days } dias neste período
}

printout-print-plan = Imprimir meu plano e uma folha de registro do dia
printout-plan-title = Meu plano no { -brand }
printout-plan-line = Sessões por dia: { $sessions } · Cada sessão: { $minutes } min · Maior intervalo entre sessões: { $gap }
printout-sheet-title = Folha de registro do dia (24 horas, com a noite)
printout-sheet-help = Preencha à mão, de dia ou de noite; passe para o { -brand } depois.
printout-sheet-spare = As linhas depois dos horários planejados ficam livres: para mamadas a mais e para complementos dados no copinho, na colher ou na mamadeira.
printout-date-line = Data: ____________________
printout-col-planned = Planejado
printout-col-time = Hora de início
printout-col-side = Lado (E / D / ambos)
printout-col-minutes = Minutos
printout-col-left = Leite esquerdo ({ $unit })
printout-col-right = Leite direito ({ $unit })
printout-col-supplement = Complemento ({ $unit }, como)
printout-col-diapers = Fraldas (molhadas / sujas)
printout-sheet-time-night = { $time } (noite)
printout-reminders = Lembre-se
printout-planned-on = Complemento planejado para { $day } (um guia, não um limite): { $amount }
printout-no-step-down = Nenhuma redução do complemento planejada
printout-footer = Feito com o { -brand }. Seus dados ficam no seu celular. Para uma orientação pessoal, fale com o médico do seu bebê, com uma consultora em amamentação ou com a Líder da La Leche League da sua região.

plan-your-day = Seu dia
plan-night = noite
plan-hours = { $hours } h { $minutes } min
plan-session-length = Cada sessão: { $minutes } min
plan-longest-gap = Maior intervalo entre sessões: { $gap }
plan-settings = Monte seu plano
plan-goal = O que você está fazendo
plan-goal-relactation = Relactação: trazer meu leite de volta
plan-goal-induced = Lactação induzida: produzir leite pela primeira vez
plan-sessions = Sessões a cada 24 horas
plan-minutes = Minutos por sessão
plan-wake = Costumo acordar às
plan-sleep = Costumo dormir às
plan-night-sessions = Sessões enquanto durmo
plan-night-why = As orientações incluem sessões à noite. O leite é produzido quando é retirado com frequência, então uma sessão enquanto você dorme mantém curto o maior intervalo. Uma já é um bom começo.
plan-night-none = Nenhuma
plan-baby-age-where = A data de nascimento do seu bebê, que mantém a idade dele em dia, fica em Ajustes → Sua jornada.
plan-guidance = O mais comum é fazer de 8 a 12 sessões por dia, de 20 a 30 minutos cada, inclusive à noite. Ordenha manual, bomba tira-leite e mamadas, tudo conta.
plan-bad-time = Digite um horário, por exemplo 07:00.
plan-step-down = Planejar uma redução lenta do complemento
plan-step-start-ml = Complemento por dia agora (ml)
plan-step-size-ml = A menos em cada etapa (ml por dia, até 30)
plan-step-start-oz = Complemento por dia agora (oz)
plan-step-size-oz = A menos em cada etapa (oz por dia, até 1)
plan-step-hold = Dias em cada etapa
plan-step-from = Começar a redução em
plan-step-agree = Combine o ritmo de qualquer redução com sua consultora em amamentação ou com o médico do seu bebê. Cada bebê é diferente.
plan-step-history = Últimos dias
plan-step-date = Data
plan-step-target = Planejado
plan-planned-today = Complemento planejado hoje: { $amount } — um guia, não um limite. Se o seu bebê ainda parecer com fome, ofereça mais.
plan-rule-guide = A quantidade planejada é um guia, nunca um limite: se o seu bebê ainda parecer com fome, ofereça mais.
plan-rule-first-days = Nos primeiros dias do seu bebê (antes do dia { $day }) a quantidade não diminui: as fraldas molhadas ainda estão aumentando, e quem orienta a alimentação é o médico do seu bebê.
plan-rule-wet-and-stools = A quantidade só desce uma etapa depois que todos os dias de uma etapa tiveram { $wet } ou mais fraldas molhadas e { $stools } ou mais evacuações, como esperado para a idade do seu bebê.
plan-rule-wet = A quantidade só desce uma etapa depois que todos os dias de uma etapa tiveram { $wet } ou mais fraldas molhadas.
plan-rule-more = Um dia em que o seu bebê tomou mais do que o planejado mantém a quantidade.
plan-rule-weights = Se você registra pesos, cada um deve mostrar o seu bebê ganhando peso como esperado para a idade.
plan-rule-half = Para ficar abaixo da metade da quantidade inicial, e antes de parar, é preciso um peso dos últimos { $days } dias mostrando um bom ganho: só as fraldas não bastam.
plan-rule-short = Um dia abaixo do esperado mantém a quantidade; dois seguidos fazem a quantidade voltar a subir.
plan-rule-step-size = Cada etapa é de no máximo 30 ml (1 oz) por dia.
plan-rule-birth-date = Adicione a data de nascimento do seu bebê em Ajustes, para que a regra acompanhe a idade dele.
plan-hold-first-days = os primeiros dias do seu bebê
plan-hold-needed-more = seu bebê tomou { $amount } ontem
plan-hold-weight = o último peso
plan-hold-short = { $what ->
    [wet] menos de { $wet } fraldas molhadas registradas ontem
    [both] menos de { $wet } fraldas molhadas e menos de { $stools } evacuações registradas ontem
   *[stools] menos de { $stools } evacuações registradas ontem
}
plan-hold-short-and-weight = { $what ->
    [wet] menos de { $wet } fraldas molhadas registradas ontem, e o último peso
    [both] menos de { $wet } fraldas molhadas e menos de { $stools } evacuações registradas ontem, e o último peso
   *[stools] menos de { $stools } evacuações registradas ontem, e o último peso
}
plan-change = { $change ->
    [down] desceu uma etapa
    [held] mantida
   *[up] voltou a subir
}
plan-change-because = { $change ->
    [down] desceu uma etapa
    [held] mantida
   *[up] voltou a subir
}: { $reason }
plan-caution-first-days = Nos primeiros dias do seu bebê as fraldas molhadas ainda estão aumentando, por isso a quantidade planejada não diminui. Agora quem orienta a alimentação é o médico do seu bebê.
plan-caution-needed-more = Ontem seu bebê tomou { $given }, mais do que os { $planned } planejados, por isso a quantidade continua a mesma. Seu bebê precisava: o plano é um guia, nunca um limite. Você pode recomeçar a redução a partir do que o seu bebê tomou.
plan-caution-weight = O último peso mostra uma perda ou um ganho lento, por isso a quantidade continua a mesma. Converse com sua consultora em amamentação ou com o médico do seu bebê.
plan-caution-short = O registro mostra { $what ->
    [wet] menos de { $wet } fraldas molhadas
    [both] menos de { $wet } fraldas molhadas e menos de { $stools } evacuações
   *[stools] menos de { $stools } evacuações
} ontem, por isso a quantidade continua a mesma. Se faltou registrar algo, adicione. Converse com sua consultora em amamentação ou com o médico do seu bebê.
plan-caution-short-and-weight = O registro mostra { $what ->
    [wet] menos de { $wet } fraldas molhadas
    [both] menos de { $wet } fraldas molhadas e menos de { $stools } evacuações
   *[stools] menos de { $stools } evacuações
} ontem, e o último peso mostra uma perda ou um ganho lento, por isso a quantidade continua a mesma. Se faltou registrar algo, adicione. Converse com sua consultora em amamentação ou com o médico do seu bebê.
plan-caution-stepped-back = Dois dias seguidos ficaram abaixo do que as fraldas ou o peso do seu bebê deveriam mostrar, por isso a quantidade voltou a subir. Converse com sua consultora em amamentação.
plan-caution-needs-weight = A próxima etapa deixaria a quantidade abaixo da metade da inicial. Antes disso, leve seu bebê para ser pesado: é preciso um peso dos últimos { $days } dias que mostre um bom ganho, porque só as fraldas não bastam.
plan-restart-from = Recomeçar a redução a partir de { $amount } por dia
plan-restarted = A redução recomeça a partir do que o seu bebê tomou.
plan-start-from-log = { $days ->
    [3] Pelo seu registro, nos últimos 3 dias: cerca de { $amount } por dia.
    [one] Pelo seu registro, no único dos últimos 3 dias com complemento registrado: cerca de { $amount } por dia.
   *[other] Pelo seu registro, nos { $days } dos últimos 3 dias com complemento registrado: cerca de { $amount } por dia.
}
plan-start-from-said = Pelo que você informou ao { -brand } no início: cerca de { $amount } por dia.
plan-start-check = Isso é tudo o que o seu bebê tomou, incluindo o que outras pessoas deram? Se não for, altere.
plan-start-prompt = Quanto complemento o seu bebê toma por dia agora? Digite aqui para começar a redução.
plan-start-not-a-number-ml = Digite a quantidade por dia como um número maior que 0, por exemplo 240.
plan-start-not-a-number-oz = Digite a quantidade por dia como um número maior que 0, por exemplo 8.
plan-start-zero = A quantidade inicial precisa ser maior que 0. Se o seu bebê não precisa mais de complemento, você pode desligar a redução.
plan-start-too-much = Isso é mais de { $amount } por dia. Confira a quantidade.
plan-calendar = Adicionar à minha agenda (.ics)
plan-calendar-help = Assim a agenda do seu celular pode lembrar você de cada sessão, mesmo com o { -brand } fechado. Depois de mudar o plano, adicione o arquivo novo outra vez: ele substitui os lembretes antigos.
plan-calendar-saved = Arquivo de agenda salvo. Abra-o para adicionar os lembretes.
plan-calendar-failed = Não foi possível criar o arquivo de agenda neste aparelho.
plan-ics-summary = Bomba tira-leite, ordenha manual ou mamada
plan-ics-night = Sessão da noite: bomba tira-leite, ordenha manual ou mamada
plan-ics-description = Do seu plano no { -brand }. Para uma orientação pessoal, fale com o médico do seu bebê, com uma consultora em amamentação ou com a Líder da La Leche League da sua região.

journey-title = Sua jornada
journey-path = De onde você está começando?
journey-path-relactating = Trazer meu leite de volta. Meu bebê já está aqui.
journey-path-inducing-here = Produzir leite pela primeira vez. Meu bebê já está aqui.
journey-path-preparing = Produzir leite antes de o meu bebê chegar (por exemplo, adoção ou barriga solidária).
journey-path-saved = Salvo. Seu plano agora parte deste caminho; você pode mudar isso na tela Plano.
journey-birth-date = Data de nascimento do bebê (se quiser)
journey-old-age-weeks = Seu plano dizia que o seu bebê tinha { $weeks } { $weeks ->
    [one] semana
   *[other] semanas
}. Adicione a data de nascimento acima para que o { -brand } mantenha a idade em dia.
journey-due-date = Quando o seu bebê deve chegar
journey-supplement-now = Complemento por dia agora, em { $unit } (se quiser)
journey-supplement-hint = Quando o seu registro tiver complementos dos últimos três dias, o { -brand } passa a usar esses dados.
journey-birth-weight = Peso ao nascer em gramas (se você souber)
journey-birth-weight-hint = Com o peso ao nascer, Hoje pode dizer se a perda de peso do seu recém-nascido precisa ser avaliada e se o seu bebê o recupera a tempo.
journey-birth-saved = Data de nascimento salva. Hoje agora lê os sinais do seu bebê pela idade dele.
journey-birth-future = Essa data é depois de hoje. Escolha o dia em que o seu bebê nasceu. Nada foi alterado.
journey-birth-year = Confira o ano da data de nascimento. Nada foi alterado.
journey-birth-weight-problem = Confira o peso ao nascer: é em gramas, por exemplo 3400. Nada foi alterado.
journey-opening = Começar com uma fase inicial suave (48 horas de sessões curtas)
journey-opening-hint = Uma sessão curta mais ou menos a cada 2 horas de dia e a cada 3 horas à noite, de cerca de 15 minutos cada; depois o seu plano assume. Combine o início com sua consultora em amamentação.
journey-baby-here = O bebê chegou
journey-born-question = Quando o seu bebê nasceu?
journey-born-hint = Hoje, ou qualquer dia antes: um bebê mais velho ou adotado é acompanhado pela idade, para que o que Hoje espera combine com ele.
journey-born-missing = Escolha o dia em que o seu bebê nasceu.
journey-baby-here-save = Salvar: o bebê chegou
journey-baby-here-cancel = Ainda não
journey-baby-here-saved = Boas-vindas, bebê. Fraldas e complementos agora aparecem em Hoje. Seu registro foi mantido.
journey-baby-here-undone = De volta à preparação. Nada mais mudou.
journey-preparing-title = Preparando a chegada do seu bebê
journey-preparing-note = Até o seu bebê chegar, Hoje mostra só a extração. Fraldas e complementos aparecem quando você toca em “O bebê chegou”.
journey-no-due-date = Adicione a data prevista em Ajustes para ver uma contagem regressiva.
journey-due-passed = A data prevista já passou. Toque em “O bebê chegou” quando o seu bebê chegar.
journey-countdown = { $days ->
    [0] O seu bebê é esperado para hoje.
    [one] Falta { $days } dia para a data prevista do seu bebê.
   *[other] Faltam { $days } dias para a data prevista do seu bebê.
}
journey-next-first-drops = Próximo passo na sua jornada: as primeiras gotas.
journey-next-let-down = Próximo: um reflexo de ejeção (formigamento, ou leite pingando ou esguichando).
journey-next-breast-changes = Próximo passo na sua jornada: mudanças no seu peito.
journey-next-supplementer-feed = Próximo passo na sua jornada: mamar com translactação.
journey-next-feed-without-supplementer = Próximo passo na sua jornada: mamar sem translactação.
journey-next-supplements-halved = Próximo passo na sua jornada: complemento pela metade.
journey-next-day-without-supplements-if-goal = Próximo, se essa for a sua meta: um dia inteiro sem complemento.
journey-next-day-without-supplements = Próximo passo na sua jornada: um dia inteiro sem complemento.
journey-next-own = Próximo passo na sua jornada: uma conquista sua.
journey-next-with-baby = As próximas conquistas chegam com o seu bebê.
journey-next-all-reached = Você passou por todas as conquistas da lista. Parabéns.
journey-baby-age-days = { $days ->
    [0] Seu bebê nasceu hoje.
    [one] Seu bebê tem { $days } dia.
   *[other] Seu bebê tem { $days } dias.
}
journey-baby-age-weeks = Seu bebê tem { $weeks } { $weeks ->
    [one] semana
   *[other] semanas
}.
journey-diapers-first-days = Nos primeiros dias as fraldas molhadas vão aumentando: cerca de { $day1 } no dia 1, { $day2 } no dia 2, { $day3 } no dia 3 e { $day4 } no dia 4; depois, { $wet } ou mais fraldas bem molhadas por dia a partir do dia { $day }.
journey-diapers-young = Na idade do seu bebê: { $wet } ou mais fraldas bem molhadas e { $stools } ou mais evacuações em 24 horas.
journey-diapers-older = Na idade do seu bebê: { $wet } ou mais fraldas bem molhadas em 24 horas. As evacuações podem ficar menos frequentes.
journey-diapers-unknown = Observe se há { $wet } ou mais fraldas bem molhadas em 24 horas a partir do dia { $day } de vida. Adicione a data de nascimento do seu bebê em Ajustes para orientações que combinem com a idade dele.
journey-opening-title = Suas primeiras 48 horas: a fase inicial
journey-opening-until = Fase inicial até { $ends }: uma sessão curta de cerca de 15 minutos, mais ou menos a cada 2 horas de dia e a cada 3 horas à noite.
journey-plan-after = Seu plano diário de sessões começa quando a fase inicial terminar, em { $ends }.
journey-guide-title = De onde você parte
journey-guide-relactating = Trazer seu leite de volta
journey-guide-relactating-possible = Seu bebê já está aqui, e o seu leite parou ou diminuiu. Muitas vezes é possível trazê-lo de volta. Uma revisão da Organização Mundial da Saúde (1998) viu que a maioria das famílias que queriam fazer relactação conseguiu, e que um bebê disposto a sugar é o que mais ajuda. O leite pode voltar em poucos dias; para algumas pessoas leva algumas semanas.
journey-guide-relactating-full-or-part = Algumas pessoas chegam a uma produção completa e outras a uma parte dela. As duas coisas são um progresso real.
journey-guide-relactating-often = Amamente ou tire leite com frequência: 8 vezes ou mais em 24 horas, uma delas à noite.
journey-guide-relactating-keep-supplement = Continue dando o complemento de que o seu bebê precisa. Diminua só devagar, com sua consultora em amamentação.
journey-guide-relactating-ask = Peça à sua consultora em amamentação um plano que sirva para você e para o seu bebê.
journey-guide-inducing = Produzir leite pela primeira vez, com o seu bebê já aqui
journey-guide-inducing-possible = Produzir leite sem uma gravidez recente é possível (revisão da Organização Mundial da Saúde, 1998). Com menos frequência chega a tudo de que um bebê precisa, e cada quantidade que você produz conta.
journey-guide-inducing-supplementer = Amamentar com translactação (uma sonda junto ao peito) deixa o seu bebê receber o que precisa enquanto ajuda a aumentar a sua produção.
journey-guide-inducing-sessions = O { -brand } começa com 10 sessões por dia; você pode mudar isso na tela Plano.
journey-guide-inducing-diapers = Observe as fraldas: elas mostram se o seu bebê está recebendo o suficiente.
journey-guide-inducing-ask = Pergunte à sua consultora em amamentação como combinar mamadas, bomba tira-leite e complementos.
journey-guide-preparing = Preparar-se antes de o bebê chegar
journey-guide-preparing-before = Se você vai adotar, ou se uma gestante solidária ou sua parceira ou parceiro está gerando o seu bebê, você pode começar a produzir leite antes de o bebê chegar. Nos protocolos de Newman e Goldfarb (2002), a extração começa cerca de 6 semanas antes da data prevista, junto com uma parte com receita que só um médico decide com você (o { -brand } não a planeja). Sem essa parte, pergunte à sua consultora em amamentação quando começar.
journey-guide-preparing-gently = As orientações deles para a bomba começam com suavidade: nas primeiras 48 horas, uma sessão curta mais ou menos a cada 2 horas de dia e a cada 3 horas à noite; depois, de 8 a 12 por dia, mais ou menos a cada 3 horas. Uma sessão curta dura cerca de 15 minutos: use a bomba de 5 a 7 minutos, acaricie e massageie o peito com delicadeza, e use a bomba mais 5 a 7 minutos.
journey-guide-preparing-countdown = Hoje faz a contagem regressiva até a data prevista e mostra só a extração.
journey-guide-preparing-arrives = Quando o seu bebê chegar, toque em “O bebê chegou” no { -brand }. Seu registro é mantido.
journey-guide-preparing-ask = Pergunte à sua consultora em amamentação quando começar e com que frequência usar a bomba.
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
