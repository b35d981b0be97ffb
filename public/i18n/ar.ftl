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
medicines-title = الأدوية ومدرّات الحليب
medicines-intro = قائمة بما يُؤخذ من أجل الحليب (مدرّات الحليب أعشاب أو أدوية يُقال إنها تزيد الحليب)، لتطّلع عليها مستشارة الرضاعة والطبيب. لا يقترح { -brand } أي شيء أبدًا: ما يُؤخذ، وبأي مقدار، ولأي مدة، يُقرَّر مع طبيب مُلِمّ بالرضاعة الطبيعية.
medicines-own-choice-note = من المهم إخبار الطبيب أو مستشارة الرضاعة بذلك: بعض الأعشاب والأدوية ينتقل إلى الحليب أو لا يصحّ جمعه مع غيره.
medicines-empty = لا شيء في القائمة بعد.
medicines-add = إضافة إلى القائمة
medicines-name = الاسم
medicines-who = من نصح به (الاسم أو المهنة)
medicines-own-choice = اختياري الشخصي
medicines-start = تاريخ البدء
medicines-stop = تاريخ التوقف (يُترك فارغًا إن كان لا يزال يُؤخذ)
medicines-save = حفظ
medicines-cancel = إلغاء
medicines-saved = حُفظ في القائمة.
medicines-deleted = أُزيل من القائمة.
medicines-restored = عاد إلى القائمة.
medicines-undo = تراجع
medicines-loading = جارٍ تحميل القائمة…
medicines-advised = بنصيحة من { $who }
medicines-dates = { $start } – { $stop }
medicines-since = منذ { $start }
medicines-taken-today = أُخذ اليوم
medicines-taken-today-name = أُخذ اليوم: { $name }
medicines-edit-label = تعديل { $name }
medicines-delete-label = إزالة { $name } من القائمة
medicines-edit = تعديل
medicines-delete = إزالة
medicines-summary-title = الأدوية ومدرّات الحليب (كما سجّلها الوالد أو الوالدة)
medicines-summary-none = لا شيء في القائمة لهذه الأيام.
medicines-summary-taken = { $days ->
    [zero] لم يُعلَّم أي يوم بأنه أُخذ فيه خلال هذه المدة
    [one] عُلِّم بأنه أُخذ في يوم واحد خلال هذه المدة
    [two] عُلِّم بأنه أُخذ في يومين خلال هذه المدة
    [few] عُلِّم بأنه أُخذ في { $days } أيام خلال هذه المدة
    [many] عُلِّم بأنه أُخذ في { $days } يومًا خلال هذه المدة
   *[other] عُلِّم بأنه أُخذ في { $days } يوم خلال هذه المدة
}

printout-print-plan = طباعة خطتي وورقة تسجيل لليوم
printout-plan-title = خطتي في { -brand }
printout-plan-line = الجلسات في اليوم: { $sessions } · مدة كل جلسة: { $minutes } د · أطول فاصل بين جلستين: { $gap }
printout-sheet-title = ورقة تسجيل اليوم (24 ساعة، مع الليل)
printout-sheet-help = تُملأ باليد، نهارًا أو ليلًا، ثم تُنقل إلى { -brand } لاحقًا.
printout-sheet-spare = الأسطر بعد الأوقات المخطّطة فارغة: للرضعات الإضافية وللحليب الإضافي المُعطى بالكوب أو الملعقة أو الرضّاعة.
printout-date-line = التاريخ: ____________________
printout-col-planned = المخطّط
printout-col-time = وقت البدء
printout-col-side = الجهة (يسار / يمين / كلاهما)
printout-col-minutes = الدقائق
printout-col-left = حليب الثدي الأيسر ({ $unit })
printout-col-right = حليب الثدي الأيمن ({ $unit })
printout-col-supplement = الحليب الإضافي ({ $unit }، وكيف أُعطي)
printout-col-diapers = الحفاضات (مبللة / فيها براز)
printout-sheet-time-night = { $time } (ليلًا)
printout-reminders = للتذكير
printout-planned-on = الحليب الإضافي المخطّط ليوم { $day } (دليل، وليس حدًّا): { $amount }
printout-no-step-down = لا يوجد تخفيض مخطّط للحليب الإضافي
printout-footer = صُنع بواسطة { -brand }. تبقى البيانات على هذا الهاتف. للحصول على نصيحة شخصية، يمكن التحدث إلى طبيب الطفل، أو مستشارة رضاعة معتمدة، أو قائدة رابطة لا ليتشي في المنطقة.

