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
nav-screen-unavailable = لم يصل هذا الجزء من { -brand } إلى هذا الهاتف بعد، لذا لا يمكن فتحه. يُرجى التحقق من الاتصال والمحاولة من جديد. لم يتغيّر شيء مما حُفظ.
nav-try-again = المحاولة من جديد

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
update-available = يتوفّر تحديث
update-reload = إعادة التحميل
update-offline-ready = جاهز للعمل دون اتصال. يفتح { -brand } الآن حتى دون إشارة.
update-offline = دون اتصال
update-offline-hint = لا توجد شبكة. كل شيء في { -brand } ما زال يعمل.

problem-storage-blocked = هذا المتصفح لا يسمح لـ{ -brand } بحفظ أي شيء (وضع التصفح الخاص أو إعداد محظور). يمكن استخدام التطبيق، لكن التغييرات ستضيع عند إغلاقه.
problem-settings-unreadable = تعذّرت قراءة الإعدادات المحفوظة، لذلك يستخدم { -brand } الإعدادات الافتراضية الآن. حُفظت الإعدادات القديمة جانبًا ولم تُحذف.
problem-save-failed = تعذّر حفظ ذلك على هذا الجهاز. لم يتغيّر شيء مما حُفظ من قبل.
problem-entries-unreadable = تعذّرت قراءة بعض الإدخالات المحفوظة، لذلك لا تظهر. ما زالت محفوظة على هذا الجهاز دون تغيير.
problem-not-found = لا توجد صفحة هنا.
problem-go-home = الذهاب إلى «اليوم»
problem-dismiss = إغلاق
problem-undo = تراجع
problem-undone = تمّ التراجع. لم يعد في السجلّ.

reminder-start = البدء الآن
reminder-later = ليس الآن
reminder-allow = السماح بإشعارات التذكير
reminder-allow-help = ما دام { -brand } مفتوحًا، يعرض رسالة (وإشعارًا إن سُمح بالإشعارات) في كل موعد مخطَّط. للتذكير و{ -brand } مغلق، يمكن إضافة الخطة إلى التقويم.
reminder-allowed = إشعارات التذكير مفعّلة.
reminder-blocked = الإشعارات محظورة لـ{ -brand } في إعدادات هذا المتصفح. التذكير داخل التطبيق ما زال يعمل.
reminder-unsupported = هذا المتصفح لا يستطيع عرض الإشعارات. التذكير داخل التطبيق ما زال يعمل.
reminder-due = حان موعد جلسة الساعة { $time }.

feeding-milk-own = حليبي المستخرَج
feeding-milk-donor = حليب متبرَّع به
feeding-milk-formula = حليب صناعي
feeding-method-cup = كوب
feeding-method-supplementer = أداة الإرضاع التكميلي عند الثدي
feeding-method-spoon = ملعقة
feeding-method-syringe = حقنة (دون إبرة)
feeding-method-finger = التغذية بالإصبع
feeding-method-bottle = زجاجة رضاعة
feeding-why-cup = يُنصح غالبًا بالكوب أو بأداة الإرضاع التكميلي عند الثدي: مع هذه الأداة يمصّ الطفل من الثدي، وهذا يساعد على إدرار الحليب. والزجاجة مقبولة أيضًا إن كانت هي ما ينجح.

timer-intro = المس للبدء. يحفظ المؤقّت الوقت الحقيقي حتى لو قُفل الهاتف.
timer-start-pump = مضخة الثدي
timer-start-hand = عصر باليد
timer-start-nurse = رضاعة
timer-start-comfort = رضاعة للتهدئة
timer-running-pump = شفط الحليب بالمضخة
timer-running-hand = عصر الحليب باليد
timer-running-nurse = رضاعة من الثدي
timer-running-comfort = رضاعة للتهدئة
timer-start-supplementer = رضاعة مع أداة الإرضاع التكميلي
timer-running-supplementer = رضاعة مع أداة الإرضاع التكميلي
timer-weighed = وُزن قبل الرضعة وبعدها
timer-weigh-note = وزن الاختبار: يُوزن الطفل قبل الرضعة مباشرة وبعدها مباشرة، بالملابس نفسها. كل غرام يزيده يعادل نحو 1 مل من الحليب. لا ينجح ذلك إلا بميزان أطفال دقيق إلى 2 غ أو أفضل، ولا يستحق العناء إلا إذا وافقت مستشارة الرضاعة.
timer-weight-before = وزن الطفل قبل الرضعة (غ)
timer-weight-after = وزن الطفل بعد الرضعة (غ)
timer-weigh-both = يُرجى كتابة الوزنين بالغرام، أو إلغاء تحديد «وُزن قبل الرضعة وبعدها».
timer-side = الجهة
timer-left = اليسرى
timer-right = اليمنى
timer-both = كلتاهما
timer-switch = تبديل الجهة
timer-pause = إيقاف مؤقّت
timer-resume = متابعة
timer-stop = إنهاء
timer-paused = متوقّف مؤقّتًا
timer-elapsed = الوقت حتى الآن
timer-goal-reached = بُلغ الهدف. عمل رائع. يمكن المتابعة حتى 30 دقيقة.
timer-goal-reached-short = بُلغ الهدف
timer-goal-reached-done = بُلغ الهدف. عمل رائع.
timer-baby-led = لا حدّ للوقت. اتّباع إيقاع الطفل هو الأساس.
timer-clock-back = رجعت ساعة الهاتف إلى الوراء، لذلك يحتفظ المؤقّت بوقته حتى تلحق به الساعة. لم يضِع شيء.
timer-save-title = حفظ هذه الجلسة
timer-milk-left = الحليب من الجهة اليسرى
timer-milk-right = الحليب من الجهة اليمنى
timer-less = أقل
timer-more = أكثر
timer-notes = ملاحظات (اختياري)
timer-save = حفظ
timer-discard = تجاهل
timer-discard-ask = تجاهل هذه الجلسة؟ لن يُحفظ وقتها.
timer-discard-yes = نعم، تجاهُل الجلسة
timer-discard-no = لا، الاحتفاظ بها
timer-saved = حُفظت الجلسة.
timer-discarded = تمّ تجاهل الجلسة.
timer-supplement-after = تناول الطفل حليبًا إضافيًا أثناء هذه الرضعة أو بعدها مباشرة
timer-supplement-amount = الكمية
timer-supplement-milk = الحليب
timer-supplement-method = طريقة الإعطاء
timer-overlong = يعمل هذا المؤقّت منذ أكثر من 12 ساعة. ربما تُرك يعمل سهوًا. متى انتهت الجلسة فعلًا؟
timer-overlong-end = انتهت الجلسة الساعة
timer-long = يُظهر المؤقّت { $elapsed }، وهذا أطول من معظم الجلسات. إن تُرك يعمل سهوًا، فمتى انتهت الجلسة فعلًا؟
timer-ended-now = انتهت الآن
timer-continue = متابعة
timer-already-running = هناك جلسة تعمل الآن. لا يمكن تشغيل أكثر من جلسة في الوقت نفسه.
timer-stop-and-save = إنهاؤها وحفظها
timer-keep-running = إبقاؤها تعمل
timer-bad-number = يُرجى إدخال رقم، مثل 30.
timer-unreadable = وُجد مؤقّت يعمل لكن تعذّرت قراءته. حُفظ جانبًا؛ يمكن بدء جلسة جديدة.
timer-title = { $elapsed } { $activity } · { -brand }
timer-side-times = الوقت لكل جهة: اليسرى { $left }، كلتاهما { $both }، اليمنى { $right }.
timer-goal-minutes = الهدف: { $minutes } د

