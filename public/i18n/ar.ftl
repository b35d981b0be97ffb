### Relact بالعربية (الفصحى المبسطة). يُكتب من اليمين إلى اليسار.
### المصطلحات ومصادرها: TERMS.md. طريقة التصحيح: README.md, "Translating Relact".
### Line breaks inside a message read as a space. { $name } is filled in by the app: keep it.
### Relact writes Arabic with Western digits (0-9) and a decimal point, as Intl does for "ar".
### Address the parent without gendered verbs where possible (verbal nouns, "I", the passive).
### Never name a medicine, a herb or a dose.

-brand = Relact

shell-lead = مؤقّت الجلسات، وخطة النهار والليل، وتقدّمك، في مكان واحد. كل شيء يبقى على هذا الهاتف ويعمل دون إشارة، حتى في الثالثة فجرًا.
shell-opening = جارٍ الفتح…

nav-today = اليوم
nav-timer = المؤقّت
nav-log = السجلّ
nav-plan = الخطة
nav-progress = التقدّم
nav-guide = الدليل
nav-settings = الإعدادات
nav-main-menu = القائمة الرئيسية
nav-more-menu = المزيد
nav-skip-to-content = الانتقال إلى المحتوى

settings-theme = الألوان
settings-theme-auto = تلقائي: ألوان ليلية أثناء نومي (حسب خطتي) أو عندما يكون هاتفي في الوضع الداكن
settings-theme-light = فاتح
settings-theme-night = ليلي (خافت)
settings-volume = وحدة الحجم
settings-volume-ml = الملّيلتر (مل)
settings-volume-oz = الأونصة السائلة (أونصة)
settings-clock = الساعة
settings-clock-24 = نظام 24 ساعة (14:30)
settings-clock-12 = نظام 12 ساعة (2:30 م)
settings-week-start = يبدأ الأسبوع يوم
settings-monday = الاثنين
settings-sunday = الأحد
settings-saturday = السبت
settings-chime = تشغيل نغمة هادئة عندما يبلغ استخراج الحليب (بمضخة الثدي أو باليد) هدفه
settings-saved = حُفظت الإعدادات على هذا الجهاز.
settings-privacy = كل ما يُدخَل هنا يبقى على هذا الجهاز. لا يحتاج { -brand } إلى حساب، ولا يرسل أي شيء إلى أي مكان.

settings-language = اللغة
settings-language-reopens = يُعاد فتح { -brand } باللغة المختارة. يستمر المؤقّت إن كان يعمل.
settings-language-brazil = البرتغالية في { -brand } هي برتغالية البرازيل.
settings-language-opening = جارٍ فتح { $language }…
settings-language-offline = { $language } غير موجودة على هذا الهاتف بعد، ولا يوجد اتصال لتنزيلها. يبقى { -brand } بالعربية؛ يمكن المحاولة مجددًا عند توفّر الاتصال.
settings-language-failed = تعذّر فتح { $language }. يبقى { -brand } بالعربية؛ يمكن المحاولة مجددًا لاحقًا.

unit-ml = مل
unit-oz = أونصة
format-minutes = { $minutes } د
format-clock-12 = { $time } { $period ->
    [am] ص
   *[pm] م
}
format-day-heading = { $weekday }، { $day } { $month }
format-short-date = { $weekday }، { $day } { $month }
format-short-day-month = { $day } { $month }
format-day-month = { $day } { $month }
format-full-date = { $day } { $month } { $year }
format-week-label = { $day } { $month }

weekday-monday = الاثنين
weekday-tuesday = الثلاثاء
weekday-wednesday = الأربعاء
weekday-thursday = الخميس
weekday-friday = الجمعة
weekday-saturday = السبت
weekday-sunday = الأحد
weekday-monday-short = الاثنين
weekday-tuesday-short = الثلاثاء
weekday-wednesday-short = الأربعاء
weekday-thursday-short = الخميس
weekday-friday-short = الجمعة
weekday-saturday-short = السبت
weekday-sunday-short = الأحد

