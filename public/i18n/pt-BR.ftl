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
nav-screen-unavailable = Esta parte do { -brand } ainda não chegou a este celular, por isso não pode abrir. Confira a conexão e tente de novo. Nada do que você salvou mudou.
nav-try-again = Tentar de novo

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
update-available = Atualização disponível
update-reload = Recarregar
update-offline-ready = Pronto para funcionar sem internet. O { -brand } agora abre mesmo sem sinal.
update-offline = Sem conexão
update-offline-hint = Sem rede. Tudo no { -brand } continua funcionando.

problem-storage-blocked = Este navegador não deixa o { -brand } salvar nada (modo privado ou uma configuração bloqueada). Você ainda pode usar o app, mas as mudanças serão perdidas ao fechá-lo.
problem-settings-unreadable = Não foi possível ler seus ajustes salvos, então o { -brand } está usando os ajustes padrão por enquanto. Os ajustes antigos foram guardados à parte, não apagados.
problem-save-failed = Não foi possível salvar isso neste aparelho. Nada do que você salvou antes mudou.
problem-entries-unreadable = Alguns registros salvos não puderam ser lidos e por isso não aparecem. Eles continuam neste aparelho sem mudança.
problem-not-found = Não há nenhuma página aqui.
problem-go-home = Ir para Hoje
problem-dismiss = Fechar
problem-undo = Desfazer
problem-undone = Desfeito. Não está mais no seu registro.

reminder-start = Começar agora
reminder-later = Agora não
reminder-allow = Permitir notificações de lembrete
reminder-allow-help = Enquanto o { -brand } está aberto, ele mostra uma mensagem (e uma notificação, se você permitir) em cada horário planejado. Para lembretes com o { -brand } fechado, adicione o plano à sua agenda.
reminder-allowed = As notificações de lembrete estão ativadas.
reminder-blocked = As notificações do { -brand } estão bloqueadas nas configurações deste navegador. O lembrete dentro do app continua funcionando.
reminder-unsupported = Este navegador não consegue mostrar notificações. O lembrete dentro do app continua funcionando.
reminder-due = Hora da sua sessão das { $time }.

feeding-milk-own = Meu leite ordenhado
feeding-milk-donor = Leite doado
feeding-milk-formula = Fórmula
feeding-method-cup = Copinho
feeding-method-supplementer = Translactação (sonda junto ao peito)
feeding-method-spoon = Colher
feeding-method-syringe = Seringa
feeding-method-finger = Dedo com sonda
feeding-method-bottle = Mamadeira
feeding-why-cup = Muitas vezes se sugere o copinho ou a translactação: na translactação, o bebê suga no seu peito, o que ajuda a produção de leite. A mamadeira também serve, se é o que funciona para você.

