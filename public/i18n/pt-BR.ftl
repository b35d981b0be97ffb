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
# (the messages of this part go above this line)

## Progress (progress-*).
progress-range = Mostrar
progress-days-7 = 7 dias
progress-days-30 = 30 dias
progress-all = Tudo
progress-loading = Carregando seu progresso…
progress-empty = Seus gráficos vão crescer aqui conforme você registra sessões. Cada sessão conta, mesmo as que ainda não dão leite.
progress-sessions = Sessões por dia
progress-minutes = Minutos de estímulo por dia
progress-expressed = Leite extraído por dia
progress-supplement = Complemento por dia
progress-diapers = Fraldas molhadas e sujas por dia
progress-weight = Peso
progress-show-table = Ver como tabela
progress-hide-table = Ocultar a tabela
progress-col-day = Dia
progress-col-week = Semana de
progress-target = meta
progress-average = média de 7 dias
progress-left = esquerdo
progress-right = direito
progress-wet = molhadas
progress-dirty = sujas
progress-no-weight = Ainda não há pesos registrados neste período.
progress-print = Imprimir para minha consultora

# $span: "nos últimos 14 dias". A frase não repete "por dia": o título já diz.
progress-span-weeks = { $weeks ->
    [one] na última semana
    [many] nas últimas { $weeks } semanas
   *[other] nas últimas { $weeks } semanas
}
progress-span-days = { $days ->
    [one] no último dia
    [many] nos últimos { $days } dias
   *[other] nos últimos { $days } dias
}
progress-trend-steady = { $what }: estável, em cerca de { $to } { $span }.
progress-trend-up-keep-going = { $what }: aumento de { $from } para { $to } { $span }. Continue assim!
progress-trend-up = { $what }: aumento de { $from } para { $to } { $span }.
progress-trend-down-good-progress = { $what }: redução de { $from } para { $to } { $span }. Bom progresso.
progress-trend-down-watch-signs = { $what }: redução de { $from } para { $to } { $span }. As fraldas molhadas, o cocô ou o peso do seu bebê não mostraram todos os dias o que se espera (ou não foram registrados), então acompanhe tudo de perto com sua consultora em amamentação.
progress-trend-down-normal = { $what }: redução de { $from } para { $to } { $span }. Altos e baixos são normais.
progress-trend-down-watch = { $what }: queda de { $from } para { $to } { $span }. { progress-watch }
progress-watch = É menos do que antes. Se continuar assim, converse com o médico do seu bebê ou com sua consultora em amamentação.
progress-early = { $what }: mais alguns dias de registro vão mostrar uma tendência.
progress-weight-range = Peso: de { $first } kg para { $last } kg neste período.
progress-weight-range-less = Peso: de { $first } kg para { $last } kg neste período. Seu bebê está pesando menos do que antes. Ligue hoje para o médico do seu bebê.
progress-weight-one = Peso: { $weight } kg.
progress-so-far = Hoje até agora, desde a meia-noite: { $values }.
progress-wet-a-day = { $wet } molhadas
progress-kg = { $kg } kg
progress-diapers-so-far = { $wet } molhadas, { $dirty } sujas