plan-your-day = يومي
plan-night = ليلًا
plan-hours = { $hours } س { $minutes } د
plan-session-length = مدة كل جلسة: { $minutes } د
plan-longest-gap = أطول فاصل بين جلستين: { $gap }
plan-settings = إعداد الخطة
plan-goal = ما أقوم به
plan-goal-relactation = إعادة إدرار الحليب: استعادة حليبي
plan-goal-induced = تحفيز إدرار الحليب: إنتاج الحليب لأول مرة
plan-sessions = عدد الجلسات في 24 ساعة
plan-minutes = دقائق كل جلسة
plan-wake = أستيقظ عادةً في
plan-sleep = أنام عادةً في
plan-night-sessions = جلسات أثناء نومي
plan-night-why = تشمل الإرشادات جلسات ليلية. يُصنع الحليب عندما يُستخرج كثيرًا، لذا فإن جلسة أثناء النوم تُبقي أطول فاصل قصيرًا. جلسة واحدة بداية جيدة.
plan-night-none = لا شيء
plan-baby-age-where = تاريخ ميلاد الطفل، الذي يُبقي عمره محدّثًا، موجود في الإعدادات ← رحلتي.
plan-guidance = النصيحة المعتادة هي 8 إلى 12 جلسة في اليوم، مدة كل منها 20 إلى 30 دقيقة، بما في ذلك الليل. عصر الحليب باليد وشفطه بالمضخة والإرضاع من الثدي كلها تُحسب.
plan-bad-time = يُرجى إدخال وقت، مثل 07:00.
plan-step-down = التخطيط لتخفيض بطيء للحليب الإضافي
plan-step-start-ml = الحليب الإضافي في اليوم حاليًا (مل)
plan-step-size-ml = مقدار التخفيض في كل خطوة (مل في اليوم، حتى 30)
plan-step-start-oz = الحليب الإضافي في اليوم حاليًا (أونصة)
plan-step-size-oz = مقدار التخفيض في كل خطوة (أونصة في اليوم، حتى 1)
plan-step-hold = عدد الأيام عند كل مستوى
plan-step-from = بدء التخفيض في
plan-step-agree = يُرجى الاتفاق على وتيرة أي تخفيض مع مستشارة الرضاعة أو طبيب الطفل. كل طفل مختلف.
plan-step-history = الأيام الأخيرة
plan-step-date = التاريخ
plan-step-target = المخطّط
plan-planned-today = الحليب الإضافي المخطّط اليوم: { $amount } — دليل، وليس حدًّا. إذا بدا الطفل جائعًا بعد ذلك، يُرجى إعطاؤه المزيد.
plan-rule-guide = الكمية المخطّطة دليل، وليست حدًّا أبدًا: إذا بدا الطفل جائعًا بعد ذلك، يُرجى إعطاؤه المزيد.
plan-rule-first-days = في أيام الطفل الأولى (قبل اليوم { $day }) لا تُخفَّض الكمية: فالحفاضات المبللة لا تزال تزداد، وطبيب الطفل هو من يوجّه التغذية.
plan-rule-wet-and-stools = لا تُخفَّض الكمية خطوة إلا بعد أن يكون كل يوم عند المستوى قد شهد حفاضات مبللة لا يقل عددها عن { $wet } ومرات براز لا يقل عددها عن { $stools }، كما هو متوقع في عمر الطفل.
plan-rule-wet = لا تُخفَّض الكمية خطوة إلا بعد أن يكون كل يوم عند المستوى قد شهد حفاضات مبللة لا يقل عددها عن { $wet }.
plan-rule-more = اليوم الذي أخذ فيه الطفل أكثر من المخطّط يُبقي الكمية كما هي.
plan-rule-weights = إذا سُجّلت أوزان، فيجب أن يُظهر كل منها أن الطفل يكسب الوزن كما هو متوقع لعمره.
plan-rule-half = للنزول تحت نصف الكمية الأولى، وقبل التوقف تمامًا، يلزم وزن من { $days ->
    [one] آخر يوم
    [two] آخر يومين
    [few] آخر { $days } أيام
    [many] آخر { $days } يومًا
   *[other] آخر { $days } يوم
} يُظهر زيادة جيدة: الحفاضات وحدها لا تكفي.
plan-rule-short = اليوم الذي لا يبلغ المطلوب يُبقي الكمية كما هي؛ ويومان متتاليان يعيدانها إلى الأعلى.
plan-rule-step-size = كل خطوة 30 مل (1 أونصة) في اليوم على الأكثر.
plan-rule-birth-date = يمكن إضافة تاريخ ميلاد الطفل في الإعدادات، لتتبع القاعدة عمره.
plan-hold-first-days = أيام الطفل الأولى
plan-hold-needed-more = أخذ الطفل { $amount } أمس
plan-hold-weight = الوزن الأخير
plan-hold-short = { $what ->
    [wet] سُجّل أمس عدد من الحفاضات المبللة أقل من { $wet }
    [both] سُجّل أمس عدد من الحفاضات المبللة أقل من { $wet } وعدد من مرات البراز أقل من { $stools }
   *[stools] سُجّل أمس عدد من مرات البراز أقل من { $stools }
}
plan-hold-short-and-weight = { $what ->
    [wet] سُجّل أمس عدد من الحفاضات المبللة أقل من { $wet }، والوزن الأخير
    [both] سُجّل أمس عدد من الحفاضات المبللة أقل من { $wet } وعدد من مرات البراز أقل من { $stools }، والوزن الأخير
   *[stools] سُجّل أمس عدد من مرات البراز أقل من { $stools }، والوزن الأخير
}
plan-change = { $change ->
    [down] خُفّضت خطوة
    [held] بقيت كما هي
   *[up] عادت إلى الأعلى
}
plan-change-because = { $change ->
    [down] خُفّضت خطوة
    [held] بقيت كما هي
   *[up] عادت إلى الأعلى
}: { $reason }
plan-caution-first-days = في أيام الطفل الأولى لا تزال الحفاضات المبللة تزداد، لذلك لا تُخفَّض الكمية المخطّطة. طبيب الطفل هو من يوجّه التغذية الآن.
plan-caution-needed-more = أخذ الطفل أمس { $given }، أي أكثر من { $planned } المخطّطة، لذلك تبقى الكمية كما هي. كان الطفل بحاجة إليها: الخطة دليل، وليست حدًّا أبدًا. يمكن إعادة بدء التخفيض من الكمية التي أخذها الطفل.
plan-caution-weight = يُظهر الوزن الأخير نقصًا أو زيادة بطيئة، لذلك تبقى الكمية كما هي. يُرجى التحدث إلى مستشارة الرضاعة أو طبيب الطفل.
plan-caution-short = يُظهر السجل أمس { $what ->
    [wet] عددًا من الحفاضات المبللة أقل من { $wet }
    [both] عددًا من الحفاضات المبللة أقل من { $wet } وعددًا من مرات البراز أقل من { $stools }
   *[stools] عددًا من مرات البراز أقل من { $stools }
}، لذلك تبقى الكمية كما هي. إن لم يُسجَّل بعضها، يمكن إضافته. يُرجى التحدث إلى مستشارة الرضاعة أو طبيب الطفل.
plan-caution-short-and-weight = يُظهر السجل أمس { $what ->
    [wet] عددًا من الحفاضات المبللة أقل من { $wet }
    [both] عددًا من الحفاضات المبللة أقل من { $wet } وعددًا من مرات البراز أقل من { $stools }
   *[stools] عددًا من مرات البراز أقل من { $stools }
}، ويُظهر الوزن الأخير نقصًا أو زيادة بطيئة، لذلك تبقى الكمية كما هي. إن لم يُسجَّل بعضها، يمكن إضافته. يُرجى التحدث إلى مستشارة الرضاعة أو طبيب الطفل.
plan-caution-stepped-back = جاء يومان متتاليان دون ما ينبغي أن تُظهره حفاضات الطفل أو وزنه، لذلك عادت الكمية إلى الأعلى. يُرجى التحدث إلى مستشارة الرضاعة.
plan-caution-needs-weight = الخطوة التالية ستُنزل الكمية تحت نصف الكمية الأولى. قبل ذلك، يُرجى وزن الطفل: يلزم وزن من { $days ->
    [one] آخر يوم
    [two] آخر يومين
    [few] آخر { $days } أيام
    [many] آخر { $days } يومًا
   *[other] آخر { $days } يوم
} يُظهر زيادة جيدة، لأن الحفاضات وحدها لا تكفي.
plan-restart-from = إعادة بدء التخفيض من { $amount } في اليوم
plan-restarted = يبدأ التخفيض من جديد من الكمية التي أخذها الطفل.
plan-start-from-log = { $days ->
    [3] من السجل، آخر 3 أيام: نحو { $amount } في اليوم.
    [one] من السجل، اليوم الوحيد من آخر 3 أيام الذي سُجّل فيه حليب إضافي: نحو { $amount } في اليوم.
    [two] من السجل، اليومان من آخر 3 أيام اللذان سُجّل فيهما حليب إضافي: نحو { $amount } في اليوم.
   *[other] من السجل، { $days } من آخر 3 أيام سُجّل فيها حليب إضافي: نحو { $amount } في اليوم.
}
plan-start-from-said = مما أُدخل في { -brand } عند البدء: نحو { $amount } في اليوم.
plan-start-check = هل هذا كل ما أخذه الطفل، بما في ذلك الرضعات التي أعطاها آخرون؟ إن لم يكن، يمكن تغييره.
plan-start-prompt = كم يأخذ الطفل من الحليب الإضافي في اليوم حاليًا؟ يُدخَل المقدار هنا لبدء التخفيض.
plan-start-not-a-number-ml = يُرجى إدخال الكمية اليومية رقمًا أكبر من 0، مثل 240.
plan-start-not-a-number-oz = يُرجى إدخال الكمية اليومية رقمًا أكبر من 0، مثل 8.
plan-start-zero = يجب أن تكون الكمية الأولى أكثر من 0. إذا لم يعد الطفل بحاجة إلى حليب إضافي، يمكن إيقاف التخفيض.
plan-start-too-much = هذا أكثر من { $amount } في اليوم. يُرجى التحقق من الكمية.
plan-calendar = إضافة إلى التقويم (ملف ⁦.ics⁩)
plan-calendar-help = يمكن لتقويم الهاتف عندئذٍ التذكير بكل جلسة، حتى عندما يكون { -brand } مغلقًا. بعد تغيير الخطة، يُضاف الملف الجديد مرة أخرى: فهو يحلّ محل التذكيرات القديمة.
plan-calendar-saved = حُفظ ملف التقويم. يُفتح الملف لإضافة التذكيرات.
plan-calendar-failed = تعذّر إنشاء ملف التقويم على هذا الجهاز.
plan-ics-summary = شفط الحليب أو عصره باليد أو الإرضاع
plan-ics-night = جلسة ليلية: شفط الحليب أو عصره باليد أو الإرضاع
plan-ics-description = من خطتي في { -brand }. للحصول على نصيحة شخصية، يمكن التحدث إلى طبيب الطفل، أو مستشارة رضاعة معتمدة، أو قائدة رابطة لا ليتشي في المنطقة.