timer-intro = Toque para começar. O cronômetro marca o tempo certo mesmo se o celular bloquear.
timer-start-pump = Bomba
timer-start-hand = Ordenha manual
timer-start-nurse = Dar o peito
timer-start-comfort = Peito para acalmar
timer-running-pump = Extração com bomba
timer-running-hand = Ordenha manual
timer-running-nurse = Mamada
timer-running-comfort = Mamada de conforto
timer-start-supplementer = Peito com translactação
timer-running-supplementer = Mamada com translactação
timer-weighed = Pesado antes e depois
timer-weigh-note = Dupla pesagem: pese o bebê logo antes e logo depois da mamada, com a mesma roupa. Cada grama ganho equivale a mais ou menos 1 ml de leite. Isso só funciona com uma balança de bebê com precisão de 2 g ou melhor, e só vale a pena se a sua consultora em amamentação concordar.
timer-weight-before = Peso do bebê antes (g)
timer-weight-after = Peso do bebê depois (g)
timer-weigh-both = Digite os dois pesos em gramas, ou desmarque "Pesado antes e depois".
timer-side = Lado
timer-left = Esquerdo
timer-right = Direito
timer-both = Os dois
timer-switch = Trocar de lado
timer-pause = Pausar
timer-resume = Continuar
timer-stop = Parar
timer-paused = Em pausa
timer-elapsed = Tempo até agora
timer-goal-reached = Meta alcançada. Muito bem! Você pode continuar até 30 minutos.
timer-goal-reached-short = Meta alcançada
timer-goal-reached-done = Meta alcançada. Muito bem!
timer-baby-led = Sem limite de tempo. Siga o ritmo do seu bebê.
timer-clock-back = O relógio do celular voltou, então o cronômetro segura o tempo até o relógio alcançá-lo. Nada foi perdido.
timer-save-title = Salvar esta sessão
timer-milk-left = Leite do lado esquerdo
timer-milk-right = Leite do lado direito
timer-less = Menos
timer-more = Mais
timer-notes = Observações (opcional)
timer-save = Salvar
timer-discard = Descartar
timer-discard-ask = Descartar esta sessão? O tempo dela não será salvo.
timer-discard-yes = Sim, descartar
timer-discard-no = Não, manter
timer-saved = Sessão salva.
timer-discarded = Sessão descartada.
timer-supplement-after = O bebê recebeu complemento durante esta mamada ou logo depois
timer-supplement-amount = Quantidade
timer-supplement-milk = Leite
timer-supplement-method = Como foi dado
timer-overlong = Este cronômetro está ligado há mais de 12 horas. Provavelmente ficou ligado sem querer. Quando a sessão terminou de verdade?
timer-overlong-end = A sessão terminou às
timer-long = O cronômetro está ligado há { $elapsed }, mais do que a maioria das sessões. Se ficou ligado sem querer, quando a sessão terminou de verdade?
timer-ended-now = Terminou agora
timer-continue = Continuar
timer-already-running = Já há uma sessão em andamento. Só pode haver uma de cada vez.
timer-stop-and-save = Parar e salvar
timer-keep-running = Deixar continuar
timer-bad-number = Digite um número, por exemplo 30.
timer-unreadable = Foi encontrado um cronômetro em andamento, mas ele não pôde ser lido. Ele foi guardado à parte; você pode começar uma nova sessão.
timer-title = { $elapsed } { $activity } · { -brand }
timer-side-times = Tempo por lado: esquerdo { $left }, os dois { $both }, direito { $right }.
timer-goal-minutes = Meta: { $minutes } min

today-first-day-aim = Procure fazer 8 sessões ou mais em 24 horas, uma delas à noite.
today-first-day-start = Toque em "Começar…" na hora certa; o { -brand } marca o tempo mesmo se o celular bloquear.
today-first-day-diapers = Registre abaixo as fraldas molhadas e sujas, para ver se o bebê está recebendo o suficiente.
today-next = Próxima sessão
today-due-now = Está na hora de uma sessão
today-all-done = Essas são todas as sessões planejadas para hoje. Muito bem!
today-nothing-left = Não há mais sessões planejadas para hoje. O plano de amanhã começa quando você acordar.
today-status-before-start = Antes de você começar
today-no-break-yet = Nenhum intervalo ainda
today-setup-title = Organize o seu dia
today-setup-intro = Procure fazer 8 sessões ou mais em 24 horas, uma delas à noite. Diga ao { -brand } quando o seu dia começa e termina, e ele distribui as sessões para você.
today-setup-wake = Costumo acordar às
today-setup-sleep = Costumo dormir às
today-setup-sessions = Sessões por dia
today-setup-night = Sessões à noite
today-setup-save = Salvar meu dia
today-setup-skip = Agora não
today-setup-later = Você pode mudar isso quando quiser na tela Plano.
today-setup-saved = Seu dia está organizado.
today-start-pump = Começar a extrair
today-running = Há uma sessão em andamento
today-open-timer = Abrir o cronômetro
today-done-24h = Sessões nas últimas 24 horas
today-since-yesterday = { $time } de ontem
today-longest-gap-since = Maior intervalo desde { $one ->
    [yes] a
   *[other] as
} { $time }
today-expressed-since = Leite extraído desde { $one ->
    [yes] a
   *[other] as
} { $time }
today-supplement-since = Complemento desde { $one ->
    [yes] a
   *[other] as
} { $time }
today-at-breast-since = Mamadas e conforto no peito desde { $one ->
    [yes] a
   *[other] as
} { $time }
today-diapers = Fraldas, últimas 24 h
today-wet = { $count ->
    [one] molhada
   *[other] molhadas
}
today-dirty = { $count ->
    [one] suja
   *[other] sujas
}
today-plus-wet = +1 molhada
today-plus-dirty = +1 suja
today-add-wet = Adicionar uma fralda molhada
today-add-dirty = Adicionar uma fralda suja
today-diaper-saved = Fralda salva.
today-add-supplement-short = + Complemento
today-add-supplement = Adicionar um complemento
today-supplement-row = Complemento
today-supplement-title = Complemento dado
today-supplement-when = Quando
today-given-now = Agora
today-given-at = Ou neste horário de hoje
today-supplement-save = Salvar
today-supplement-saved = Complemento salvo.
today-timeline = O plano de hoje
today-status-done = Feita
today-status-due = Agora
today-status-upcoming = A seguir
today-status-missed = Não feita
today-none-yet = Nenhuma ainda
today-loading = Carregando o dia de hoje…
today-some-done = Não há mais sessões planejadas para hoje. Cada sessão que você fez ajuda a sua produção de leite.
today-start-hand = Começar a ordenha manual
today-start-nurse = Começar a mamada
today-start-supplementer = Começar a mamada com translactação
today-minutes-ago = há { $minutes } min
today-hours-ago = há { $hours } h
today-supplement-with-feed = Será salvo com: { $feed } das { $time }.
today-of = { $done } de { $planned }
today-wait-minutes = { $minutes } min
today-wait-hours = { $hours } h { $minutes } min
today-next-at = { $time }, em { $wait }
today-next-tomorrow = Amanhã às { $time }, em { $wait }

