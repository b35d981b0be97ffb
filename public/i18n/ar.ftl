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
printout-planned-on = الحليب الإضافي المخطّط ليوم { $day } (دليل وليس حدًّا أقصى): { $amount }
printout-no-step-down = لا يوجد تخفيض مخطّط للحليب الإضافي
printout-footer = صُنع بواسطة { -brand }. تبقى بياناتك على هاتفك. للحصول على نصيحة شخصية، يمكن التحدث إلى طبيب الطفل، أو مستشارة رضاعة معتمدة، أو قائدة رابطة لا ليتشي في منطقتك.
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