today-first-day-aim = الهدف 8 جلسات أو أكثر في 24 ساعة، إحداها في الليل.
today-first-day-start = عند حلول الموعد يكفي لمس زر «بدء…»؛ يحفظ { -brand } الوقت حتى لو قُفل الهاتف.
today-first-day-diapers = تسجيل الحفاضات المبللة والحفاضات التي فيها براز في الأسفل يُظهر إن كان الطفل يحصل على ما يكفيه.
today-next = الجلسة التالية
today-due-now = حان موعد جلسة
today-all-done = اكتملت كل الجلسات المخطَّطة لهذا اليوم. عمل رائع.
today-nothing-left = لا مزيد من الجلسات المخطَّطة لهذا اليوم. تبدأ خطة الغد عند الاستيقاظ.
today-status-before-start = قبل البدء
today-no-break-yet = لا انقطاع بعد
today-setup-title = تنظيم يومي
today-setup-intro = الهدف 8 جلسات أو أكثر في 24 ساعة، إحداها في الليل. عند إدخال وقت بداية اليوم ونهايته، يوزّع { -brand } الجلسات عليه.
today-setup-wake = أستيقظ عادةً الساعة
today-setup-sleep = أنام عادةً الساعة
today-setup-sessions = الجلسات في اليوم
today-setup-night = الجلسات في الليل
today-setup-save = حفظ يومي
today-setup-skip = ليس الآن
today-setup-later = يمكن تغيير ذلك في أي وقت من شاشة «الخطة».
today-setup-saved = تمّ تنظيم اليوم.
today-start-pump = بدء الشفط بالمضخة
today-running = هناك جلسة تعمل
today-open-timer = فتح المؤقّت
today-done-24h = الجلسات في آخر 24 ساعة
today-since-yesterday = { $time } أمس
today-longest-gap-since = أطول انقطاع منذ الساعة { $time }
today-expressed-since = الحليب المستخرَج منذ الساعة { $time }
today-supplement-since = الحليب الإضافي منذ الساعة { $time }
today-at-breast-since = الرضاعة والتهدئة على الثدي منذ الساعة { $time }
today-diapers = الحفاضات، آخر 24 ساعة
today-wet = { $count ->
    [one] مبلل
   *[other] مبللة
}
today-dirty = { $count ->
    [one] فيه براز
   *[other] فيها براز
}
today-plus-wet = +1 مبلل
today-plus-dirty = +1 فيه براز
today-add-wet = إضافة حفاض مبلل
today-add-dirty = إضافة حفاض فيه براز
today-diaper-saved = حُفظ الحفاض.
today-add-supplement-short = + حليب إضافي
today-add-supplement = إضافة حليب إضافي
today-supplement-row = الحليب الإضافي
today-supplement-title = الحليب الإضافي المُعطى
today-supplement-when = متى
today-given-now = الآن
today-given-at = أو في هذا الوقت من اليوم
today-supplement-save = حفظ
today-supplement-saved = حُفظ الحليب الإضافي.
today-timeline = خطة اليوم
today-status-done = تمّت
today-status-due = حان موعدها
today-status-upcoming = قادمة
today-status-missed = لم تتمّ
today-none-yet = لا شيء بعد
today-loading = جارٍ تحميل اليوم…
today-some-done = لا مزيد من الجلسات المخطَّطة لهذا اليوم. كل جلسة تمّت تساعد على إدرار الحليب.
today-start-hand = بدء عصر الحليب باليد
today-start-nurse = بدء الرضاعة
today-start-supplementer = بدء الرضاعة مع أداة الإرضاع التكميلي
today-minutes-ago = قبل { $minutes } د
today-hours-ago = قبل { $hours } س
today-supplement-with-feed = سيُحفظ مع: { $feed } الساعة { $time }.
today-of = { $done } من { $planned }
today-wait-minutes = { $minutes } د
today-wait-hours = { $hours } س { $minutes } د
today-next-at = { $time }، بعد { $wait }
today-next-tomorrow = غدًا الساعة { $time }، بعد { $wait }

log-loading = جارٍ تحميل السجلّ…
log-empty = لم يُسجَّل شيء في هذه الأيام بعد. تظهر هنا الجلسات التي يُحسب وقتها بالمؤقّت.
log-earlier = عرض الأيام السابقة
log-filter = عرض
log-all = الكل
log-sessions = الجلسات
log-supplements = الحليب الإضافي
log-diapers = الحفاضات
log-weights = الأوزان
log-delete = حذف
log-deleted = حُذف الإدخال.
log-undo = تراجع
log-restored = استُعيد الإدخال.
log-add = إضافة إدخال يدويًا
log-edit = تعديل
log-form-add = إضافة إدخال
log-form-edit = تعديل الإدخال
log-what = ما الذي حدث
log-kind = نوع الجلسة
log-started = وقت البدء
log-at = الوقت
log-minutes = الدقائق
log-left-ml = الحليب من الجهة اليسرى
log-right-ml = الحليب من الجهة اليمنى
log-amount = الكمية
log-wet = مبلل
log-dirty = فيه براز
log-grams = الوزن بالغرام
log-dark-urine = بول داكن أو بلّورات برتقالية وردية (إن ظهرت)
log-save = حفظ الإدخال
log-cancel = إلغاء
log-saved = حُفظ الإدخال.
log-bad-time = يُرجى اختيار التاريخ والوقت.
log-bad-number = يُرجى إدخال أعداد صحيحة، مثل 30.
log-notes = ملاحظات:
log-notes-more = قراءة الكل
log-notes-cut = { $start }…
log-session-line = { $kind } · { $minutes }
log-session-line-milk = { $kind } · { $minutes } · { $total } (اليسرى { $left }، اليمنى { $right })
log-supplement-line = حليب إضافي · { $amount } · { $milk } · { $method }
log-diaper-wet-dirty-dark = حفاض · مبلل وفيه براز · بول داكن أو بلّورات
log-diaper-wet-dark = حفاض · مبلل · بول داكن أو بلّورات
log-diaper-wet-dirty = حفاض · مبلل وفيه براز
log-diaper-wet = حفاض · مبلل
log-diaper-dirty = حفاض · فيه براز
log-weight-line = الوزن · { $kg } كغ
log-medicine-line = في القائمة · { $name }
log-milestone-line = إنجاز · { $name }
log-totals-sessions = { $count ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
}
log-totals-comfort = للتهدئة: { $count }
log-totals-expressed = مستخرَج: { $amount }
log-totals-supplement = حليب إضافي: { $amount }
log-totals-diapers = مبللة: { $wet }، فيها براز: { $dirty }
log-edit-label = تعديل { $what } الساعة { $time }، { $day }
log-delete-label = حذف { $what } الساعة { $time }، { $day }
log-delete-day-label = حذف { $what }، { $day }
log-with-feed = مع جلسة الساعة { $time } ({ $feed })
log-supplements-with = حليب إضافي مع هذه الرضعة: { $amounts }