log-loading = Carregando seu registro…
log-empty = Nada registrado nestes dias ainda. As sessões que você cronometrar aparecem aqui.
log-earlier = Mostrar dias anteriores
log-filter = Mostrar
log-all = Tudo
log-sessions = Sessões
log-supplements = Complementos
log-diapers = Fraldas
log-weights = Pesos
log-delete = Apagar
log-deleted = Registro apagado.
log-undo = Desfazer
log-restored = Registro recuperado.
log-add = Adicionar um registro à mão
log-edit = Editar
log-form-add = Adicionar um registro
log-form-edit = Editar registro
log-what = O que aconteceu
log-kind = Tipo de sessão
log-started = Começou
log-at = Horário
log-minutes = Minutos
log-left-ml = Leite do lado esquerdo
log-right-ml = Leite do lado direito
log-amount = Quantidade
log-wet = Molhada
log-dirty = Suja
log-grams = Peso em gramas
log-dark-urine = Urina escura ou cristais cor de laranja-rosado (se você notar)
log-save = Salvar registro
log-cancel = Cancelar
log-saved = Registro salvo.
log-bad-time = Escolha uma data e um horário.
log-bad-number = Digite números inteiros, por exemplo 30.
log-notes = Observações:
log-notes-more = Ler tudo
log-notes-cut = { $start }…
log-session-line = { $kind } · { $minutes }
log-session-line-milk = { $kind } · { $minutes } · { $total } (E { $left }, D { $right })
log-supplement-line = Complemento · { $amount } · { $milk } · { $method }
log-diaper-wet-dirty-dark = Fralda · molhada e suja · urina escura ou cristais
log-diaper-wet-dark = Fralda · molhada · urina escura ou cristais
log-diaper-wet-dirty = Fralda · molhada e suja
log-diaper-wet = Fralda · molhada
log-diaper-dirty = Fralda · suja
log-weight-line = Peso · { $kg } kg
log-medicine-line = Na sua lista · { $name }
log-milestone-line = Marco · { $name }
log-totals-sessions = { $count ->
    [one] { $count } sessão
   *[other] { $count } sessões
}
log-totals-comfort = { $count } de conforto
log-totals-expressed = { $amount } extraídos
log-totals-supplement = { $amount } de complemento
log-totals-diapers = molhadas: { $wet }, sujas: { $dirty }
log-edit-label = Editar { $what } às { $time }, { $day }
log-delete-label = Apagar { $what } às { $time }, { $day }
log-delete-day-label = Apagar { $what }, { $day }
log-with-feed = com a sessão das { $time } ({ $feed })
log-supplements-with = Complemento com esta mamada: { $amounts }

