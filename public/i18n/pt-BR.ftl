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
today-longest-gap = Maior intervalo hoje
today-expressed = Leite extraído hoje
today-supplement = Complemento hoje
today-at-breast = Mamadas e conforto no peito
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
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
