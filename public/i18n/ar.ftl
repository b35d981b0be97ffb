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
today-longest-gap = أطول انقطاع اليوم
today-expressed = الحليب المستخرَج اليوم
today-supplement = الحليب الإضافي اليوم
today-at-breast = الرضاعة والتهدئة على الثدي
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
# (the messages of this part go above this line)

## Warning signs and the Guide (warning-*, guide-*). Every safety sentence is back-translated in
## public/i18n/back-translations/<language>.md.
# (the messages of this part go above this line)

## Progress (progress-*).
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