backup-title = بياناتي
# ".json" and ".csv" sit in left-to-right isolates (U+2066 … U+2069), so the dot stays before
# the name and the brackets around it in Arabic text.
backup-export = حفظ ملف نسخة احتياطية ({ "\u2066" }.json{ "\u2069" })
backup-export-help = للاحتفاظ بنسخة في مكان آمن، أو لنقل السجلّ إلى هاتف جديد. يُحفظ الملف على هذا الجهاز؛ ولا يُرفع أي شيء.
backup-exported = حُفظت النسخة الاحتياطية.
backup-csv = تصدير لجدول بيانات ({ "\u2066" }.csv{ "\u2069" })
backup-csv-saved = حُفظ ملف جدول البيانات.
backup-import = استعادة ملف نسخة احتياطية أو دمجه
backup-import-help = تُقارَن الإدخالات واحدًا واحدًا: يفوز التغيير الأحدث، ولا يُحذف شيء موجود إلا إذا حُذف لاحقًا على الهاتف الآخر أيضًا.
backup-reading = جارٍ فحص الملف…
backup-confirm = إضافتها إلى سجلّي
backup-cancel = إلغاء
backup-imported = استُوردت النسخة الاحتياطية.
backup-nothing-to-do = كل ما في هذا الملف موجود في السجلّ.
backup-cannot-read-file = تعذّر فتح هذا الملف. لم يتغيّر شيء.
backup-left-out = ستُستبعد هذه الإدخالات:
backup-entry = الإدخال
backup-failed = تعذّر إنشاء النسخة الاحتياطية أو التصدير على هذا الجهاز.
backup-clear = حذف كل شيء على هذا الجهاز
backup-clear-ask = حذف السجلّ كلّه من هذا الهاتف؟ يُستحسن حفظ نسخة احتياطية أولًا إن كانت قد تلزم لاحقًا. لا يمكن التراجع عن ذلك.
backup-clear-keeps = تبقى الخطة والإعدادات (الجلسات، والأوقات، والتخفيض، والوحدات، والساعة، والألوان، والنغمة)، إلا إذا حُدِّد المربّع أدناه.
backup-clear-settings-too = حذف خطتي وإعداداتي أيضًا
backup-clear-yes = نعم، حذف كل شيء
backup-cleared = حُذف السجلّ من هذا الجهاز. بقيت الخطة والإعدادات.
backup-cleared-all = حُذف السجلّ والخطة والإعدادات من هذا الجهاز.
backup-clear-shared-ask = هذا الهاتف يشارك سجلّه. الحذف هنا يوقف المشاركة على هذا الهاتف أيضًا. تحتفظ الهواتف الأخرى بنسختها من السجلّ. للمشاركة من جديد، يمكن الانضمام برمز الاقتران.
backup-cleared-shared = حُذف السجلّ من هذا الهاتف وتوقّفت المشاركة هنا. ما زالت نسخته لدى الهواتف الأخرى. بقيت الخطة والإعدادات.
backup-cleared-shared-all = حُذف السجلّ والخطة والإعدادات من هذا الهاتف وتوقّفت المشاركة هنا. ما زالت نسخة السجلّ لدى الهواتف الأخرى.
backup-settings-in-file = تحتوي هذه النسخة الاحتياطية أيضًا على خطة وإعدادات:
backup-settings-restore = استخدام هذه الخطة وهذه الإعدادات هنا أيضًا (تحلّ محلّ ما على هذا الهاتف)
backup-settings-same = خطتها وإعداداتها مطابقة لما على هذا الهاتف.
backup-imported-with-settings = استُوردت النسخة الاحتياطية مع خطتها وإعداداتها.
backup-storage = التخزين على هذا الجهاز
backup-persistent = محفوظة بأمان: لن يمسحها المتصفح لتوفير المساحة.
backup-not-persistent = قد يمسح المتصفح بيانات { -brand } إذا نفدت مساحة الهاتف تقريبًا. تثبيت { -brand } على الشاشة الرئيسية وحفظ نسخ احتياطية يساعدان.
backup-added-nothing = لا جديد للإضافة: السجلّ يحتوي على كل ذلك.
backup-added-new = أُضيف إلى السجلّ: { $new ->
    [zero] لا إدخالات جديدة
    [one] إدخال جديد واحد
    [two] إدخالان جديدان
    [few] { $new } إدخالات جديدة
    [many] { $new } إدخالًا جديدًا
   *[other] { $new } إدخال جديد
}.
backup-added-updated = السجلّ محدَّث: { $updated ->
    [zero] لم يُحدَّث أي إدخال
    [one] حُدِّث إدخال واحد
    [two] حُدِّث إدخالان
    [few] حُدِّثت { $updated } إدخالات
    [many] حُدِّث { $updated } إدخالًا
   *[other] حُدِّث { $updated } إدخال
}.
backup-added-both = أُضيف إلى السجلّ: { $new ->
    [zero] لا إدخالات جديدة
    [one] إدخال جديد واحد
    [two] إدخالان جديدان
    [few] { $new } إدخالات جديدة
    [many] { $new } إدخالًا جديدًا
   *[other] { $new } إدخال جديد
}، و{ $updated ->
    [zero] لم يُحدَّث أي إدخال
    [one] حُدِّث إدخال واحد
    [two] حُدِّث إدخالان
    [few] حُدِّثت { $updated } إدخالات
    [many] حُدِّث { $updated } إدخالًا
   *[other] حُدِّث { $updated } إدخال
}.
backup-settings-line = { $plan } الأحجام بـ{ $unit }.
backup-settings-line-step = { $plan } الأحجام بـ{ $unit }. تخفيض الحليب الإضافي ابتداءً من { $amount }.
backup-unit-ml = الملّيلتر
backup-unit-oz = الأونصة
backup-summary = جديد: { $new }، محدَّث: { $updated }، دون تغيير: { $unchanged }، مستبعَد: { $rejected }.
backup-used = المستخدَم { $megabytes } ميغابايت.
backup-refused-empty = هذا الملف فارغ. لم يتغيّر شيء.
backup-refused-too-large = هذا الملف أكبر بكثير من أي نسخة احتياطية من { -brand }، لذلك لم يُفتح. لم يتغيّر شيء.
backup-refused-not-json = هذا الملف ليس نسخة احتياطية من { -brand }، أو انقطع في منتصفه (مثل تنزيل لم يكتمل). لم يتغيّر شيء.
backup-refused-not-relact = هذا الملف ليس نسخة احتياطية من { -brand }. لم يتغيّر شيء.
backup-refused-spreadsheet = هذا تصدير { -brand } لجداول البيانات ({ "\u2066" }.csv{ "\u2069" })، وهو مخصّص للقراءة في جدول بيانات؛ لا يمكن استيراده. لنقل السجلّ إلى هاتف آخر أو حفظه بأمان، يُستخدم «{ backup-export }» ثم يُستورد ذلك الملف. لم يتغيّر شيء.
backup-refused-newer = صُنعت هذه النسخة الاحتياطية بإصدار أحدث من { -brand } (الصيغة { $version }). يُرجى تحديث { -brand } أولًا. لم يتغيّر شيء.
backup-refused-bad-entries = قائمة الإدخالات في هذه النسخة الاحتياطية تالفة. لم يتغيّر شيء.
backup-refused-broken-character = في هذا الملف حرف مكسور (نصف حرف خاص مثل رمز تعبيري، أو بايتات ليست نصًّا)، لذلك لا يمكن قراءته. ربما تلف، أو غيّره برنامج آخر. لم يتغيّر شيء.
backup-refused-nothing-usable = لم يمكن استخدام أي إدخال في هذا الملف. لم يتغيّر شيء.
backup-refused-entry = الإدخال { $number }: { $reason }.
backup-refused-more = و{ $count } غيرها.
backup-rejected-unreadable = بياناته تالفة أو قيمها من نوع خاطئ
backup-rejected-bad-id = معرّفه مفقود أو تالف
backup-rejected-bad-stamps = تواريخه مستحيلة

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
medicines-summary-line = { $name } · { $advised } · { $dates } · { $taken }

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
journey-path-preparing = إنتاج الحليب قبل وصول طفلي (مثل التبنّي أو الحمل البديل أو حين يحمل شريكي أو شريكتي طفلنا).
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

# Warning signs: the safety sentences. They name the baby's doctor (طبيب طفلك), and the "get help
# now" lines say now (الآن). Counts take Arabic's six forms. Keep every { $placeholder }.

warning-today-title = يُستحسن الاتصال بالطبيب اليوم
warning-now-title = يجب طلب المساعدة الآن
warning-maybe-missed = إن لم يُسجَّل بعضها، فتُرجى إضافته.
warning-call-today = إن كان السجلّ صحيحًا، فيُرجى الاتصال بطبيب طفلك اليوم.
warning-get-help-now = إن كان ذلك صحيحًا، فيجب طلب المساعدة الآن: بالتوجّه إلى قسم الطوارئ الأقرب أو الاتصال برقم الطوارئ المحلي.
# Each line of the list finishes this sentence ("…إذا كان طفلك" + "لم يبلّل…").
warning-urgent-title = يجب طلب المساعدة الآن (قسم الطوارئ أو رقم الطوارئ المحلي) إذا كان طفلك
warning-urgent-intro = { warning-urgent-title }:
warning-urgent-open = متى يجب طلب المساعدة الآن
warning-urgent-dry = لم يبلّل أي حفاض منذ { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
       *[other] { $hours } ساعة
    } أو أكثر
warning-urgent-floppy = رخو الجسم، أو يصعب جدًّا إيقاظه، أو شديد النعاس فلا يستطيع أن يتغذّى
warning-urgent-fever = أصغر من { $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } وحرارته { $celsius } درجة مئوية أو أكثر
warning-urgent-breathing = يتنفّس بصعوبة، أو لون شفتيه أو جلده أزرق أو رمادي
warning-urgent-dehydrated = لديه يافوخ غائر (الموضع الليّن في أعلى الرأس)، وفم جاف، ولا دموع في عينيه
warning-urgent-vomiting = يتقيّأ قيئًا أخضر، أو يتقيّأ بقوة مرة بعد مرة
warning-urgent-yellow = جلده أصفر في { $hours ->
        [one] أول ساعة
        [two] أول ساعتين
        [few] أول { $hours } ساعات
       *[other] أول { $hours } ساعة
    } من عمره، أو يزداد اصفرار جلده وهو نعسان

warning-signs-title = يُرجى الاتصال بطبيب طفلك اليوم في الحالات التالية
warning-sign-wet = عدد الحفاضات المبللة في 24 ساعة أقل من نحو { $day1 } في اليوم الأول، و{ $day2 } في اليوم الثاني، و{ $day3 } في اليوم الثالث، و{ $day4 } في اليوم الرابع، ثم { $wet ->
        [one] حفاض واحد ثقيل
        [two] حفاضين ثقيلين
        [few] { $wet } حفاضات ثقيلة
        [many] { $wet } حفاضًا ثقيلًا
       *[other] { $wet } حفاض ثقيل
    } أو أكثر.
warning-sign-stools = من اليوم { $from } حتى عمر { $weeks ->
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weeks } أسابيع
        [many] { $weeks } أسبوعًا
       *[other] { $weeks } أسبوع
    }، أقل من { $stools ->
        [one] مرة تبرّز واحدة
        [two] مرتَي تبرّز
        [few] { $stools } مرات تبرّز
        [many] { $stools } مرة تبرّز
       *[other] { $stools } مرة تبرّز
    } في 24 ساعة.
warning-sign-dry = بعد اليوم { $day }، عدم تبلّل أي حفاض لمدة { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
       *[other] { $hours } ساعة
    } والطفل مستيقظ ويتغذّى، أو بول داكن أو بلّورات برتقالية مائلة إلى الوردي.