month-january = يناير
month-february = فبراير
month-march = مارس
month-april = أبريل
month-may = مايو
month-june = يونيو
month-july = يوليو
month-august = أغسطس
month-september = سبتمبر
month-october = أكتوبر
month-november = نوفمبر
month-december = ديسمبر
month-january-short = يناير
month-february-short = فبراير
month-march-short = مارس
month-april-short = أبريل
month-may-short = مايو
month-june-short = يونيو
month-july-short = يوليو
month-august-short = أغسطس
month-september-short = سبتمبر
month-october-short = أكتوبر
month-november-short = نوفمبر
month-december-short = ديسمبر

## Today, the Timer, feeding, the Log, reminders, updates, problems and backups
## (today-*, timer-*, feeding-*, log-*, reminder-*, update-*, problem-*, backup-*).
# (the messages of this part go above this line)

## The Plan, Your journey, medicines and printouts (plan-*, journey-*, medicines-*, printout-*).
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
progress-range = عرض
progress-days-7 = 7 أيام
progress-days-30 = 30 يومًا
progress-all = الكل
progress-loading = جارٍ تحميل التقدّم…
progress-empty = ستنمو الرسوم البيانية هنا مع تسجيل الجلسات. كل جلسة مهمة، حتى الجلسات التي لم يخرج فيها حليب بعد.
progress-sessions = الجلسات يوميًا
progress-minutes = دقائق التحفيز يوميًا
progress-expressed = الحليب المستخرَج يوميًا
progress-supplement = الحليب الإضافي يوميًا
progress-diapers = الحفاضات المبللة وحفاضات البراز يوميًا
progress-weight = الوزن
progress-show-table = العرض كجدول
progress-hide-table = إخفاء الجدول
progress-col-day = اليوم
progress-col-week = الأسبوع من
progress-target = الهدف
progress-average = متوسط 7 أيام
progress-left = الأيسر
progress-right = الأيمن
progress-wet = مبللة
progress-dirty = براز
progress-no-weight = لا أوزان مسجّلة في هذه الفترة بعد.
progress-print = طباعة ملخص لمستشارة الرضاعة

progress-span-weeks = { $weeks ->
    [zero] خلال هذا الأسبوع
    [one] خلال الأسبوع الأخير
    [two] خلال الأسبوعين الأخيرين
    [few] خلال آخر { $weeks } أسابيع
    [many] خلال آخر { $weeks } أسبوعًا
   *[other] خلال آخر { $weeks } أسبوع
}
progress-span-days = { $days ->
    [zero] خلال اليوم
    [one] خلال اليوم الأخير
    [two] خلال اليومين الأخيرين
    [few] خلال آخر { $days } أيام
    [many] خلال آخر { $days } يومًا
   *[other] خلال آخر { $days } يوم
}
progress-trend-steady = { $what }: دون تغيّر يُذكر، نحو { $to } { $span }.
progress-trend-up-keep-going = { $what }: ارتفاع من { $from } إلى { $to } { $span }. إلى الأمام!
progress-trend-up = { $what }: ارتفاع من { $from } إلى { $to } { $span }.
progress-trend-down-good-progress = { $what }: انخفاض من { $from } إلى { $to } { $span }. تقدّم جيد.
progress-trend-down-watch-signs = { $what }: انخفاض من { $from } إلى { $to } { $span }. لم تُظهر حفاضات الطفل المبللة أو البراز أو الوزن ما هو متوقّع كل يوم (أو لم تُسجَّل)، لذا من المهم متابعتها عن قرب مع مستشارة الرضاعة.
progress-trend-down-normal = { $what }: انخفاض من { $from } إلى { $to } { $span }. الارتفاع والانخفاض أمر طبيعي.
progress-trend-down-watch = { $what }: انخفاض من { $from } إلى { $to } { $span }. { progress-watch }
progress-watch = هذا أقل من قبل. إذا استمر ذلك، فمن المهم التحدث مع طبيب الطفل أو مستشارة الرضاعة.
progress-early = { $what }: ستُظهر بضعة أيام أخرى من التسجيل اتجاهًا واضحًا.
progress-weight-range = الوزن: من { $first } كغ إلى { $last } كغ في هذه الفترة.
progress-weight-range-less = الوزن: من { $first } كغ إلى { $last } كغ في هذه الفترة. وزن الطفل أقل من قبل. يُرجى الاتصال بطبيب الطفل اليوم.
progress-weight-one = الوزن: { $weight } كغ.
progress-so-far = اليوم حتى الآن، منذ منتصف الليل: { $values }.
progress-wet-a-day = { $wet } مبللة
progress-kg = { $kg } كغ
progress-diapers-so-far = { $wet } مبللة، { $dirty } براز