journey-title = رحلتي
journey-path = من أين أبدأ؟
journey-path-relactating = استعادة حليبي. طفلي هنا.
journey-path-inducing-here = إنتاج الحليب لأول مرة. طفلي هنا.
journey-path-preparing = إنتاج الحليب قبل وصول طفلي (مثل التبنّي أو الحمل البديل).
journey-path-saved = حُفظ. تبدأ خطتي الآن من هذا المسار؛ ويمكن تغييره في شاشة الخطة.
journey-birth-date = تاريخ ميلاد الطفل (اختياري)
journey-old-age-weeks = ذكرت الخطة سابقًا أن عمر الطفل { $weeks ->
    [zero] أقل من أسبوع
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
}. يُضاف تاريخ الميلاد أعلاه ليُبقي { -brand } العمر محدّثًا.
journey-due-date = موعد وصول الطفل المتوقع
journey-supplement-now = الحليب الإضافي في اليوم حاليًا، بوحدة { $unit } (اختياري)
journey-supplement-hint = عندما يحتوي السجل على حليب إضافي من الأيام الثلاثة الأخيرة، يستخدم { -brand } تلك الأرقام بدلًا من ذلك.
journey-birth-weight = الوزن عند الولادة بالغرام (إن كان معروفًا)
journey-birth-weight-hint = مع الوزن عند الولادة، تستطيع شاشة اليوم أن تُنبّه إن كان نقص وزن المولود يحتاج إلى فحص، وإن كان الطفل قد استعاده في الوقت المتوقع.
journey-birth-saved = حُفظ تاريخ الميلاد. تقرأ شاشة اليوم الآن علامات الطفل بحسب عمره.
journey-birth-future = هذا التاريخ بعد اليوم. يُرجى اختيار يوم ولادة الطفل. لم يتغيّر شيء.
journey-birth-year = يُرجى التحقق من سنة تاريخ الميلاد. لم يتغيّر شيء.
journey-birth-weight-problem = يُرجى التحقق من الوزن عند الولادة: إنه بالغرام، مثل 3400. لم يتغيّر شيء.
journey-opening = البدء بمرحلة افتتاحية لطيفة (48 ساعة من الجلسات القصيرة)
journey-opening-hint = جلسة قصيرة كل ساعتين تقريبًا في النهار وكل 3 ساعات في الليل، مدة كل منها 15 دقيقة تقريبًا؛ ثم تتولّى الخطة الأمر. يُتفق على البدء مع مستشارة الرضاعة.
journey-baby-here = وصل الطفل
journey-born-question = متى وُلد الطفل؟
journey-born-hint = اليوم، أو أي يوم قبله: يُقرأ الطفل الأكبر سنًّا أو المتبنّى بحسب عمره، ليناسبه ما تتوقعه شاشة اليوم.
journey-born-missing = يُرجى اختيار يوم ولادة الطفل.
journey-baby-here-save = حفظ: وصل طفلي
journey-baby-here-cancel = ليس بعد
journey-baby-here-saved = أهلًا بالصغير. تظهر الحفاضات والحليب الإضافي الآن في شاشة اليوم. السجل محفوظ.
journey-baby-here-undone = العودة إلى الاستعداد. لم يتغيّر شيء آخر.
journey-preparing-title = الاستعداد لوصول الطفل
journey-preparing-note = إلى أن يصل الطفل، تعرض شاشة اليوم شفط الحليب فقط. تظهر الحفاضات والحليب الإضافي بعد النقر على «وصل الطفل».
journey-no-due-date = يُضاف الموعد المتوقع في الإعدادات لرؤية العدّ التنازلي.
journey-due-passed = مضى الموعد المتوقع. يُنقر على «وصل الطفل» عند وصول الطفل.
journey-countdown = { $days ->
    [0] موعد وصول الطفل المتوقع اليوم.
    [one] بقي يوم واحد على موعد وصول الطفل.
    [two] بقي يومان على موعد وصول الطفل.
    [few] بقيت { $days } أيام على موعد وصول الطفل.
    [many] بقي { $days } يومًا على موعد وصول الطفل.
   *[other] بقي { $days } يوم على موعد وصول الطفل.
}
journey-next-first-drops = التالي في رحلتي: القطرات الأولى.
journey-next-let-down = التالي: منعكس إدرار الحليب (وخز، أو تقطّر الحليب أو اندفاعه).
journey-next-breast-changes = التالي في رحلتي: تغيّرات في الثدي أو الصدر.
journey-next-supplementer-feed = التالي في رحلتي: الإرضاع بأداة الإرضاع التكميلي عند الثدي.
journey-next-feed-without-supplementer = التالي في رحلتي: الإرضاع دون أداة الإرضاع التكميلي.
journey-next-supplements-halved = التالي في رحلتي: الحليب الإضافي إلى النصف.
journey-next-day-without-supplements-if-goal = التالي، إن كان هذا هدفي: يوم كامل دون حليب إضافي.
journey-next-day-without-supplements = التالي في رحلتي: يوم كامل دون حليب إضافي.
journey-next-own = التالي في رحلتي: إنجاز خاص بي.
journey-next-with-baby = الإنجازات التالية تأتي مع وصول الطفل.
journey-next-all-reached = تجاوزتُ كل الإنجازات في القائمة. عمل رائع.
journey-baby-age-days = { $days ->
    [0] وُلد الطفل اليوم.
    [one] عمر الطفل يوم واحد.
    [two] عمر الطفل يومان.
    [few] عمر الطفل { $days } أيام.
    [many] عمر الطفل { $days } يومًا.
   *[other] عمر الطفل { $days } يوم.
}
journey-baby-age-weeks = عمر الطفل { $weeks ->
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
    [many] { $weeks } أسبوعًا
   *[other] { $weeks } أسبوع
}.
journey-diapers-first-days = في الأيام الأولى تزداد الحفاضات المبللة تدريجيًّا: نحو { $day1 } في اليوم 1، و{ $day2 } في اليوم 2، و{ $day3 } في اليوم 3، و{ $day4 } في اليوم 4، ثم حفاضات ثقيلة لا يقل عددها عن { $wet } في اليوم ابتداءً من اليوم { $day }.
journey-diapers-young = في عمر الطفل: حفاضات مبللة ثقيلة لا يقل عددها عن { $wet }، ومرات براز لا يقل عددها عن { $stools }، خلال 24 ساعة.
journey-diapers-older = في عمر الطفل: حفاضات مبللة ثقيلة لا يقل عددها عن { $wet } خلال 24 ساعة. قد يقلّ تكرار البراز.
journey-diapers-unknown = المطلوب حفاضات مبللة ثقيلة لا يقل عددها عن { $wet } خلال 24 ساعة ابتداءً من اليوم { $day } من العمر. يمكن إضافة تاريخ ميلاد الطفل في الإعدادات لإرشادات تناسب عمره.
journey-opening-title = أول 48 ساعة: المرحلة الافتتاحية
journey-opening-until = المرحلة الافتتاحية حتى { $ends }: جلسة قصيرة مدتها 15 دقيقة تقريبًا، كل ساعتين تقريبًا في النهار وكل 3 ساعات في الليل.
journey-plan-after = تبدأ خطة الجلسات اليومية عند انتهاء المرحلة الافتتاحية، في { $ends }.
journey-guide-title = من أين تكون البداية
journey-guide-relactating = استعادة الحليب
journey-guide-relactating-possible = الطفل هنا، والحليب توقف أو قلّ. استعادته ممكنة في أحيان كثيرة. وجدت مراجعة لمنظمة الصحة العالمية (1998) أن معظم الآباء والأمهات الذين أرادوا إعادة إدرار الحليب تمكّنوا من ذلك، وأن الطفل الراغب في المصّ هو أكبر عون. قد يعود الحليب خلال أيام؛ وقد يستغرق ذلك عند البعض بضعة أسابيع.
journey-guide-relactating-full-or-part = يصل بعض الآباء والأمهات إلى إدرار كامل، وبعضهم إلى جزء منه. وكلاهما تقدّم حقيقي.
journey-guide-relactating-often = الإرضاع أو الشفط كثيرًا: 8 مرات أو أكثر في 24 ساعة، إحداها في الليل.
journey-guide-relactating-keep-supplement = الاستمرار في إعطاء الحليب الإضافي الذي يحتاجه الطفل، وعدم تخفيضه إلا ببطء، مع مستشارة الرضاعة.
journey-guide-relactating-ask = طلب خطة من مستشارة الرضاعة تناسب الأسرة والطفل.
journey-guide-inducing = إنتاج الحليب لأول مرة، والطفل هنا
journey-guide-inducing-possible = إنتاج الحليب دون حمل حديث ممكن (مراجعة منظمة الصحة العالمية، 1998). وهو أقل كفاية لكل احتياجات الطفل في أغلب الأحيان، وكل كمية تُنتَج لها قيمتها.
journey-guide-inducing-supplementer = الإرضاع بأداة الإرضاع التكميلي عند الثدي أو الصدر يتيح للطفل أن يحصل على ما يحتاجه بينما يساعد على بناء إدرار الحليب.
journey-guide-inducing-sessions = يبدأ { -brand } بـ 10 جلسات في اليوم؛ ويمكن تغيير ذلك في شاشة الخطة.
journey-guide-inducing-diapers = مراقبة الحفاضات: فهي تُخبر إن كان الطفل يحصل على ما يكفيه.
journey-guide-inducing-ask = سؤال مستشارة الرضاعة عن كيفية الجمع بين الإرضاع والشفط والحليب الإضافي.
journey-guide-preparing = الاستعداد قبل وصول الطفل
journey-guide-preparing-before = في حالة التبنّي، أو إذا كانت امرأة أخرى أو الشريكة تحمل الطفل، يمكن البدء بإنتاج الحليب قبل وصوله. في بروتوكولات نيومان وغولدفارب (2002)، يبدأ الشفط قبل الموعد المتوقع بنحو 6 أسابيع، مع جزء بوصفة طبية لا يقرّره إلا طبيب بالاتفاق مع الوالد أو الوالدة (لا يخطّط له { -brand }). ودون ذلك الجزء، تُسأل مستشارة الرضاعة عن موعد البدء.
journey-guide-preparing-gently = تبدأ تعليماتهما للشفط بلطف: خلال أول 48 ساعة، جلسة قصيرة كل ساعتين تقريبًا في النهار وكل 3 ساعات في الليل؛ ثم 8 إلى 12 جلسة في اليوم، كل 3 ساعات تقريبًا. الجلسة القصيرة نحو 15 دقيقة: شفط من 5 إلى 7 دقائق، ثم تمسيد الثدي وتدليكه بلطف، ثم شفط من 5 إلى 7 دقائق أخرى.
journey-guide-preparing-countdown = تعدّ شاشة اليوم الأيام حتى الموعد المتوقع، وتعرض الشفط فقط.
journey-guide-preparing-arrives = عند وصول الطفل، يُنقر على «وصل الطفل» في { -brand }. السجل محفوظ.
journey-guide-preparing-ask = سؤال مستشارة الرضاعة عن موعد البدء وعدد مرات الشفط.
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