progress-journey = Seus marcos
progress-journey-none = Os marcos aparecem aqui conforme você os alcança: a partir do registro, ou marcados por você. Cada jornada tem seu próprio ritmo.
progress-ahead = Ainda pela frente: { $milestones }
progress-tick = Marcar um marco
progress-tick-which = Marco
progress-tick-day = Dia
progress-tick-own = Com suas palavras
progress-tick-add = Adicionar
progress-tick-day-missing = Escolha o dia, por favor.
progress-from-log = (do seu registro)
progress-mark-removed = Marco removido.
progress-mark-undo = Desfazer
progress-mark-restored = O marco voltou para a sua linha do tempo.
progress-mark-remove-label = Remover o marco { $name }, { $day }
progress-milestone-first-drops = Primeiras gotas
progress-milestone-let-down = Primeiro reflexo de ejeção percebido
progress-milestone-breast-changes = Mudanças no seu peito
progress-milestone-supplementer-feed = Primeira mamada no peito com translactação
progress-milestone-feed-without-supplementer = Primeira mamada no peito sem translactação
progress-milestone-supplements-halved = Complementos reduzidos pela metade
progress-milestone-day-without-supplements = Um dia inteiro sem complemento
progress-milestone-own = Seu próprio marco
progress-milestone-unknown = Um marco de uma versão mais nova do { -brand }
progress-celebrate-first-drops = Marco: suas primeiras gotas. Cada gota conta.
progress-celebrate-let-down = Marco: um reflexo de ejeção percebido (formigamento, ou leite pingando ou esguichando). Seu corpo está respondendo.
progress-celebrate-breast-changes = Marco: mudanças no seu peito. Seu corpo está respondendo.
progress-celebrate-supplementer-feed = Marco: uma mamada no peito com translactação.
progress-celebrate-feed-without-supplementer = Marco: uma mamada no peito sem translactação.
progress-celebrate-supplements-halved = Marco: complementos reduzidos pela metade. Continue acompanhando as fraldas e o peso com sua consultora em amamentação.
progress-celebrate-day-without-supplements = Marco: um dia inteiro sem complemento. Continue acompanhando as fraldas e o peso.
progress-celebrate-own = Marco registrado. Muito bem!
progress-celebrate-unknown = Marco registrado.

progress-share-title = Do peito
progress-share-col-breast = Do peito
progress-share-col-weighed = Dupla pesagem
progress-share-col-supplement = Complemento ({ $unit })
progress-baseline-said = Comparado com { $amount } de complemento por dia no início, a quantidade informada em Ajustes → Sua jornada.
progress-baseline-week-one-day = Comparado com { $amount } de complemento por dia no início: o único dia com complementos registrados na primeira semana ({ $from } a { $to }).
progress-baseline-week = Comparado com { $amount } de complemento por dia no início: a média dos { $days } dias com complementos registrados na primeira semana ({ $from } a { $to }).
progress-baseline-so-far-one-day = Comparado com { $amount } de complemento por dia no início: o único dia com complementos registrados até agora ({ $from }). O valor se fixa quando a primeira semana terminar.
progress-baseline-so-far = Comparado com { $amount } de complemento por dia no início: a média dos { $days } dias com complementos registrados até agora ({ $from } a { $to }). O valor se fixa quando a primeira semana terminar.
progress-share-meaning = A parte do leite que agora pode vir do peito, se o seu bebê tomar tanto quanto no início. A dupla pesagem (antes e depois da mamada) dá o leite medido no peito. Uma ideia aproximada; as fraldas molhadas e o peso dizem mais.
progress-share-not-lower = ainda não diminuiu
progress-share-about = cerca de { $percent }%
progress-share-weighed-cell = { $amount } em { $feeds ->
    [one] { $feeds } mamada
    [many] { $feeds } mamadas
   *[other] { $feeds } mamadas
}
progress-share-weighed-cell-percent = { $amount } em { $feeds ->
    [one] { $feeds } mamada
    [many] { $feeds } mamadas
   *[other] { $feeds } mamadas
}, pelo menos { $percent }%
progress-share-chart = Do peito, cerca de (%)
progress-share-layer = % aproximado do peito
progress-share-chart-one = Cerca de { $last }% do leite pode vir do peito.
progress-share-chart-from-to = De cerca de { $first }% para cerca de { $last }% do leite vindo do peito.
progress-share-note = Uma ideia aproximada, a partir do último dia completo. As fraldas molhadas e o peso dizem mais; converse sobre isso com sua consultora em amamentação.
progress-share-not-lower-yet = Complementos: { $supplement }, contra { $baseline } por dia no início: ainda não diminuiu.
progress-share-against-start = Complementos: { $supplement }, contra { $baseline } por dia no início: cerca de { $percent }% do leite agora pode vir do peito, se o seu bebê tomar tanto quanto naquela época.
progress-share-weighed-only = Dupla pesagem: { $amount } no peito em { $feeds ->
    [one] { $feeds } mamada pesada
    [many] { $feeds } mamadas pesadas
   *[other] { $feeds } mamadas pesadas
}, e nenhum complemento registrado.
progress-share-weighed = Dupla pesagem: { $amount } no peito em { $feeds ->
    [one] { $feeds } mamada pesada
    [many] { $feeds } mamadas pesadas
   *[other] { $feeds } mamadas pesadas
}, então pelo menos { $percent }% do leite medido veio do peito.
progress-share-not-enough = Ainda não há registros suficientes para saber.