progress-journey = محطّاتي
progress-journey-none = تظهر المحطات هنا عند الوصول إليها: من السجلّ، أو بوضع علامة عليها. لكل رحلة إيقاعها الخاص.
progress-ahead = ما زال في الطريق: { $milestones }
progress-tick = تسجيل محطة
progress-tick-which = المحطة
progress-tick-day = اليوم
progress-tick-own = بكلماتي
progress-tick-add = إضافة
progress-tick-day-missing = يُرجى اختيار اليوم.
progress-from-log = (من السجلّ)
progress-mark-removed = حُذفت المحطة.
progress-mark-undo = تراجع
progress-mark-restored = عادت المحطة إلى الخط الزمني.
progress-mark-remove-label = حذف المحطة { $name }، { $day }
progress-milestone-first-drops = أولى القطرات
progress-milestone-let-down = أول منعكس إدرار للحليب أُلاحظه
progress-milestone-breast-changes = تغيّرات في الثدي أو الصدر
progress-milestone-supplementer-feed = أول رضعة من الثدي مع أداة الإرضاع التكميلي
progress-milestone-feed-without-supplementer = أول رضعة من الثدي دون أداة الإرضاع التكميلي
progress-milestone-supplements-halved = خفض الحليب الإضافي إلى النصف
progress-milestone-day-without-supplements = يوم كامل دون حليب إضافي
progress-milestone-own = محطة خاصة بي
progress-milestone-unknown = محطة من إصدار أحدث من { -brand }
progress-celebrate-first-drops = محطة: أولى القطرات. كل قطرة مهمة.
progress-celebrate-let-down = محطة: منعكس إدرار للحليب تمت ملاحظته (وخز خفيف، أو حليب يقطر أو يتدفق). الجسم يستجيب.
progress-celebrate-breast-changes = محطة: تغيّرات في الثدي أو الصدر. الجسم يستجيب.
progress-celebrate-supplementer-feed = محطة: رضعة من الثدي مع أداة الإرضاع التكميلي.
progress-celebrate-feed-without-supplementer = محطة: رضعة من الثدي دون أداة الإرضاع التكميلي.
progress-celebrate-supplements-halved = محطة: خفض الحليب الإضافي إلى النصف. من المهم مواصلة متابعة الحفاضات والوزن مع مستشارة الرضاعة.
progress-celebrate-day-without-supplements = محطة: يوم كامل دون حليب إضافي. من المهم مواصلة متابعة الحفاضات والوزن.
progress-celebrate-own = سُجّلت المحطة. عمل رائع.
progress-celebrate-unknown = سُجّلت المحطة.