warning-sign-feeds = في أول { $weeks ->
        [one] أسبوع
        [two] أسبوعين
        [few] { $weeks } أسابيع
        [many] { $weeks } أسبوعًا
       *[other] { $weeks } أسبوع
    }، أقل من { $feeds ->
        [one] رضعة واحدة
        [two] رضعتين
        [few] { $feeds } رضعات
        [many] { $feeds } رضعة
       *[other] { $feeds } رضعة
    } في 24 ساعة.
warning-sign-newborn-weight = فقد المولود { $check }% من وزنه عند الولادة (يلزم تقييم التغذية) أو { $medical }% (يلزم فحص طبي)، أو ما زال وزنه ينقص بعد اليوم { $falling }، أو لم يعُد إلى وزن الولادة بعمر { $back ->
        [one] يوم واحد
        [two] يومين
        [few] { $back } أيام
        [many] { $back } يومًا
       *[other] { $back } يوم
    }.
warning-sign-gain = من عمر { $from ->
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $from } أسابيع
        [many] { $from } أسبوعًا
       *[other] { $from } أسبوع
    } حتى { $until ->
        [one] شهر واحد
        [two] شهرين
        [few] { $until } أشهر
        [many] { $until } شهرًا
       *[other] { $until } شهر
    }، زيادة أقل من نحو { $grams ->
        [one] غرام واحد
        [two] غرامين
        [few] { $grams } غرامات
        [many] { $grams } غرامًا
       *[other] { $grams } غرام
    } في الأسبوع، أو أي نقص في الوزن؛ وبعد ذلك، زيادة أقل بكثير من المعتاد لهذا العمر.
warning-sign-hungry = ما زال الطفل جائعًا بعد الحليب الإضافي المخطط له: ينبغي إعطاؤه المزيد. الخطة دليل، وليست حدًّا أبدًا.

warning-few-wet = { $wet ->
        [zero] لا يُظهر السجلّ أي حفاض مبلل
        [one] يُظهر السجلّ حفاضًا مبللًا واحدًا
        [two] يُظهر السجلّ حفاضين مبللين
        [few] يُظهر السجلّ { $wet } حفاضات مبللة
        [many] يُظهر السجلّ { $wet } حفاضًا مبللًا
       *[other] يُظهر السجلّ { $wet } حفاض مبلل
    } خلال { $hours ->
        [one] الساعة الأخيرة
        [two] الساعتين الأخيرتين
        [few] آخر { $hours } ساعات
       *[other] آخر { $hours } ساعة
    }. في عمر طفلك، يُتوقَّع نحو { $expected } أو أكثر خلال هذه المدة.
warning-few-stools = { $stools ->
        [zero] لا يُظهر السجلّ أي تبرّز
        [one] يُظهر السجلّ مرة تبرّز واحدة
        [two] يُظهر السجلّ مرتَي تبرّز
        [few] يُظهر السجلّ { $stools } مرات تبرّز
        [many] يُظهر السجلّ { $stools } مرة تبرّز
       *[other] يُظهر السجلّ { $stools } مرة تبرّز
    } خلال { $hours ->
        [one] الساعة الأخيرة
        [two] الساعتين الأخيرتين
        [few] آخر { $hours } ساعات
       *[other] آخر { $hours } ساعة
    }. في عمر طفلك، يُتوقَّع نحو { $expected } أو أكثر خلال هذه المدة.
warning-few-feeds = { $feeds ->
        [zero] لا يُظهر السجلّ أي رضعة
        [one] يُظهر السجلّ رضعة واحدة
        [two] يُظهر السجلّ رضعتين
        [few] يُظهر السجلّ { $feeds } رضعات
        [many] يُظهر السجلّ { $feeds } رضعة
       *[other] يُظهر السجلّ { $feeds } رضعة
    } خلال { $hours ->
        [one] الساعة الأخيرة
        [two] الساعتين الأخيرتين
        [few] آخر { $hours } ساعات
       *[other] آخر { $hours } ساعة
    }. في الأسابيع الأولى، يرضع الطفل نحو { $expected ->
        [one] مرة واحدة
        [two] مرتين
        [few] { $expected } مرات
       *[other] { $expected } مرة
    } أو أكثر خلال هذه المدة.
warning-dry-for = لم يُسجَّل أي حفاض مبلل منذ { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
       *[other] { $hours } ساعة
    } بينما كان طفلك مستيقظًا ويتغذّى.
warning-dry-long = لم يُسجَّل أي حفاض مبلل منذ { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
       *[other] { $hours } ساعة
    }. إن كان طفلك قد بلّل حفاضًا لم يُسجَّل بعد (أثناء الليل مثلًا)، فتُرجى مراجعة ذلك وإضافته.