backup-title = Seus dados
backup-export = Salvar um arquivo de backup (.json)
backup-export-help = Guarde uma cópia em um lugar seguro, ou passe seu registro para um celular novo. O arquivo é salvo neste aparelho; nada é enviado.
backup-exported = Backup salvo.
backup-csv = Exportar para planilha (.csv)
backup-csv-saved = Arquivo de planilha salvo.
backup-import = Restaurar ou juntar um arquivo de backup
backup-import-help = Os registros são comparados um a um: vence a mudança mais recente, e nada do que você tem é apagado, a não ser que tenha sido apagado depois no outro celular também.
backup-reading = Verificando o arquivo…
backup-confirm = Adicionar ao meu registro
backup-cancel = Cancelar
backup-imported = Backup importado.
backup-nothing-to-do = Tudo o que está neste arquivo já está no seu registro.
backup-cannot-read-file = Não foi possível abrir este arquivo. Nada foi alterado.
backup-left-out = Estes registros vão ficar de fora:
backup-entry = Registro
backup-failed = Não foi possível fazer o backup ou a exportação neste aparelho.
backup-clear = Apagar tudo neste aparelho
backup-clear-ask = Apagar todo o seu registro deste celular? Salve um backup antes, se talvez você precise dele de novo. Isso não pode ser desfeito.
backup-clear-keeps = Seu plano e seus ajustes (sessões, horários, redução, unidades, relógio, cores e som) são mantidos, a não ser que você marque a caixa abaixo.
backup-clear-settings-too = Apagar também meu plano e meus ajustes
backup-clear-yes = Sim, apagar tudo
backup-cleared = Seu registro foi apagado deste aparelho. Seu plano e seus ajustes foram mantidos.
backup-cleared-all = Seu registro, seu plano e seus ajustes foram apagados deste aparelho.
backup-clear-shared-ask = Este celular compartilha o registro. Apagar aqui também para o compartilhamento neste celular. Os outros celulares mantêm a cópia deles do registro. Para compartilhar de novo, entre com o código de pareamento.
backup-cleared-shared = O registro foi apagado deste celular e o compartilhamento parou aqui. Os outros celulares ainda têm a cópia deles. Seu plano e seus ajustes foram mantidos.
backup-cleared-shared-all = O registro, o plano e os ajustes foram apagados deste celular e o compartilhamento parou aqui. Os outros celulares ainda têm a cópia deles do registro.
backup-settings-in-file = Este backup também tem um plano e ajustes:
backup-settings-restore = Usar também este plano e estes ajustes aqui (eles substituem os deste celular)
backup-settings-same = O plano e os ajustes dele são iguais aos deste celular.
backup-imported-with-settings = Backup importado, com o plano e os ajustes dele.
backup-storage = Armazenamento neste aparelho
backup-persistent = Guardado com segurança: o navegador não vai apagá-lo para liberar espaço.
backup-not-persistent = O navegador pode apagar os dados do { -brand } se o celular ficar com muito pouco espaço. Instalar o { -brand } na tela inicial e salvar backups ajuda.
backup-added-nothing = Nada novo para adicionar: seu registro já tem tudo.
backup-added-new = Adicionado ao seu registro: { $new ->
    [one] { $new } registro novo
   *[other] { $new } registros novos
}.
backup-added-updated = Seu registro está em dia: { $updated ->
    [one] { $updated } registro foi atualizado
   *[other] { $updated } registros foram atualizados
}.
backup-added-both = Adicionado ao seu registro: { $new ->
    [one] { $new } registro novo
   *[other] { $new } registros novos
}, e { $updated ->
    [one] { $updated } registro foi atualizado
   *[other] { $updated } registros foram atualizados
}.
backup-settings-line = { $plan } Volumes em { $unit }.
backup-settings-line-step = { $plan } Volumes em { $unit }. Redução do complemento a partir de { $amount }.
backup-unit-ml = mililitros
backup-unit-oz = onças
backup-summary = Novos: { $new }; atualizados: { $updated }; sem mudança: { $unchanged }; de fora: { $rejected }.
backup-used = Usando { $megabytes } MB.
backup-refused-empty = Este arquivo está vazio. Nada foi alterado.
backup-refused-too-large = Este arquivo é muito maior que qualquer backup do { -brand }, por isso não foi aberto. Nada foi alterado.
backup-refused-not-json = Este arquivo não é um backup do { -brand }, ou foi cortado no meio (por exemplo, um download que não terminou). Nada foi alterado.
backup-refused-not-relact = Este arquivo não é um backup do { -brand }. Nada foi alterado.
backup-refused-spreadsheet = Esta é a exportação do { -brand } para planilha (.csv), feita para ler em uma planilha; ela não pode ser importada. Para passar seu registro para outro celular ou guardá-lo com segurança, use "{ backup-export }" e importe esse arquivo. Nada foi alterado.
backup-refused-newer = Este backup foi feito por uma versão mais nova do { -brand } (formato { $version }). Atualize o { -brand } primeiro. Nada foi alterado.
backup-refused-bad-entries = A lista de registros deste backup está danificada. Nada foi alterado.
backup-refused-broken-character = Este arquivo tem um caractere quebrado (metade de um caractere especial, como um emoji, ou bytes que não são texto), por isso não pode ser lido. Ele pode ter sido danificado ou alterado por outro programa. Nada foi alterado.
backup-refused-nothing-usable = Nenhum registro deste arquivo pôde ser usado. Nada foi alterado.
backup-refused-entry = Registro { $number }: { $reason }.
backup-refused-more = E mais { $count }.
backup-rejected-unreadable = os dados estão danificados ou têm valores do tipo errado
backup-rejected-bad-id = o identificador está faltando ou danificado
backup-rejected-bad-stamps = as datas são impossíveis

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
medicines-summary-line = { $name } · { $advised } · { $dates } · { $taken }

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
journey-path-preparing = Produzir leite antes de o meu bebê chegar (por exemplo, adoção, barriga solidária, ou quando minha parceria está gestando nosso bebê).
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
progress-ahead-between = { " · " }
progress-dated = { $day } · { $what }
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