progress-share-title = من الثدي
progress-share-col-breast = من الثدي
progress-share-col-weighed = الوزن قبل الرضعة وبعدها
progress-share-col-supplement = الحليب الإضافي ({ $unit })
progress-baseline-said = مقارنةً بكمية { $amount } من الحليب الإضافي يوميًا في البداية، وهي الكمية المُدخلة في الإعدادات ← رحلتي.
progress-baseline-week-one-day = مقارنةً بكمية { $amount } من الحليب الإضافي يوميًا في البداية: اليوم الوحيد الذي سُجّل فيه حليب إضافي في الأسبوع الأول (من { $from } إلى { $to }).
progress-baseline-week = مقارنةً بكمية { $amount } من الحليب الإضافي يوميًا في البداية: متوسط { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} من أيام تسجيل الحليب الإضافي في الأسبوع الأول (من { $from } إلى { $to }).
progress-baseline-so-far-one-day = مقارنةً بكمية { $amount } من الحليب الإضافي يوميًا في البداية: اليوم الوحيد الذي سُجّل فيه حليب إضافي حتى الآن ({ $from }). تثبت هذه الكمية بعد انتهاء الأسبوع الأول.
progress-baseline-so-far = مقارنةً بكمية { $amount } من الحليب الإضافي يوميًا في البداية: متوسط { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} من أيام تسجيل الحليب الإضافي حتى الآن (من { $from } إلى { $to }). تثبت هذه الكمية بعد انتهاء الأسبوع الأول.
progress-share-meaning = الجزء من الحليب الذي قد يأتي الآن من الثدي، إذا كان الطفل يشرب القدر نفسه كما في البداية. ويعطي الوزن قبل الرضعة وبعدها كمية الحليب المقيسة عند الثدي. هذا دليل تقريبي؛ فالحفاضات المبللة والوزن تقول أكثر.
progress-share-not-lower = لم ينخفض بعد
progress-share-about = نحو { $percent }%
progress-share-weighed-cell = { $amount } خلال { $feeds ->
    [zero] { $feeds } رضعة
    [one] رضعة واحدة
    [two] رضعتين
    [few] { $feeds } رضعات
    [many] { $feeds } رضعةً
   *[other] { $feeds } رضعة
}
progress-share-weighed-cell-percent = { $amount } خلال { $feeds ->
    [zero] { $feeds } رضعة
    [one] رضعة واحدة
    [two] رضعتين
    [few] { $feeds } رضعات
    [many] { $feeds } رضعةً
   *[other] { $feeds } رضعة
}، على الأقل { $percent }%
progress-share-chart = من الثدي، تقريبًا (%)
progress-share-layer = % تقريبية من الثدي
progress-share-chart-one = قد يأتي نحو { $last }% من الحليب من الثدي.
progress-share-chart-from-to = من نحو { $first }% إلى نحو { $last }% من الحليب يأتي من الثدي.
progress-share-note = دليل تقريبي من آخر يوم كامل. الحفاضات المبللة والوزن تقول أكثر؛ ومن المفيد مناقشة ذلك مع مستشارة الرضاعة.
progress-share-not-lower-yet = الحليب الإضافي { $supplement } مقابل { $baseline } يوميًا في البداية: لم ينخفض بعد.
progress-share-against-start = الحليب الإضافي { $supplement } مقابل { $baseline } يوميًا في البداية: قد يأتي الآن نحو { $percent }% من الحليب من الثدي، إذا كان الطفل يشرب القدر نفسه كما في ذلك الوقت.
progress-share-weighed-only = الوزن قبل الرضعة وبعدها: { $amount } من الثدي خلال { $feeds ->
    [zero] { $feeds } رضعة موزونة
    [one] رضعة واحدة موزونة
    [two] رضعتين موزونتين
    [few] { $feeds } رضعات موزونة
    [many] { $feeds } رضعةً موزونة
   *[other] { $feeds } رضعة موزونة
}، ولم يُسجَّل حليب إضافي.
progress-share-weighed = الوزن قبل الرضعة وبعدها: { $amount } من الثدي خلال { $feeds ->
    [zero] { $feeds } رضعة موزونة
    [one] رضعة واحدة موزونة
    [two] رضعتين موزونتين
    [few] { $feeds } رضعات موزونة
    [many] { $feeds } رضعةً موزونة
   *[other] { $feeds } رضعة موزونة
}، لذا فإن { $percent }% على الأقل من الحليب المقيس جاء من الثدي.
progress-share-not-enough = لا يوجد في السجلّ ما يكفي بعد لمعرفة ذلك.