warning-dark-urine = كان في أحد حفاضات آخر 24 ساعة بول داكن أو بلّورات برتقالية مائلة إلى الوردي. بعد الأيام الأولى، هذه علامة على أن طفلك يحتاج إلى مزيد من الحليب.
warning-newborn-loss-check = أحدث وزن لطفلك أقل من وزن الولادة بنسبة { $percent }%. ابتداءً من { $check }%، يلزم تقييم التغذية.
warning-newborn-loss-medical = أحدث وزن لطفلك أقل من وزن الولادة بنسبة { $percent }%. ابتداءً من { $medical }%، يحتاج طفلك إلى فحص طبي.
warning-weight-down = أحدث وزن لطفلك، { $latest } كغ، أقل من الوزن الذي قبله، { $before } كغ.
warning-not-back = أحدث وزن لطفلك، { $latest } كغ، ما زال أقل من وزن الولادة، { $birth } كغ. يعود معظم الأطفال إليه بعمر { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
warning-no-gain = لم يزد وزن طفلك منذ الوزن الذي سُجِّل قبل أسبوع أو أكثر. في هذا العمر، يُستحسن الاتصال بالطبيب إذا كانت الزيادة أقل من نحو { $minimum ->
        [one] غرام واحد
        [two] غرامين
        [few] { $minimum } غرامات
        [many] { $minimum } غرامًا
       *[other] { $minimum } غرام
    } في الأسبوع.
warning-slow-gain = زاد وزن طفلك نحو { $grams ->
        [one] غرام واحد
        [two] غرامين
        [few] { $grams } غرامات
        [many] { $grams } غرامًا
       *[other] { $grams } غرام
    } في الأسبوع منذ الوزن الذي سُجِّل قبل أسبوع أو أكثر. في هذا العمر، يُستحسن الاتصال بالطبيب إذا كانت الزيادة أقل من نحو { $minimum ->
        [one] غرام واحد
        [two] غرامين
        [few] { $minimum } غرامات
        [many] { $minimum } غرامًا
       *[other] { $minimum } غرام
    } في الأسبوع.

# The Guide. The sentences that send a parent for help (guide-routine-help, guide-help,
# guide-when-to-call-*, guide-herbs-*) are safety sentences, back-translated with the signs.
# Lists use verbal nouns (تقديم، قضاء…) rather than gendered imperatives.
guide-intro = هذا الدليل للأهل الذين يرغبون في استعادة حليبهم، وهو ما يُسمّى إعادة إدرار الحليب. وهو أيضًا لمن يرغبون في إدرار الحليب دون حمل وولادة، مثلًا لطفل بالكفالة أو التبنّي، وهو ما يُسمّى تحفيز إدرار الحليب دون حمل.
# «الثدي أو الصدر» مرة واحدة، ثم «الثدي» (TERMS.md).
guide-intro-words = نستخدم كلمة «الثدي»، ويفضّل بعض الأهل كلمة «الصدر»؛ ولكلٍّ أن يستخدم الكلمة التي تناسبه. هذا الدليل معلومات عامة، وليس نصيحة طبية.
guide-at-a-glance = باختصار
guide-routine-sessions = شفط الحليب أو عصره باليد أو الإرضاع من 8 إلى 12 مرة في 24 ساعة، بما في ذلك الليل.
guide-routine-cup = إعطاء الحليب الإضافي بالكوب أو بأداة الإرضاع التكميلي عند الثدي، بدلًا من زجاجة الرضاعة.
guide-routine-skin = قضاء وقت في تلامس الجلد بالجلد، وتقديم الثدي أو الصدر للطفل كثيرًا للتهدئة.
guide-routine-help = للمساعدة: التحدّث إلى طبيب طفلك، أو مستشارة رضاعة، أو قائدة في رابطة لا ليتشي.
guide-print = طباعة الدليل
guide-print-help = زر «طباعة» يفتح نافذة الطباعة في المتصفح مع معاينة. يمكن هناك اختيار طابعة، أو اختيار «حفظ بتنسيق PDF» للاحتفاظ بنسخة، واختيار الصفحات المراد طباعتها.
guide-help = للحصول على نصيحة تخصّك وتخصّ طفلك، يمكن التحدّث إلى طبيب طفلك، أو مستشارة رضاعة، أو قائدة في رابطة لا ليتشي قريبة منك.
guide-expect-heading = ما الذي يمكن توقّعه
guide-expect-paragraph-1 = يستطيع كثير من الأهل بناء إدرار الحليب من جديد بعد انقطاع، أو بناءه لأول مرة. يتوقف الناس عن الإرضاع لأسباب كثيرة: إجراء طبي، أو فترة بعيدًا عن الطفل، أو نصيحة لم تكن مناسبة لهم. البدء من جديد ممكن.
guide-expect-paragraph-2 = يتطلّب ذلك وقتًا وصبرًا وطفلًا مستعدًّا لالتقام الثدي. قد يستغرق ظهور الحليب الأول أيامًا أو بضعة أسابيع. بعض الأهل ينتجون كل الحليب الذي يحتاجه طفلهم، وآخرون يستمرون في إعطاء بعض الحليب الإضافي أيضًا. وكلتا النتيجتين جيدة: كل قطرة من حليبك مهمة.
guide-expect-paragraph-3 = خلال بناء الإدرار، من المهم مراقبة حفاضات الطفل ووزنه؛ فهي تُظهر إن كان طفلك يحصل على ما يكفي من الحليب.
guide-stimulating-heading = تحفيز الثديين
guide-stimulating-paragraph-1 = يُصنع الحليب عندما يُستخرج الحليب. تفريغ الثديين مرات أكثر يؤدي عادةً إلى حليب أكثر.
guide-stimulating-point-1 = عصر الحليب باليد أو شفطه بالمضخة من 8 إلى 12 مرة في اليوم.
guide-stimulating-point-2 = تخصيص 20 إلى 30 دقيقة لكل جلسة.
guide-stimulating-point-3 = عدم إغفال الليل: جلسة واحدة على الأقل في الوقت المعتاد للنوم.
guide-stimulating-point-4 = محاولة تفريغ الثديين تمامًا وكثيرًا؛ فهذا يساعد على زيادة الإدرار، ويساعد أيضًا على الوقاية من انسداد قنوات الحليب والتهاب الثدي.
guide-bringing-heading = إرضاع الطفل من الثدي
guide-bringing-paragraph-1 = الإرضاع أكثر من مجرد حليب: يجد طفلك فيه الراحة والطمأنينة، ويمنحه تلامس الجلد بالجلد فوائد مناعية أيضًا.
guide-bringing-point-1 = إذا كان طفلك يلتقم الثدي، فيُنصح بتقديم الثدي قبل كل رضعة وبعدها.
guide-bringing-point-2 = بين الرضعات، تقديم الثدي للتهدئة بقدر الإمكان، بدلًا من اللهّاية. وهذا يساعد أيضًا على زيادة الإدرار.
guide-bringing-point-3 = ترك الطفل يرضع قدر ما يشاء؛ لا يوجد حدّ زمني.
guide-bringing-point-4 = قضاء وقت في تلامس الجلد بالجلد: الطفل بالحفاض فقط، على الصدر العاري.
guide-supplements-heading = إعطاء الحليب الإضافي
guide-supplements-paragraph-1 = ريثما يزداد الإدرار، قد يحتاج طفلك أيضًا إلى حليبك المُستخرَج، أو حليب متبرَّع به، أو الحليب الصناعي. وطريقة إعطائه مهمة.
guide-supplements-point-1 = استخدام كوب صغير بدلًا من زجاجة الرضاعة. يُحمل الطفل في وضع مستقيم، ويُسنَد الكوب على شفته السفلى ويُمال فقط حتى يلامس الحليب الشفة. يُترك الطفل ليرتشف الحليب أو يلعقه على مهله. لا يُسكب الحليب في فمه أبدًا.
guide-supplements-point-2 = أو استخدام أداة الإرضاع التكميلي عند الثدي: أنبوب رفيع يُثبَّت بشريط لاصق بجانب الحلمة. يحصل الطفل على الحليب الإضافي وهو يرضع، ويُحفَّز الثدي في الوقت نفسه.
guide-supplements-point-3 = يمكن لخطة { -brand } المساعدة على تقليل الحليب الإضافي ببطء. يُتّفق على الوتيرة مع مستشارة الرضاعة، مع الاستمرار في مراقبة الحفاضات والوزن.
guide-when-to-call-heading = متى تُطلب المساعدة
guide-when-to-call-paragraph-1 = لا داعي للانتظار: يمكن طلب المساعدة مبكرًا إذا كان هناك ما يقلقك. العلامات التي تظهر على الطفل موجودة في أعلى هذا الدليل. أما ما يخصّ جسمك:
guide-when-to-call-point-1 = ألم أو تشقّقات أو نزيف: يُطلب من مستشارة الرضاعة فحص التقام الثدي أو مقاس قمع المضخة.
guide-when-to-call-point-2 = منطقة صلبة حمراء ساخنة مع حمّى أو شعور يشبه الإنفلونزا: يجب الاتصال بطبيب خلال 24 ساعة، مع الاستمرار في إخراج الحليب.
guide-when-to-call-point-3 = الراحة والمساعدة في البيت مهمّتان. الحزن أو القلق الذي يستمر أسبوعين أو أكثر يستحق أن يُخبَر به طبيب أو قابلة.
guide-when-to-call-point-4 = يُرجى الاتصال بطبيب طفلك عند الشك في أن طفلك يحصل على ما يكفي من الحليب.
guide-herbs-heading = الأعشاب والأدوية
guide-herbs-paragraph-1 = يسأل بعض الأهل عن مدرّات الحليب: أعشاب أو أدوية يُقال إنها تزيد الحليب. يُرجى التحدث مع طبيب مُلمّ بالرضاعة الطبيعية قبل تناول أيٍّ منها؛ فهو سيراجع معك تاريخك الطبي وأهدافك.
guide-herbs-paragraph-2 = لا يقترح { -brand } أي عشبة أو دواء أو جرعة.
guide-support-heading = الحصول على الدعم
guide-support-paragraph-1 = لا داعي لخوض هذه التجربة دون سند. الدعم يُحدث فرقًا حقيقيًا.
guide-support-point-1 = التواصل مع مجموعة رابطة لا ليتشي المحلية أو مع قائدة فيها. دليل المجموعات على llli.org.
guide-support-point-2 = تنظّم رابطة لا ليتشي أيضًا مجموعات دعم عبر الإنترنت للأهل الذين يعملون على إعادة إدرار الحليب أو تحفيزه.
guide-support-point-3 = قبول المساعدة عندما يعرضها الآخرون في التسوّق أو الطبخ أو أعمال البيت؛ فهذا يمنحك وقتًا لطفلك ولجلساتك.

# Further reading: the title in Arabic, then who publishes it and in which language.
guide-further = قراءات إضافية
guide-further-note = هذه المقالات والقصص من مجموعات رابطة لا ليتشي ومن مصادر أخرى. يمكن البحث عن عناوينها عند الاتصال بالإنترنت.
guide-find-support = للعثور على مجموعة أو قائدة في رابطة لا ليتشي: llli.org
guide-reading-lll-gb = إعادة إدرار الحليب وتحفيزه دون حمل (رابطة لا ليتشي في بريطانيا، بالإنجليزية)
guide-reading-lll-greece = دليل إعادة إدرار الحليب (رابطة لا ليتشي في اليونان)
guide-reading-lll-netherlands = إعادة إدرار الحليب (رابطة لا ليتشي في هولندا، بالهولندية)
guide-reading-lll-italy = هل يمكن إعادة إدرار الحليب؟ (رابطة لا ليتشي في إيطاليا، بالإيطالية)
guide-reading-south-africa = قصتي مع إعادة إدرار الحليب، من جنوب أفريقيا (بالإنجليزية)
guide-reading-lll-usa = تحفيز إدرار الحليب وإعادته (رابطة لا ليتشي في الولايات المتحدة، بالإنجليزية)
guide-reading-drip-drop = طريقة الإرضاع بالتنقيط (بالإنجليزية)
guide-reading-feed-the-baby = إطعام الطفل: بناء إدرار الحليب (بالإنجليزية)
guide-reading-volver-al-pecho = العودة إلى الثدي (بالإسبانية)
guide-reading-baby-who-doesnt-nurse = الطفل الذي لا يرضع من الثدي (بالإنجليزية)
guide-reading-suplementacion = الإرضاع التكميلي عند الثدي (بالإسبانية)
guide-reading-supplementer-nursing = الإرضاع بأداة الإرضاع التكميلي عند الثدي (بالإنجليزية)
guide-reading-adopted-baby = إرضاع طفل بالتبنّي (بالإنجليزية)
guide-reading-without-giving-birth = الإرضاع دون ولادة (بالإنجليزية)

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
progress-ahead-between = { " · " }
progress-dated = { $day } · { $what }
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
share-title = المشاركة بين هواتف العائلة
share-intro = هاتفان أو أكثر، وسجلّ واحد: ما يُدخَل على أيٍّ منها يظهر عليها كلها. تمرّ الإدخالات عبر خادم CouchDB تديره العائلة أو تستأجره، مقفلةً بمفتاح لا تملكه إلا هواتف العائلة، فلا يستطيع الخادم قراءة وقت ولا حجم ولا ملاحظة.
share-not-shared = غير مُشارَك. لا يخرج شيء من هذا الهاتف.
share-start = بدء المشاركة
share-start-help = على الهاتف الأول: عنوان خادم العائلة واسم لقاعدة البيانات. يُنشئ { -brand } مفتاحًا جديدًا ويعرض رمز اقتران للهواتف الأخرى.
share-server-help-link = ما الخادم، وكيف نحصل على واحد؟
share-join = الانضمام إلى سجلّ مُشارَك
share-join-help = على هاتف آخر (هاتف الشريك أو الشريكة، أو الجدّ أو الجدّة): مسح رمز QR الظاهر على هاتف يشارك، أو لصق رمز الاقتران أو رابطه هنا.
share-server = عنوان الخادم
share-server-hint = https://couch.example.org
share-database = قاعدة البيانات
share-user = اسم المستخدم (إن طلبه الخادم)
share-password = كلمة المرور (إن طلبها الخادم)
share-name = اسم هذا الهاتف
share-default-name = هاتفي
share-code = رمز الاقتران
share-link = رابط الاقتران
share-code-help = على الهاتف الآخر، تُوجَّه الكاميرا نحو رمز QR هذا ويُفتح الرابط، أو يُرسَل الرابط إليه. كل من يملك هذا الرمز يستطيع قراءة السجلّ المُشارَك: لا يُعطى إلا لهواتف العائلة.
share-qr-label = رمز QR لرابط الاقتران
share-copy = نسخ الرابط
share-copied = نُسخ رابط الاقتران.
share-send = إرسال الرابط…
share-checking = جارٍ فحص الخادم…
share-check = فحص هذا الخادم
share-sync-now = المزامنة الآن
share-stop = إيقاف المشاركة
share-stop-confirm = إيقاف المشاركة على هذا الهاتف؟ سينسى الخادم والمفتاح، وتبقى كل الإدخالات على هذا الهاتف. يمكن الانضمام من جديد برمز الاقتران.
share-stop-yes = نعم، إيقاف المشاركة
share-stop-no = متابعة المشاركة
share-stopped = توقفت المشاركة على هذا الهاتف. السجلّ ما زال هنا.
share-started = بدأت المشاركة. يمكن الآن عرض رمز الاقتران على الهاتف الآخر.
share-joined = تمّ الانضمام. تصل إدخالات الهواتف الأخرى بعد لحظات.
share-phones = الهواتف التي تشارك هذا السجلّ
share-this-phone = (هذا الهاتف)
share-rename = حفظ الاسم
share-show-code = عرض رمز الاقتران
share-hide-code = إخفاء رمز الاقتران

share-join-title = الانضمام إلى سجلّ العائلة
share-join-yes = انضمام
share-join-not-now = ليس الآن
share-already-sharing-here = هذا الهاتف يشارك سجلًّا بالفعل. للانضمام إلى سجلّ آخر، يجب إيقاف المشاركة أولًا من الإعدادات.
share-to-settings = الذهاب إلى المشاركة في الإعدادات
share-no-code-in-link = لا يحمل هذا الرابط رمز اقتران. يُرجى فتح الرابط من جديد من رمز QR على الهاتف الآخر، أو لصق الرمز في الإعدادات.
share-join-ask = يضمّ هذا الرابط هذا الهاتف إلى سجلّ مُشارَك على الخادم { $server } (قاعدة البيانات { $database }). ما يُدخَل على أي هاتف من هواتف العائلة سيظهر على هذا الهاتف أيضًا. هل يتمّ الانضمام؟

share-retry-soon = سيحاول { -brand } من جديد خلال أقل من دقيقة.
share-retry-at = سيحاول { -brand } من جديد في الساعة { $time }.
share-status-syncing = مُشارَك · جارٍ المزامنة…
share-status-waiting = في انتظار الاتصال، والإدخالات في أمان على هذا الهاتف.
share-status-not-synced-yet = مُشارَك · لم تتمّ المزامنة بعد
share-status-synced-now = مُشارَك · تمّت المزامنة للتوّ
share-status-synced-minutes = { $minutes ->
    [one] مُشارَك · تمّت المزامنة منذ دقيقة
    [two] مُشارَك · تمّت المزامنة منذ دقيقتين
    [few] مُشارَك · تمّت المزامنة منذ { $minutes } دقائق
   *[other] مُشارَك · تمّت المزامنة منذ { $minutes } دقيقة
}
share-status-synced-hours = { $hours ->
    [one] مُشارَك · تمّت المزامنة منذ ساعة
    [two] مُشارَك · تمّت المزامنة منذ ساعتين
    [few] مُشارَك · تمّت المزامنة منذ { $hours } ساعات
   *[other] مُشارَك · تمّت المزامنة منذ { $hours } ساعة
}
share-status-synced-days = { $days ->
    [one] مُشارَك · تمّت المزامنة منذ يوم
    [two] مُشارَك · تمّت المزامنة منذ يومين
    [few] مُشارَك · تمّت المزامنة منذ { $days } أيام
    [many] مُشارَك · تمّت المزامنة منذ { $days } يومًا
   *[other] مُشارَك · تمّت المزامنة منذ { $days } يوم
}
share-not-synced = لم تتمّ المزامنة.
share-nothing-changed = لم يتغيّر شيء على هذا الهاتف.
share-arrived-before-stop = { $count ->
    [zero] لم يصل أي إدخال قبل التوقف؛ تصل الإدخالات مع المزامنة التالية.
    [one] وصل إدخال واحد قبل التوقف؛ وتصل البقية مع المزامنة التالية.
    [two] وصل إدخالان قبل التوقف؛ وتصل البقية مع المزامنة التالية.
    [few] وصلت { $count } إدخالات قبل التوقف؛ وتصل البقية مع المزامنة التالية.
    [many] وصل { $count } إدخالًا قبل التوقف؛ وتصل البقية مع المزامنة التالية.
   *[other] وصل { $count } إدخال قبل التوقف؛ وتصل البقية مع المزامنة التالية.
}
share-unreadable = { $count ->
    [zero] لا يوجد على الخادم عنصر تعذّر فتحه. تمّت مشاركة كل شيء كالمعتاد.
    [one] تعذّر فتح عنصر واحد على الخادم فتمّ تخطّيه. تمّت مشاركة كل ما عداه كالمعتاد.
    [two] تعذّر فتح عنصرين على الخادم فتمّ تخطّيهما. تمّت مشاركة كل ما عداهما كالمعتاد.
    [few] تعذّر فتح { $count } عناصر على الخادم فتمّ تخطّيها. تمّت مشاركة كل ما عداها كالمعتاد.
    [many] تعذّر فتح { $count } عنصرًا على الخادم فتمّ تخطّيها. تمّت مشاركة كل ما عداها كالمعتاد.
   *[other] تعذّر فتح { $count } عنصر على الخادم فتمّ تخطّيها. تمّت مشاركة كل ما عداها كالمعتاد.
}
share-remove-unreadable = { $count ->
    [one] إزالته من الخادم
    [two] إزالتهما من الخادم
   *[other] إزالتها من الخادم
}
share-remove-unreadable-help = ربما تكون تالفة، أو كتبها من لا يملك مفتاح العائلة. إزالتها لا تمسّ شيئًا على هذا الهاتف؛ وإن كانت لدى هذا الهاتف نسخته الخاصة من إدخال ما، تُرفَع تلك النسخة من جديد.
share-removed-unreadable = { $count ->
    [0] لم يكن هناك ما يلزم إزالته: هذه العناصر تُفتح الآن.
    [one] أُزيل عنصر واحد من الخادم.
    [two] أُزيل عنصران من الخادم.
    [few] أُزيلت { $count } عناصر من الخادم.
    [many] أُزيل { $count } عنصرًا من الخادم.
   *[other] أُزيل { $count } عنصر من الخادم.
}

share-problem-offline = تعذّر الوصول إلى الخادم. الإدخالات في أمان على هذا الهاتف.
share-problem-dropped = انقطع الاتصال في منتصف ردّ الخادم.
share-problem-unconfirmed = أُرسلت إدخالات هذا الهاتف، لكن ردّ الخادم انقطع: ربما استلمها الخادم. سيتحقق { -brand } من ذلك في المزامنة التالية.
share-problem-unauthorized = لم يقبل الخادم اسم المستخدم أو كلمة المرور. يُرجى التحقق منهما مع من يدير الخادم.
share-problem-no-database = لا توجد قاعدة بيانات بهذا الاسم على هذا الخادم.
share-problem-server = حدثت مشكلة في الخادم. الإدخالات في أمان على هذا الهاتف.
share-problem-not-couch = أجاب العنوان، ولكن ليس كخادم CouchDB (ربما هي صفحة تسجيل دخول).
share-problem-truncated = انقطع ردّ الخادم.
share-problem-unreadable = لا يمكن استخدام نسخة مفتاح العائلة على هذا الهاتف. يُرجى الانضمام من جديد برمز الاقتران من هاتف آخر.
share-problem-newer = على الخادم إدخالات من إصدار أحدث من { -brand }. يُرجى تحديث { -brand } على هذا الهاتف؛ لم يُتخطَّ أي شيء.
share-problem-removed = أزال هاتف آخر هذا الهاتف من المشاركة. يبقى سجلّه هنا؛ وللمشاركة من جديد، يمكن الانضمام برمز اقتران من هاتف يشارك.
share-problem-key-change-refused = تعذّر التحقق من مفتاح عائلة جديد على الخادم، لذلك لم يأخذه هذا الهاتف.
share-problem-wrong-key = هذا الرمز لا يفتح السجلّ على ذلك الخادم: إنه لعائلة أخرى أو لاقتران قديم. لم يُكتب أي شيء.
share-problem-not-shared = لم يبدأ أحد المشاركة في قاعدة البيانات هذه بعد. يُرجى بدء المشاركة على الهاتف الأول، ثم استخدام رمزه هنا.
share-problem-already-shared = قاعدة البيانات هذه تحمل سجلّ عائلة بالفعل. يمكن الانضمام إليه برمز اقتران ذلك الهاتف، أو اختيار اسم آخر لقاعدة البيانات.
share-problem-store = تعذّرت قراءة سجلّ هذا الهاتف أو الكتابة فيه.

share-setup-not-shared = غير مُشارَك.
# { "\u2066" }…{ "\u2069" } keeps a technical word (https://, RELACT1-) left to right inside Arabic.
share-setup-no-crypto = لا يستطيع هذا المتصفح التشفير هنا. يُرجى فتح { -brand } من عنوانه الذي يبدأ بـ { "\u2066" }https://{ "\u2069" }.
share-code-not-a-code = هذا ليس رمز اقتران من { -brand }. رمز الاقتران يبدأ بـ { "\u2066" }RELACT1-{ "\u2069" }.
share-code-mistyped = في هذا الرمز خطأ (حرف تغيّر أو نقص). يُرجى نسخه من جديد من الهاتف الآخر.
share-code-newer = صُنع هذا الرمز بإصدار أحدث من { -brand }. يُرجى تحديث { -brand } على هذا الهاتف أولًا.
share-code-bad-server = يجب أن يبدأ عنوان الخادم بـ { "\u2066" }https://{ "\u2069" } (أو أن يكون { "\u2066" }http://localhost{ "\u2069" } للتجربة).
share-code-bad-database = يبدأ اسم قاعدة البيانات بحرف لاتيني صغير، ولا يستخدم إلا الحروف اللاتينية الصغيرة والأرقام و { "\u2066" }_ $ ( ) + - /{ "\u2069" }.

share-checked-ready = هذا الخادم يعمل: قُبل تسجيل الدخول، وقاعدة البيانات جاهزة لسجلّ العائلة.
share-checked-no-database-yet = هذا الخادم يعمل ويقبل تسجيل الدخول؛ سيُنشئ { -brand } قاعدة البيانات عند بدء المشاركة.
share-checked-shared = قاعدة البيانات هذه تحمل سجلّ عائلة بالفعل: يمكن الانضمام إليه برمز الاقتران من هاتف يشاركه، أو اختيار اسم آخر لقاعدة البيانات.
share-checked-no-answer = لم يُجب أي خادم على هذا العنوان: يُرجى التحقق من العنوان، ومن أن الخادم يسمح بعنوان { -brand } (إعداد CORS فيه).
share-checked-refused = أجاب الخادم لكنه رفض اسم المستخدم أو كلمة المرور: يُرجى التحقق منهما مع من يدير الخادم.
share-checked-not-couch = أجاب شيء على هذا العنوان، لكنه ليس خادم CouchDB: يُرجى التحقق من العنوان (كثيرًا ما ينتهي بـ { "\u2066" }:5984{ "\u2069" }).
share-checked-error = أجاب الخادم بخطأ: يمكن المحاولة لاحقًا، أو سؤال من يديره.

share-server-help-title = الحصول على خادم
share-server-help-what-title = ما فائدته
share-server-help-what = تحتاج المشاركة إلى مكان على الإنترنت تترك فيه الهواتف الإدخالات بعضها لبعض، حتى يلحق هاتف بما فاته بينما الآخر مطفأ أو بلا إشارة. يستخدم { -brand } لذلك خادم CouchDB: برنامج قواعد بيانات صغير ومجاني تشغّله جهات استضافة كثيرة.
share-server-help-sees-title = ما يراه الخادم
share-server-help-sees = لا شيء يمكن قراءته. يُقفَل كل إدخال على الهاتف قبل أن يخرج، بمفتاح لا تملكه إلا هواتف العائلة. يرى الخادم عدد العناصر المقفلة ومتى تتغيّر، لا وقتًا ولا حجمًا ولا ملاحظة ولا اسم هاتف.
share-server-help-cost = سجلّ العائلة صغير جدًا (سنة من الإدخالات بضعة ميغابايتات)، فالخطط المجانية لخدمات الاستضافة أكثر من كافية.
share-server-help-ways-title = ثلاث طرق للحصول على خادم
share-server-help-hosted-title = خدمة CouchDB مستضافة
share-server-help-hosted = بعض الشركات تشغّل CouchDB نيابةً عن العائلة، وكثير منها بخطة مجانية. بعد التسجيل، تُنشأ قاعدة بيانات ومستخدم يحقّ له القراءة منها والكتابة فيها، ويُسمح في إعداداتها بعنوان { -brand } (CORS). ثم يُستخدم عنوانها هنا.
share-server-help-home-title = خادم منزلي أو جهاز NAS
share-server-help-home = إن كان لدى العائلة خادم منزلي أو قرص شبكي يشغّل الحاويات، فيمكنه تشغيل صورة CouchDB الرسمية (واسمها couchdb). يجب أن تصل إليه الهواتف من خارج المنزل عبر { "\u2066" }https://{ "\u2069" }، لذا يناسب هذا من يحسن التعامل مع جهاز الراوتر.
share-server-help-friend-title = شخص موثوق يدير خادمًا
share-server-help-friend = من يعتني بالخوادم يستطيع إنشاء قاعدة بيانات ومستخدم للعائلة في دقائق. يكفي أن تُعرض عليه هذه الصفحة.
share-server-help-for-friend-title = لمن يتولّى الإعداد
share-server-help-for-friend = يصلح أي CouchDB 3. المطلوب: إنشاء قاعدة بيانات ومستخدم عضو فيها؛ والسماح بالطلبات عبر المصادر (CORS) من { $origin } مع بيانات الاعتماد، للطرق GET و PUT و POST والترويسات accept و authorization و content-type؛ وتقديمها عبر { "\u2066" }https://{ "\u2069" }. ثم إعطاء العائلة العنوان واسم قاعدة البيانات واسم المستخدم وكلمة المرور.
share-server-help-check-title = فحصه
share-server-help-check = بالعودة إلى الإعدادات، يُملأ العنوان وقاعدة البيانات والمستخدم وكلمة المرور، ثم يُضغط «{ share-check }»: يقول { -brand } في جملة واحدة ما يعمل وما يجب إصلاحه، قبل كتابة أي شيء.
share-server-help-back = العودة إلى المشاركة

share-hand-title = من يد إلى يد، دون خادم
share-hand-help = إرسال السجلّ كاملًا إلى هاتف آخر في ملف مقفل عبر قائمة المشاركة (تطبيق مراسلة، أو Bluetooth، أو Nearby Share، أو AirDrop). على الهاتف الآخر، يُفتح الملف بـ { -brand }: تُدمج الإدخالات بالقاعدة نفسها التي تُدمج بها النسخة الاحتياطية، فتكرار ذلك كثيرًا يُبقي الهاتفين متوافقين.
share-hand-send = إرسال سجلّي إلى هاتف آخر
share-hand-passphrase = عبارة المرور لهذا الملف
share-hand-passphrase-help = تُقال بصوت مسموع لمن يحمل الهاتف الآخر، ولا تُرسَل أبدًا مع الملف. 8 حروف أو أرقام على الأقل؛ المسافات والشَّرطات لا تُحسب.
share-hand-passphrase-short = تحتاج عبارة المرور إلى 8 حروف أو أرقام على الأقل (المسافات والشَّرطات لا تُحسب).
share-hand-family-lock = هذا الهاتف يشارك سجلًّا، لذا يُقفَل الملف بمفتاح العائلة: الهاتف الذي يشارك السجلّ نفسه يفتحه دون عبارة مرور.
share-hand-use-passphrase = قفله بعبارة مرور بدلًا من ذلك (لهاتف لا يشارك هذا السجلّ)
share-hand-sealing = جارٍ قفل الملف…
share-hand-shared = سُلّم الملف المقفل إلى قائمة المشاركة.
share-hand-downloaded = حُفظ الملف المقفل في تنزيلات هذا الهاتف. يُرسَل إلى الهاتف الآخر، ويُفتح هناك بـ { -brand }.
share-hand-failed = تعذّر إنشاء الملف على هذا الهاتف. لم يُرسَل أي شيء.
share-hand-open-failed = تعذّر فتح الملف على هذا الهاتف. لم يُكتب أي شيء.
share-hand-receive-title = فتح سجلّ من هاتف آخر
share-hand-receive-help = اختيار الملف المُرسَل من الهاتف الآخر (relact-log-….txt). حيث يتيح الهاتف ذلك، يجلب خيار «الفتح بـ { -brand }» في قائمة المشاركة الملف إلى هنا تلقائيًا.
share-hand-receive-link = فتح سجلّ من هاتف آخر
share-hand-choose = اختيار الملف
share-hand-received = وصل ملف سجلّ من هاتف آخر.
share-hand-ask-passphrase = هذا الملف مقفل بعبارة مرور. يُرجى كتابة عبارة المرور التي قيلت عند إرسال الملف.
share-hand-open = فتح الملف
share-hand-opening = جارٍ فتح الملف…
share-hand-wrong-passphrase = عبارة المرور هذه لا تفتح هذا الملف، أو تلف الملف في الطريق. لم يُكتب أي شيء. يُرجى التحقق من عبارة المرور والمحاولة من جديد.
share-hand-other-family = هذا الملف مقفل بمفتاح عائلة لا يملكه هذا الهاتف: مفتاح عائلة أخرى، أو مفتاح من قبل إزالة هاتف من المشاركة. لم يُكتب أي شيء.
share-hand-not-paired = هذا الملف مقفل بمفتاح عائلة، وهذا الهاتف لا يشارك أي سجلّ. يجب الانضمام إلى العائلة أولًا، أو طلب ملف مقفل بعبارة مرور. لم يُكتب أي شيء.
share-hand-not-a-log = فُتح الملف، لكن ما بداخله ليس سجلًّا من { -brand }. لم يُكتب أي شيء.
share-hand-file-not-ours = هذا ليس ملفًا من «{ share-hand-send }». (النسخة الاحتياطية تُفتح من الإعدادات ← بياناتي.) لم يُكتب أي شيء.
share-hand-file-newer = صُنع هذا الملف بإصدار أحدث من { -brand }. يُرجى تحديث { -brand } على هذا الهاتف أولًا. لم يُكتب أي شيء.
share-hand-file-damaged = هذا الملف تالف، فلا يمكن فتحه. لم يُكتب أي شيء. يمكن طلب إرساله من جديد.

share-phones-remove = إزالة من المشاركة
share-phones-remove-yes = نعم، إزالته
share-phones-remove-no = إبقاؤه
share-phones-removing = جارٍ إنشاء مفتاح عائلة جديد…
share-phones-remove-label = إزالة { $name } من المشاركة
share-phones-remove-ask = إزالة { $name } من المشاركة؟ يُنشئ هذا الهاتف مفتاح عائلة جديدًا ويعطيه للهواتف الباقية، فلا يستطيع { $name } فتح أي شيء يُشارَك من الآن فصاعدًا. ما لدى { $name } بالفعل يبقى عليه. إن كان قد ضاع، فيُستحسن أيضًا أن يُطلب ممن يدير الخادم تغيير كلمة مروره.
share-phones-removed = أُزيل { $name } من المشاركة. تأخذ الهواتف الأخرى المفتاح الجديد في مزامنتها التالية.
share-phones-keyless = { $count ->
    [zero] لا يوجد هاتف آخر فاته المفتاح الجديد.
    [one] لم يُزامَن هاتف آخر منذ تحديث { -brand }، فتعذّر إعطاؤه المفتاح الجديد: يُرجى ضمّه من جديد برمز الاقتران.
    [two] لم يُزامَن هاتفان آخران منذ تحديث { -brand }، فتعذّر إعطاؤهما المفتاح الجديد: يُرجى ضمّهما من جديد برمز الاقتران.
    [few] لم تُزامَن { $count } هواتف أخرى منذ تحديث { -brand }، فتعذّر إعطاؤها المفتاح الجديد: يُرجى ضمّها من جديد برمز الاقتران.
    [many] لم يُزامَن { $count } هاتفًا آخر منذ تحديث { -brand }، فتعذّر إعطاؤها المفتاح الجديد: يُرجى ضمّها من جديد برمز الاقتران.
   *[other] لم يُزامَن { $count } هاتف آخر منذ تحديث { -brand }، فتعذّر إعطاؤها المفتاح الجديد: يُرجى ضمّها من جديد برمز الاقتران.
}

# (the messages of this part go above this line)

## Why a save failed, and why an entry was refused (problem-store-*, invalid-*).
problem-store-unavailable = لا يسمح هذا المتصفح لـ Relact بحفظ سجلّ (وضع التصفح الخاص أو إعداد محظور). لا يمكن حفظ أي شيء هنا حتى يتغيّر ذلك.
problem-store-quota = لم تعد في الهاتف مساحة لـ Relact، لذلك لم يُحفظ هذا. لم يتغيّر شيء مما حُفظ من قبل. تفريغ بعض المساحة في الهاتف سيساعد.
problem-store-version = تمّ تحديث Relact في علامة تبويب أخرى. يُرجى إعادة تحميل هذه الصفحة للمتابعة؛ لم يضِع شيء.
problem-store-other = تعذّر الحفظ على هذا الجهاز. لم يتغيّر شيء مما حُفظ من قبل.
invalid-end-not-after-start = يجب أن يكون وقت الانتهاء بعد وقت البدء.
invalid-session-too-long = لا تزيد الجلسة على 12 ساعة. يُرجى التحقق من الأوقات.
invalid-segment-outside = جزء من هذه الجلسة يقع خارج بدايتها ونهايتها.
invalid-volume-range = يجب أن يكون الحليب من كل جهة بين 0 و1000 مل.
invalid-amount-range = يجب أن تكون الرضعة التكميلية بين 0 و500 مل.
invalid-weight-range = يجب أن يكون الوزن بين 500 غ و30 كغ.
invalid-diaper-empty = يُرجى اختيار مبلّل أو متّسخ أو كليهما.
invalid-notes-too-long = لا تزيد الملاحظات على 2000 حرف.
invalid-in-future = هذا الوقت في المستقبل. يُرجى التحقق من الساعة.
invalid-notes-control = في الملاحظات حرف تحكّم غير مرئي (مثل بايت NUL) لا تكتبه أي لوحة مفاتيح، لذلك تبدو تالفة. لا يُحفظ إلا الحروف والأرقام والرموز وعلامات الجدولة والأسطر الجديدة.
invalid-medicine-name-empty = يُرجى كتابة الاسم كما هو على العلبة أو الوصفة.
invalid-medicine-name-too-long = لا يزيد الاسم على 200 حرف. يُرجى اختصاره.
invalid-advised-by-empty = يُرجى كتابة من نصح به (اسم أو صفة)، أو تحديد «اختياري الشخصي».
invalid-advised-by-too-long = لا يزيد اسم من نصح به على 200 حرف.
invalid-medicine-date-missing = يُرجى اختيار يوم البدء.
invalid-date-range = يُرجى التحقق من التواريخ: تبدو السنة خاطئة.
invalid-stop-before-start = لا يمكن أن يكون تاريخ التوقف قبل تاريخ البدء.
invalid-taken-outside = يوم محدّد على أنه أُخذ فيه يقع خارج التواريخ.
invalid-test-weight-smaller = الوزن بعد الرضعة أقل منه قبلها. يُرجى التحقق من الرقمين: لم يُحفظ شيء.
invalid-test-weight-too-much = يختلف الوزنان بأكثر مما يمكن أن تعطيه رضعة واحدة (500 غ). يُرجى التحقق من الرقمين.
invalid-milestone-unknown = هذه المحطة من نوع لا تعرفه هذه النسخة من Relact. تحديث Relact سيسمح بحفظها.
invalid-milestone-words-empty = يُرجى كتابة بضع كلمات لمحطتك الخاصة.
invalid-milestone-words-too-long = لا تزيد محطتك على 200 حرف. يُرجى اختصارها.
invalid-milestone-day-mismatch = يوم المحطة ووقتها غير متطابقين.
