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
# (the messages of this part go above this line)

## Sharing between a family's phones (share-*).
# (the messages of this part go above this line)