progress-summary-days = عدد الأيام في الملخص المطبوع
progress-summary-notes = ملاحظات لمستشارة الرضاعة (اختيارية، تُطبع ولا تُحفظ)
progress-summary-title = ملخص لمستشارة الرضاعة
progress-summary-plan = الخطة المعمول بها
progress-summary-table = يومًا بيوم (لكل يوم، من منتصف الليل إلى منتصف الليل)
progress-summary-notes-title = ملاحظاتي
progress-summary-log-notes = ملاحظات من السجلّ
progress-planned-key = المخطط له في ذلك اليوم (دليل، لا حدّ أقصى)
progress-summary-range = من { $from } إلى { $to }
progress-summary-plan-line = { $sessions ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $sessions } جلسات
    [many] { $sessions } جلسةً
   *[other] { $sessions } جلسة
} يوميًا، مدة كل منها { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقةً
   *[other] { $minutes } دقيقة
}، منها { $night } في الليل.
progress-summary-path = المسار: { $path }
progress-summary-born-today = الولادة اليوم، { $date }.
progress-summary-age-days = عمر الطفل في { $date }: { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
progress-summary-age-weeks = عمر الطفل في { $date }: { $weeks ->
    [zero] { $weeks } أسبوع
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
}.
progress-summary-due-today = موعد الولادة المتوقع اليوم، { $date }.
progress-summary-was-due = كان موعد الولادة المتوقع { $date }.
progress-summary-due-in = موعد الولادة المتوقع { $date }، بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
progress-summary-plan-age = عمر الطفل كما حُدّد في الخطة: { $weeks ->
    [zero] { $weeks } أسبوع
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
}.
progress-col-date = التاريخ
progress-col-sessions = الجلسات
progress-col-minutes = الدقائق
progress-col-expressed = المستخرَج ({ $unit })
progress-col-cup = إضافي بالكوب ({ $unit })
progress-col-at-breast = إضافي عند الثدي ({ $unit })
progress-col-other = إضافي بطريقة أخرى ({ $unit })
progress-col-wet = مبللة
progress-col-dirty = براز
progress-col-night = الليل
progress-col-break = أطول فاصل
progress-col-weight = الوزن (كغ)
progress-break-cell = { $hours } س { $minutes } د
progress-total-of-days = { $days ->
    [zero] المجموع، لا أيام كاملة
    [one] المجموع، يوم واحد كامل
    [two] المجموع، يومان كاملان
    [few] المجموع، { $days } أيام كاملة
    [many] المجموع، { $days } يومًا كاملًا
   *[other] المجموع، { $days } يوم كامل
}
progress-average-row = المتوسط اليومي
progress-today-so-far = { $day }، حتى الآن
progress-today-apart = اليوم ({ $day }) لم ينتهِ بعد: يقول سطره «حتى الآن»، ولا يدخل في المجاميع ولا المتوسطات ولا الرسوم البيانية.
progress-range-facts = جلسات الليل في هذه الأيام: { $night }. أطول فاصل: { $longest }.
progress-with-feed = حليب إضافي أُعطي مع رضعة (أثناءها، بأداة الإرضاع التكميلي عند الثدي، أو بعدها مباشرة): { $with } من { $total }.
progress-note-when = { $day } { $time }
progress-note-heading = { $when } · { $who }:
progress-note-supplement = حليب إضافي
progress-step-title = التخفيض التدريجي للحليب الإضافي
progress-step-began-log-3 = بدأ في { $day } بكمية { $amount } يوميًا: متوسط الأيام الثلاثة السابقة في السجلّ.
progress-step-began-log-1 = بدأ في { $day } بكمية { $amount } يوميًا: اليوم الوحيد المسجّل في الأيام الثلاثة السابقة.
progress-step-began-log = بدأ في { $day } بكمية { $amount } يوميًا: متوسط { $days ->
    [zero] { $days } يوم مسجّل
    [one] يوم واحد مسجّل
    [two] يومين مسجّلين
    [few] { $days } أيام مسجّلة
    [many] { $days } يومًا مسجّلًا
   *[other] { $days } يوم مسجّل
} في الأيام الثلاثة السابقة.
progress-step-began-said = بدأ في { $day } بكمية { $amount } يوميًا: الكمية المُدخلة في البداية في الإعدادات ← رحلتي.
progress-step-began-plan = بدأ في { $day } بكمية { $amount } يوميًا، وهي كمية حُدّدت في الخطة.
progress-step-today = المخطط له اليوم، { $day }: { $amount } (دليل، لا حدّ أقصى).
progress-step-changes = الخفض والتثبيت والعودة إلى كمية أعلى في هذه الأيام
progress-step-no-changes = لا خفض ولا تثبيت ولا عودة إلى كمية أعلى في هذه الأيام.
progress-step-change = { $day }: { $amount }، { $what }
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