## Why a save failed, and why an entry was refused (problem-store-*, invalid-*).
problem-store-unavailable = Este navegador não deixa o Relact manter um registro (modo privado ou uma configuração bloqueada). Nada pode ser salvo aqui até isso mudar.
problem-store-quota = Seu celular está sem espaço para o Relact, então isto não foi salvo. Nada do que foi salvo antes mudou. Liberar um pouco de espaço no celular vai ajudar.
problem-store-version = O Relact foi atualizado em outra aba. Recarregue esta página para continuar; nada se perdeu.
problem-store-other = Não foi possível salvar neste aparelho. Nada do que você salvou antes mudou.
invalid-end-not-after-start = O horário de fim deve ser depois do horário de início.
invalid-session-too-long = Uma sessão pode durar no máximo 12 horas. Confira os horários, por favor.
invalid-segment-outside = Uma parte desta sessão fica fora do seu início e fim.
invalid-volume-range = O leite de cada lado deve ficar entre 0 e 1000 ml.
invalid-amount-range = Um complemento deve ficar entre 0 e 500 ml.
invalid-weight-range = O peso deve ficar entre 500 g e 30 kg.
invalid-diaper-empty = Escolha molhada, suja ou as duas.
invalid-notes-too-long = As observações podem ter no máximo 2000 caracteres.
invalid-in-future = Esse horário está no futuro. Confira o relógio, por favor.
invalid-notes-control = As observações têm um caractere de controle invisível (como um byte NUL) que nenhum teclado digita, por isso parecem danificadas. Só letras, números, sinais, tabulações e quebras de linha podem ser mantidos.
invalid-medicine-name-empty = Escreva o nome, como está na caixa ou na receita.
invalid-medicine-name-too-long = O nome pode ter no máximo 200 caracteres. Encurte, por favor.
invalid-advised-by-empty = Escreva quem indicou (um nome ou uma função), ou marque “Escolha minha”.
invalid-advised-by-too-long = Quem indicou pode ter no máximo 200 caracteres.
invalid-medicine-date-missing = Escolha o dia em que você começou, por favor.
invalid-date-range = Confira as datas: o ano parece errado.
invalid-stop-before-start = A data de parada não pode ser antes da data de início.
invalid-taken-outside = Um dia marcado como tomado fica fora das datas.
invalid-test-weight-smaller = O peso depois da mamada é menor que antes. Confira os dois números: nada foi salvo.
invalid-test-weight-too-much = Os pesos diferem mais do que uma mamada pode dar (500 g). Confira os dois números.
invalid-milestone-unknown = Este marco é de um tipo que esta versão do Relact não conhece. Atualizar o Relact vai permitir guardá-lo.
invalid-milestone-words-empty = Escreva algumas palavras para o seu próprio marco.
invalid-milestone-words-too-long = Seu marco pode ter no máximo 200 caracteres. Encurte, por favor.
invalid-milestone-day-mismatch = O dia do marco e o horário não combinam.
