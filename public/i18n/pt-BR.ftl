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
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