progress-summary-days = Dias no resumo impresso
progress-summary-notes = Notas para sua consultora (opcional, impresso, não salvo)
progress-summary-title = Resumo para minha consultora em amamentação
progress-summary-plan = Plano em vigor
progress-summary-table = Dia a dia (por dia, de meia-noite a meia-noite)
progress-summary-notes-title = Minhas notas
progress-summary-log-notes = Notas do registro
progress-planned-key = previsto naquele dia (um guia, não um limite)
progress-summary-range = De { $from } a { $to }
progress-summary-plan-line = { $sessions ->
    [one] { $sessions } sessão
    [many] { $sessions } sessões
   *[other] { $sessions } sessões
} por dia de { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
}, { $night } delas à noite.
progress-summary-path = Caminho: { $path }
progress-summary-born-today = Nascimento hoje, { $date }.
progress-summary-age-days = Idade do bebê em { $date }: { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
}.
progress-summary-age-weeks = Idade do bebê em { $date }: { $weeks ->
    [one] { $weeks } semana
    [many] { $weeks } semanas
   *[other] { $weeks } semanas
}.
progress-summary-due-today = Data prevista do parto: hoje, { $date }.
progress-summary-was-due = Data prevista do parto: { $date }.
progress-summary-due-in = Data prevista do parto: { $date }, daqui a { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
}.
progress-summary-plan-age = Idade do bebê, conforme o plano: { $weeks ->
    [one] { $weeks } semana
    [many] { $weeks } semanas
   *[other] { $weeks } semanas
}.
progress-col-date = Data
progress-col-sessions = Sessões
progress-col-minutes = Minutos
progress-col-expressed = Extraído ({ $unit })
progress-col-cup = Compl. copinho ({ $unit })
progress-col-at-breast = Compl. translactação ({ $unit })
progress-col-other = Compl. outro ({ $unit })
progress-col-wet = Molhadas
progress-col-dirty = Sujas
progress-col-night = Noite
progress-col-break = Maior intervalo
progress-col-weight = Peso (kg)
progress-break-cell = { $hours } h { $minutes }
progress-total-of-days = { $days ->
    [one] Total, { $days } dia completo
    [many] Total, { $days } dias completos
   *[other] Total, { $days } dias completos
}
progress-average-row = Média por dia
progress-today-so-far = { $day }, até agora
progress-today-apart = Hoje ({ $day }) ainda não terminou: a linha dele diz "até agora" e fica fora dos totais, das médias e dos gráficos.
progress-range-facts = Sessões noturnas nestes dias: { $night }. Maior intervalo: { $longest }.
progress-with-feed = Complemento dado junto com uma mamada (durante, com translactação, ou logo depois): { $with } de { $total }.
progress-note-when = { $day } { $time }
progress-note-heading = { $when } · { $who }:
progress-note-supplement = Complemento
progress-step-title = Redução gradual do complemento
progress-step-began-log-3 = Começou em { $day } com { $amount } por dia: a média dos 3 dias anteriores no registro.
progress-step-began-log-1 = Começou em { $day } com { $amount } por dia: o único dia registrado nos 3 dias anteriores.
progress-step-began-log = Começou em { $day } com { $amount } por dia: a média dos { $days } dias registrados nos 3 dias anteriores.
progress-step-began-said = Começou em { $day } com { $amount } por dia: a quantidade informada no início em Ajustes → Sua jornada.
progress-step-began-plan = Começou em { $day } com { $amount } por dia, uma quantidade definida no Plano.
progress-step-today = Previsto para hoje, { $day }: { $amount } (um guia, não um limite).
progress-step-changes = Reduções, pausas e voltas atrás nestes dias
progress-step-no-changes = Nenhuma redução, pausa ou volta atrás nestes dias.
progress-step-change = { $day }: { $amount }, { $what }
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
