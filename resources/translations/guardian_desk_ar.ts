<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="231"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="241"/>
        <source>— none —</source>
        <translation>— لا أحد —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="246"/>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="247"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="248"/>
        <source>Team member:</source>
        <translation>عضو الفريق:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="249"/>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="250"/>
        <source>The same passphrase again:</source>
        <translation>عبارة المرور نفسها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="254"/>
        <source>Give the passphrase to the person in private; they choose their own at their first sign-in.</source>
        <translation>أعطِ عبارة المرور للشخص على انفراد؛ وسيختار عبارته الخاصة عند أول تسجيل دخول.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="260"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="266"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="280"/>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="281"/>
        <source>View…</source>
        <translation>عرض…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="282"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="304"/>
        <source>No file attached</source>
        <translation>لا يوجد ملف مرفق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="311"/>
        <source>File kept with the case</source>
        <translation>الملف محفوظ مع القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="321"/>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="323"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>المسوحات الضوئية (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="336"/>
        <source>what</source>
        <translation>ما</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="337"/>
        <source>action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="338"/>
        <source>entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="339"/>
        <source>sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="340"/>
        <source>form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="341"/>
        <source>format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="342"/>
        <source>cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="343"/>
        <source>seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="344"/>
        <source>references</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="345"/>
        <source>user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="346"/>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="347"/>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="348"/>
        <source>how</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="349"/>
        <source>failed before</source>
        <translation>محاولات فاشلة سابقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="350"/>
        <source>at</source>
        <translation>في</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="351"/>
        <source>report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="352"/>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="353"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="354"/>
        <source>filters</source>
        <translation>عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="106"/>
        <source>&lt;b&gt;Audit log&lt;/b&gt;</source>
        <translation>&lt;b&gt;سجل التدقيق&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="117"/>
        <source>Only the entries of this person</source>
        <translation>قيود هذا الشخص فقط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="120"/>
        <source>Only the entries of this action</source>
        <translation>قيود هذا الإجراء فقط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="123"/>
        <source>Case reference</source>
        <translation>مرجع القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="124"/>
        <source>Only the entries about this case</source>
        <translation>القيود الخاصة بهذه القضية فقط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="127"/>
        <source>&amp;Person</source>
        <translation>&amp;الشخص</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="128"/>
        <source>A&amp;ction</source>
        <translation>الإ&amp;جراء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="129"/>
        <source>C&amp;ase</source>
        <translation>ال&amp;قضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="132"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="135"/>
        <source>Per&amp;iod</source>
        <translation>ال&amp;فترة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="138"/>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="139"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;تحقق من السلسلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="140"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="150"/>
        <source>Audit log entries, newest first</source>
        <translation>قيود سجل التدقيق، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="153"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="154"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="155"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="156"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="157"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="158"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="187"/>
        <source>any day</source>
        <translation>أي يوم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="226"/>
        <source>Not read.</source>
        <translation>لم يُقرأ.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="231"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="233"/>
        <source>Every action</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="254"/>
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>أحدث %n قيد؛ ضيّق عوامل التصفية لرؤية الأقدم.</numerusform>
            <numerusform>أحدث %n قيد؛ ضيّق عوامل التصفية لرؤية الأقدم.</numerusform>
            <numerusform>أحدث %n قيد؛ ضيّق عوامل التصفية لرؤية الأقدم.</numerusform>
            <numerusform>أحدث %n قيد؛ ضيّق عوامل التصفية لرؤية الأقدم.</numerusform>
            <numerusform>أحدث %n قيد؛ ضيّق عوامل التصفية لرؤية الأقدم.</numerusform>
            <numerusform>أحدث %n قيد؛ ضيّق عوامل التصفية لرؤية الأقدم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="256"/>
        <source>Entries: %n.</source>
        <translation>
            <numerusform>القيود: %n.</numerusform>
            <numerusform>القيود: %n.</numerusform>
            <numerusform>القيود: %n.</numerusform>
            <numerusform>القيود: %n.</numerusform>
            <numerusform>القيود: %n.</numerusform>
            <numerusform>القيود: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="282"/>
        <source>The chain is whole. Entries: %n, each chained to the one before.</source>
        <translation>
            <numerusform>السلسلة سليمة. القيود: %n، كل قيد مرتبط بالذي قبله.</numerusform>
            <numerusform>السلسلة سليمة. القيود: %n، كل قيد مرتبط بالذي قبله.</numerusform>
            <numerusform>السلسلة سليمة. القيود: %n، كل قيد مرتبط بالذي قبله.</numerusform>
            <numerusform>السلسلة سليمة. القيود: %n، كل قيد مرتبط بالذي قبله.</numerusform>
            <numerusform>السلسلة سليمة. القيود: %n، كل قيد مرتبط بالذي قبله.</numerusform>
            <numerusform>السلسلة سليمة. القيود: %n، كل قيد مرتبط بالذي قبله.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="315"/>
        <source>Entries written to {0}: %n. It is a clear copy that names cases: keep it safe and delete it when it is no longer needed.</source>
        <translation>
            <numerusform>القيود المكتوبة في {0}: %n. إنها نسخة غير مشفّرة تذكر القضايا: احفظها في مكان آمن واحذفها عندما لا تعود لازمة.</numerusform>
            <numerusform>القيود المكتوبة في {0}: %n. إنها نسخة غير مشفّرة تذكر القضايا: احفظها في مكان آمن واحذفها عندما لا تعود لازمة.</numerusform>
            <numerusform>القيود المكتوبة في {0}: %n. إنها نسخة غير مشفّرة تذكر القضايا: احفظها في مكان آمن واحذفها عندما لا تعود لازمة.</numerusform>
            <numerusform>القيود المكتوبة في {0}: %n. إنها نسخة غير مشفّرة تذكر القضايا: احفظها في مكان آمن واحذفها عندما لا تعود لازمة.</numerusform>
            <numerusform>القيود المكتوبة في {0}: %n. إنها نسخة غير مشفّرة تذكر القضايا: احفظها في مكان آمن واحذفها عندما لا تعود لازمة.</numerusform>
            <numerusform>القيود المكتوبة في {0}: %n. إنها نسخة غير مشفّرة تذكر القضايا: احفظها في مكان آمن واحذفها عندما لا تعود لازمة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="288"/>
        <source>The log was tampered with: entry {0} was changed, removed or moved; the {1} entries before it are whole.</source>
        <translation>جرى العبث بالسجل: القيد {0} غُيّر أو حُذف أو نُقل؛ القيود الـ{1} التي قبله سليمة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="41"/>
        <source>case opened</source>
        <translation>فُتحت قضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="42"/>
        <source>case created</source>
        <translation>أُنشئت قضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="43"/>
        <source>case changed</source>
        <translation>عُدّلت قضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="44"/>
        <source>cases imported</source>
        <translation>استُوردت قضايا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="45"/>
        <source>cases exported</source>
        <translation>صُدّرت قضايا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="46"/>
        <source>demo cases added</source>
        <translation>أُضيفت قضايا تجريبية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="47"/>
        <source>filing made</source>
        <translation>أُعدّت مذكرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="48"/>
        <source>packet made</source>
        <translation>أُعدّ ملف جلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="49"/>
        <source>audit exported</source>
        <translation>صُدّر سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="50"/>
        <source>organisation changed</source>
        <translation>عُدِّلت بيانات المنظمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="51"/>
        <source>organisation keys replaced</source>
        <translation>استُبدلت مفاتيح المنظمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="52"/>
        <source>partner card added</source>
        <translation>أُضيفت بطاقة شريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="53"/>
        <source>partner card unchanged</source>
        <translation>بطاقة شريك دون تغيير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="54"/>
        <source>partner card keys replaced</source>
        <translation>استُبدلت مفاتيح بطاقة شريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="55"/>
        <source>partner card keys waiting</source>
        <translation>مفاتيح بطاقة شريك بانتظار التأكيد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="56"/>
        <source>partner card pinned again</source>
        <translation>ثُبِّتت بطاقة شريك من جديد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="57"/>
        <source>partner confirmed</source>
        <translation>أُكِّد شريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="58"/>
        <source>partner confirmation refused</source>
        <translation>رُفض تأكيد شريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="59"/>
        <source>partner revoked</source>
        <translation>أُلغي اعتماد شريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="60"/>
        <source>case referred</source>
        <translation>أُحيلت قضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="61"/>
        <source>consent overridden</source>
        <translation>تُجووز التحقق من الموافقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="62"/>
        <source>bundle refused</source>
        <translation>رُفضت حزمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="63"/>
        <source>case received</source>
        <translation>استُلمت قضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="64"/>
        <source>case merged from a referral</source>
        <translation>دُمجت قضية من إحالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="65"/>
        <source>referral refused</source>
        <translation>رُفضت إحالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="66"/>
        <source>receipt sent</source>
        <translation>أُرسل إشعار استلام</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="67"/>
        <source>referral moved</source>
        <translation>تغيّرت حالة إحالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="68"/>
        <source>referral answer days changed</source>
        <translation>عُدِّلت مهلة الرد على الإحالات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="69"/>
        <source>report made</source>
        <translation>أُعدّ تقرير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="70"/>
        <source>report exported</source>
        <translation>صُدّر تقرير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="109"/>
        <source>Every case opened, every change to a case, every import, export, filing and packet, with who did it and when. Each entry is chained to the one before: Verify finds any that was changed or removed.</source>
        <translation>كل قضية فُتحت، وكل تغيير في قضية، وكل استيراد وتصدير ومذكرة وملف جلسة، مع من قام به ومتى. كل قيد مرتبط بالقيد الذي قبله: يكشف «تحقق» أي قيد غُيّر أو حُذف.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="294"/>
        <source>Verifying the audit log…</source>
        <translation>جارٍ التحقق من سجل التدقيق…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="302"/>
        <source>Export the audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="304"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/audit/audit_page.py" line="326"/>
        <source>Exporting the audit log…</source>
        <translation>جارٍ تصدير سجل التدقيق…</translation>
    </message>
</context>
<context>
    <name>BirthDateField</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="85"/>
        <source>— how sure —</source>
        <translation>— درجة اليقين —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="88"/>
        <source>How sure the date of birth is</source>
        <translation>درجة اليقين من تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="89"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="128"/>
        <source>{0} or {1}</source>
        <translation>{0} أو {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="131"/>
        <source>{0}, {1} or {2}</source>
        <translation>{0} أو {1} أو {2}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="142"/>
        <source>age today: {0}</source>
        <translation>العمر اليوم: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="152"/>
        <source>assessed {0}–{1} by {2} on {3}</source>
        <translation>العمر المقدَّر {0}–{1} سنة، قدّره {2} في {3}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/birth_date.py" line="160"/>
        <source>no age assessment recorded yet (see below)</source>
        <translation>لم يُسجَّل أي تقييم للعمر بعد (انظر أدناه)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="75"/>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="13"/>
        <source>Hearing</source>
        <translation>جلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="76"/>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="12"/>
        <source>Deadline</source>
        <translation>موعد نهائي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="77"/>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="14"/>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="89"/>
        <source>(uncertain: as late as {0})</source>
        <translation>(غير مؤكد: حتى {0} على الأكثر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="93"/>
        <source>(rule to confirm)</source>
        <translation>(قاعدة بحاجة إلى تأكيد)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="95"/>
        <source>ASSUMED</source>
        <translation>مفترض</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="97"/>
        <source>OVERDUE</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="11"/>
        <source>A team member</source>
        <translation>أحد أعضاء الفريق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="15"/>
        <source>The consent for {purpose} to {recipient} expires on {day}.</source>
        <translation>الموافقة (الغرض: {purpose}، الجهة المتلقية: {recipient}) تنتهي صلاحيتها في {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="16"/>
        <source>The hearing of {when}: the interpreter&apos;s language ({language}) is not one the child speaks ({spoken}).</source>
        <translation>جلسة {when}: لغة المترجم الشفوي ({language}) ليست من اللغات التي يتكلمها الطفل ({spoken}).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="17"/>
        <source>The hearing of {when}: {name} does not interpret {wanted} (interprets {languages}).</source>
        <translation>جلسة {when}: لا يترجم {name} من اللغة {wanted} وإليها (يترجم: {languages}).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="18"/>
        <source>at {time} ({zone})</source>
        <translation>الساعة {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="19"/>
        <source>guardian ad litem</source>
        <translation>الوصي المؤقت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="20"/>
        <source>in {days} days ({day})</source>
        <translation>بعد {days} أيام ({day})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="21"/>
        <source>interpreter</source>
        <translation>المترجم الشفوي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="22"/>
        <source>lawyer</source>
        <translation>المحامي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="23"/>
        <source>no language on record</source>
        <translation>لا لغة مسجّلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="24"/>
        <source>overdue since {day}</source>
        <translation>متأخر منذ {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="25"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="26"/>
        <source>tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="27"/>
        <source>{person} ({role}) is booked for the hearing of {when} at {forum} at the same time as the hearing of {reference} on {other_when} at {other_forum}.</source>
        <translation>{person} ({role}) محجوز لجلسة {when} أمام {forum} في الوقت نفسه مع جلسة {reference} في {other_when} أمام {other_forum}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="28"/>
        <source>{person} ({role}) is booked for the hearing of {when} at {forum} only {minutes} minutes apart from the hearing of {reference} on {other_when} at {other_forum}.</source>
        <translation>{person} ({role}) محجوز لجلسة {when} أمام {forum} ولا يفصلها سوى {minutes} دقيقة عن جلسة {reference} في {other_when} أمام {other_forum}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="29"/>
        <source>{title} (assumed: a fact is not recorded, see the case)</source>
        <translation>{title} (مبنيّ على افتراض: واقعة غير مسجّلة، انظر القضية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="30"/>
        <source>{title} (rule to confirm)</source>
        <translation>{title} (قاعدة بحاجة إلى تأكيد)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="31"/>
        <source>{what} {when} {time}: {reference} — {title}</source>
        <translation>{what} {when} {time}: {reference} — {title}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="32"/>
        <source>{what} {when} {time}: {reference} — {title}, {forum}</source>
        <translation>{what} {when} {time}: {reference} — {title}، {forum}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="33"/>
        <source>{what} {when}: {reference} — {title}</source>
        <translation>{what} {when}: {reference} — {title}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="34"/>
        <source>{what} {when}: {reference} — {title}, {forum}</source>
        <translation>{what} {when}: {reference} — {title}، {forum}</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="24"/>
        <source>Choose a date</source>
        <translation>اختر تاريخًا</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="198"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="270"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="277"/>
        <source>Agenda</source>
        <translation>جدول المواعيد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="206"/>
        <source>Earlier</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="208"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="211"/>
        <source>Later</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="225"/>
        <source>Only the hearings and deadlines of</source>
        <translation>جلسات ومهل الشخص المحدد فقط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="226"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="233"/>
        <source>Only before the forum</source>
        <translation>أمام الجهة القضائية المحددة فقط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="234"/>
        <source>All forums</source>
        <translation>جميع الجهات القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="241"/>
        <source>Only the case with the reference</source>
        <translation>القضية ذات المرجع المحدد فقط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="242"/>
        <source>Case reference</source>
        <translation>مرجع القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="244"/>
        <source>Show done, waived and past</source>
        <translation>إظهار المنجزة والمتنازل عنها والمنقضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="248"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="249"/>
        <source>Forum</source>
        <translation>الجهة القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="250"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="263"/>
        <source>Hearings and deadlines of the chosen day</source>
        <translation>جلسات ومهل اليوم المحدد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="406"/>
        <source>Week {0}: {1} to {2}</source>
        <translation>الأسبوع {0}: من {1} إلى {2}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="410"/>
        <source>{0} to {1}</source>
        <translation>من {0} إلى {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="441"/>
        <source>The first %n items of this period; filter by person, forum or case for the rest.</source>
        <translation>
            <numerusform>أول %n عنصر في هذه الفترة؛ صفِّ حسب الشخص أو الجهة القضائية أو القضية لعرض الباقي.</numerusform>
            <numerusform>أول %n عنصر في هذه الفترة؛ صفِّ حسب الشخص أو الجهة القضائية أو القضية لعرض الباقي.</numerusform>
            <numerusform>أول %n عنصرين في هذه الفترة؛ صفِّ حسب الشخص أو الجهة القضائية أو القضية لعرض الباقي.</numerusform>
            <numerusform>أول %n عناصر في هذه الفترة؛ صفِّ حسب الشخص أو الجهة القضائية أو القضية لعرض الباقي.</numerusform>
            <numerusform>أول %n عنصرًا في هذه الفترة؛ صفِّ حسب الشخص أو الجهة القضائية أو القضية لعرض الباقي.</numerusform>
            <numerusform>أول %n عنصر في هذه الفترة؛ صفِّ حسب الشخص أو الجهة القضائية أو القضية لعرض الباقي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="448"/>
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n عنصر.</numerusform>
            <numerusform>%n عنصر.</numerusform>
            <numerusform>%n عنصران.</numerusform>
            <numerusform>%n عناصر.</numerusform>
            <numerusform>%n عنصرًا.</numerusform>
            <numerusform>%n عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="450"/>
        <source>Nothing in this period.</source>
        <translation>لا شيء في هذه الفترة.</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="35"/>
        <source>Asked of {agency}.</source>
        <translation>قُدِّم الطلب إلى {agency}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="36"/>
        <source>Held on {day}.</source>
        <translation>أُجري بتاريخ {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="37"/>
        <source>Referred to {provider}.</source>
        <translation>أُحيل الطفل إلى {provider}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="38"/>
        <source>The goal: {goal}</source>
        <translation>الهدف: {goal}</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="102"/>
        <source>Parts of the case</source>
        <translation>أجزاء القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="114"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="300"/>
        <source>Court-readiness</source>
        <translation>الجاهزية للمحكمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="122"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="301"/>
        <source>Filings</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="129"/>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="299"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="169"/>
        <source>Save the new case first</source>
        <translation>احفظ القضية الجديدة أولًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="180"/>
        <source>Problems to correct before saving</source>
        <translation>مشكلات يجب تصحيحها قبل الحفظ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="437"/>
        <source>Looking for the family…</source>
        <translation>جارٍ البحث عن الأسرة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="459"/>
        <source>Save the case first: the case goes as it is saved.</source>
        <translation>احفظ القضية أولًا: تُرسَل القضية كما هي محفوظة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="468"/>
        <source>The bundle is written to %1. Send the file to the partner by any means: only they can open it.</source>
        <translation>كُتبت الحزمة في %1. أرسل الملف إلى الشريك بأي وسيلة: لا يستطيع فتحه أحد سواه.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="512"/>
        <source>Check the hearing</source>
        <translation>تحقق من الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="513"/>
        <source>Save this case anyway?</source>
        <translation>هل تريد حفظ هذه القضية رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="521"/>
        <source>Save anyway</source>
        <translation>الحفظ رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="581"/>
        <source>{0} › {1}: {2}</source>
        <translation>{0} › {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="585"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="593"/>
        <source>Not saved: %n problem(s) to correct, each marked at its field.</source>
        <translation>
            <numerusform>لم يُحفظ: %n مشكلة يجب تصحيحها، كل منها معلَّمة عند حقلها.</numerusform>
            <numerusform>لم يُحفظ: مشكلة واحدة يجب تصحيحها، معلَّمة عند حقلها.</numerusform>
            <numerusform>لم يُحفظ: مشكلتان يجب تصحيحهما، كل منهما معلَّمة عند حقلها.</numerusform>
            <numerusform>لم يُحفظ: %n مشكلات يجب تصحيحها، كل منها معلَّمة عند حقلها.</numerusform>
            <numerusform>لم يُحفظ: %n مشكلة يجب تصحيحها، كل منها معلَّمة عند حقلها.</numerusform>
            <numerusform>لم يُحفظ: %n مشكلة يجب تصحيحها، كل منها معلَّمة عند حقلها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="633"/>
        <source>%n problem(s) to correct here</source>
        <translation>
            <numerusform>%n مشكلة للتصحيح هنا</numerusform>
            <numerusform>مشكلة واحدة للتصحيح هنا</numerusform>
            <numerusform>مشكلتان للتصحيح هنا</numerusform>
            <numerusform>%n مشكلات للتصحيح هنا</numerusform>
            <numerusform>%n مشكلة للتصحيح هنا</numerusform>
            <numerusform>%n مشكلة للتصحيح هنا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="673"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_editor.py" line="674"/>
        <source>This case has changes that are not saved. Save them before closing?</source>
        <translation>في هذه القضية تغييرات غير محفوظة. هل تريد حفظها قبل الإغلاق؟</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="25"/>
        <source>Given names (Latin)</source>
        <translation>الاسم الشخصي (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="26"/>
        <source>Family name (Latin)</source>
        <translation>اسم العائلة (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="27"/>
        <source>Given names (as written)</source>
        <translation>الاسم الشخصي (بالكتابة الأصلية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="28"/>
        <source>Family name (as written)</source>
        <translation>اسم العائلة (بالكتابة الأصلية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="39"/>
        <source>Interpreter language</source>
        <translation>لغة المترجم الشفوي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="43"/>
        <source>Country of last arrival</source>
        <translation>بلد آخر وصول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="21"/>
        <source>Lead lawyer</source>
        <translation>المحامي المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="65"/>
        <source>Relationship</source>
        <translation>الصلة بالطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="92"/>
        <source>Starts (local time at the forum)</source>
        <translation>البدء (بالتوقيت المحلي للجهة القضائية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="121"/>
        <source>Proceeding</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="122"/>
        <source>Hearing</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="123"/>
        <source>Placement</source>
        <translation>مكان الإيداع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="125"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="126"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="127"/>
        <source>A task (not a legal deadline)</source>
        <translation>مهمة (وليست مهلة قانونية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="128"/>
        <source>Due on</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="129"/>
        <source>Due at the latest on</source>
        <translation>الأجل الأقصى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="130"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="131"/>
        <source>Legal source</source>
        <translation>المصدر القانوني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="132"/>
        <source>How it was computed</source>
        <translation>طريقة الحساب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="134"/>
        <source>Why (done or waived)</source>
        <translation>السبب (منجزة أو متنازل عنها)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="135"/>
        <source>Completed on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="137"/>
        <source>Family member</source>
        <translation>فرد الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="138"/>
        <source>Type of document</source>
        <translation>نوع المستند</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="139"/>
        <source>Issuing country</source>
        <translation>بلد الإصدار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="140"/>
        <source>Issuing authority</source>
        <translation>جهة الإصدار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="141"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="142"/>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="143"/>
        <source>Expires on</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="144"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="145"/>
        <source>Original or copy</source>
        <translation>أصل أو نسخة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="146"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="147"/>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="148"/>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="149"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="150"/>
        <source>Performed on</source>
        <translation>تاريخ التنفيذ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="151"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="152"/>
        <source>Authority</source>
        <translation>السلطة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="153"/>
        <source>Signed by</source>
        <translation>موقَّع من</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="154"/>
        <source>Acting as</source>
        <translation>بصفته</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="155"/>
        <source>Seal of</source>
        <translation>ختم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="156"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="157"/>
        <source>Seal present</source>
        <translation>الختم موجود</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="158"/>
        <source>Signature present</source>
        <translation>التوقيع موجود</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="161"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="602"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="162"/>
        <source>From language</source>
        <translation>اللغة المصدر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="163"/>
        <source>Into language</source>
        <translation>اللغة الهدف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="164"/>
        <source>Translator</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="165"/>
        <source>Sworn in</source>
        <translation>محلَّف في</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="166"/>
        <source>Translated on</source>
        <translation>تاريخ الترجمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="167"/>
        <source>Accepted by</source>
        <translation>مقبولة لدى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="168"/>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="169"/>
        <source>Evidence</source>
        <translation>الإثبات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="170"/>
        <source>Grounds of refusal</source>
        <translation>أسباب الرفض</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="171"/>
        <source>Recognised in advance</source>
        <translation>اعتراف مسبق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="172"/>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="173"/>
        <source>Certificate reference</source>
        <translation>مرجع الشهادة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="175"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="176"/>
        <source>Recipient</source>
        <translation>الجهة المتلقية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="177"/>
        <source>Given by</source>
        <translation>مقدَّمة من</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="178"/>
        <source>Given on</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="179"/>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="194"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="232"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="233"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="234"/>
        <source>Raised on</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="235"/>
        <source>Raised by</source>
        <translation>المُبلِّغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="236"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="237"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="238"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="239"/>
        <source>Done on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="240"/>
        <source>Written by</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="241"/>
        <source>Written (local time)</source>
        <translation>تاريخ الكتابة (بالتوقيت المحلي)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="93"/>
        <source>Forum time zone</source>
        <translation>المنطقة الزمنية للجهة القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="16"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="17"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="18"/>
        <source>Opened on</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="19"/>
        <source>Closed on</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="20"/>
        <source>Home jurisdiction</source>
        <translation>الولاية القضائية الرئيسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="22"/>
        <source>Caseworker</source>
        <translation>الأخصائي الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="23"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="29"/>
        <source>Script of the names</source>
        <translation>نظام كتابة الأسماء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="30"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="31"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="32"/>
        <source>Year of birth</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="33"/>
        <source>Month of birth</source>
        <translation>شهر الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="34"/>
        <source>Day of birth</source>
        <translation>يوم الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="35"/>
        <source>Place of birth</source>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="36"/>
        <source>Nationalities</source>
        <translation>الجنسيات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="37"/>
        <source>Stateless</source>
        <translation>عديم الجنسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="38"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="164"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="40"/>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="41"/>
        <source>School grade</source>
        <translation>الصف الدراسي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="42"/>
        <source>Last arrival</source>
        <translation>آخر وصول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="44"/>
        <source>Married</source>
        <translation>متزوج(ة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="46"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="47"/>
        <source>Script</source>
        <translation>نظام الكتابة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="48"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="49"/>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="50"/>
        <source>Assessed by</source>
        <translation>القائم بالتقييم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="51"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="52"/>
        <source>Lowest age</source>
        <translation>الحد الأدنى للعمر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="53"/>
        <source>Highest age</source>
        <translation>الحد الأقصى للعمر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="54"/>
        <source>Conclusion</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="55"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="56"/>
        <source>Provider</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="57"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="58"/>
        <source>Jurisdiction</source>
        <translation>الولاية القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="59"/>
        <source>Started on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="60"/>
        <source>Ended on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="61"/>
        <source>Effective from</source>
        <translation>نافذ اعتبارًا من</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="62"/>
        <source>Decided by</source>
        <translation>الجهة المقرِّرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="63"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="66"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="67"/>
        <source>Full name (as written)</source>
        <translation>الاسم الكامل (بالكتابة الأصلية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="68"/>
        <source>Whereabouts</source>
        <translation>مكان الوجود</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="69"/>
        <source>Country of whereabouts</source>
        <translation>بلد الوجود</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="70"/>
        <source>Contact</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="91"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="71"/>
        <source>Tracing</source>
        <translation>البحث عن الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="72"/>
        <source>Safe to contact</source>
        <translation>الاتصال آمن</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="73"/>
        <source>Safety note</source>
        <translation>ملاحظة السلامة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="75"/>
        <source>Type of guardian</source>
        <translation>نوع الوصي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="76"/>
        <source>Guardian&apos;s name</source>
        <translation>اسم الوصي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="77"/>
        <source>Team member</source>
        <translation>عضو الفريق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="78"/>
        <source>Appointed by</source>
        <translation>جهة التعيين</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="79"/>
        <source>Order reference</source>
        <translation>مرجع القرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="80"/>
        <source>Powers</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="82"/>
        <source>Forum</source>
        <translation>الجهة القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="83"/>
        <source>Kind of forum</source>
        <translation>نوع الجهة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="84"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="85"/>
        <source>Assigned lawyer</source>
        <translation>المحامي المكلَّف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="86"/>
        <source>Appeal of</source>
        <translation>طعن في</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="87"/>
        <source>Decided on</source>
        <translation>تاريخ صدور القرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="88"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="89"/>
        <source>Notified on</source>
        <translation>تاريخ التبليغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="90"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="91"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="94"/>
        <source>Duration (minutes)</source>
        <translation>المدة (بالدقائق)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="95"/>
        <source>Type of hearing</source>
        <translation>نوع الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="96"/>
        <source>Court or office</source>
        <translation>المحكمة أو المكتب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="97"/>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="98"/>
        <source>Judge</source>
        <translation>القاضي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="99"/>
        <source>Remote link</source>
        <translation>رابط الحضور عن بُعد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="100"/>
        <source>Interpreter</source>
        <translation>المترجم الشفوي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="101"/>
        <source>Interpreter (outside the team)</source>
        <translation>المترجم الشفوي (من خارج الفريق)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="102"/>
        <source>Reason for adjournment</source>
        <translation>سبب التأجيل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="103"/>
        <source>Next hearing (after adjournment)</source>
        <translation>الجلسة التالية (بعد التأجيل)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="104"/>
        <source>Grounds for refusing return (Hague 1980)</source>
        <translation>أسباب رفض الإعادة (اتفاقية لاهاي 1980)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="107"/>
        <source>Art. 29 certificate issued on (Brussels IIb, Annex I)</source>
        <translation>تاريخ إصدار شهادة المادة 29 (لائحة بروكسل الثانية المكررة، الملحق الأول)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="110"/>
        <source>Art. 29 certificate issued by</source>
        <translation>الجهة المصدرة لشهادة المادة 29</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="112"/>
        <source>Requesting State</source>
        <translation>الدولة الطالبة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="113"/>
        <source>Requested (receiving) State</source>
        <translation>الدولة المطلوب منها (دولة الاستقبال)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="114"/>
        <source>Kind of placement</source>
        <translation>نوع الإيداع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="115"/>
        <source>Placement planned</source>
        <translation>الإيداع المزمع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="116"/>
        <source>Request sent on</source>
        <translation>تاريخ إرسال الطلب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="117"/>
        <source>Request received on</source>
        <translation>تاريخ استلام الطلب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="118"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="119"/>
        <source>Central Authority reference</source>
        <translation>مرجع السلطة المركزية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="124"/>
        <source>Placement request</source>
        <translation>طلب الإيداع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="133"/>
        <source>Assumed (a fact not recorded)</source>
        <translation>الافتراض المعتمد (واقعة غير مسجّلة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="180"/>
        <source>Sections it covers</source>
        <translation>الأقسام التي تشملها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="181"/>
        <source>Or any organisation of this kind</source>
        <translation>أو أي منظمة من هذا النوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="182"/>
        <source>Given by (who)</source>
        <translation>مقدَّمة من (مَن)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="183"/>
        <source>Child&apos;s age when given</source>
        <translation>عمر الطفل عند منحها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="184"/>
        <source>Child&apos;s capacity to consent</source>
        <translation>أهلية الطفل للموافقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="185"/>
        <source>Rests on</source>
        <translation>يستند إلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="187"/>
        <source>Instrument</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="188"/>
        <source>Instrument version</source>
        <translation>إصدار الأداة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="189"/>
        <source>Screened on</source>
        <translation>تاريخ الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="190"/>
        <source>Asked by</source>
        <translation>من طرح الأسئلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="191"/>
        <source>Concern (the rule&apos;s)</source>
        <translation>مستوى القلق (وفق القاعدة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="192"/>
        <source>Concern raised to</source>
        <translation>رُفع مستوى القلق إلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="193"/>
        <source>Why it was raised</source>
        <translation>سبب رفع المستوى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="195"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="196"/>
        <source>Missing since</source>
        <translation>تاريخ الفقدان</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="197"/>
        <source>Missing from</source>
        <translation>المكان الذي فُقد منه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="198"/>
        <source>Reported by</source>
        <translation>المُبلِّغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="199"/>
        <source>Reported to</source>
        <translation>الجهة المُبلَّغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="200"/>
        <source>Reported on</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="201"/>
        <source>Came back on</source>
        <translation>تاريخ العودة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="202"/>
        <source>Held on</source>
        <translation>تاريخ الإجراء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="203"/>
        <source>Who took part</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="204"/>
        <source>The child&apos;s views, in the child&apos;s words</source>
        <translation>آراء الطفل، بكلماته هو</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="205"/>
        <source>Options considered</source>
        <translation>الخيارات التي دُرست</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="206"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="207"/>
        <source>Review on</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="208"/>
        <source>Suspected of trafficking or exploiting the child</source>
        <translation>يُشتبه في اتجاره بالطفل أو استغلاله</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="211"/>
        <source>Separated from the child on</source>
        <translation>تاريخ الانفصال عن الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="212"/>
        <source>Where they were separated</source>
        <translation>مكان الانفصال</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="213"/>
        <source>Confirmed as a person of case</source>
        <translation>قضية المطابقة المؤكَّدة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="214"/>
        <source>Confirmed as person</source>
        <translation>الشخص في المطابقة المؤكَّدة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="215"/>
        <source>Match confirmed on</source>
        <translation>تاريخ تأكيد المطابقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="216"/>
        <source>Match confirmed by</source>
        <translation>مؤكِّد المطابقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="218"/>
        <source>Requested on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="219"/>
        <source>Tracing agency</source>
        <translation>جهة البحث عن الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="220"/>
        <source>Agency&apos;s reference</source>
        <translation>مرجع الجهة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="221"/>
        <source>Next follow-up on</source>
        <translation>تاريخ المتابعة التالية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="222"/>
        <source>Last followed up on</source>
        <translation>تاريخ آخر متابعة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="223"/>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="224"/>
        <source>Team member responsible</source>
        <translation>عضو الفريق المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="225"/>
        <source>Enrolled on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="226"/>
        <source>Grade or class</source>
        <translation>الصف أو الفصل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="227"/>
        <source>Recognition of earlier studies</source>
        <translation>الاعتراف بالدراسة السابقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="228"/>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="229"/>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="230"/>
        <source>Set on</source>
        <translation>تاريخ وضع الهدف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="231"/>
        <source>Last reviewed on</source>
        <translation>تاريخ آخر مراجعة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="242"/>
        <source>Restricted</source>
        <translation>اطلاع مقيَّد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="243"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="472"/>
        <source>Aliases</source>
        <translation>الأسماء المستعارة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="473"/>
        <source>Add alias</source>
        <translation>إضافة اسم مستعار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="474"/>
        <source>Remove alias</source>
        <translation>إزالة الاسم المستعار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="477"/>
        <source>Age assessments</source>
        <translation>تقييمات العمر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="478"/>
        <source>Add age assessment</source>
        <translation>إضافة تقييم للعمر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="479"/>
        <source>Remove age assessment</source>
        <translation>إزالة تقييم العمر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="482"/>
        <source>Placements</source>
        <translation>أماكن الإيداع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="483"/>
        <source>Add placement</source>
        <translation>إضافة مكان إيداع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="484"/>
        <source>Remove placement</source>
        <translation>إزالة مكان الإيداع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="487"/>
        <source>Unaccompanied status</source>
        <translation>وضع الطفل غير المصحوب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="488"/>
        <source>Add status</source>
        <translation>إضافة وضع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="489"/>
        <source>Remove status</source>
        <translation>إزالة الوضع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="492"/>
        <source>Family members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="493"/>
        <source>Add family member</source>
        <translation>إضافة فرد من الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="494"/>
        <source>Remove family member</source>
        <translation>إزالة فرد الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="497"/>
        <source>Guardian appointments</source>
        <translation>تعيينات الأوصياء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="498"/>
        <source>Add guardian appointment</source>
        <translation>إضافة تعيين وصي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="499"/>
        <source>Remove guardian appointment</source>
        <translation>إزالة تعيين الوصي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="503"/>
        <source>Add proceeding</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="504"/>
        <source>Remove proceeding</source>
        <translation>إزالة الإجراء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="507"/>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="508"/>
        <source>Add decision</source>
        <translation>إضافة قرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="509"/>
        <source>Remove decision</source>
        <translation>إزالة القرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="512"/>
        <source>Hearings</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="513"/>
        <source>Add hearing</source>
        <translation>إضافة جلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="514"/>
        <source>Remove hearing</source>
        <translation>إزالة الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="517"/>
        <source>Cross-border placement requests</source>
        <translation>طلبات الإيداع عبر الحدود</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="518"/>
        <source>Add placement request</source>
        <translation>إضافة طلب إيداع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="519"/>
        <source>Remove placement request</source>
        <translation>حذف طلب الإيداع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="523"/>
        <source>Add deadline</source>
        <translation>إضافة مهلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="524"/>
        <source>Remove deadline</source>
        <translation>إزالة المهلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="528"/>
        <source>Add document</source>
        <translation>إضافة مستند</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="529"/>
        <source>Remove document</source>
        <translation>إزالة المستند</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="532"/>
        <source>Scans</source>
        <translation>المسوحات الضوئية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="533"/>
        <source>Add scan</source>
        <translation>إضافة مسح ضوئي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="534"/>
        <source>Remove scan</source>
        <translation>إزالة المسح الضوئي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="537"/>
        <source>Authentication steps</source>
        <translation>خطوات التصديق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="538"/>
        <source>Add authentication step</source>
        <translation>إضافة خطوة تصديق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="539"/>
        <source>Remove authentication step</source>
        <translation>إزالة خطوة التصديق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="542"/>
        <source>Translations</source>
        <translation>الترجمات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="543"/>
        <source>Add translation</source>
        <translation>إضافة ترجمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="544"/>
        <source>Remove translation</source>
        <translation>إزالة الترجمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="547"/>
        <source>Recognitions</source>
        <translation>الاعترافات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="548"/>
        <source>Add recognition</source>
        <translation>إضافة اعتراف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="549"/>
        <source>Remove recognition</source>
        <translation>إزالة الاعتراف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="553"/>
        <source>Add consent</source>
        <translation>إضافة موافقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="554"/>
        <source>Remove consent</source>
        <translation>إزالة الموافقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="557"/>
        <source>Risk concerns</source>
        <translation>مؤشرات الخطر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="558"/>
        <source>Add risk concern</source>
        <translation>إضافة مؤشر خطر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="559"/>
        <source>Remove risk concern</source>
        <translation>إزالة مؤشر الخطر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="562"/>
        <source>Actions</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="563"/>
        <source>Add action</source>
        <translation>إضافة تدبير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="564"/>
        <source>Remove action</source>
        <translation>إزالة التدبير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="568"/>
        <source>Add screening</source>
        <translation>إضافة فحص أولي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="569"/>
        <source>Remove screening</source>
        <translation>إزالة الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="572"/>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="573"/>
        <source>Add answer</source>
        <translation>إضافة إجابة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="574"/>
        <source>Remove answer</source>
        <translation>إزالة الإجابة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="578"/>
        <source>Record a missing episode</source>
        <translation>تسجيل واقعة فقدان</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="579"/>
        <source>Remove missing episode</source>
        <translation>إزالة واقعة الفقدان</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="583"/>
        <source>Add assessment</source>
        <translation>إضافة تقييم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="584"/>
        <source>Remove assessment</source>
        <translation>إزالة التقييم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="587"/>
        <source>Tracing requests</source>
        <translation>طلبات البحث عن الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="588"/>
        <source>Add tracing request</source>
        <translation>إضافة طلب بحث عن الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="589"/>
        <source>Remove tracing request</source>
        <translation>إزالة طلب البحث عن الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="593"/>
        <source>Add service or referral</source>
        <translation>إضافة خدمة أو إحالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="594"/>
        <source>Remove service</source>
        <translation>إزالة الخدمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="598"/>
        <source>Add goal</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="599"/>
        <source>Remove goal</source>
        <translation>إزالة الهدف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="603"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="604"/>
        <source>Remove note</source>
        <translation>إزالة الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="77"/>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="78"/>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="79"/>
        <source>Guardians</source>
        <translation>الأوصياء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="80"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="502"/>
        <source>Proceedings</source>
        <translation>الإجراءات القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="82"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="522"/>
        <source>Deadlines</source>
        <translation>المهل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="83"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="527"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="84"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="552"/>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="85"/>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="92"/>
        <source>Notes and the child&apos;s views</source>
        <translation>الملاحظات وآراء الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="55"/>
        <source>Type a country&apos;s name</source>
        <translation>اكتب اسم بلد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="56"/>
        <source>Type a country&apos;s or a state&apos;s name</source>
        <translation>اكتب اسم بلد أو ولاية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="57"/>
        <source>Type a language&apos;s name</source>
        <translation>اكتب اسم لغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="58"/>
        <source>Type a script&apos;s name</source>
        <translation>اكتب اسم نظام كتابة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="59"/>
        <source>Type a city or a country</source>
        <translation>اكتب اسم مدينة أو بلد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="64"/>
        <source>PDF</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="65"/>
        <source>JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="66"/>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="67"/>
        <source>TIFF image</source>
        <translation>صورة TIFF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="81"/>
        <source>Placements abroad</source>
        <translation>الإيداع في الخارج</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="86"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="567"/>
        <source>Screenings</source>
        <translation>الفحوص الأولية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="87"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="577"/>
        <source>Missing episodes</source>
        <translation>وقائع الفقدان</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="88"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="582"/>
        <source>Best interests</source>
        <translation>المصالح الفضلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="89"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="592"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="90"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="597"/>
        <source>Care plan</source>
        <translation>خطة الرعاية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="110"/>
        <source>1. Country</source>
        <translation>1. البلد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="111"/>
        <source>2. Has been signed by</source>
        <translation>2. موقّعة من</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="112"/>
        <source>3. Acting in the capacity of</source>
        <translation>3. بصفته</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="113"/>
        <source>4. Bears the seal/stamp of</source>
        <translation>4. تحمل ختم/طابع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="114"/>
        <source>5. Certified at</source>
        <translation>5. صُدِّق عليها في</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="115"/>
        <source>6. On (date)</source>
        <translation>6. بتاريخ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="116"/>
        <source>7. By (authority)</source>
        <translation>7. من قِبل (السلطة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="117"/>
        <source>8. No (apostille number)</source>
        <translation>8. رقم (رقم الأبوستيل)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="118"/>
        <source>9. Seal/stamp present</source>
        <translation>9. الختم/الطابع موجود</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="119"/>
        <source>10. Signature present</source>
        <translation>10. التوقيع موجود</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="165"/>
        <source>First day at school</source>
        <translation>أول يوم في المدرسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="184"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="159"/>
        <source>e-Register reference</source>
        <translation>مرجع السجل الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="185"/>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="160"/>
        <source>e-Register address</source>
        <translation>عنوان السجل الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="186"/>
        <source>e-Apostille file</source>
        <translation>ملف الأبوستيل الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="194"/>
        <source>Scan of the stamp</source>
        <translation>مسح ضوئي للختم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="227"/>
        <source>Notary</source>
        <translation>الموثِّق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="199"/>
        <source>Ministry</source>
        <translation>الوزارة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="202"/>
        <source>Embassy or consulate</source>
        <translation>السفارة أو القنصلية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="209"/>
        <source>Issuing member state</source>
        <translation>الدولة العضو المُصدِرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="210"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="219"/>
        <source>Standard form number</source>
        <translation>رقم النموذج الموحّد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="211"/>
        <source>Multilingual standard form (file)</source>
        <translation>النموذج الموحّد المتعدد اللغات (ملف)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="220"/>
        <source>Standard form (file)</source>
        <translation>النموذج الموحّد (ملف)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="226"/>
        <source>Notary&apos;s office</source>
        <translation>مكتب الموثِّق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="228"/>
        <source>Notarised copy (file)</source>
        <translation>نسخة موثَّقة (ملف)</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="203"/>
        <source>Add a hearing…</source>
        <translation>إضافة جلسة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="204"/>
        <source>Record an outcome…</source>
        <translation>تسجيل نتيجة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="205"/>
        <source>Make a filing…</source>
        <translation>إعداد مذكرة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="206"/>
        <source>Add a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="207"/>
        <source>Refer to a partner…</source>
        <translation>إحالة إلى شريك…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="208"/>
        <source>Screen for trafficking risk…</source>
        <translation>إجراء فحص أولي لخطر الاتجار…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="209"/>
        <source>Look for the family…</source>
        <translation>البحث عن الأسرة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="252"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="254"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="257"/>
        <source>stateless</source>
        <translation>عديم الجنسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="258"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="260"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="264"/>
        <source>Interpreter</source>
        <translation>المترجم الشفوي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="281"/>
        <source>Placement</source>
        <translation>مكان الإيداع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="283"/>
        <source>Lead lawyer</source>
        <translation>المحامي المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="284"/>
        <source>Caseworker</source>
        <translation>الأخصائي الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="327"/>
        <source>{0}–{1} (age assessed on {2})</source>
        <translation>{0}–{1} (قُيِّم العمر في {2})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="332"/>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="335"/>
        <source>{0} (born {1}, {2})</source>
        <translation>{0} (الميلاد: {1}، {2})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="368"/>
        <source>none set</source>
        <translation>غير محدَّدة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="375"/>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="377"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n بند متبقٍّ</numerusform>
            <numerusform>%n بند متبقٍّ</numerusform>
            <numerusform>%n بندان متبقيان</numerusform>
            <numerusform>%n بنود متبقية</numerusform>
            <numerusform>%n بندًا متبقيًا</numerusform>
            <numerusform>%n بند متبقٍّ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="393"/>
        <source>Open proceedings</source>
        <translation>الإجراءات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="395"/>
        <source>Proceeding</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="396"/>
        <source>Forum</source>
        <translation>الجهة القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="397"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="398"/>
        <source>Next hearing</source>
        <translation>الجلسة التالية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="399"/>
        <source>Court-ready</source>
        <translation>جاهزة للمحكمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="402"/>
        <source>No open proceeding.</source>
        <translation>لا يوجد إجراء مفتوح.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="415"/>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="415"/>
        <source>Deadline</source>
        <translation>موعد نهائي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="421"/>
        <source>OVERDUE</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="427"/>
        <source>Open deadlines</source>
        <translation>المهل المفتوحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="429"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n متأخرة</numerusform>
            <numerusform>%n متأخرة</numerusform>
            <numerusform>%n متأخرتان</numerusform>
            <numerusform>%n متأخرات</numerusform>
            <numerusform>%n متأخرة</numerusform>
            <numerusform>%n متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="432"/>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="432"/>
        <source>What</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="432"/>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="566"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="434"/>
        <source>No open deadline.</source>
        <translation>لا توجد مهلة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="460"/>
        <source>Screening: %1</source>
        <translation>الفحص الأولي: %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="469"/>
        <source>Sharing and tracing paused: a best-interests assessment is needed</source>
        <translation>مشاركة القضية والبحث عن الأسرة معلّقان: يلزم تقييم المصالح الفضلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="472"/>
        <source>Open risk concerns</source>
        <translation>مؤشرات الخطر المفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="473"/>
        <source>Concern</source>
        <translation>مصدر القلق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="473"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="473"/>
        <source>Raised on</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="475"/>
        <source>No open risk concern.</source>
        <translation>لا توجد مؤشرات خطر مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="502"/>
        <source>Documents still to do</source>
        <translation>مستندات لم تكتمل بعد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="503"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="503"/>
        <source>What is missing</source>
        <translation>ما ينقص</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="505"/>
        <source>Nothing: every document is ready for its proceedings.</source>
        <translation>لا شيء: كل المستندات جاهزة لإجراءاتها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="538"/>
        <source>Latest filings</source>
        <translation>أحدث المذكرات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="539"/>
        <source>Filing</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="539"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="539"/>
        <source>Made</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="541"/>
        <source>No filing made yet.</source>
        <translation>لم تُعَدّ أي مذكرة بعد.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="565"/>
        <source>Latest notes</source>
        <translation>أحدث الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="566"/>
        <source>Written</source>
        <translation>تاريخ الكتابة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="566"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="568"/>
        <source>No note yet.</source>
        <translation>لا توجد ملاحظات بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_overview.py" line="573"/>
        <source>and %n more, in its tab</source>
        <translation>
            <numerusform>و%n عنصر آخر، في تبويبه</numerusform>
            <numerusform>و%n عنصر آخر، في تبويبه</numerusform>
            <numerusform>و%n عنصران آخران، في تبويبهما</numerusform>
            <numerusform>و%n عناصر أخرى، في تبويبها</numerusform>
            <numerusform>و%n عنصرًا آخر، في تبويبها</numerusform>
            <numerusform>و%n عنصر آخر، في تبويبها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="40"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="41"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="42"/>
        <source>Name (native script)</source>
        <translation>الاسم (بالكتابة الأصلية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="43"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="44"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="45"/>
        <source>Active proceedings</source>
        <translation>الإجراءات الجارية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="46"/>
        <source>Next hearing</source>
        <translation>الجلسة التالية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="47"/>
        <source>Next deadline</source>
        <translation>المهلة التالية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="48"/>
        <source>Flags</source>
        <translation>مؤشرات الخطر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="49"/>
        <source>Court-ready</source>
        <translation>جاهزة للمحكمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="217"/>
        <source>This column cannot be sorted</source>
        <translation>لا يمكن فرز هذا العمود</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="245"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="248"/>
        <source>Born {0} ({1})</source>
        <translation>الميلاد: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="251"/>
        <source>Court-readiness of the documents for the open proceedings: see the case&apos;s Court-readiness tab</source>
        <translation>جاهزية مستندات الإجراءات المفتوحة للمحكمة: راجع تبويب «الجاهزية للمحكمة» في القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="257"/>
        <source>A clear trafficking concern is open</source>
        <translation>يوجد مصدر قلق واضح بشأن الاتجار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="259"/>
        <source>A possible trafficking concern is open</source>
        <translation>يوجد مصدر قلق محتمل بشأن الاتجار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="261"/>
        <source>Open trafficking-risk flags: {0}</source>
        <translation>مؤشرات خطر الاتجار بالبشر المفتوحة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="278"/>
        <source>Stateless</source>
        <translation>عديم الجنسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="287"/>
        <source>⚠ clear</source>
        <translation>⚠ واضح</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="287"/>
        <source>⚠ possible</source>
        <translation>⚠ محتمل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="296"/>
        <source>✓ ready</source>
        <translation>✓ جاهزة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/cases/case_table.py" line="296"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n بند متبقٍّ</numerusform>
            <numerusform>%n بند متبقٍّ</numerusform>
            <numerusform>%n بندان متبقيان</numerusform>
            <numerusform>%n بنود متبقية</numerusform>
            <numerusform>%n بندًا متبقيًا</numerusform>
            <numerusform>%n بند متبقٍّ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="179"/>
        <source>Change your passphrase</source>
        <translation>غيّر عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="184"/>
        <source>An administrator set your passphrase. Choose your own now: at least 12 characters; a few words you will remember are best.</source>
        <translation>عيّن مسؤول عبارة المرور الخاصة بك. اختر عبارتك الآن: 12 حرفا على الأقل؛ والأفضل كلمات قليلة تتذكرها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="196"/>
        <source>Current passphrase:</source>
        <translation>عبارة المرور الحالية:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="197"/>
        <source>New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="198"/>
        <source>The same passphrase again:</source>
        <translation>عبارة المرور نفسها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="200"/>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="204"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="264"/>
        <source>Chart: {0}</source>
        <translation>مخطط بياني: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="274"/>
        <source>* Hidden to protect the children counted</source>
        <translation>* محجوب لحماية الأطفال المشمولين بالعدّ</translation>
    </message>
</context>
<context>
    <name>CodeListPicker</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="281"/>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="345"/>
        <source>Type to add…</source>
        <translation>اكتب للإضافة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="331"/>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="332"/>
        <source>Remove {0}</source>
        <translation>إزالة {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/pickers.py" line="338"/>
        <source>None chosen</source>
        <translation>لم يُختر شيء</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="536"/>
        <source>Confirm %1</source>
        <translation>تأكيد %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="539"/>
        <source>Call %1 on a number you already know (not one from the card or an e-mail). Ask them to read out the fingerprint shown on their Partners page, and type it here. If it differs, do not trust the card.</source>
        <translation>اتصل بـ%1 على رقم تعرفه من قبل (لا رقمًا من البطاقة أو من رسالة بريد إلكتروني). اطلب منهم أن يقرؤوا عليك البصمة الظاهرة في صفحة «الشركاء» لديهم، واكتبها هنا. إن اختلفت، فلا تثق بالبطاقة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="549"/>
        <source>The fingerprint they read out</source>
        <translation>البصمة التي قرؤوها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="553"/>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="39"/>
        <source>No valid consent or legitimate basis covers this disclosure ({why}). Record one in the case&apos;s Consents, or go on with a written reason if your role may.</source>
        <translation>لا تغطي هذا الإفصاحَ أيُّ موافقة صالحة أو أساس مشروع ({why}). سجّل واحدًا منهما في «الموافقات» الخاصة بالقضية، أو تابع مع ذكر سبب مكتوب إن كان دورك يسمح بذلك.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="40"/>
        <source>a consent does not cover {sections}</source>
        <translation>موافقة لا تشمل {sections}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="41"/>
        <source>a consent does not say which sections it covers</source>
        <translation>موافقة لا تحدد الأقسام التي تشملها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="42"/>
        <source>a consent expired on {day}</source>
        <translation>موافقة انتهت صلاحيتها في {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="43"/>
        <source>a consent has no date or no one who gave it</source>
        <translation>موافقة بلا تاريخ أو بلا ذكر لمن منحها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="44"/>
        <source>a consent is dated {day}, after this day</source>
        <translation>موافقة مؤرخة في {day}، أي بعد هذا اليوم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="45"/>
        <source>a consent is for another purpose</source>
        <translation>موافقة لغرض آخر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="46"/>
        <source>a consent names another recipient</source>
        <translation>موافقة تذكر جهة متلقية أخرى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="47"/>
        <source>a consent was withdrawn on {day}</source>
        <translation>موافقة سُحبت في {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="48"/>
        <source>a legitimate basis is recorded without its reason</source>
        <translation>أساس مشروع مسجَّل دون سببه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="49"/>
        <source>none is recorded for this case</source>
        <translation>لم تُسجَّل أي موافقة لهذه القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="50"/>
        <source>{first}; {rest}</source>
        <translation>{first}؛ {rest}</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="224"/>
        <source>Check the data</source>
        <translation>التحقق من البيانات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="227"/>
        <source>What the case still lacks</source>
        <translation>ما ينقص القضية بعد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="231"/>
        <source>Check again</source>
        <translation>إعادة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="232"/>
        <source>After correcting the case in its window</source>
        <translation>بعد تصحيح القضية في نافذتها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="238"/>
        <source>Documents to attach as exhibits</source>
        <translation>مستندات تُرفق كملاحق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="249"/>
        <source>Exhibits (in this order, A, B, C…):</source>
        <translation>الملاحق (بهذا الترتيب: A، B، C…):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="291"/>
        <source>{0} (%n scan(s))</source>
        <translation>
            <numerusform>{0} (%n مسح ضوئي)</numerusform>
            <numerusform>{0} (مسح ضوئي واحد)</numerusform>
            <numerusform>{0} (مسحان ضوئيان)</numerusform>
            <numerusform>{0} (%n مسوح ضوئية)</numerusform>
            <numerusform>{0} (%n مسحًا ضوئيًا)</numerusform>
            <numerusform>{0} (%n مسح ضوئي)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="293"/>
        <source>{0} (no scan)</source>
        <translation>{0} (دون مسح ضوئي)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="340"/>
        <source>The case lacks what is listed below. Add it in the case&apos;s window, save, then Check again.</source>
        <translation>ينقص القضية ما هو مدرج أدناه. أضِفه في نافذة القضية، واحفظ، ثم اختر «إعادة التحقق».</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="344"/>
        <source>The case has everything this form needs.</source>
        <translation>تتضمن القضية كل ما يحتاجه هذا النموذج.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="64"/>
        <source>Choose from a calendar</source>
        <translation>اختر من التقويم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="65"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>اختر من التقويم (Alt+السهم لأسفل)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="41"/>
        <source>YYYY-MM-DD</source>
        <translation>سسسس-شش-يي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="46"/>
        <source>{0} HH:MM</source>
        <translation>{0} سس:دد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="51"/>
        <source>YYYY</source>
        <translation>سسسس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/date_picker.py" line="55"/>
        <source>YYYY-MM</source>
        <translation>سسسس-شش</translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="55"/>
        <source>Mark done</source>
        <translation>تعليم كمنجزة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="57"/>
        <source>Waive…</source>
        <translation>التنازل…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="59"/>
        <source>Waive it and say why</source>
        <translation>التنازل عنها مع بيان السبب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="60"/>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="76"/>
        <source>Add a deadline by hand</source>
        <translation>إضافة مهلة يدويًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>What</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="81"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="86"/>
        <source>{0} to {1}</source>
        <translation>من {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="89"/>
        <source>OVERDUE</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="91"/>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="93"/>
        <source>waived</source>
        <translation>متنازل عنها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="95"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="97"/>
        <source>{0} · assumed</source>
        <translation>{0} · مفترضة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="98"/>
        <source>(new deadline)</source>
        <translation>(مهلة جديدة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="100"/>
        <source>{0} [to confirm]</source>
        <translation>{0} [بحاجة إلى تأكيد]</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="115"/>
        <source>court order</source>
        <translation>بأمر من المحكمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/deadline_list.py" line="116"/>
        <source>set by hand</source>
        <translation>محددة يدويًا</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="51"/>
        <source>1 business day</source>
        <translation>يوم عمل واحد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="52"/>
        <source>1 calendar day</source>
        <translation>يوم تقويمي واحد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="53"/>
        <source>1 month</source>
        <translation>شهر واحد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="54"/>
        <source>1 week</source>
        <translation>أسبوع واحد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="55"/>
        <source>1 year</source>
        <translation>سنة واحدة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="56"/>
        <source>A decision has neither its decision date nor its notification date recorded</source>
        <translation>لم يُسجَّل لأحد القرارات تاريخ صدوره ولا تاريخ تبليغه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="58"/>
        <source>A document ({kind}) has no expiry date recorded</source>
        <translation>لم يُسجَّل تاريخ انتهاء صلاحية وثيقة ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="59"/>
        <source>A document ({kind}) has no issue date recorded</source>
        <translation>لم يُسجَّل تاريخ إصدار وثيقة ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="62"/>
        <source>Assumes the case is in {place}: no home jurisdiction is recorded. Record it to confirm that this deadline applies.</source>
        <translation>يُفترض أن القضية تخضع لـ{place}: لم تُسجَّل الولاية القضائية الرئيسية. سجّلها لتأكيد سريان هذه المهلة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="63"/>
        <source>Assumes the child is not exempt as unaccompanied: the status is not recorded. Record it to confirm that this deadline applies.</source>
        <translation>يُفترض أن الطفل غير معفى بصفته طفلًا غير مصحوب: هذا الوضع غير مسجّل. سجّله لتأكيد سريان هذه المهلة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="64"/>
        <source>Assumes the child is unaccompanied: the status is not recorded. Record it to confirm that this deadline applies.</source>
        <translation>يُفترض أن الطفل غير مصحوب: هذا الوضع غير مسجّل. سجّله لتأكيد سريان هذه المهلة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="68"/>
        <source>Counted from the decision date, {day}, because no notification date is recorded: a decision is notified on or after the day it is made, so the deadline cannot be earlier. Record the notification date to confirm.</source>
        <translation>محسوبة من تاريخ صدور القرار، {day}، لعدم تسجيل تاريخ التبليغ: يُبلَّغ القرار في يوم صدوره أو بعده، فلا يمكن أن تنتهي المهلة قبل ذلك. سجّل تاريخ التبليغ للتأكيد.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="66"/>
        <source>Born on 29 February: in {year}, which has no 29 February, the child is taken to turn {years} on 28 February, the earlier of the two days laws use (others say 1 March), so that an age limit is never counted late.</source>
        <translation>مولود في 29 فبراير: في عام {year}، الذي ليس فيه 29 فبراير، يُعدّ الطفل قد بلغ {years} عامًا في 28 فبراير، وهو الأسبق من اليومين اللذين تأخذ بهما القوانين (وبعضها يأخذ بالأول من مارس)، حتى لا يُحتسب حدّ السن متأخرًا أبدًا.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="57"/>
        <source>A decision refusing return has neither its decision date nor its notification date recorded</source>
        <translation>قرار برفض الإعادة لم يُسجَّل له تاريخ صدور ولا تاريخ تبليغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="60"/>
        <source>A placement in {state} is recorded, but no request for consent to it (record the request and the day {state} received it)</source>
        <translation>سُجِّل إيداع في {state}، لكن لم يُسجَّل طلب موافقة عليه (سجِّل الطلب واليوم الذي استلمته فيه {state})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="61"/>
        <source>A request for consent to a placement in {state} has neither the day it was sent nor the day it was received recorded</source>
        <translation>طلب الموافقة على إيداع في {state} لم يُسجَّل له يوم إرسال ولا يوم استلام</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="65"/>
        <source>Assumes the refusal to return rests solely on Art. 13(1)(b) or 13(2) of the 1980 Hague Convention (Art. 29(1)): its grounds are not recorded. Record them to confirm that this deadline applies.</source>
        <translation>يُفترض أن رفض الإعادة يستند حصراً إلى المادة 13(1)(ب) أو 13(2) من اتفاقية لاهاي لعام 1980 (المادة 29(1)): أسبابه غير مسجلة. سجِّلها لتأكيد انطباق هذه المهلة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="67"/>
        <source>Counted from the day the request was sent, {day}, because the day the requested State received it is not recorded: it cannot be received earlier. Record the day of receipt to confirm.</source>
        <translation>محسوبة من يوم إرسال الطلب، {day}، لأن يوم استلام الدولة المطلوب منها له غير مسجل: لا يمكن أن يُستلم قبل ذلك. سجِّل يوم الاستلام للتأكيد.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="69"/>
        <source>Counted from the earliest day the age assessment allows the child to turn {years}, {day}, because no date of birth is recorded: record it to confirm.</source>
        <translation>محسوبة من أول يوم يسمح فيه تقييم العمر بأن يبلغ الطفل {years} عامًا، {day}، لعدم تسجيل تاريخ الميلاد: سجّله للتأكيد.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="70"/>
        <source>Counted from the earliest day the child can turn {years}, {day}, because the date of birth ({dob}) is not exactly known: the deadline cannot be earlier.</source>
        <translation>محسوبة من أول يوم يمكن أن يبلغ فيه الطفل {years} عامًا، {day}، لأن تاريخ الميلاد ({dob}) غير معروف بدقة: لا يمكن أن تكون المهلة أبكر من ذلك.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="71"/>
        <source>Counted from the first arrival, {day}, because no last arrival date is recorded: the last arrival is on or after it, so the deadline cannot be earlier. Record the last arrival to confirm.</source>
        <translation>محسوبة من أول وصول، {day}، لعدم تسجيل تاريخ آخر وصول: يقع آخر وصول في ذلك اليوم أو بعده، فلا يمكن أن تنتهي المهلة قبل ذلك. سجّل آخر وصول للتأكيد.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="72"/>
        <source>Counted with the public holidays of {place}, the forum of a proceeding, because no home jurisdiction is recorded: record it to confirm.</source>
        <translation>محسوبة وفق العطل الرسمية في {place}، مقرّ الجهة القضائية لأحد الإجراءات، لعدم تسجيل الولاية القضائية الرئيسية: سجّلها للتأكيد.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="73"/>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="74"/>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="75"/>
        <source>No arrival date of the child is recorded</source>
        <translation>لم يُسجَّل تاريخ وصول الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="76"/>
        <source>No date of birth (nor an age assessment) is recorded</source>
        <translation>لم يُسجَّل تاريخ الميلاد (ولا تقييم للعمر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="77"/>
        <source>No home jurisdiction is recorded, so the public holidays to count cannot be told</source>
        <translation>لم تُسجَّل الولاية القضائية الرئيسية، فلا يمكن تحديد العطل الرسمية الواجب احتسابها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="78"/>
        <source>No home jurisdiction is recorded, so whether a placement is abroad cannot be told</source>
        <translation>لم تُسجَّل الولاية القضائية الرئيسية، فلا يمكن تحديد ما إذا كان الإيداع في الخارج</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="79"/>
        <source>Not computed: {names}. The other deadlines of the case were computed; those of these rules are kept as they were. Correct the date and save the case: this reminder then goes away.</source>
        <translation>لم تُحسب: {names}. حُسبت المهل الأخرى للقضية، وأُبقيت مهل هذه القواعد على حالها. صحّح التاريخ واحفظ القضية: يختفي هذا التذكير عندئذ.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="80"/>
        <source>Record what is missing and save the case: the deadlines are then computed and this reminder goes away.</source>
        <translation>سجّل ما ينقص واحفظ القضية: تُحسب المهل عندئذ ويختفي هذا التذكير.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="81"/>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="82"/>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="83"/>
        <source>The date of birth is not exactly known. Earliest: {earliest} Latest: {latest}</source>
        <translation>تاريخ الميلاد غير معروف على وجه الدقة. في أقرب تقدير: {earliest} وفي أبعد تقدير: {latest}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="84"/>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="85"/>
        <source>To confirm: this rule has not been confirmed by a lawyer of the jurisdiction.</source>
        <translation>بحاجة إلى تأكيد: لم يؤكّد هذه القاعدةَ محامٍ من الولاية القضائية المعنية.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="86"/>
        <source>To confirm: {note}</source>
        <translation>بحاجة إلى تأكيد: {note}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="87"/>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="88"/>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="89"/>
        <source>a public holiday ({name}) in {place}</source>
        <translation>عطلة رسمية ({name}) في {place}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="90"/>
        <source>a {weekday}</source>
        <translation>يوم {weekday}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="91"/>
        <source>a {weekday}, a weekend day in {jurisdiction}</source>
        <translation>يوم {weekday}، وهو يوم عطلة أسبوعية في {jurisdiction}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="92"/>
        <source>moved to the next business day, {day}</source>
        <translation>نُقل إلى يوم العمل التالي، {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="93"/>
        <source>moved to the previous business day, {day}</source>
        <translation>قُدِّم إلى يوم العمل السابق، {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="94"/>
        <source>{count} business days</source>
        <translation>أيام العمل: {count}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="95"/>
        <source>{count} calendar days</source>
        <translation>الأيام التقويمية: {count}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="96"/>
        <source>{count} months</source>
        <translation>الأشهر: {count}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="97"/>
        <source>{count} weeks</source>
        <translation>الأسابيع: {count}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="98"/>
        <source>{count} years</source>
        <translation>السنوات: {count}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="99"/>
        <source>{day} is {what}</source>
        <translation>{day} هو {what}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="100"/>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="101"/>
        <source>{jurisdiction} (public holidays of {calendar})</source>
        <translation>{jurisdiction} (العطل الرسمية في {calendar})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="102"/>
        <source>{note} {text}</source>
        <translation>{note} {text}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="103"/>
        <source>{period} after {start} is {due}.</source>
        <translation>{period} بعد {start} تنتهي في {due}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="104"/>
        <source>{period} before {start} is {due}.</source>
        <translation>{period} قبل {start} تقع في {due}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="105"/>
        <source>{period} before {start}, counted under Regulation 1182/71 Art. 3 in {jurisdiction}, ends on {due}.</source>
        <translation>{period} قبل {start}، محسوبة وفق المادة 3 من اللائحة 1182/71 في {jurisdiction}، تنتهي في {due}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="106"/>
        <source>{period} from {start}, counted under Regulation 1182/71 Art. 3 in {jurisdiction}, ends on {due}.</source>
        <translation>{period} من {start}، محسوبة وفق المادة 3 من اللائحة 1182/71 في {jurisdiction}، تنتهي في {due}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="107"/>
        <source>{text} {confirm}</source>
        <translation>{text} {confirm}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="108"/>
        <source>{text} {reason}.</source>
        <translation>{text} {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="109"/>
        <source>{title} ({rule}): {reason}</source>
        <translation>{title} ({rule}): {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="110"/>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="111"/>
        <source>{what}: follow this deadline up by hand.</source>
        <translation>{what}: تابع هذه المهلة يدويًا.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="112"/>
        <source>{what}: record it to compute this deadline.</source>
        <translation>{what}: سجّل ذلك لحساب هذه المهلة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="113"/>
        <source>{why}; not moved: this period ends on that day whether or not it is a business day</source>
        <translation>{why}؛ لم يُنقل: تنتهي هذه المدة في ذلك اليوم سواء أكان يوم عمل أم لا</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="114"/>
        <source>Counts above zero and below {low} are shown as &lt;{low}</source>
        <translation>تُعرض الأعداد التي تزيد على الصفر وتقل عن {low} على هيئة &lt;{low}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="115"/>
        <source>Counts above zero and below {low} are shown as &lt;{low} (below {high}, shown as &lt;{high}, in tables about trafficking concern)</source>
        <translation>تُعرض الأعداد التي تزيد على الصفر وتقل عن {low} على هيئة &lt;{low} (وفي الجداول المتعلقة بمصادر القلق بشأن الاتجار: ما يقل عن {high}، ويُعرض على هيئة &lt;{high})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="116"/>
        <source>Counts below {low}, zero included, are shown as &lt;{low}</source>
        <translation>تُعرض الأعداد التي تقل عن {low}، بما فيها الصفر، على هيئة &lt;{low}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="117"/>
        <source>Counts below {low}, zero included, are shown as &lt;{low} (below {high}, shown as &lt;{high}, in tables about trafficking concern)</source>
        <translation>تُعرض الأعداد التي تقل عن {low}، بما فيها الصفر، على هيئة &lt;{low} (وفي الجداول المتعلقة بمصادر القلق بشأن الاتجار: ما يقل عن {high}، ويُعرض على هيئة &lt;{high})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="118"/>
        <source>further counts are hidden as {mark} where needed so that no hidden count can be worked out from the totals or from another table</source>
        <translation>وتُحجب أعداد أخرى عند الحاجة وتُعرض على هيئة {mark} حتى لا يمكن استنتاج أي عدد محجوب من المجاميع أو من جدول آخر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="119"/>
        <source>no zero is shown</source>
        <translation>ولا يُعرض أي صفر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="120"/>
        <source>the other counts are exact</source>
        <translation>والأعداد الأخرى دقيقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="121"/>
        <source>the other counts are rounded to the nearest {base}, so totals may not add up</source>
        <translation>والأعداد الأخرى مقرَّبة إلى أقرب مضاعف للعدد {base}، لذا قد لا تساوي المجاميعُ مجموعَ أجزائها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="122"/>
        <source>zeros are shown</source>
        <translation>وتُعرض الأصفار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="123"/>
        <source>{small}; {further}; {zeros}; {rounding}.</source>
        <translation>{small}؛ {further}؛ {zeros}؛ {rounding}.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="124"/>
        <source>a family member</source>
        <translation>أحد أفراد الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="125"/>
        <source>the child</source>
        <translation>الطفل</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="30"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="31"/>
        <source>Whose</source>
        <translation>صاحبها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="32"/>
        <source>Number as recorded</source>
        <translation>الرقم كما سُجّل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="33"/>
        <source>Issuing authority</source>
        <translation>جهة الإصدار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="34"/>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="35"/>
        <source>Expires on</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="36"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="37"/>
        <source>Original or copy</source>
        <translation>أصل أم نسخة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="52"/>
        <source>&lt;b&gt;Documents recorded in more than one case&lt;/b&gt;</source>
        <translation>&lt;b&gt;مستندات مسجلة في أكثر من قضية&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="55"/>
        <source>The same kind of document from the same country with the same number, in several cases: the same child recorded twice, one document used for two children, or a typing mistake. Compare them and correct the case that is wrong.</source>
        <translation>النوع نفسه من المستندات، من البلد نفسه وبالرقم نفسه، في عدة قضايا: إما أن الطفل نفسه مسجل مرتين، أو أن مستندًا واحدًا استُخدم لطفلين، أو أن هناك خطأً في الكتابة. قارن بينها وصحّح القضية الخاطئة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="63"/>
        <source>Documents recorded in more than one case</source>
        <translation>مستندات مسجلة في أكثر من قضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="66"/>
        <source>The records side by side</source>
        <translation>السجلات جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="68"/>
        <source>Open the chosen record&apos;s case</source>
        <translation>فتح قضية السجل المحدد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="96"/>
        <source>%n to review.</source>
        <translation>
            <numerusform>%n حالة للمراجعة.</numerusform>
            <numerusform>%n حالة للمراجعة.</numerusform>
            <numerusform>%n حالتان للمراجعة.</numerusform>
            <numerusform>%n حالات للمراجعة.</numerusform>
            <numerusform>%n حالةً للمراجعة.</numerusform>
            <numerusform>%n حالة للمراجعة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="96"/>
        <source>None found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/documents_page.py" line="108"/>
        <source>{0} ({1}) No. {2} — in %n case(s)</source>
        <translation>
            <numerusform>{0} ({1}) رقم {2} — في %n قضية</numerusform>
            <numerusform>{0} ({1}) رقم {2} — في قضية واحدة</numerusform>
            <numerusform>{0} ({1}) رقم {2} — في قضيتين</numerusform>
            <numerusform>{0} ({1}) رقم {2} — في %n قضايا</numerusform>
            <numerusform>{0} ({1}) رقم {2} — في %n قضية</numerusform>
            <numerusform>{0} ({1}) رقم {2} — في %n قضية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptDatabase</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/encrypting.py" line="31"/>
        <source>Encrypting {0}…</source>
        <translation>جارٍ تشفير {0}…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/encrypting.py" line="46"/>
        <source>The database was not encrypted</source>
        <translation>لم تُشفَّر قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/guardian_desk/ui/i18n.py" line="94"/>
        <source>… and {0} more problems</source>
        <translation>… و{0} مشكلات أخرى</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="35"/>
        <source>Attach scan…</source>
        <translation>إرفاق مسح ضوئي…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="38"/>
        <source>PDF, JPEG, PNG or TIFF; or drop the files on the list</source>
        <translation>PDF أو JPEG أو PNG أو TIFF؛ أو أفلت الملفات على القائمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="51"/>
        <source>View pages…</source>
        <translation>عرض الصفحات…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="87"/>
        <source>Attach scans</source>
        <translation>إرفاق مسوحات ضوئية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/file_list.py" line="89"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>المسوحات الضوئية (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="126"/>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="127"/>
        <source>a PDF</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="128"/>
        <source>a PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="129"/>
        <source>a TIFF image</source>
        <translation>صورة TIFF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="130"/>
        <source>a part of it unpacks to more than {most} (from a file of {size}): it is built like a decompression bomb</source>
        <translation>يُفكّ جزء منه إلى أكثر من {most} (من ملف حجمه {size}): إنه مبني كقنبلة فكّ ضغط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="131"/>
        <source>an image inside it claims {claimed}, more than any scan has (at most {most} million)</source>
        <translation>تدّعي صورة بداخله {claimed}، وهو أكثر مما في أي مسح ضوئي (بحد أقصى {most} مليون)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="132"/>
        <source>an image inside it claims {width} × {height} pixels, more than any scan has (at most {most} million)</source>
        <translation>تدّعي صورة بداخله {width} × {height} بكسل، وهو أكثر مما في أي مسح ضوئي (بحد أقصى {most} مليون)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="133"/>
        <source>an image inside it has no sensible size</source>
        <translation>صورة بداخله ليس لها حجم معقول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="134"/>
        <source>it cannot be read as an image</source>
        <translation>لا يمكن قراءته كصورة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="135"/>
        <source>it claims {claimed}, more than any scan has (at most {most} million)</source>
        <translation>يدّعي {claimed}، وهو أكثر مما في أي مسح ضوئي (بحد أقصى {most} مليون)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="136"/>
        <source>it claims {width} × {height} pixels, more than any scan has (at most {most} million)</source>
        <translation>يدّعي {width} × {height} بكسل، وهو أكثر مما في أي مسح ضوئي (بحد أقصى {most} مليون)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="137"/>
        <source>it has more than {most} pages</source>
        <translation>عدد صفحاته أكثر من {most}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="138"/>
        <source>it has no file name</source>
        <translation>ليس له اسم ملف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="139"/>
        <source>it has no pages</source>
        <translation>لا يحتوي على أي صفحة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="140"/>
        <source>it has {pages} pages (at most {most})</source>
        <translation>عدد صفحاته {pages} (بحد أقصى {most})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="141"/>
        <source>it is built beyond what any scan needs (too many parts, or parts too deep)</source>
        <translation>بنيته تتجاوز ما يحتاجه أي مسح ضوئي (أجزاء كثيرة جدًا أو متداخلة بعمق)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="142"/>
        <source>it is damaged: a part of it cannot be unpacked</source>
        <translation>إنه تالف: لا يمكن فكّ أحد أجزائه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="143"/>
        <source>it is damaged: it cannot be opened</source>
        <translation>إنه تالف: لا يمكن فتحه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="144"/>
        <source>it is damaged: it cannot be read as a PDF</source>
        <translation>إنه تالف: لا يمكن قراءته كملف PDF</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="145"/>
        <source>it is damaged: it cannot be read as an image</source>
        <translation>إنه تالف: لا يمكن قراءته كصورة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="146"/>
        <source>it is damaged: its picture cannot be read whole</source>
        <translation>إنه تالف: لا يمكن قراءة صورته كاملة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="147"/>
        <source>it is damaged: one of its pages cannot be read</source>
        <translation>إنه تالف: لا يمكن قراءة إحدى صفحاته</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="148"/>
        <source>it is locked with a password; attach an unlocked copy</source>
        <translation>إنه مقفل بكلمة مرور؛ أرفق نسخة غير مقفلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="149"/>
        <source>it is packed in a way the program cannot check</source>
        <translation>إنه مضغوط بطريقة لا يستطيع البرنامج التحقق منها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="150"/>
        <source>it unpacks to more than {most} (from a file of {size}): it is built like a decompression bomb</source>
        <translation>يُفكّ إلى أكثر من {most} (من ملف حجمه {size}): إنه مبني كقنبلة فكّ ضغط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="151"/>
        <source>its name holds a character that may not be in a file name ({character})</source>
        <translation>يحتوي اسمه على محرف لا يجوز في اسم ملف ({character})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="152"/>
        <source>its name holds folders (/ or \), which a file&apos;s name may not hold</source>
        <translation>يحتوي اسمه على مجلدات (/ أو \)، وهو ما لا يجوز في اسم ملف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="153"/>
        <source>its name is longer than 255 characters</source>
        <translation>اسمه أطول من 255 محرفًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="154"/>
        <source>its structure loops back on itself</source>
        <translation>بنيته تدور على نفسها في حلقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="155"/>
        <source>more pixels</source>
        <translation>عددًا أكبر من البكسلات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="156"/>
        <source>opening it made the checking process stop</source>
        <translation>أدى فتحه إلى توقف عملية التحقق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="157"/>
        <source>opening it needs more memory than a scan may take</source>
        <translation>يتطلب فتحه ذاكرة أكبر مما يُسمح به لمسح ضوئي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="158"/>
        <source>{count} million pixels</source>
        <translation>{count} مليون بكسل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="159"/>
        <source>{name} cannot be read: {why}.</source>
        <translation>لا يمكن قراءة {name}: {why}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="160"/>
        <source>{name} is declared as {declared} but is {kind}: it was not attached.</source>
        <translation>صُرّح عن {name} بأنه {declared} لكنه {kind}: لم يُرفق.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="161"/>
        <source>{name} is empty (0 bytes): nothing to attach.</source>
        <translation>{name} فارغ (0 بايت): لا شيء لإرفاقه.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="162"/>
        <source>{name} is named as a {suffix} file but is {kind}: check that it is the right file, and rename it before attaching it.</source>
        <translation>اسم {name} يدل على ملف {suffix} لكنه {kind}: تحقّق من أنه الملف الصحيح، وأعد تسميته قبل إرفاقه.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="163"/>
        <source>{name} is not a PDF, JPEG, PNG or TIFF file (by its content, whatever its name or declared type says): only scans in those formats can be attached.</source>
        <translation>{name} ليس ملف PDF أو JPEG أو PNG أو TIFF (بحسب محتواه، أيًّا كان اسمه أو نوعه المصرّح به): لا يمكن إرفاق إلا المسوح الضوئية بهذه الصيغ.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="164"/>
        <source>{name} is too large to attach ({size} MB; the limit is {limit} MB). Scan it at a lower resolution or split it.</source>
        <translation>{name} أكبر من أن يُرفق ({size} ميغابايت؛ الحد {limit} ميغابايت). امسحه بدقة أقل أو قسّمه.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="165"/>
        <source>{name} is too large to attach.</source>
        <translation>{name} أكبر من أن يُرفق.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="166"/>
        <source>{name} took too long to open (more than {seconds} s): it may be damaged, or made to hang programs. It was not attached.</source>
        <translation>استغرق فتح {name} وقتًا طويلًا (أكثر من {seconds} ثانية): قد يكون تالفًا أو مصممًا لتعطيل البرامج. لم يُرفق.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="167"/>
        <source>{name} was not attached: {problem}.</source>
        <translation>لم يُرفق {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="168"/>
        <source>{name} was not opened: {stopped} files before it had to be stopped while they were checked, so the rest were refused unchecked. It was not attached.</source>
        <translation>لم يُفتح {name}: اضطُر إلى إيقاف التحقق من {stopped} ملفات قبله، فرُفض الباقي دون تحقق. لم يُرفق.</translation>
    </message>
</context>
<context>
    <name>FilingList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="55"/>
        <source>Filings made for this case</source>
        <translation>المذكرات المُعدّة لهذه القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="58"/>
        <source>Filing</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="59"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="60"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="61"/>
        <source>Made by</source>
        <translation>أعدّها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="62"/>
        <source>Made</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="71"/>
        <source>New filing…</source>
        <translation>مذكرة جديدة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="73"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="74"/>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="75"/>
        <source>Make again</source>
        <translation>إعادة الإعداد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="77"/>
        <source>The same form, languages and typed values, from the case as it is now</source>
        <translation>النموذج نفسه واللغات والقيم المكتوبة نفسها، من القضية كما هي الآن</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="85"/>
        <source>Filings are kept here as they were made; the case&apos;s unsaved changes are not in them until it is saved.</source>
        <translation>تُحفظ المذكرات هنا كما أُعدّت؛ ولا تدخل فيها تغييرات القضية غير المحفوظة إلى أن تُحفظ القضية.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="167"/>
        <source>This filing&apos;s file is no longer in the database.</source>
        <translation>لم يعد ملف هذه المذكرة موجودًا في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="192"/>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_list.py" line="217"/>
        <source>Making the filing again…</source>
        <translation>جارٍ إعداد المذكرة من جديد…</translation>
    </message>
</context>
<context>
    <name>FilingWizard</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="573"/>
        <source>New filing</source>
        <translation>مذكرة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="590"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>FilingsPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="81"/>
        <source>Find hearings</source>
        <translation>البحث عن الجلسات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="84"/>
        <source>Hearings to make the filing for</source>
        <translation>الجلسات التي تُعدّ لها المذكرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="87"/>
        <source>When (at the forum)</source>
        <translation>الموعد (بتوقيت الجهة القضائية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="88"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="89"/>
        <source>Hearing</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="90"/>
        <source>Forum</source>
        <translation>الجهة القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="91"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="99"/>
        <source>Make filings</source>
        <translation>إعداد المذكرات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="101"/>
        <source>Print all…</source>
        <translation>طباعة الكل…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="102"/>
        <source>Save all to a folder…</source>
        <translation>حفظ الكل في مجلد…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="107"/>
        <source>Filings that could not be made, and why</source>
        <translation>المذكرات التي تعذّر إعدادها وأسباب ذلك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="111"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="113"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="115"/>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="177"/>
        <source>%n hearing(s); untick those that need no filing.</source>
        <translation>
            <numerusform>%n جلسة؛ ألغِ تحديد الجلسات التي لا تحتاج إلى مذكرة.</numerusform>
            <numerusform>%n جلسة؛ ألغِ تحديد الجلسات التي لا تحتاج إلى مذكرة.</numerusform>
            <numerusform>%n جلستان؛ ألغِ تحديد الجلسات التي لا تحتاج إلى مذكرة.</numerusform>
            <numerusform>%n جلسات؛ ألغِ تحديد الجلسات التي لا تحتاج إلى مذكرة.</numerusform>
            <numerusform>%n جلسةً؛ ألغِ تحديد الجلسات التي لا تحتاج إلى مذكرة.</numerusform>
            <numerusform>%n جلسة؛ ألغِ تحديد الجلسات التي لا تحتاج إلى مذكرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="227"/>
        <source>Making %n filing(s)…</source>
        <translation>
            <numerusform>جارٍ إعداد %n مذكرة…</numerusform>
            <numerusform>جارٍ إعداد %n مذكرة…</numerusform>
            <numerusform>جارٍ إعداد %n مذكرتين…</numerusform>
            <numerusform>جارٍ إعداد %n مذكرات…</numerusform>
            <numerusform>جارٍ إعداد %n مذكرةً…</numerusform>
            <numerusform>جارٍ إعداد %n مذكرة…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="234"/>
        <source>Made {0}; could not make {1}. Each filing made is kept in its case.</source>
        <translation>أُعدّ: {0}؛ تعذّر إعداده: {1}. تُحفظ كل مذكرة مُعدّة في قضيتها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="258"/>
        <source>Filings</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="265"/>
        <source>Preparing to print…</source>
        <translation>جارٍ التحضير للطباعة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="273"/>
        <source>Save the filings to</source>
        <translation>حفظ المذكرات في</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filings_page.py" line="290"/>
        <source>Saved %n file(s) to {0}.</source>
        <translation>
            <numerusform>تم حفظ %n ملف في {0}.</numerusform>
            <numerusform>تم حفظ %n ملف في {0}.</numerusform>
            <numerusform>تم حفظ %n ملفين في {0}.</numerusform>
            <numerusform>تم حفظ %n ملفات في {0}.</numerusform>
            <numerusform>تم حفظ %n ملفًا في {0}.</numerusform>
            <numerusform>تم حفظ %n ملف في {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="226"/>
        <source>Make the administrator of this database</source>
        <translation>إنشاء مسؤول قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="230"/>
        <source>This database has no users yet. Choose the administrator&apos;s user name and passphrase: they add the team&apos;s other users and give each a role. A passphrase is at least 12 characters; a few words you will remember are best.</source>
        <translation>لا مستخدمين في قاعدة البيانات هذه بعد. اختر اسم المستخدم وعبارة المرور للمسؤول: يضيف المسؤول بقية مستخدمي الفريق ويعطي كلا منهم دورا. عبارة المرور 12 حرفا على الأقل؛ والأفضل كلمات قليلة تتذكرها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="242"/>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="243"/>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="244"/>
        <source>The same passphrase again:</source>
        <translation>عبارة المرور نفسها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="246"/>
        <source>Make the administrator</source>
        <translation>إنشاء المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="250"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="48"/>
        <source>Choose the form</source>
        <translation>اختر النموذج</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="49"/>
        <source>The forms listed are those meant for the chosen proceeding.</source>
        <translation>النماذج المدرجة هي المخصصة للإجراء المحدد.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="56"/>
        <source>Forms</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="59"/>
        <source>The court&apos;s language unless you choose another</source>
        <translation>لغة المحكمة ما لم تختر لغة أخرى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="63"/>
        <source>The child&apos;s language, beside the court&apos;s or after it</source>
        <translation>لغة الطفل، بجانب لغة المحكمة أو بعدها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="71"/>
        <source>Side by side, paragraph by paragraph</source>
        <translation>جنبًا إلى جنب، فقرةً فقرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="72"/>
        <source>One after the other</source>
        <translation>الواحدة تلو الأخرى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="74"/>
        <source>Proceeding</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="75"/>
        <source>Hearing</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="76"/>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="77"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="78"/>
        <source>Second language</source>
        <translation>اللغة الثانية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="80"/>
        <source>Two languages</source>
        <translation>لغتان</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="81"/>
        <source>Arabic-Indic digits in Arabic, Dari or Pashto</source>
        <translation>أرقام هندية (٠١٢٣) في النصوص العربية والدرية والبشتوية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="83"/>
        <source>Where the forum wants them (٠١٢٣ rather than 0123)</source>
        <translation>حين تطلبها الجهة القضائية (٠١٢٣ بدلًا من 0123)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="121"/>
        <source>— no hearing —</source>
        <translation>— بلا جلسة —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="203"/>
        <source>{0} — chosen by you</source>
        <translation>{0} — من اختيارك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="205"/>
        <source>no second language — chosen by you</source>
        <translation>بلا لغة ثانية — من اختيارك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="60"/>
        <source>— none —</source>
        <translation>— لا شيء —</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="169"/>
        <source>A certificate of service filed on its own: which documents were served, on whom, how and when, signed by the person who served them.</source>
        <translation>شهادة تبليغ تُودَع مستقلةً: المستندات التي جرى تبليغها، ومن بُلِّغ بها، وطريقة التبليغ وتاريخه؛ يوقّعها الشخص الذي قام بالتبليغ.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="170"/>
        <source>A list of the exhibits filed: label, description (with translations and authentication), and the number of pages of each exhibit&apos;s attached file(s).</source>
        <translation>قائمة بالملاحق المودَعة: رمز كل ملحق، ووصفه (مع الترجمات والتصديق)، وعدد صفحات الملف أو الملفات المرفقة به.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="172"/>
        <source>Anything else the court should know (e.g. the child asks for an interpreter of the same sex)</source>
        <translation>أي أمر آخر ينبغي أن تعلمه المحكمة (مثلًا: يطلب الطفل مترجمًا شفويًا من الجنس نفسه)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="173"/>
        <source>Applicant (the guardian if empty)</source>
        <translation>مقدّم الطلب (الوصي إذا تُرك فارغًا)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="174"/>
        <source>Article of the Convention on which the foreign authority&apos;s jurisdiction rested (5, 6, 7, 8, 9, 10 or 11)</source>
        <translation>مادة الاتفاقية التي استند إليها اختصاص السلطة الأجنبية (5 أو 6 أو 7 أو 8 أو 9 أو 10 أو 11)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="176"/>
        <source>Asks the authority of a Contracting State for an advance decision under Article 24 of the Hague Child Protection Convention of 19 October 1996 that a guardianship order made in another Contracting State is recognised (Art. 23(1)), showing that none of the grounds of Art. 23(2) applies, and, where the child now lives in the requested State, for a certificate under Art. 40. Only for orders from a Contracting State (the United States is not one). Between EU Member States other than Denmark, Regulation (EU) 2019/1111 applies instead.</source>
        <translation>يطلب من سلطة دولة متعاقدة أن تُصدر، بموجب المادة 24 من اتفاقية لاهاي لحماية الأطفال المؤرخة في 19 تشرين الأول/أكتوبر 1996، قرارًا مسبقًا بالاعتراف بأمر وصاية صادر في دولة متعاقدة أخرى (المادة 23(1))، مع بيان عدم توافر أيٍّ من أسباب الرفض الواردة في المادة 23(2)، وأن تُصدر كذلك، إذا كان الطفل يقيم الآن في الدولة المطلوب منها، شهادةً بموجب المادة 40. يقتصر على الأوامر الصادرة في دولة متعاقدة (والولايات المتحدة ليست منها). وبين الدول الأعضاء في الاتحاد الأوروبي عدا الدنمارك، تُطبَّق بدلًا من ذلك اللائحة (الاتحاد الأوروبي) رقم 2019/1111.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="177"/>
        <source>Asks the court to appoint a guardian of the person of the child: the child, birth, nationality, arrival, where the child lives, the parents, the proposed guardian, why the appointment is in the child&apos;s best interests, and the relief asked for. In US courts it ends with the petitioner&apos;s verification; a certificate of service is added when the persons served are named.</source>
        <translation>يطلب من المحكمة تعيين وصيّ على شخص الطفل: بيانات الطفل، وميلاده، وجنسيته، ووصوله، ومكان إقامته، ووالداه، والوصي المقترح، وأسباب كون التعيين محقّقًا للمصالح الفضلى للطفل، والطلبات المقدَّمة. وأمام المحاكم الأمريكية تُختتم العريضة بإقرار مقدّمها بصحة ما ورد فيها؛ وتُضاف شهادة تبليغ عند ذكر الأشخاص المبلَّغين.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="178"/>
        <source>Asks the court to provide a qualified interpreter in the child&apos;s language (and dialect, if given) for the next hearing, for the whole of the hearing and for the child&apos;s conversations with counsel during it.</source>
        <translation>يطلب من المحكمة توفير مترجم شفوي مؤهَّل بلغة الطفل (وبلهجته إن ذُكرت) للجلسة التالية، طوال مدة الجلسة، ولمحادثات الطفل مع محاميه في أثنائها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="179"/>
        <source>Asks the state court (juvenile, family or probate) to make the three findings a Special Immigrant Juvenile petition needs: (a) dependency or custody, (b) reunification with one or both parents not viable due to abuse, neglect, abandonment or a similar basis under state law, (c) return to the country of nationality not in the child&apos;s best interest; each with its federal basis (8 U.S.C. § 1101(a)(27)(J); 8 C.F.R. § 204.11) and the state-law provision for the court&apos;s state. Filed in the state-court guardianship or custody proceeding, not with USCIS. Check the state citations before filing; where the form has none it says so in brackets.</source>
        <translation>يطلب من محكمة الولاية (محكمة الأحداث أو الأسرة أو التركات) إصدار النتائج الثلاث التي يستلزمها التماس وضع المهاجر الحدث الخاص: (أ) تبعية الطفل للمحكمة أو إيداعه في حضانة، (ب) تعذّر لمّ شمله مع أحد والديه أو كليهما بسبب الإساءة أو الإهمال أو الهجر أو سبب مماثل وفق قانون الولاية، (ج) أنّ إعادته إلى بلد جنسيته ليست في مصلحته الفضلى؛ ولكلٍّ منها سندها الفيدرالي (8 U.S.C. § 1101(a)(27)(J)؛ 8 C.F.R. § 204.11) والنص المقابل في قانون ولاية المحكمة. يُودَع في دعوى الوصاية أو الحضانة أمام محكمة الولاية، لا لدى دائرة خدمات الجنسية والهجرة الأمريكية. تحقّق من الإحالات إلى قانون الولاية قبل الإيداع؛ وحيث يخلو النموذج منها يُشار إلى ذلك بين معقوفين.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="180"/>
        <source>Attorney&apos;s State Bar number</source>
        <translation>رقم قيد المحامي في نقابة المحامين بالولاية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="181"/>
        <source>Attorney&apos;s e-mail</source>
        <translation>البريد الإلكتروني للمحامي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="182"/>
        <source>Attorney&apos;s firm or organisation</source>
        <translation>مكتب المحاماة أو المنظمة التي يتبعها المحامي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="183"/>
        <source>Attorney&apos;s name, for the attorney block of California pleadings (blank: the lawyer on the case)</source>
        <translation>اسم المحامي، لخانة بيانات المحامي في مذكرات كاليفورنيا (إذا تُرك فارغًا: محامي القضية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="184"/>
        <source>Attorney&apos;s office address (one line each)</source>
        <translation>عنوان مكتب المحامي (كل جزء في سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="185"/>
        <source>Attorney&apos;s telephone</source>
        <translation>هاتف المحامي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="187"/>
        <source>Certificate of service</source>
        <translation>شهادة تبليغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="188"/>
        <source>Certificate of translation</source>
        <translation>شهادة ترجمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="189"/>
        <source>Country of last habitual residence, if not the country of nationality</source>
        <translation>بلد آخر إقامة معتادة، إن كان غير بلد الجنسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="190"/>
        <source>Date of service (today if empty)</source>
        <translation>تاريخ التبليغ (اليوم إذا تُرك فارغًا)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="192"/>
        <source>Declaration of the child</source>
        <translation>إقرار الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="193"/>
        <source>Declaration of the guardian</source>
        <translation>إقرار الوصي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="194"/>
        <source>Dialect or regional variety, if it matters (e.g. Sorani, Eritrean Tigrinya)</source>
        <translation>اللهجة أو التنويعة الإقليمية، إن كان لها أثر (مثلًا: السورانية، التغرينية الإريترية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="195"/>
        <source>Document translated (e.g. birth certificate of the child issued in Kabul on 3 May 2015)</source>
        <translation>المستند المترجَم (مثلًا: شهادة ميلاد الطفل الصادرة في كابول بتاريخ 3 أيار/مايو 2015)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="196"/>
        <source>Documents served (e.g. the petition for appointment of a guardian and the notice of hearing)</source>
        <translation>المستندات المبلَّغة (مثلًا: عريضة تعيين الوصي والإشعار بموعد الجلسة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="197"/>
        <source>Exhibit index</source>
        <translation>فهرس الملاحق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="198"/>
        <source>Facts showing return to the country of nationality is not in the child&apos;s best interest (one paragraph a line)</source>
        <translation>الوقائع التي تُثبت أن العودة إلى بلد الجنسية ليست في المصلحة الفضلى للطفل (فقرة واحدة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="199"/>
        <source>Facts showing reunification is not viable (one paragraph a line)</source>
        <translation>الوقائع التي تُثبت تعذّر لمّ الشمل (فقرة واحدة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="200"/>
        <source>Firm or organisation on the signature</source>
        <translation>مكتب المحاماة أو المنظمة الواردة في خانة التوقيع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="201"/>
        <source>Further orders asked for (one a line)</source>
        <translation>أوامر أخرى مطلوبة (أمر واحد في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="202"/>
        <source>Ground under state law (abuse, neglect, abandonment, or the similar basis)</source>
        <translation>السبب وفق قانون الولاية (الإساءة أو الإهمال أو الهجر أو السبب المماثل)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="203"/>
        <source>How and in what language the child&apos;s views were obtained</source>
        <translation>كيف استُطلعت آراء الطفل وبأي لغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="204"/>
        <source>How the child came to be here, briefly (one paragraph a line)</source>
        <translation>كيف وصل الطفل إلى هنا، باختصار (فقرة واحدة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="205"/>
        <source>How the child is dependent on the court or placed in someone&apos;s custody, if not by the guardian on the case (one paragraph a line)</source>
        <translation>كيف يكون الطفل تابعًا للمحكمة أو مودَعًا في حضانة شخص ما، إن لم يكن ذلك عن طريق الوصي المسجَّل في القضية (فقرة واحدة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="206"/>
        <source>How the child was given an opportunity to be heard in the foreign proceedings (or why not, e.g. urgency)</source>
        <translation>كيف أُتيحت للطفل فرصة الاستماع إليه في الإجراءات الأجنبية (أو سبب عدم إتاحتها، مثلًا: الاستعجال)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="207"/>
        <source>How the parents have been or will be given notice, or why notice should be dispensed with</source>
        <translation>كيف بُلِّغ الوالدان أو سيُبلَّغان، أو سبب وجوب الإعفاء من التبليغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="208"/>
        <source>How the persons with parental responsibility were heard in the foreign proceedings, if known</source>
        <translation>كيف جرى الاستماع إلى أصحاب المسؤولية الأبوية في الإجراءات الأجنبية، إن كان ذلك معروفًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="209"/>
        <source>How they were served (e.g. first-class mail, postage prepaid)</source>
        <translation>طريقة التبليغ (مثلًا: البريد من الدرجة الأولى مدفوع الأجرة مسبقًا)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="210"/>
        <source>How they were served (e.g. first-class mail, postage prepaid; personal delivery; e-mail by consent)</source>
        <translation>طريقة التبليغ (مثلًا: البريد من الدرجة الأولى مدفوع الأجرة مسبقًا؛ التسليم باليد؛ البريد الإلكتروني بموافقة المبلَّغ)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="211"/>
        <source>If the order placed the child in care in another Contracting State: how Article 33 was complied with</source>
        <translation>إذا قضى الأمر بإيداع الطفل في رعاية بديلة في دولة متعاقدة أخرى: كيف رُوعيت أحكام المادة 33</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="175"/>
        <source>Ask also for a certificate under Article 40</source>
        <translation>طلب شهادة بموجب المادة 40 أيضًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="171"/>
        <source>A report of a best-interests assessment or determination recorded in the case (the latest, or the one held on the day typed): who took part, the child&apos;s views in the child&apos;s own words, the options considered, the recommendation and, for a determination, the decision and its review; signed by the person who made it.</source>
        <translation>تقرير عن تقييم أو تحديد للمصالح الفضلى مسجَّل في القضية (الأحدث، أو الذي أُجري في اليوم المُدخَل): المشاركون، وآراء الطفل بكلماته هو، والخيارات التي دُرست، والتوصية، وفي حالة التحديد: القرار ومراجعته؛ يوقّعه الشخص الذي أجراه.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="186"/>
        <source>Best-interests assessment</source>
        <translation>تقييم المصالح الفضلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="191"/>
        <source>Day of the assessment or determination to report, YYYY-MM-DD (blank: the latest)</source>
        <translation>يوم التقييم أو التحديد موضوع التقرير، سسسس-شش-يي (إذا تُرك فارغًا: الأحدث)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="212"/>
        <source>Include the child&apos;s recorded views</source>
        <translation>إدراج آراء الطفل المسجلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="213"/>
        <source>Interpreter who read the declaration to the child (if not the hearing&apos;s interpreter)</source>
        <translation>المترجم الشفوي الذي قرأ الإقرار على الطفل (إن لم يكن مترجم الجلسة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="214"/>
        <source>Language translated from</source>
        <translation>اللغة المترجَم منها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="215"/>
        <source>Language translated into</source>
        <translation>اللغة المترجَم إليها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="216"/>
        <source>Legal basis of the court&apos;s jurisdiction (e.g. a statute), if it is to be stated</source>
        <translation>السند القانوني لاختصاص المحكمة (مثلًا: نص تشريعي)، إن لزم ذكره</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="217"/>
        <source>Motion for special findings (Special Immigrant Juvenile status)</source>
        <translation>طلب إصدار النتائج الخاصة (وضع المهاجر الحدث الخاص)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="218"/>
        <source>Name of the person who made the assessment or determination (signs the report)</source>
        <translation>اسم الشخص الذي أجرى التقييم أو التحديد (يوقّع التقرير)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="219"/>
        <source>Notice of hearing</source>
        <translation>إشعار بموعد الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="220"/>
        <source>Others at the hearing who need the interpreter (e.g. the child&apos;s aunt)</source>
        <translation>آخرون في الجلسة يحتاجون إلى المترجم الشفوي (مثلًا: خالة الطفل)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="221"/>
        <source>Parent(s) with whom reunification is not viable (e.g. &quot;father&quot;, &quot;mother and father&quot;)</source>
        <translation>الوالد أو الوالدان اللذان يتعذّر لمّ الشمل معهما (مثلًا: «الأب»، «الأم والأب»)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="222"/>
        <source>Party the attorney represents (after &quot;Attorney for&quot;, e.g. Petitioner)</source>
        <translation>الطرف الذي يمثّله المحامي (بعد «محامي»، مثلًا: مقدّم الطلب)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="223"/>
        <source>Person signing for the guardian, if the guardian is an office or agency</source>
        <translation>الشخص الذي يوقّع نيابةً عن الوصي، إذا كان الوصي مكتبًا أو جهة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="224"/>
        <source>Person who served them (the lawyer on the case if empty)</source>
        <translation>الشخص الذي قام بالتبليغ (محامي القضية إذا تُرك فارغًا)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="225"/>
        <source>Persons seen and documents read, with dates (one a line)</source>
        <translation>الأشخاص الذين قوبلوا والمستندات التي اطُّلع عليها، مع التواريخ (بند واحد في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="226"/>
        <source>Persons served, with their addresses (one a line; leave empty for no certificate of service)</source>
        <translation>الأشخاص المبلَّغون مع عناوينهم (شخص واحد في كل سطر؛ اتركه فارغًا إن لم تُرِد شهادة تبليغ)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="227"/>
        <source>Persons served, with their addresses or e-mail (one a line)</source>
        <translation>الأشخاص المبلَّغون مع عناوينهم أو بريدهم الإلكتروني (شخص واحد في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="228"/>
        <source>Petition for appointment of a guardian of the person</source>
        <translation>عريضة تعيين وصيّ على شخص القاصر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="229"/>
        <source>Petitioner, if not the proposed guardian (e.g. the minor, where the law allows)</source>
        <translation>مقدّم العريضة، إن لم يكن الوصي المقترح (مثلًا: القاصر نفسه حيث يجيز القانون ذلك)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="230"/>
        <source>Proposed guardian&apos;s address</source>
        <translation>عنوان الوصي المقترح</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="231"/>
        <source>Proposed guardian&apos;s name</source>
        <translation>اسم الوصي المقترح</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="232"/>
        <source>Proposed guardian&apos;s relationship to the child (e.g. maternal uncle)</source>
        <translation>صلة الوصي المقترح بالطفل (مثلًا: الخال)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="233"/>
        <source>Recognition request (Hague 1996, Art. 24)</source>
        <translation>طلب اعتراف (اتفاقية لاهاي 1996، المادة 24)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="234"/>
        <source>Recommendations to the court (one a line)</source>
        <translation>التوصيات المقدَّمة إلى المحكمة (توصية واحدة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="235"/>
        <source>Report of the guardian ad litem</source>
        <translation>تقرير الوصي المؤقت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="236"/>
        <source>Request for an interpreter</source>
        <translation>طلب توفير مترجم شفوي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="237"/>
        <source>Signer&apos;s bar number</source>
        <translation>رقم قيد الموقِّع في نقابة المحامين</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="238"/>
        <source>Signer&apos;s role</source>
        <translation>صفة الموقِّع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="239"/>
        <source>Since when the guardian has known the child</source>
        <translation>منذ متى يعرف الوصي الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="240"/>
        <source>Tells the child, the family and the parties when and where the next hearing is, and that an interpreter will be there.</source>
        <translation>يُعلم الطفل والأسرة والأطراف بموعد الجلسة التالية ومكانها، وبأن مترجمًا شفويًا سيحضرها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="241"/>
        <source>That person&apos;s position (e.g. caseworker)</source>
        <translation>منصب ذلك الشخص (مثلًا: الأخصائي الاجتماعي)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="242"/>
        <source>That person&apos;s role</source>
        <translation>صفة ذلك الشخص</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="243"/>
        <source>The child&apos;s own account, in numbered first-person paragraphs: who the child is, arrival, where the child lives, what the child wants the court to know, and the child&apos;s recorded views; signed by the child, with the interpreter&apos;s certificate where the child needs an interpreter. Under penalty of perjury in US proceedings; a plain statement of truth elsewhere.</source>
        <translation>رواية الطفل بنفسه، في فقرات مرقّمة بصيغة المتكلم: من هو الطفل، ووصوله، ومكان إقامته، وما يريد أن تعرفه المحكمة، وآراؤه المسجّلة؛ يوقّعها الطفل، مع شهادة المترجم الشفوي حيث يحتاج الطفل إلى مترجم شفوي. تحت طائلة عقوبة شهادة الزور في الإجراءات الأمريكية؛ وفي غيرها، إقرار بسيط بصحة ما ورد.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="244"/>
        <source>The child&apos;s situation: health, schooling, care, relationships (one paragraph a line)</source>
        <translation>وضع الطفل: الصحة، والتعليم، والرعاية، والعلاقات (فقرة واحدة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="245"/>
        <source>The filing these exhibits support (e.g. the petition for appointment of a guardian)</source>
        <translation>المذكرة التي تدعمها هذه الملاحق (مثلًا: عريضة تعيين الوصي)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="246"/>
        <source>The guardian ad litem&apos;s assessment (one paragraph a line)</source>
        <translation>تقييم الوصي المؤقت (فقرة واحدة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="247"/>
        <source>The guardian ad litem&apos;s report to the court: the appointment, the sources of information, the child&apos;s situation, the child&apos;s views (each recorded note quoted), the assessment and the recommendations; signed by the guardian ad litem.</source>
        <translation>تقرير الوصي المؤقت إلى المحكمة: التعيين، ومصادر المعلومات، ووضع الطفل، وآراء الطفل (مع اقتباس كل ملاحظة مسجّلة)، والتقييم، والتوصيات؛ يوقّعه الوصي المؤقت.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="248"/>
        <source>The guardian&apos;s (or temporary custodian&apos;s) account in numbered first-person paragraphs: the appointment and its powers, the child&apos;s placement, and what the guardian wants the court to know; signed by the guardian, or for an office or agency by the person signing for it. Under penalty of perjury in US proceedings; a plain statement of truth elsewhere.</source>
        <translation>رواية الوصي (أو الحاضن المؤقت) في فقرات مرقّمة بصيغة المتكلم: التعيين وصلاحياته، ومكان إيداع الطفل، وما يريد الوصي أن تعرفه المحكمة؛ يوقّعها الوصي، أو إن كان مكتبًا أو جهةً فالشخص الذي يوقّع نيابةً عنها. تحت طائلة عقوبة شهادة الزور في الإجراءات الأمريكية؛ وفي غيرها، إقرار بسيط بصحة ما ورد.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="249"/>
        <source>The translator certifies competence in both languages and that the translation of the named document is complete and accurate (as USCIS and the immigration courts require for every foreign-language document: 8 C.F.R. §§ 103.2(b)(3), 1003.33); signed by the translator.</source>
        <translation>يشهد المترجم بكفاءته في اللغتين وبأن ترجمة المستند المذكور كاملة ودقيقة (كما تشترط دائرة خدمات الجنسية والهجرة الأمريكية ومحاكم الهجرة لكل مستند بلغة أجنبية: 8 C.F.R. §§ 103.2(b)(3)، 1003.33)؛ يوقّعها المترجم.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="250"/>
        <source>Their function (blank: best-interests assessor, or the determination panel)</source>
        <translation>صفته (إذا تُرك فارغًا: مُقيِّم المصالح الفضلى، أو لجنة التحديد)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="251"/>
        <source>Translator&apos;s address</source>
        <translation>عنوان المترجم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="252"/>
        <source>Translator&apos;s name</source>
        <translation>اسم المترجم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="253"/>
        <source>Translator&apos;s qualification (e.g. native speaker of Dari, ten years&apos; experience as a translator)</source>
        <translation>مؤهّلات المترجم (مثلًا: الدارية لغته الأم، وخبرة عشر سنوات في الترجمة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="254"/>
        <source>What the child says, in the child&apos;s own words and in the first person (one paragraph a line)</source>
        <translation>ما يقوله الطفل، بكلماته هو وبصيغة المتكلم (فقرة واحدة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="255"/>
        <source>What the guardian states, in the first person (one paragraph a line)</source>
        <translation>ما يقرّ به الوصي، بصيغة المتكلم (فقرة واحدة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="256"/>
        <source>Where the child signs (city)</source>
        <translation>مكان توقيع الطفل (المدينة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="257"/>
        <source>Where the guardian signs (city)</source>
        <translation>مكان توقيع الوصي (المدينة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="258"/>
        <source>Where the report is signed (city)</source>
        <translation>مكان توقيع التقرير (المدينة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="259"/>
        <source>Where the translator signs (city)</source>
        <translation>مكان توقيع المترجم (المدينة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="260"/>
        <source>Why an advance decision is needed now (one paragraph a line)</source>
        <translation>سبب الحاجة الآن إلى قرار مسبق (فقرة واحدة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="261"/>
        <source>Why the appointment is in the child&apos;s best interests (one paragraph a line)</source>
        <translation>أسباب كون التعيين محقّقًا للمصالح الفضلى للطفل (فقرة واحدة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="262"/>
        <source>Your role ({role}) may not read the case&apos;s {sections}, which this form is made from; someone whose role may read them can make it.</source>
        <translation>لا يسمح دورك ({role}) بالاطلاع على أجزاء القضية التي يُعَدّ منها هذا النموذج ({sections})؛ يمكن أن يُعِدّه شخص يسمح له دوره بالاطلاع عليها.</translation>
    </message>
</context>
<context>
    <name>HearingList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="174"/>
        <source>Record outcome…</source>
        <translation>تسجيل النتيجة…</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="101"/>
        <source>The folder {folder} cannot be made: {reason}</source>
        <translation>لا يمكن إنشاء المجلد {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="136"/>
        <source>This database is already open in {app} (process {pid} on host {host}). Close it there first, or open another database.</source>
        <translation>قاعدة البيانات هذه مفتوحة بالفعل في {app} (العملية {pid} على الجهاز {host}). أغلقها هناك أولا، أو افتح قاعدة بيانات أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="141"/>
        <source>another program</source>
        <translation>برنامج آخر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="149"/>
        <source>This database is already open in another Guardian Desk. Close it there first, or open another database.</source>
        <translation>قاعدة البيانات هذه مفتوحة بالفعل في Guardian Desk آخر. أغلقها هناك أولا، أو افتح قاعدة بيانات أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="157"/>
        <source>Guardian Desk may not write in the folder of this database, so it cannot make sure no one else has it open: {path}</source>
        <translation>لا يستطيع Guardian Desk الكتابة في مجلد قاعدة البيانات هذه، لذا لا يمكنه التأكد من أن أحدا آخر لم يفتحها: {path}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/instance_lock.py" line="164"/>
        <source>Guardian Desk cannot create the lock file {path}.</source>
        <translation>لا يستطيع Guardian Desk إنشاء ملف القفل {path}.</translation>
    </message>
</context>
<context>
    <name>LanguagesCell</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/languages.py" line="109"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/languages.py" line="110"/>
        <source>— none —</source>
        <translation>— لا شيء —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/languages.py" line="112"/>
        <source>Second language</source>
        <translation>اللغة الثانية</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="999"/>
        <source>Guardian Desk</source>
        <translation>Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="20"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23"/>
        <location filename="../../ui/main_window.ui" line="130"/>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="24"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="25"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="26"/>
        <source>Filings</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="27"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="28"/>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="29"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>Search cases</source>
        <translation>البحث في القضايا</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>Search names in any script, aliases, docket or document numbers (Ctrl+F)</source>
        <translation>ابحث في الأسماء بأي نظام كتابة، والأسماء المستعارة، وأرقام القيد وأرقام المستندات (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60"/>
        <source>&amp;Jurisdiction</source>
        <translation>الولاية ال&amp;قضائية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66"/>
        <source>Filter by jurisdiction</source>
        <translation>التصفية حسب الولاية القضائية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="73"/>
        <source>&amp;Lawyer</source>
        <translation>ال&amp;محامي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>Filter by assigned lawyer</source>
        <translation>التصفية حسب المحامي المكلّف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="86"/>
        <source>&amp;Age</source>
        <translation>ال&amp;عمر</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="92"/>
        <source>Filter by age band</source>
        <translation>التصفية حسب الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="101"/>
        <source>&amp;Hearing within</source>
        <translation>جلسة &amp;خلال</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="102"/>
        <source>Only cases with a hearing soon</source>
        <translation>القضايا التي لها جلسة قريبة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="107"/>
        <source>Days until the hearing</source>
        <translation>الأيام المتبقية حتى الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="153"/>
        <source>Court-ready filings and hearing packets are not available in this version yet.</source>
        <translation>المذكرات الجاهزة للمحكمة وملفات الجلسات غير متاحة في هذا الإصدار بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="178"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="191"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="197"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="219"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="231"/>
        <source>&amp;New case…</source>
        <translation>قضية &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="232"/>
        <source>Open a new case for a child (Ctrl+N)</source>
        <translation>فتح قضية جديدة لطفل (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="233"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="237"/>
        <source>&amp;Save case</source>
        <translation>&amp;حفظ القضية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="238"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242"/>
        <source>&amp;Close case</source>
        <translation>إ&amp;غلاق القضية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="243"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246"/>
        <source>&amp;Import cases…</source>
        <translation>ا&amp;ستيراد قضايا…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="247"/>
        <source>Import cases from a Guardian Desk exchange file</source>
        <translation>استيراد قضايا من ملف تبادل Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="250"/>
        <source>&amp;Export cases…</source>
        <translation>&amp;تصدير القضايا…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="251"/>
        <source>Export all cases, or the selected one, to an exchange file</source>
        <translation>تصدير جميع القضايا، أو القضية المحددة، إلى ملف تبادل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="254"/>
        <source>Add &amp;demo data…</source>
        <translation>إضافة بيانات تجري&amp;بية…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="257"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="258"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="261"/>
        <source>&amp;Find case</source>
        <translation>&amp;بحث عن قضية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="262"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="265"/>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="268"/>
        <source>&amp;Cases</source>
        <translation>ال&amp;قضايا</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="269"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="272"/>
        <source>C&amp;alendar</source>
        <translation>ال&amp;تقويم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="273"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="276"/>
        <source>&amp;Documents</source>
        <translation>ال&amp;مستندات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="277"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="280"/>
        <source>&amp;Filings</source>
        <translation>المذ&amp;كرات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="281"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="284"/>
        <source>&amp;Reports</source>
        <translation>التقا&amp;رير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="285"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="288"/>
        <source>&amp;Audit log</source>
        <translation>سجل الت&amp;دقيق</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="289"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="292"/>
        <source>&amp;Partners and referrals</source>
        <translation>ال&amp;شركاء والإحالات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="293"/>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="296"/>
        <source>&amp;Receive a case from a partner…</source>
        <translation>استلام قضية من &amp;شريك…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="297"/>
        <source>Open a bundle a partner organisation sent</source>
        <translation>فتح حزمة أرسلتها منظمة شريكة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="300"/>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="301"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="304"/>
        <source>Open &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجلات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="307"/>
        <source>&amp;About Guardian Desk</source>
        <translation>&amp;حول Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="74"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="251"/>
        <source>Guardian Desk — demo data (throw-away)</source>
        <translation>Guardian Desk — بيانات تجريبية (مؤقتة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="79"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="252"/>
        <source>Number of cases shown</source>
        <translation>عدد القضايا المعروضة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="81"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="720"/>
        <source>Found: %n</source>
        <translation>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
            <numerusform>النتائج: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="121"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="265"/>
        <source>Hide every case until you unlock it</source>
        <translation>إخفاء كل الملفات حتى فتح القفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="253"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="312"/>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="254"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="321"/>
        <source>This &amp;week</source>
        <translation>هذا الأ&amp;سبوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="255"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="327"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>تصدير الت&amp;قويم (.ics)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="490"/>
        <source>The deadline rules changed: updating deadlines, %n case(s) to go…</source>
        <translation>
            <numerusform>تغيّرت قواعد حساب المهل: جارٍ تحديث المهل، والمتبقي %n قضية…</numerusform>
            <numerusform>تغيّرت قواعد حساب المهل: جارٍ تحديث المهل، والمتبقي %n قضية…</numerusform>
            <numerusform>تغيّرت قواعد حساب المهل: جارٍ تحديث المهل، والمتبقي %n قضيتان…</numerusform>
            <numerusform>تغيّرت قواعد حساب المهل: جارٍ تحديث المهل، والمتبقي %n قضايا…</numerusform>
            <numerusform>تغيّرت قواعد حساب المهل: جارٍ تحديث المهل، والمتبقي %n قضيةً…</numerusform>
            <numerusform>تغيّرت قواعد حساب المهل: جارٍ تحديث المهل، والمتبقي %n قضية…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="508"/>
        <source>Deadlines updated to the current rules (%n case(s) changed).</source>
        <translation>
            <numerusform>حُدّثت المهل وفق القواعد الحالية (%n قضية معدّلة).</numerusform>
            <numerusform>حُدّثت المهل وفق القواعد الحالية (%n قضية معدّلة).</numerusform>
            <numerusform>حُدّثت المهل وفق القواعد الحالية (%n قضيتان معدّلتان).</numerusform>
            <numerusform>حُدّثت المهل وفق القواعد الحالية (%n قضايا معدّلة).</numerusform>
            <numerusform>حُدّثت المهل وفق القواعد الحالية (%n قضيةً معدّلة).</numerusform>
            <numerusform>حُدّثت المهل وفق القواعد الحالية (%n قضية معدّلة).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="525"/>
        <source>Export calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="527"/>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="548"/>
        <source>Wrote %n hearing(s) and deadline(s) to {0}.</source>
        <translation>
            <numerusform>تم تصدير %n بند من الجلسات والمهل إلى {0}.</numerusform>
            <numerusform>تم تصدير %n بند من الجلسات والمهل إلى {0}.</numerusform>
            <numerusform>تم تصدير %n بندين من الجلسات والمهل إلى {0}.</numerusform>
            <numerusform>تم تصدير %n بنود من الجلسات والمهل إلى {0}.</numerusform>
            <numerusform>تم تصدير %n بندًا من الجلسات والمهل إلى {0}.</numerusform>
            <numerusform>تم تصدير %n بند من الجلسات والمهل إلى {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="554"/>
        <source>Exporting the calendar…</source>
        <translation>جارٍ تصدير التقويم…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="752"/>
        <source>Guardian Desk exchange files (*.age *.json);;All files (*)</source>
        <translation>ملفات تبادل Guardian Desk (*.age *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="764"/>
        <source>Open a sealed file</source>
        <translation>فتح ملف مختوم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="765"/>
        <source>Passphrase of {0}:</source>
        <translation>عبارة المرور لـ {0}:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="806"/>
        <source>Guardian Desk exchange files (*.age *.json)</source>
        <translation>ملفات تبادل Guardian Desk (*.age *.json)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="569"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="118"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="264"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="122"/>
        <source>it was asked to.</source>
        <translation>طُلب منه ذلك.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="132"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="266"/>
        <source>S&amp;witch user…</source>
        <translation>تبديل المست&amp;خدم…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="135"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="267"/>
        <source>Change &amp;passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="140"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="268"/>
        <source>&amp;Users…</source>
        <translation>المست&amp;خدمون…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="213"/>
        <source>This database is not encrypted: anyone who copies the file can read every child&apos;s data in it.</source>
        <translation>قاعدة البيانات هذه غير مشفّرة: يستطيع كل من ينسخ الملف قراءة بيانات كل طفل فيه.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="217"/>
        <source>Encrypt…</source>
        <translation>تشفير…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="222"/>
        <source>Encrypt the database</source>
        <translation>تشفير قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="224"/>
        <source>Guardian Desk closes the database, encrypts it (a verified encrypted copy takes its place, and its plain backups are removed), then opens it again and shows its recovery key once. Encrypt it now?</source>
        <translation>يغلق Guardian Desk قاعدة البيانات ويشفّرها (تحلّ محلها نسخة مشفّرة تم التحقق منها، وتُحذف نسخها الاحتياطية غير المشفّرة)، ثم يعيد فتحها ويعرض مفتاح الاسترداد مرة واحدة. هل تريد تشفيرها الآن؟</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="256"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="914"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="257"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="917"/>
        <source>How to do the day&apos;s work in Guardian Desk</source>
        <translation>كيف تنجز عمل اليوم في Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="571"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="572"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="272"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="573"/>
        <source>Archived</source>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="274"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="576"/>
        <source>All ages</source>
        <translation>جميع الأعمار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="418"/>
        <source>Receive a case from a partner</source>
        <translation>استلام قضية من شريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="420"/>
        <source>Guardian Desk bundles (*.gdbundle);;All files (*)</source>
        <translation>حزم Guardian Desk (*.gdbundle);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="598"/>
        <source>All jurisdictions</source>
        <translation>جميع الولايات القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="604"/>
        <source>All lawyers</source>
        <translation>جميع المحامين</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="670"/>
        <source>Your role may not export cases</source>
        <translation>لا يسمح دورك بتصدير الملفات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="720"/>
        <source>Cases: %n</source>
        <translation>
            <numerusform>القضايا: %n</numerusform>
            <numerusform>القضايا: %n</numerusform>
            <numerusform>القضايا: %n</numerusform>
            <numerusform>القضايا: %n</numerusform>
            <numerusform>القضايا: %n</numerusform>
            <numerusform>القضايا: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="725"/>
        <source>No cases yet. Ctrl+N opens a new case; File › Import cases reads an exchange file; File › Add demo data shows what Guardian Desk can do.</source>
        <translation>لا توجد قضايا بعد. يفتح الاختصار Ctrl+N قضية جديدة؛ ويقرأ الأمر «ملف › استيراد قضايا» ملف تبادل؛ ويعرض الأمر «ملف › إضافة بيانات تجريبية» ما يستطيع Guardian Desk القيام به.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="750"/>
        <source>Import cases</source>
        <translation>استيراد قضايا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="773"/>
        <source>Imported %n case(s) from {0}.</source>
        <translation>
            <numerusform>تم استيراد %n قضية من {0}.</numerusform>
            <numerusform>تم استيراد %n قضية من {0}.</numerusform>
            <numerusform>تم استيراد %n قضيتين من {0}.</numerusform>
            <numerusform>تم استيراد %n قضايا من {0}.</numerusform>
            <numerusform>تم استيراد %n قضيةً من {0}.</numerusform>
            <numerusform>تم استيراد %n قضية من {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="786"/>
        <source>Importing cases from {0}…</source>
        <translation>جارٍ استيراد القضايا من {0}…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="804"/>
        <source>Export all cases</source>
        <translation>تصدير جميع القضايا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="817"/>
        <source>Exported %n case(s) to {0}.</source>
        <translation>
            <numerusform>تم تصدير %n قضية إلى {0}.</numerusform>
            <numerusform>تم تصدير %n قضية إلى {0}.</numerusform>
            <numerusform>تم تصدير %n قضيتين إلى {0}.</numerusform>
            <numerusform>تم تصدير %n قضايا إلى {0}.</numerusform>
            <numerusform>تم تصدير %n قضيةً إلى {0}.</numerusform>
            <numerusform>تم تصدير %n قضية إلى {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="825"/>
        <source>Exporting cases to {0}…</source>
        <translation>جارٍ تصدير القضايا إلى {0}…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="833"/>
        <source>Add demo data</source>
        <translation>إضافة بيانات تجريبية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="834"/>
        <source>How many fictional demo cases should be added?</source>
        <translation>كم عدد القضايا التجريبية الوهمية التي تريد إضافتها؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="847"/>
        <source>Added %n demo case(s).</source>
        <translation>
            <numerusform>تمت إضافة %n قضية تجريبية.</numerusform>
            <numerusform>تمت إضافة %n قضية تجريبية.</numerusform>
            <numerusform>تمت إضافة %n قضيتين تجريبيتين.</numerusform>
            <numerusform>تمت إضافة %n قضايا تجريبية.</numerusform>
            <numerusform>تمت إضافة %n قضيةً تجريبية.</numerusform>
            <numerusform>تمت إضافة %n قضية تجريبية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="853"/>
        <source>Adding demo cases…</source>
        <translation>جارٍ إضافة القضايا التجريبية…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="258"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="922"/>
        <source>&amp;Organisation&apos;s files…</source>
        <translation>&amp;ملفات المنظمة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="261"/>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="926"/>
        <source>The organisation&apos;s own roles, instruments and reports, and any that cannot be used</source>
        <translation>الأدوار والأدوات والتقارير الخاصة بالمنظمة، وما لا يمكن استخدامه منها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/main_window.py" line="952"/>
        <source>%n of the organisation&apos;s files cannot be used and are left out: see Help › Organisation&apos;s files…</source>
        <translation>
            <numerusform>لا يمكن استخدام %n ملف من ملفات المنظمة: راجع مساعدة › ملفات المنظمة…</numerusform>
            <numerusform>لا يمكن استخدام %n ملف من ملفات المنظمة: راجع مساعدة › ملفات المنظمة…</numerusform>
            <numerusform>لا يمكن استخدام %n ملف من ملفات المنظمة: راجع مساعدة › ملفات المنظمة…</numerusform>
            <numerusform>لا يمكن استخدام %n ملف من ملفات المنظمة: راجع مساعدة › ملفات المنظمة…</numerusform>
            <numerusform>لا يمكن استخدام %n ملف من ملفات المنظمة: راجع مساعدة › ملفات المنظمة…</numerusform>
            <numerusform>لا يمكن استخدام %n ملف من ملفات المنظمة: راجع مساعدة › ملفات المنظمة…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="974"/>
        <source>About Guardian Desk</source>
        <translation>حول Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="976"/>
        <source>Guardian Desk {0}

Case management for legal-aid teams representing displaced and unaccompanied children.</source>
        <translation>Guardian Desk {0}

إدارة القضايا لفرق المساعدة القانونية التي تمثّل الأطفال النازحين وغير المصحوبين بذويهم.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/main_window.py" line="1001"/>
        <source>Cases are still being written. Stop that (nothing of it is kept) and close?</source>
        <translation>لا تزال كتابة القضايا جارية. هل تريد إيقافها (لن يُحفظ أي شيء منها) والإغلاق؟</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="122"/>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="128"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../src/guardian_desk/ui/ops.py" line="150"/>
        <location filename="../../src/guardian_desk/ui/ops.py" line="229"/>
        <source>Guardian Desk</source>
        <translation>Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/ops.py" line="228"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/ops.py" line="244"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>جارٍ الإلغاء… لن يُحفظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>OrganisationFiles</name>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="25"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="26"/>
        <source>Screening instruments</source>
        <translation>أدوات الفحص</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="27"/>
        <source>Missing-episode actions</source>
        <translation>إجراءات حالات الاختفاء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="28"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="60"/>
        <source>No such folder: only the shipped files are used.</source>
        <translation>لا يوجد هذا المجلد: تُستخدم الملفات المرفقة بالبرنامج فقط.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="64"/>
        <source>Every file can be used.</source>
        <translation>يمكن استخدام كل الملفات.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="66"/>
        <source>These files cannot be used and are left out:</source>
        <translation>لا يمكن استخدام هذه الملفات، وقد استُبعدت:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="83"/>
        <source>The organisation&apos;s files</source>
        <translation>ملفات المنظمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/organisation_files.py" line="86"/>
        <source>Your organisation may add its own roles, screening instruments, missing-episode actions and reports as files in these folders (see the documentation).</source>
        <translation>يمكن لمنظمتك إضافة أدوارها وأدوات الفحص وإجراءات حالات الاختفاء والتقارير الخاصة بها كملفات في هذه المجلدات (راجع الوثائق).</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="40"/>
        <source>Outcome of the hearing</source>
        <translation>نتيجة الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="42"/>
        <source>Hearing of {0} ({1})</source>
        <translation>جلسة {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="46"/>
        <source>Held</source>
        <translation>انعقدت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="47"/>
        <source>Adjourned</source>
        <translation>أُجّلت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="48"/>
        <source>Decided</source>
        <translation>صدر فيها قرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="49"/>
        <source>Vacated (will not take place)</source>
        <translation>أُلغيت (لن تنعقد)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="63"/>
        <source>Why the hearing was adjourned</source>
        <translation>سبب تأجيل الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="66"/>
        <source>Next hearing, local time at the forum</source>
        <translation>الجلسة التالية، بالتوقيت المحلي للجهة القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="81"/>
        <source>{0}, if given at the hearing</source>
        <translation>{0}، إذا نُطق به في الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="143"/>
        <source>Give the next hearing&apos;s date and time as {0}, or tick &apos;No new date yet&apos;.</source>
        <translation>أدخل تاريخ الجلسة التالية ووقتها بصيغة {0}، أو حدّد «لا يوجد موعد جديد بعد».</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="152"/>
        <source>Give the day the decision was notified as {0}.</source>
        <translation>أدخل يوم التبليغ بالقرار بصيغة {0}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="69"/>
        <source>No new date yet: add a task to schedule it</source>
        <translation>لا يوجد موعد جديد بعد: أضِف مهمة لتحديده</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="73"/>
        <source>What was decided</source>
        <translation>مضمون القرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="74"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="79"/>
        <source>Day the decision was notified</source>
        <translation>يوم التبليغ بالقرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="84"/>
        <source>Why adjourned</source>
        <translation>سبب التأجيل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="85"/>
        <source>Next hearing ({0})</source>
        <translation>الجلسة التالية ({0})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="87"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="88"/>
        <source>Notified on</source>
        <translation>تاريخ التبليغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="136"/>
        <source>Say why the hearing was adjourned.</source>
        <translation>بيّن سبب تأجيل الجلسة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/hearing_outcome.py" line="146"/>
        <source>Choose what was decided.</source>
        <translation>اختر مضمون القرار.</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="91"/>
        <source>e.g. DE</source>
        <translation>مثلًا: DE</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="98"/>
        <source>A telephone number partners call to confirm</source>
        <translation>رقم هاتف يتصل عليه الشركاء للتأكيد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="99"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="112"/>
        <source>Your organisation&apos;s contact card as a QR code</source>
        <translation>بطاقة الاتصال الخاصة بمنظمتك في صورة رمز QR</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="113"/>
        <source>Save card…</source>
        <translation>حفظ البطاقة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="116"/>
        <source>Save QR code…</source>
        <translation>حفظ رمز QR…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="122"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="124"/>
        <source>Days a partner has to answer a referral before a task comes due</source>
        <translation>عدد الأيام المتاحة للشريك للرد على إحالة قبل أن يحين موعد مهمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="128"/>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="129"/>
        <source>C&amp;ountry</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="130"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="131"/>
        <source>Con&amp;tact</source>
        <translation>&amp;وسيلة الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="133"/>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="231"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="134"/>
        <source>Answer expected within</source>
        <translation>الرد متوقع خلال</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="143"/>
        <source>Your organisation&apos;s contact card</source>
        <translation>بطاقة الاتصال الخاصة بمنظمتك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="149"/>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="172"/>
        <source>Partner organisations</source>
        <translation>المنظمات الشريكة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="159"/>
        <source>Add a partner&apos;s card…</source>
        <translation>إضافة بطاقة شريك…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="162"/>
        <source>Confirm by telephone…</source>
        <translation>التأكيد بالهاتف…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="165"/>
        <source>Revoke…</source>
        <translation>إلغاء الاعتماد…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="180"/>
        <source>Referrals sent and received</source>
        <translation>الإحالات المرسَلة والمستلَمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="191"/>
        <source>Receive a bundle…</source>
        <translation>استلام حزمة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="194"/>
        <source>Mark as…</source>
        <translation>تعيين الحالة إلى…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="203"/>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="227"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="228"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="229"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="230"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="236"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="237"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="238"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="239"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="240"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="241"/>
        <source>Sent or received</source>
        <translation>تاريخ الإرسال أو الاستلام</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="242"/>
        <source>Answer due</source>
        <translation>موعد الرد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="276"/>
        <source>Give your organisation&apos;s name and save</source>
        <translation>أدخل اسم منظمتك واحفظ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="285"/>
        <source>New keys to confirm</source>
        <translation>مفاتيح جديدة بحاجة إلى تأكيد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="306"/>
        <source> (without consent)</source>
        <translation> (دون موافقة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="352"/>
        <source>Give your organisation&apos;s name.</source>
        <translation>أدخل اسم منظمتك.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="383"/>
        <source>Save the contact card</source>
        <translation>حفظ بطاقة الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="392"/>
        <source>Save the QR code</source>
        <translation>حفظ رمز QR</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="392"/>
        <source>Pictures (*.png *.svg)</source>
        <translation>الصور (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="417"/>
        <source>A partner&apos;s contact card</source>
        <translation>بطاقة اتصال شريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="434"/>
        <source>%1 is added. Call them and read the fingerprints to each other before you send or take anything: Confirm by telephone.</source>
        <translation>أُضيف %1. اتصل بهم واقرؤوا البصمات بعضكم على بعض قبل أن ترسل أو تستلم أي شيء: «التأكيد بالهاتف».</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="437"/>
        <source>%1&apos;s card was already known; nothing changed.</source>
        <translation>بطاقة %1 معروفة من قبل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="439"/>
        <source>%1 will be trusted anew once you confirm its fingerprint by telephone.</source>
        <translation>ستُعتمد %1 من جديد بعد أن تؤكد بصمتها بالهاتف.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="441"/>
        <source>%1&apos;s new keys are signed by their old ones: taken.</source>
        <translation>المفاتيح الجديدة لـ%1 موقَّعة بمفاتيحه القديمة: قُبلت.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="443"/>
        <source>%1 was revoked: confirm its new fingerprint by telephone before anything of theirs is taken in.</source>
        <translation>أُلغي اعتماد %1: أكّد بصمتها الجديدة بالهاتف قبل استلام أي شيء منها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="447"/>
        <source>%1&apos;s new keys are NOT signed by their old ones. Call them on a number you already know and confirm the new fingerprint before anything of theirs is taken in.</source>
        <translation>المفاتيح الجديدة لـ%1 ليست موقَّعة بمفاتيحه القديمة. اتصل بهم على رقم تعرفه من قبل وأكِّد البصمة الجديدة قبل استلام أي شيء منهم.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="482"/>
        <source>Revoke %1</source>
        <translation>إلغاء اعتماد %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/partners_page.py" line="484"/>
        <source>Why is this partner no longer trusted? Nothing is sent to it or taken from it any more.</source>
        <translation>لماذا لم يعد هذا الشريك موثوقًا؟ لن يُرسَل إليه شيء ولن يُستلَم منه شيء بعد الآن.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="364"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="375"/>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="376"/>
        <source>Save as DOCX…</source>
        <translation>حفظ بصيغة DOCX…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="377"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="378"/>
        <source>Save hearing packet…</source>
        <translation>حفظ ملف الجلسة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="381"/>
        <source>This filing and the exhibits chosen, with their scans and translations, in one Bates-numbered PDF</source>
        <translation>هذه المذكرة والملاحق المختارة، مع مسوحاتها الضوئية وترجماتها، في ملف PDF واحد مرقّم بترقيم Bates</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="388"/>
        <source>The packet&apos;s language</source>
        <translation>لغة الملف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="391"/>
        <source>The language of the packet: its filing, contents page, slip sheets and exhibit descriptions</source>
        <translation>لغة الملف: المذكرة وصفحة المحتويات والأوراق الفاصلة وأوصاف المستندات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="415"/>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="420"/>
        <source>Preparing the preview…</source>
        <translation>جارٍ تحضير المعاينة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="430"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحةً</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="449"/>
        <source>Save the filing</source>
        <translation>حفظ المذكرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="460"/>
        <source>Saved to {0} and kept in the case.</source>
        <translation>حُفظت في {0} واحتُفظ بها في القضية.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="471"/>
        <source>Saving the filing…</source>
        <translation>جارٍ حفظ المذكرة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="491"/>
        <source>Save the hearing packet</source>
        <translation>حفظ ملف الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="515"/>
        <source>Packet of {0} pages saved to {1} and kept in the case.</source>
        <translation>حُفظ ملف الجلسة (عدد الصفحات: {0}) في {1} واحتُفظ به في القضية.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="524"/>
        <source>Making the hearing packet…</source>
        <translation>جارٍ إعداد ملف الجلسة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/filings/filing_wizard.py" line="548"/>
        <source>Preparing to print…</source>
        <translation>جارٍ التحضير للطباعة…</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="263"/>
        <source>A lawyer has still to confirm this rule.</source>
        <translation>لا تزال هذه القاعدة بحاجة إلى تأكيد من محامٍ.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="264"/>
        <source>Family tracing and any contact with the family are paused: a clear trafficking concern (screening of {day}) is open without a best-interests assessment.</source>
        <translation>البحث عن الأسرة وأي تواصل معها معلّقان: يوجد مصدر قلق واضح بشأن الاتجار (الفحص الأولي بتاريخ {day}) دون تقييم للمصالح الفضلى.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="265"/>
        <source>Sharing this case is paused: a clear trafficking concern (screening of {day}) is open without a best-interests assessment. Record the assessment first.</source>
        <translation>مشاركة هذه القضية معلّقة: يوجد مصدر قلق واضح بشأن الاتجار (الفحص الأولي بتاريخ {day}) دون تقييم للمصالح الفضلى. سجّل التقييم أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="266"/>
        <source>The child came back on {day} from a missing episode.</source>
        <translation>عاد الطفل بتاريخ {day} بعد واقعة فقدان.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="267"/>
        <source>The child went missing on {day}.</source>
        <translation>فُقد الطفل بتاريخ {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="268"/>
        <source>The last screening was on {day}.</source>
        <translation>أُجري آخر فحص أولي بتاريخ {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="269"/>
        <source>The placement changed on {day}.</source>
        <translation>تغيّر مكان الإيداع بتاريخ {day}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="270"/>
        <source>The program&apos;s general practice: {citation}.</source>
        <translation>الممارسة العامة للبرنامج: {citation}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="271"/>
        <source>The rule ({jurisdiction}): {citation}.</source>
        <translation>القاعدة ({jurisdiction}): {citation}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="272"/>
        <source>The screening of {day} found: {level}. The instrument {instrument} asks for this.</source>
        <translation>وجد الفحص الأولي في {day}: {level}. تطلب الأداة {instrument} هذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="273"/>
        <source>last known in the same country</source>
        <translation>آخر مكان معروف في البلد نفسه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="274"/>
        <source>last known place alike</source>
        <translation>آخر مكان معروف متشابه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="275"/>
        <source>names alike ({score})</source>
        <translation>أسماء متشابهة ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="276"/>
        <source>native-script names alike ({score})</source>
        <translation>أسماء متشابهة بالكتابة الأصلية ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="277"/>
        <source>recorded there as: {relationship}</source>
        <translation>مسجل هناك بصفة: {relationship}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="278"/>
        <source>recorded there with the same relationship ({relationship})</source>
        <translation>مسجل هناك بالصلة نفسها ({relationship})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="279"/>
        <source>separated from the children about the same time</source>
        <translation>الانفصال عن الطفلين في الوقت نفسه تقريبًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="280"/>
        <source>the child of that case</source>
        <translation>الطفل في ذلك الملف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="281"/>
        <source>the child of that case, of an age to be a sibling</source>
        <translation>الطفل في ذلك الملف، في سن تسمح بأن يكون أخًا أو أختًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="282"/>
        <source>the child of that case, old enough</source>
        <translation>الطفل في ذلك الملف، بالغ السن الكافية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="283"/>
        <source>the child of that case; ages not known</source>
        <translation>الطفل في ذلك الملف؛ الأعمار غير معروفة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="284"/>
        <source>the children share a language</source>
        <translation>يتكلم الطفلان لغة مشتركة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="285"/>
        <source>the children share a nationality</source>
        <translation>يشترك الطفلان في جنسية</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="286"/>
        <source>Your role may not read civil documents, so it cannot see their readiness.</source>
        <translation>لا يسمح دورك بالاطلاع على الوثائق المدنية، ولذلك لا يمكنه رؤية مدى جاهزيتها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="41"/>
        <source>ok</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="42"/>
        <source>not required</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="43"/>
        <source>missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="44"/>
        <source>pending</source>
        <translation>يلزم التحقق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="45"/>
        <source>stale</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="46"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="49"/>
        <source>authentication</source>
        <translation>التصديق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="50"/>
        <source>translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="51"/>
        <source>freshness</source>
        <translation>حداثة الإصدار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="52"/>
        <source>expiry</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="53"/>
        <source>recognition</source>
        <translation>الاعتراف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="67"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="78"/>
        <source>{0} ({1}, No. {2})</source>
        <translation>{0} ({1}، رقم {2})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="81"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="113"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="156"/>
        <source>Documents by jurisdiction</source>
        <translation>المستندات حسب الولاية القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="117"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="157"/>
        <source>What each proceeding&apos;s documents still lack</source>
        <translation>ما ينقص مستندات كل إجراء بعد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="118"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="158"/>
        <source>Check again</source>
        <translation>إعادة التحقق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="136"/>
        <source>Cannot check yet: {0}</source>
        <translation>يتعذّر التحقق بعد: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="144"/>
        <source>This case has no open proceeding to check.</source>
        <translation>لا يوجد في هذه القضية إجراء مفتوح للتحقق منه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="148"/>
        <source>%n proceeding(s) checked; </source>
        <translation>
            <numerusform>تم التحقق من %n إجراء؛ </numerusform>
            <numerusform>تم التحقق من %n إجراء؛ </numerusform>
            <numerusform>تم التحقق من %n إجراءين؛ </numerusform>
            <numerusform>تم التحقق من %n إجراءات؛ </numerusform>
            <numerusform>تم التحقق من %n إجراءً؛ </numerusform>
            <numerusform>تم التحقق من %n إجراء؛ </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="149"/>
        <source>%n ready.</source>
        <translation>
            <numerusform>الجاهز منها: %n.</numerusform>
            <numerusform>الجاهز منها: %n.</numerusform>
            <numerusform>الجاهز منها: %n.</numerusform>
            <numerusform>الجاهز منها: %n.</numerusform>
            <numerusform>الجاهز منها: %n.</numerusform>
            <numerusform>الجاهز منها: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="194"/>
        <source>for the hearing on {0}</source>
        <translation>للجلسة المقررة في {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="196"/>
        <source>no hearing set; checked for {0}</source>
        <translation>لم تُحدَّد جلسة؛ جرى التحقق بتاريخ {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="198"/>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="204"/>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="200"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n بند متبقٍّ</numerusform>
            <numerusform>%n بند متبقٍّ</numerusform>
            <numerusform>%n بندان متبقيان</numerusform>
            <numerusform>%n بنود متبقية</numerusform>
            <numerusform>%n بندًا متبقيًا</numerusform>
            <numerusform>%n بند متبقٍّ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/documents/readiness_view.py" line="204"/>
        <source>not ready</source>
        <translation>غير جاهز</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="136"/>
        <source>A case from %1</source>
        <translation>قضية من %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="141"/>
        <source>&lt;b&gt;%1&lt;/b&gt; sends %2 for %3.&lt;br&gt;Sections: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; يرسل قضية %2 (الغرض: %3).&lt;br&gt;الأقسام: %4</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="155"/>
        <source>Sent WITHOUT consent, for this reason: %1</source>
        <translation>أُرسلت دون موافقة، للسبب التالي: %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="169"/>
        <source>Cases here that may be the same child</source>
        <translation>قضايا موجودة هنا قد تخص الطفل نفسه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="185"/>
        <source>Arriving</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="185"/>
        <source>Here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="187"/>
        <source>Cases here that may be the same child:</source>
        <translation>قضايا موجودة هنا قد تخص الطفل نفسه:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="189"/>
        <source>No case here looks like the same child.</source>
        <translation>لا تبدو أي قضية هنا خاصة بالطفل نفسه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="193"/>
        <source>%n alike case(s) are outside the cases your role opens: ask a supervisor to review this bundle.</source>
        <translation>
            <numerusform>%n قضية مشابهة تقع خارج القضايا التي يتيح لك دورك فتحها: اطلب من مشرف مراجعة هذه الحزمة.</numerusform>
            <numerusform>قضية مشابهة واحدة تقع خارج القضايا التي يتيح لك دورك فتحها: اطلب من مشرف مراجعة هذه الحزمة.</numerusform>
            <numerusform>قضيتان مشابهتان تقعان خارج القضايا التي يتيح لك دورك فتحها: اطلب من مشرف مراجعة هذه الحزمة.</numerusform>
            <numerusform>%n قضايا مشابهة تقع خارج القضايا التي يتيح لك دورك فتحها: اطلب من مشرف مراجعة هذه الحزمة.</numerusform>
            <numerusform>%n قضية مشابهة تقع خارج القضايا التي يتيح لك دورك فتحها: اطلب من مشرف مراجعة هذه الحزمة.</numerusform>
            <numerusform>%n قضية مشابهة تقع خارج القضايا التي يتيح لك دورك فتحها: اطلب من مشرف مراجعة هذه الحزمة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="200"/>
        <source>Take it in as a new case</source>
        <translation>إدخالها كقضية جديدة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="203"/>
        <source>Merge into the chosen case…</source>
        <translation>دمجها في القضية المختارة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="226"/>
        <source>Differences: tick those to take</source>
        <translation>الاختلافات: ضع علامة على ما تريد أخذه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="231"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="231"/>
        <source>Here now</source>
        <translation>الموجود هنا الآن</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="231"/>
        <source>Arriving (tick to take)</source>
        <translation>الوارد (ضع علامة للأخذ)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="233"/>
        <source>Take the ticked changes</source>
        <translation>أخذ التغييرات المعلَّمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="250"/>
        <source>Save the receipt for the sender…</source>
        <translation>حفظ إشعار الاستلام للمرسِل…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="268"/>
        <source>Refuse it</source>
        <translation>رفضها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="320"/>
        <source>%n difference(s) between the case here and the one arriving. Tick what to take; what is not ticked stays as it is here. Records only the case here has are kept.</source>
        <translation>
            <numerusform>%n اختلاف بين القضية الموجودة هنا والقضية الواردة. ضع علامة على ما تريد أخذه؛ وما لا تضع عليه علامة يبقى كما هو هنا. وتبقى محفوظةً السجلاتُ التي لا توجد إلا في القضية هنا.</numerusform>
            <numerusform>اختلاف واحد بين القضية الموجودة هنا والقضية الواردة. ضع علامة على ما تريد أخذه؛ وما لا تضع عليه علامة يبقى كما هو هنا. وتبقى محفوظةً السجلاتُ التي لا توجد إلا في القضية هنا.</numerusform>
            <numerusform>اختلافان بين القضية الموجودة هنا والقضية الواردة. ضع علامة على ما تريد أخذه؛ وما لا تضع عليه علامة يبقى كما هو هنا. وتبقى محفوظةً السجلاتُ التي لا توجد إلا في القضية هنا.</numerusform>
            <numerusform>%n اختلافات بين القضية الموجودة هنا والقضية الواردة. ضع علامة على ما تريد أخذه؛ وما لا تضع عليه علامة يبقى كما هو هنا. وتبقى محفوظةً السجلاتُ التي لا توجد إلا في القضية هنا.</numerusform>
            <numerusform>%n اختلافًا بين القضية الموجودة هنا والقضية الواردة. ضع علامة على ما تريد أخذه؛ وما لا تضع عليه علامة يبقى كما هو هنا. وتبقى محفوظةً السجلاتُ التي لا توجد إلا في القضية هنا.</numerusform>
            <numerusform>%n اختلاف بين القضية الموجودة هنا والقضية الواردة. ضع علامة على ما تريد أخذه؛ وما لا تضع عليه علامة يبقى كما هو هنا. وتبقى محفوظةً السجلاتُ التي لا توجد إلا في القضية هنا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="333"/>
        <source>new record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="369"/>
        <source>The case was taken in as a new case.</source>
        <translation>أُدخلت القضية كقضية جديدة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="370"/>
        <source>Merged: %1 change(s) taken, %2 kept as they were here.</source>
        <translation>دُمجت: عدد التغييرات المأخوذة %1، وعدد ما بقي كما كان هنا %2.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="373"/>
        <source>Refused: nothing of the case was written.</source>
        <translation>رُفضت: لم يُكتب شيء من القضية.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="378"/>
        <source>Send the receipt so that %1 knows.</source>
        <translation>أرسل إشعار الاستلام ليعلم %1.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="388"/>
        <source>Where to write the receipt</source>
        <translation>أين يُكتب إشعار الاستلام</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="390"/>
        <source>Guardian Desk bundles (*.gdbundle)</source>
        <translation>حزم Guardian Desk (*.gdbundle)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="402"/>
        <source>The receipt is written: send it to %1.</source>
        <translation>كُتب إشعار الاستلام: أرسله إلى %1.</translation>
    </message>
</context>
<context>
    <name>Recognition</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="287"/>
        <source>Agreement between the Federal Republic of Germany and the French Republic on the exemption of public documents from legalisation (13 September 1971)</source>
        <translation>اتفاق بين جمهورية ألمانيا الاتحادية والجمهورية الفرنسية بشأن إعفاء الوثائق الرسمية من التصديق (13 سبتمبر 1971)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="288"/>
        <source>Agreement between the Federal Republic of Germany and the Kingdom of Belgium on the exemption of public documents from legalisation (13 May 1975)</source>
        <translation>اتفاق بين جمهورية ألمانيا الاتحادية ومملكة بلجيكا بشأن إعفاء الوثائق الرسمية من التصديق (13 مايو 1975)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="289"/>
        <source>Agreement between the Republic of Poland and Ukraine on legal assistance and legal relations in civil and criminal matters (Kyiv, 24 May 1993), Art. 15</source>
        <translation>اتفاق بين جمهورية بولندا وأوكرانيا بشأن المساعدة القانونية والعلاقات القانونية في المسائل المدنية والجنائية (كييف، 24 مايو 1993)، المادة 15</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="290"/>
        <source>Authentication Treaty between the German Reich and the Republic of Austria (21 June 1923)</source>
        <translation>معاهدة التصديق بين الرايخ الألماني وجمهورية النمسا (21 يونيو 1923)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="291"/>
        <source>CIEC Convention No. 16 on the issue of multilingual extracts from civil status records (Vienna, 8 September 1976)</source>
        <translation>اتفاقية اللجنة الدولية للحالة المدنية رقم 16 بشأن إصدار مستخرجات متعددة اللغات من سجلات الحالة المدنية (فيينا، 8 سبتمبر 1976)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="292"/>
        <source>CIEC Convention No. 17 on the exemption from legalisation of certain records and documents (Athens, 15 September 1977)</source>
        <translation>اتفاقية اللجنة الدولية للحالة المدنية رقم 17 بشأن إعفاء بعض السجلات والوثائق من التصديق (أثينا، 15 سبتمبر 1977)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="293"/>
        <source>Convention abolishing the legalisation of documents in the Member States of the European Communities (Brussels, 25 May 1987)</source>
        <translation>اتفاقية إلغاء التصديق على الوثائق في الدول الأعضاء في الجماعات الأوروبية (بروكسل، 25 مايو 1987)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="294"/>
        <source>Franco-Tunisian Convention on the issue of civil-status records and exemption from legalisation (Paris, 8 June 1972)</source>
        <translation>الاتفاقية الفرنسية التونسية بشأن إصدار وثائق الحالة المدنية والإعفاء من التصديق (باريس، 8 يونيو 1972)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="295"/>
        <source>Judicial Protocol between France and Algeria (28 August 1962), Art. 36</source>
        <translation>البروتوكول القضائي بين فرنسا والجزائر (28 أغسطس 1962)، المادة 36</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="296"/>
        <source>Supplementary Convention between the Republic of Austria and the French Republic on judicial assistance in civil matters (27 February 1979), Art. 17</source>
        <translation>الاتفاقية التكميلية بين جمهورية النمسا والجمهورية الفرنسية بشأن المساعدة القضائية في المسائل المدنية (27 فبراير 1979)، المادة 17</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="297"/>
        <source>Treaty between the Federal Republic of Germany and the Italian Republic on the waiver of legalisation of documents (7 June 1969)</source>
        <translation>معاهدة بين جمهورية ألمانيا الاتحادية والجمهورية الإيطالية بشأن الإعفاء من التصديق على الوثائق (7 يونيو 1969)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="298"/>
        <source>a certified translation into {languages}</source>
        <translation>ترجمة معتمدة إلى {languages}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="299"/>
        <source>a multilingual standard form is attached (Art. 6(1)(b), Art. 7)</source>
        <translation>أُرفق نموذج موحّد متعدد اللغات (المادة 6(1)(ب)، المادة 7)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="300"/>
        <source>a translation into {languages}</source>
        <translation>ترجمة إلى {languages}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="301"/>
        <source>a translation into {languages} by a translator sworn in {place}</source>
        <translation>ترجمة إلى {languages} يجريها مترجم محلَّف في {place}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="302"/>
        <source>already in {language}</source>
        <translation>محررة أصلًا باللغة {language}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="303"/>
        <source>an order of {there} itself</source>
        <translation>أمر صادر في {there} نفسها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="304"/>
        <source>apostille missing: {reason}</source>
        <translation>الأبوستيل ناقص: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="305"/>
        <source>apostille: {reason}</source>
        <translation>أبوستيل: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="306"/>
        <source>both {issuing} and {there} are EU member states: no apostille or legalisation (Art. 4)</source>
        <translation>كل من {issuing} و{there} دولة عضو في الاتحاد الأوروبي: لا أبوستيل ولا تصديق (المادة 4)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="307"/>
        <source>certificate of Art. 36 (Brussels IIb, Annex III)</source>
        <translation>شهادة المادة 36 (لائحة بروكسل الثانية المعدّلة، الملحق الثالث)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="308"/>
        <source>certificate of Art. 40 (Hague 1996: the guardian&apos;s powers)</source>
        <translation>شهادة المادة 40 (اتفاقية لاهاي 1996: صلاحيات الوصي)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="309"/>
        <source>certificate of Art. 47 (Brussels IIb, Annexes V-VI)</source>
        <translation>شهادة المادة 47 (لائحة بروكسل الثانية المعدّلة، الملحقان الخامس والسادس)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="310"/>
        <source>expired on {expired}, before {day}</source>
        <translation>انتهت صلاحيتها في {expired}، قبل {day}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="311"/>
        <source>has an apostille, enough only if both states are parties: {reason}</source>
        <translation>تحمل أبوستيل، وهو كافٍ فقط إذا كانت الدولتان طرفين: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="312"/>
        <source>issued in {issuing}, where it is used</source>
        <translation>صادرة في {issuing}، حيث تُستعمل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="313"/>
        <source>issued {issued}, fresh until {until}</source>
        <translation>صادرة في {issued}، وحديثة حتى {until}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="314"/>
        <source>issued {issued}, more than {months} months before {day}: obtain a fresh one</source>
        <translation>صادرة في {issued}، أي قبل {day} بأكثر من {months} أشهر: استخرج نسخة حديثة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="315"/>
        <source>legalisation consulate</source>
        <translation>التصديق القنصلي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="316"/>
        <source>legalisation ministry</source>
        <translation>تصديق الوزارة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="317"/>
        <source>legalisation missing (done so far: {done}): {reason}</source>
        <translation>التصديق ناقص (ما أُنجز حتى الآن: {done}): {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="318"/>
        <source>legalisation missing: {reason}</source>
        <translation>التصديق ناقص: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="319"/>
        <source>legalisation notary</source>
        <translation>تصديق الموثِّق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="320"/>
        <source>legalised up to the consulate</source>
        <translation>مصدَّق حتى القنصلية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="321"/>
        <source>neither {issuing} nor {there} is a party to the Apostille Convention</source>
        <translation>لا {issuing} ولا {there} طرف في اتفاقية الأبوستيل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="322"/>
        <source>neither {issuing} nor {there} is a party to the Hague 1996 Convention</source>
        <translation>لا {issuing} ولا {there} طرف في اتفاقية لاهاي لعام 1996</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="323"/>
        <source>no apostille or legalisation needed between {issuing} and {there}: {citation}</source>
        <translation>لا يلزم أبوستيل ولا تصديق بين {issuing} و{there}: {citation}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="324"/>
        <source>no apostille or legalisation needed for a document used in proceedings for the return of a child (taken to be under the Hague 1980 Convention): {citation}</source>
        <translation>لا حاجة إلى أبوستيل أو تصديق لوثيقة مستخدمة في إجراءات إعادة الطفل (تُعدّ خاضعة لاتفاقية لاهاي لعام 1980): {citation}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="325"/>
        <source>no convention between {issuing} and {there}: recognition under {there}&apos;s own law must be sought</source>
        <translation>لا اتفاقية بين {issuing} و{there}: يجب طلب الاعتراف وفق قانون {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="326"/>
        <source>no ground recorded</source>
        <translation>لم يُسجَّل أي سبب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="327"/>
        <source>recognised by operation of law in {there} (Art. 23(1)); refusal only on the grounds of Art. 23(2); advance recognition possible (Art. 24); the guardian&apos;s powers are shown by a certificate of Art. 40 where the state of origin issues one</source>
        <translation>معترف به بحكم القانون في {there} (المادة 23(1))؛ لا يُرفض إلا للأسباب الواردة في المادة 23(2)؛ يمكن الاعتراف المسبق (المادة 24)؛ تُثبت صلاحيات الوصي بشهادة المادة 40 حيث تصدرها دولة المنشأ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="328"/>
        <source>recognised in {there}</source>
        <translation>معترف به في {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="329"/>
        <source>recognised in {there} in advance (Art. 24)</source>
        <translation>معترف به مسبقًا في {there} (المادة 24)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="330"/>
        <source>recognised in {there} with the {certificate}</source>
        <translation>معترف به في {there} مع {certificate}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="331"/>
        <source>recognised in {there} without any special procedure (Art. 30(1)); the certificate of the court of origin (Art. 36) must be obtained and recorded</source>
        <translation>معترف به في {there} دون أي إجراء خاص (المادة 30(1))؛ يجب الحصول على شهادة محكمة المنشأ (المادة 36) وتسجيلها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="332"/>
        <source>recognised, but the certificate of the court of origin to rely on it (Art. 36, Annex III; Art. 47, Annexes V-VI for access and return) is not recorded</source>
        <translation>معترف به، لكن شهادة محكمة المنشأ اللازمة للاحتجاج به (المادة 36، الملحق الثالث؛ المادة 47، الملحقان الخامس والسادس للزيارة والإعادة) غير مسجّلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="333"/>
        <source>recognised, but the certificate of the court of origin to rely on it (Art. 36, Annex III; Art. 47, Annexes V-VI for access and return) is not recorded (the certificate recorded, {certificate}, is not one of the Regulation&apos;s)</source>
        <translation>معترف به، لكن شهادة محكمة المنشأ اللازمة للاحتجاج به (المادة 36، الملحق الثالث؛ المادة 47، الملحقان الخامس والسادس للزيارة والإعادة) غير مسجّلة (الشهادة المسجّلة، {certificate}، ليست من شهادات اللائحة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="334"/>
        <source>recognition in {there} pending</source>
        <translation>الاعتراف في {there} قيد النظر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="335"/>
        <source>refused in {there} ({grounds})</source>
        <translation>مرفوض في {there} ({grounds})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="336"/>
        <source>the Apostille Convention applies between {issuing} and {there} only from {since}</source>
        <translation>لا تسري اتفاقية الأبوستيل بين {issuing} و{there} إلا اعتبارًا من {since}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="337"/>
        <source>the Apostille Convention does not apply between {issuing} and {there} (objection)</source>
        <translation>لا تسري اتفاقية الأبوستيل بين {issuing} و{there} (اعتراض)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="338"/>
        <source>the apostille was issued before the Convention applied between {issuing} and {there} ({since}): it does not replace legalisation; obtain a new apostille</source>
        <translation>صدر الأبوستيل قبل سريان الاتفاقية بين {issuing} و{there} ({since}): فلا يغني عن التصديق؛ استخرج أبوستيل جديدًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="339"/>
        <source>the issue date is not recorded; {place} wants it issued within {months} months</source>
        <translation>تاريخ الإصدار غير مسجّل؛ تشترط {place} أن يكون صادرًا خلال {months} أشهر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="340"/>
        <source>the requirements of {place} are not in the rules: check with the court</source>
        <translation>متطلبات {place} غير واردة في القواعد: تحقّق منها لدى المحكمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="341"/>
        <source>translated into {language}</source>
        <translation>مترجمة إلى {language}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="342"/>
        <source>{agreement} waives legalisation between {issuing} and {there}</source>
        <translation>{agreement} يعفي من التصديق بين {issuing} و{there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="343"/>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="344"/>
        <source>{first} or {second}</source>
        <translation>{first} أو {second}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="345"/>
        <source>{issuing} and {there} are parties to the Apostille Convention (between them since {since}): an apostille from {issuing} is needed</source>
        <translation>{issuing} و{there} طرفان في اتفاقية الأبوستيل (بينهما منذ {since}): يلزم أبوستيل من {issuing}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="346"/>
        <source>{missing}; {gap}</source>
        <translation>{missing}؛ {gap}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="347"/>
        <source>{reason}; {gap}</source>
        <translation>{reason}؛ {gap}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="348"/>
        <source>{said}. {alternatives}</source>
        <translation>{said}. {alternatives}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="349"/>
        <source>{states} not in this program&apos;s list of Apostille Convention parties, which is not complete: check the HCCH status table (an apostille if both are parties, else legalisation)</source>
        <translation>{states} غير موجودة في قائمة هذا البرنامج لأطراف اتفاقية الأبوستيل، وهي قائمة غير كاملة: راجع جدول حالة مؤتمر لاهاي للقانون الدولي الخاص (أبوستيل إذا كانت الدولتان طرفين، وإلا فالتصديق)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="350"/>
        <source>{states} not in this program&apos;s list of parties to the Hague 1996 Convention, which is not complete: check the HCCH status table (recognised by operation of law between parties, Art. 23(1); else under national law)</source>
        <translation>{states} غير موجودة في قائمة هذا البرنامج لأطراف اتفاقية لاهاي لعام 1996، وهي قائمة غير كاملة: راجع جدول حالة مؤتمر لاهاي للقانون الدولي الخاص (اعتراف بحكم القانون بين الأطراف، المادة 23(1)؛ وإلا فوفق القانون الوطني)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="351"/>
        <source>{state} is not a party to the Apostille Convention</source>
        <translation>{state} ليست طرفًا في اتفاقية الأبوستيل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="352"/>
        <source>{state} is not a party to the Hague 1996 Convention</source>
        <translation>{state} ليست طرفًا في اتفاقية لاهاي لعام 1996</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="353"/>
        <source>{there}&apos;s missions do not legalise documents from {issuing}; they can verify one on the court&apos;s or authority&apos;s request</source>
        <translation>لا تصدّق البعثات الدبلوماسية لـ{there} على الوثائق الصادرة في {issuing}؛ ويمكنها التحقق من وثيقة بناءً على طلب المحكمة أو السلطة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="354"/>
        <source>{there}&apos;s missions do not legalise some kinds of document from {issuing} (civil status documents usually can be): check with the mission</source>
        <translation>لا تصدّق البعثات الدبلوماسية لـ{there} على بعض أنواع الوثائق الصادرة في {issuing} (يمكن عادةً التصديق على وثائق الحالة المدنية): تحقّق لدى البعثة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="355"/>
        <source>{there}&apos;s missions neither legalise nor can currently verify documents from {issuing}</source>
        <translation>لا تصدّق البعثات الدبلوماسية لـ{there} على الوثائق الصادرة في {issuing} ولا يمكنها حاليًا التحقق منها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="356"/>
        <source>{wanted} (the one on file is not of that kind)</source>
        <translation>{wanted} (الترجمة الموجودة في الملف ليست من هذا النوع)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="357"/>
        <source>{wanted} is missing</source>
        <translation>ينقص: {wanted}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="358"/>
        <source>{wanted}; or attach the multilingual standard form (Regulation (EU) 2016/1191)</source>
        <translation>{wanted}؛ أو أرفق النموذج الموحّد متعدد اللغات (اللائحة (الاتحاد الأوروبي) 2016/1191)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="359"/>
        <source>{why} (table of {day})</source>
        <translation>{why} (وفق الجدول المحدَّث في {day})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="360"/>
        <source>{why}: recognition under {there}&apos;s own law must be sought</source>
        <translation>{why}: يجب طلب الاعتراف وفق قانون {there}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="361"/>
        <source>{why}: the document needs legalisation, ending with {there}&apos;s consulate</source>
        <translation>{why}: تحتاج الوثيقة إلى تصديق ينتهي بقنصلية {there}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="434"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="457"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="621"/>
        <source>Type a name</source>
        <translation>اكتب اسمًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="531"/>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="623"/>
        <source>Type a forum&apos;s name</source>
        <translation>اكتب اسم الجهة القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/forms.py" line="710"/>
        <source>Detected from the name as typed: check it</source>
        <translation>مُستنتَج من الاسم كما كُتب: تحقَّق منه</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/lists.py" line="285"/>
        <source>(new)</source>
        <translation>(جديد)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="62"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="66"/>
        <source>{0} is encrypted. Its recovery key opens it when this computer&apos;s keyring cannot. Write it down or print it, and keep it apart from this computer, in the office safe: it is shown only this once.</source>
        <translation>{0} مشفّرة. يفتحها مفتاح الاسترداد الخاص بها عندما تعجز سلسلة مفاتيح هذا الحاسوب عن ذلك. اكتبه أو اطبعه واحفظه بعيدًا عن هذا الحاسوب، في خزنة المكتب: لن يُعرض إلا هذه المرة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="82"/>
        <source>The key is not kept in a keyring: {0}. Every start asks for it.</source>
        <translation>المفتاح غير محفوظ في أي سلسلة مفاتيح: {0}. سيُطلب عند كل تشغيل.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="89"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="93"/>
        <source>Print the recovery sheet…</source>
        <translation>طباعة ورقة الاسترداد…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="97"/>
        <source>Save the recovery sheet as PDF…</source>
        <translation>حفظ ورقة الاسترداد بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="103"/>
        <source>I have written down or printed the recovery key</source>
        <translation>كتبتُ مفتاح الاسترداد أو طبعته</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="108"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="119"/>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="135"/>
        <source>Recovery sheet</source>
        <translation>ورقة الاسترداد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="126"/>
        <source>Save the recovery sheet</source>
        <translation>حفظ ورقة الاسترداد</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPrompt</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="167"/>
        <source>Open an encrypted database</source>
        <translation>فتح قاعدة بيانات مشفّرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="172"/>
        <source>Recovery key:</source>
        <translation>مفتاح الاسترداد:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/recovery_key.py" line="185"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="59"/>
        <source>Refer %1 to a partner</source>
        <translation>إحالة %1 إلى شريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="78"/>
        <source>Your role may not read this section, so not send it</source>
        <translation>لا يسمح دورك بالاطلاع على هذا القسم، ولذلك لا يمكنه إرساله</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="84"/>
        <source>The child&apos;s views, health and protection go only where the consent names them.</source>
        <translation>لا تُرسَل آراء الطفل وصحته وحمايته إلا حيث تذكرها الموافقة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="90"/>
        <source>A note for the partner (optional)</source>
        <translation>ملاحظة للشريك (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="96"/>
        <source>Send it without a valid consent, for this reason:</source>
        <translation>إرسالها دون موافقة صالحة، للسبب التالي:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="103"/>
        <source>Why it cannot wait for consent (kept in the audit log)</source>
        <translation>لماذا لا يمكن انتظار الموافقة (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="112"/>
        <source>Write the bundle…</source>
        <translation>كتابة الحزمة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="117"/>
        <source>&amp;Partner</source>
        <translation>ال&amp;شريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="118"/>
        <source>P&amp;urpose</source>
        <translation>ال&amp;غرض</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="123"/>
        <source>No partner is confirmed yet: add its card and confirm it by telephone on the Partners page first.</source>
        <translation>لا يوجد شريك مؤكَّد بعد: أضف بطاقته وأكِّده بالهاتف في صفحة «الشركاء» أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="131"/>
        <source>Sections sent (at least what the purpose needs):</source>
        <translation>الأقسام المرسَلة (على الأقل ما يحتاجه الغرض):</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="175"/>
        <source>The purpose needs this section</source>
        <translation>يحتاج الغرض إلى هذا القسم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="205"/>
        <source>A recorded consent covers this referral.</source>
        <translation>تغطي هذه الإحالةَ موافقةٌ مسجَّلة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="232"/>
        <source>Where to write the bundle for %1</source>
        <translation>أين تُكتب الحزمة الموجهة إلى %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/refer_dialog.py" line="234"/>
        <source>Guardian Desk bundles (*.gdbundle)</source>
        <translation>حزم Guardian Desk (*.gdbundle)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="43"/>
        <source>Guardian Desk</source>
        <translation>Guardian Desk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="69"/>
        <source>Guardian Desk: %n overdue</source>
        <translation>
            <numerusform>Guardian Desk: %n بند متأخر</numerusform>
            <numerusform>Guardian Desk: %n بند متأخر</numerusform>
            <numerusform>Guardian Desk: %n بندان متأخران</numerusform>
            <numerusform>Guardian Desk: %n بنود متأخرة</numerusform>
            <numerusform>Guardian Desk: %n بندًا متأخرًا</numerusform>
            <numerusform>Guardian Desk: %n بند متأخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="71"/>
        <source>Guardian Desk: %n reminder(s)</source>
        <translation>
            <numerusform>Guardian Desk: %n تذكير</numerusform>
            <numerusform>Guardian Desk: %n تذكير</numerusform>
            <numerusform>Guardian Desk: %n تذكيران</numerusform>
            <numerusform>Guardian Desk: %n تذكيرات</numerusform>
            <numerusform>Guardian Desk: %n تذكيرًا</numerusform>
            <numerusform>Guardian Desk: %n تذكير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/reminders.py" line="75"/>
        <source>… and %n more in This week.</source>
        <translation>
            <numerusform>… و%n بند آخر في «هذا الأسبوع».</numerusform>
            <numerusform>… و%n بند آخر في «هذا الأسبوع».</numerusform>
            <numerusform>… و%n بندان آخران في «هذا الأسبوع».</numerusform>
            <numerusform>… و%n بنود أخرى في «هذا الأسبوع».</numerusform>
            <numerusform>… و%n بندًا آخر في «هذا الأسبوع».</numerusform>
            <numerusform>… و%n بند آخر في «هذا الأسبوع».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="93"/>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="106"/>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="94"/>
        <source>First quartile</source>
        <translation>الربيع الأول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="95"/>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="96"/>
        <source>Third quartile</source>
        <translation>الربيع الثالث</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="104"/>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="147"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="182"/>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="190"/>
        <source>Not shown: the number of this group is hidden</source>
        <translation>غير معروض: عدد هذه المجموعة محجوب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="206"/>
        <source>Hidden: fewer than {0}, so that no child can be picked out</source>
        <translation>محجوب: أقل من {0}، حتى لا يمكن التعرّف على أي طفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="211"/>
        <source>Hidden so that a small count cannot be worked out from the totals or from another table</source>
        <translation>محجوب حتى لا يمكن استنتاج عدد صغير من المجاميع أو من جدول آخر</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="362"/>
        <source>A rate is not shown for a group whose number is hidden.</source>
        <translation>لا يُعرض المعدّل لمجموعة عددها مخفي.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="363"/>
        <source>A report covers at most twenty years.</source>
        <translation>لا يغطي التقرير أكثر من عشرين سنة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="364"/>
        <source>Age bands are taken on each count&apos;s reference day from the latest date of birth the record allows: a child whose birth date is estimated is counted at the youngest age it may be.</source>
        <translation>تُحدَّد الفئات العمرية في اليوم المرجعي لكل عدّ بناءً على أحدث تاريخ ميلاد يسمح به السجل: فالطفل الذي يكون تاريخ ميلاده تقديريًا يُحتسب بأصغر عمر يمكن أن يكون عليه.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="365"/>
        <source>Days are given as the median and the quartiles (nearest rank) of each group; they are not shown for a group whose number is hidden.</source>
        <translation>تُعرض الأيام بالوسيط والربيعات (بطريقة أقرب رتبة) لكل مجموعة؛ ولا تُعرض لأي مجموعة يكون عددها محجوبًا.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="366"/>
        <source>The counts cover the cases within the record scope of the person who made the report, not every case of the organisation.</source>
        <translation>تشمل الأعداد الملفات الواقعة ضمن نطاق صلاحيات الشخص الذي أعدّ التقرير، لا جميع ملفات المنظمة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="367"/>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>تنتهي الفترة ({last}) قبل أن تبدأ ({first}).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="368"/>
        <source>These tables cannot be narrowed by {dimension}: {tables}.</source>
        <translation>لا يمكن تضييق هذه الجداول حسب {dimension}: {tables}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="369"/>
        <source>This count is hidden to protect the children it counts: it cannot be opened.</source>
        <translation>هذا العدد محجوب لحماية الأطفال الذين يشملهم: لا يمكن فتحه.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="370"/>
        <source>{n} counted children would fall in another age band with the earliest date of birth their record allows.</source>
        <translation>عدد الأطفال المشمولين بالعدّ الذين كانوا سيقعون في فئة عمرية أخرى لو اعتُمد أبكر تاريخ ميلاد يسمح به سجلهم: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="30"/>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="31"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="32"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="33"/>
        <source>Jurisdiction</source>
        <translation>الولاية القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="34"/>
        <source>Protection status</source>
        <translation>وضع الحماية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="35"/>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="63"/>
        <source>Stateless</source>
        <translation>عديم الجنسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="36"/>
        <source>Trafficking concern</source>
        <translation>مصدر القلق بشأن الاتجار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="37"/>
        <source>Quarter</source>
        <translation>ربع السنة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="38"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="39"/>
        <source>Forum</source>
        <translation>الجهة القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="40"/>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="41"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="42"/>
        <source>Birthday</source>
        <translation>بلوغ السن</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="43"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="44"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="45"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="46"/>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="47"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="48"/>
        <source>Interpreter</source>
        <translation>المترجم الشفوي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="49"/>
        <source>School enrolment</source>
        <translation>التسجيل المدرسي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="50"/>
        <source>Court-ready file</source>
        <translation>ملف جاهز للمحكمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="55"/>
        <source>0–4</source>
        <translation>0–4</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="56"/>
        <source>5–11</source>
        <translation>5–11</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="57"/>
        <source>12–17</source>
        <translation>12–17</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="58"/>
        <source>18 and over</source>
        <translation>18 عامًا فأكثر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="59"/>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="60"/>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="61"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="62"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="64"/>
        <source>Unaccompanied</source>
        <translation>غير مصحوب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="65"/>
        <source>Separated</source>
        <translation>منفصل عن ذويه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="66"/>
        <source>Accompanied</source>
        <translation>مصحوب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="67"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="68"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="69"/>
        <source>No concern</source>
        <translation>لا يوجد مصدر قلق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="70"/>
        <source>Possible concern</source>
        <translation>مصدر قلق محتمل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="71"/>
        <source>Clear concern</source>
        <translation>مصدر قلق واضح</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="72"/>
        <source>Met</source>
        <translation>مُلتزَم بها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="73"/>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="74"/>
        <source>Waived</source>
        <translation>متنازل عنها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="75"/>
        <source>Not yet due</source>
        <translation>لم يحن موعدها بعد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="76"/>
        <source>Passed</source>
        <translation>مضى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="77"/>
        <source>Ahead</source>
        <translation>قادم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="78"/>
        <source>18th birthday</source>
        <translation>بلوغ 18 عامًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="79"/>
        <source>21st birthday</source>
        <translation>بلوغ 21 عامًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="80"/>
        <source>Within the set days</source>
        <translation>خلال المدة المحددة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="81"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="82"/>
        <source>Not yet enrolled</source>
        <translation>لم يُسجَّل في المدرسة بعد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="83"/>
        <source>In the child&apos;s language</source>
        <translation>بلغة الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="84"/>
        <source>In another language</source>
        <translation>بلغة أخرى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="85"/>
        <source>None needed</source>
        <translation>لا حاجة إليه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="86"/>
        <source>Without an interpreter</source>
        <translation>من دون مترجم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="87"/>
        <source>No decision yet</source>
        <translation>لم يصدر قرار بعد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="88"/>
        <source>SIJS</source>
        <translation>SIJS</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="89"/>
        <source>Court-ready</source>
        <translation>جاهز للمحكمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="90"/>
        <source>Not court-ready</source>
        <translation>غير جاهز للمحكمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="96"/>
        <source>Cases opened</source>
        <translation>القضايا التي فُتحت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="97"/>
        <source>Cases active</source>
        <translation>القضايا الجارية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="98"/>
        <source>Cases closed</source>
        <translation>القضايا التي أُغلقت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="99"/>
        <source>Proceedings active</source>
        <translation>الإجراءات الجارية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="100"/>
        <source>Deadlines due</source>
        <translation>المهل المستحقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="101"/>
        <source>Children turning 18 or 21</source>
        <translation>الأطفال الذين يبلغون 18 أو 21 عامًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="102"/>
        <source>Cases active by trafficking concern</source>
        <translation>القضايا الجارية حسب مصدر القلق بشأن الاتجار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="103"/>
        <source>Referrals to services</source>
        <translation>الإحالات إلى الخدمات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="104"/>
        <source>Filings made</source>
        <translation>المذكرات المُعدّة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="105"/>
        <source>Hearings held, by interpreter</source>
        <translation>الجلسات المنعقدة، حسب المترجم الشفوي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="106"/>
        <source>Children arrived, by school enrolment</source>
        <translation>الأطفال الواصلون، حسب التسجيل المدرسي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="107"/>
        <source>Days from opening to the first hearing</source>
        <translation>عدد الأيام من فتح القضية حتى أول جلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="108"/>
        <source>Days from a proceeding&apos;s opening to its first decision</source>
        <translation>عدد الأيام من فتح الإجراء حتى أول قرار فيه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="109"/>
        <source>Days from arrival to the first guardian&apos;s appointment</source>
        <translation>عدد الأيام من الوصول حتى أول تعيين لوصي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="110"/>
        <source>cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="111"/>
        <source>proceedings</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="112"/>
        <source>deadlines</source>
        <translation>المهل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="113"/>
        <source>children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="114"/>
        <source>referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="115"/>
        <source>filings</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="116"/>
        <source>hearings</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="117"/>
        <source>days (median)</source>
        <translation>الأيام (الوسيط)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="118"/>
        <source>Changes of placement per child-year</source>
        <translation>تغييرات الإيداع لكل سنة-طفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="119"/>
        <source>Changes per child-year</source>
        <translation>التغييرات لكل سنة-طفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="120"/>
        <source>Documents court-ready a week before the hearing</source>
        <translation>الوثائق الجاهزة قبل الجلسة بأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="121"/>
        <source>% of documents court-ready</source>
        <translation>% من الوثائق الجاهزة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="122"/>
        <source>Children with a hearing, by a court-ready file a week before</source>
        <translation>الأطفال الذين لديهم جلسة، بحسب جاهزية ملفهم قبلها بأسبوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="124"/>
        <source>Changes of placement per child-year: the placements begun in the period after a child&apos;s first placement, divided by the years the children&apos;s cases were open in the period.</source>
        <translation>تغييرات الإيداع لكل سنة-طفل: عمليات الإيداع التي بدأت خلال الفترة بعد الإيداع الأول للطفل، مقسومةً على عدد السنوات التي كانت فيها ملفات الأطفال مفتوحة خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="130"/>
        <source>Documents court-ready a week before the hearing: for the children with a hearing in the period (those vacated left out), the share of their civil documents, counted once for each hearing, that met every requirement of the hearing&apos;s forum as the records stood a week before it (as they stood when it was first checked, for a hearing set within a week or recorded before checks were kept).</source>
        <translation>الوثائق الجاهزة قبل الجلسة بأسبوع: للأطفال الذين لديهم جلسة في الفترة (باستثناء الجلسات الملغاة)، نسبة وثائقهم المدنية، محسوبةً مرة لكل جلسة، التي استوفت كل متطلبات جهة الجلسة بحسب السجلات كما كانت قبلها بأسبوع (أو كما كانت عند أول تحقق، للجلسة المحددة قبل أقل من أسبوع أو المسجلة قبل حفظ التحققات).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="138"/>
        <source>A child&apos;s file is not court-ready when, a week before one of their hearings of the period, one of their civil documents lacked a requirement of the hearing&apos;s forum.</source>
        <translation>لا يكون ملف الطفل جاهزًا للمحكمة إذا كانت إحدى وثائقه المدنية، قبل إحدى جلساته في الفترة بأسبوع، تفتقر إلى أحد متطلبات جهة الجلسة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="147"/>
        <source>Caseload</source>
        <translation>عبء القضايا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="148"/>
        <source>Cases opened, active and closed in the period, by age band, sex, nationality, protection status and jurisdiction.</source>
        <translation>القضايا التي فُتحت والجارية والتي أُغلقت خلال الفترة، حسب الفئة العمرية والجنس والجنسية ووضع الحماية والولاية القضائية.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="153"/>
        <source>Cases opened, by age band and sex</source>
        <translation>القضايا التي فُتحت، حسب الفئة العمرية والجنس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="154"/>
        <source>Cases active, by nationality and sex</source>
        <translation>القضايا الجارية، حسب الجنسية والجنس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="155"/>
        <source>Cases active, by protection status and age band</source>
        <translation>القضايا الجارية، حسب وضع الحماية والفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="156"/>
        <source>Cases closed, by jurisdiction</source>
        <translation>القضايا التي أُغلقت، حسب الولاية القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="157"/>
        <source>Cases opened, by quarter</source>
        <translation>القضايا التي فُتحت، حسب ربع السنة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="158"/>
        <source>Outcomes for children</source>
        <translation>النتائج المتحققة للأطفال</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="159"/>
        <source>Days from arrival to a guardian&apos;s appointment, school enrolment within the set days of arrival, hearings held with an interpreter in the child&apos;s language, filings made by form and language, and changes of placement per child-year.</source>
        <translation>الأيام من الوصول حتى تعيين وصي، والتسجيل في المدرسة خلال الأيام المحددة بعد الوصول، والجلسات المنعقدة بحضور مترجم بلغة الطفل، والمذكرات المعدّة حسب النموذج واللغة، وتغييرات الإيداع لكل سنة-طفل.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="165"/>
        <source>Days from arrival to the first guardian&apos;s appointment, by age band</source>
        <translation>عدد الأيام من الوصول حتى أول تعيين لوصي، حسب الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="168"/>
        <source>Children arrived in the period, by school enrolment and sex</source>
        <translation>الأطفال الواصلون خلال الفترة، حسب التسجيل المدرسي والجنس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="169"/>
        <source>Hearings held, by interpreter and jurisdiction</source>
        <translation>الجلسات المنعقدة، حسب المترجم الشفوي والولاية القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="170"/>
        <source>Filings made, by form and language</source>
        <translation>المذكرات المُعدّة، حسب النموذج واللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="171"/>
        <source>Proceedings and deadlines</source>
        <translation>الإجراءات والمهل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="172"/>
        <source>Proceedings by kind, forum and outcome; deadlines met, missed and waived; children turning 18 or 21.</source>
        <translation>الإجراءات حسب النوع والجهة والنتيجة؛ والمهل المُلتزَم بها والفائتة والمتنازل عنها؛ والأطفال الذين يبلغون 18 أو 21 عامًا.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="177"/>
        <source>Time to hearing and decision</source>
        <translation>المدة حتى الجلسة والقرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="178"/>
        <source>Days from opening to the first hearing, and from a proceeding&apos;s opening to its first decision (median and quartiles).</source>
        <translation>عدد الأيام من فتح الملف حتى الجلسة الأولى، ومن فتح الإجراء حتى قراره الأول (الوسيط والربيعات).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="183"/>
        <source>Proceedings active, by kind and latest decision</source>
        <translation>الإجراءات الجارية، حسب النوع وآخر قرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="184"/>
        <source>Proceedings active, by forum</source>
        <translation>الإجراءات الجارية، حسب الجهة القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="185"/>
        <source>Days from opening to the first hearing, by age band</source>
        <translation>عدد الأيام من فتح القضية حتى أول جلسة، حسب الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="186"/>
        <source>Days from a proceeding&apos;s opening to its first decision, by kind</source>
        <translation>عدد الأيام من فتح الإجراء حتى أول قرار فيه، حسب النوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="187"/>
        <source>Deadlines due, by outcome and jurisdiction</source>
        <translation>المهل المستحقة، حسب النتيجة والولاية القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="188"/>
        <source>Children turning 18 or 21 in the period</source>
        <translation>الأطفال الذين يبلغون 18 أو 21 عامًا خلال الفترة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="189"/>
        <source>Protection and services</source>
        <translation>الحماية والخدمات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="190"/>
        <source>Trafficking concern levels of the cases active, and referrals to services by kind and status.</source>
        <translation>مستويات القلق بشأن الاتجار في القضايا الجارية، والإحالات إلى الخدمات حسب النوع والحالة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="195"/>
        <source>Cases active, by trafficking concern and age band</source>
        <translation>القضايا الجارية، حسب مصدر القلق بشأن الاتجار والفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="196"/>
        <source>Cases active, by trafficking concern and sex</source>
        <translation>القضايا الجارية، حسب مصدر القلق بشأن الاتجار والجنس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="197"/>
        <source>Referrals to services, by service and status</source>
        <translation>الإحالات إلى الخدمات، حسب الخدمة والحالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="198"/>
        <source>Changes of placement per child-year, by age band</source>
        <translation>تغييرات الإيداع لكل سنة-طفل، حسب الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="199"/>
        <source>Court-readiness of files</source>
        <translation>جاهزية الملفات للمحكمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="200"/>
        <source>Children with a hearing in the period whose file was not court-ready a week before it, and the share of documents court-ready then.</source>
        <translation>الأطفال الذين لديهم جلسة في الفترة ولم يكن ملفهم جاهزًا قبلها بأسبوع، ونسبة الوثائق الجاهزة حينها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="205"/>
        <source>Children with a hearing, by a court-ready file a week before and jurisdiction</source>
        <translation>الأطفال الذين لديهم جلسة، بحسب جاهزية ملفهم قبلها بأسبوع والولاية القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="209"/>
        <source>Children with a hearing, by a court-ready file a week before and age band</source>
        <translation>الأطفال الذين لديهم جلسة، بحسب جاهزية ملفهم قبلها بأسبوع والفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="212"/>
        <source>Documents court-ready a week before the hearing, by jurisdiction</source>
        <translation>الوثائق الجاهزة قبل الجلسة بأسبوع، حسب الولاية القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="215"/>
        <source>Documents court-ready a week before the hearing, by age band</source>
        <translation>الوثائق الجاهزة قبل الجلسة بأسبوع، حسب الفئة العمرية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/labels.py" line="218"/>
        <source>Q{quarter} {year}</source>
        <translation>الربع {quarter} من {year}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="247"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="250"/>
        <source>Anonymised statistics of the team&apos;s cases for a period. Small counts are hidden (&lt;5), and further counts where needed (*), so that no child can be picked out. Double-click a category to narrow the report to it.</source>
        <translation>إحصاءات مُجهَّلة الهوية لقضايا الفريق خلال فترة محددة. تُحجب الأعداد الصغيرة (&lt;5)، وأعداد أخرى عند الحاجة (*)، حتى لا يمكن التعرّف على أي طفل. انقر نقرًا مزدوجًا على فئة لتضييق التقرير عليها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="255"/>
        <source>&amp;Report</source>
        <translation>ال&amp;تقرير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="256"/>
        <source>&amp;Period</source>
        <translation>ال&amp;فترة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="257"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="258"/>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="259"/>
        <source>&amp;Jurisdiction</source>
        <translation>الولاية ال&amp;قضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="260"/>
        <source>&amp;Sex</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="262"/>
        <source>This quarter</source>
        <translation>ربع السنة الحالي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="263"/>
        <source>Last quarter</source>
        <translation>ربع السنة السابق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="264"/>
        <source>This year</source>
        <translation>السنة الحالية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="265"/>
        <source>Last year</source>
        <translation>السنة السابقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="269"/>
        <source>First day of the period</source>
        <translation>أول يوم في الفترة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="270"/>
        <source>Last day of the period</source>
        <translation>آخر يوم في الفترة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="271"/>
        <source>The report to make</source>
        <translation>التقرير المراد إعداده</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="272"/>
        <source>Only the cases of this jurisdiction</source>
        <translation>قضايا هذه الولاية القضائية فقط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="273"/>
        <source>Only the children of this sex</source>
        <translation>الأطفال من هذا الجنس فقط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="274"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="275"/>
        <source>The report as it was before it was narrowed</source>
        <translation>التقرير كما كان قبل تضييقه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="276"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="277"/>
        <source>&amp;Make the report</source>
        <translation>إ&amp;عداد التقرير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="278"/>
        <source>Export:</source>
        <translation>تصدير:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="281"/>
        <source>Export the report as {0}</source>
        <translation>تصدير التقرير بصيغة {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="283"/>
        <source>Choose a report and a period, then click Make the report.</source>
        <translation>اختر تقريرًا وفترة، ثم انقر «إعداد التقرير».</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="301"/>
        <source>These report files cannot be used:</source>
        <translation>لا يمكن استخدام ملفات التقارير هذه:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="313"/>
        <source>All jurisdictions</source>
        <translation>جميع الولايات القضائية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="316"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="401"/>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="422"/>
        <source>Making the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="454"/>
        <source>Tables: %n. Double-click a category to narrow the report.</source>
        <translation>
            <numerusform>الجداول: %n. انقر نقرًا مزدوجًا على فئة لتضييق التقرير.</numerusform>
            <numerusform>الجداول: %n. انقر نقرًا مزدوجًا على فئة لتضييق التقرير.</numerusform>
            <numerusform>الجداول: %n. انقر نقرًا مزدوجًا على فئة لتضييق التقرير.</numerusform>
            <numerusform>الجداول: %n. انقر نقرًا مزدوجًا على فئة لتضييق التقرير.</numerusform>
            <numerusform>الجداول: %n. انقر نقرًا مزدوجًا على فئة لتضييق التقرير.</numerusform>
            <numerusform>الجداول: %n. انقر نقرًا مزدوجًا على فئة لتضييق التقرير.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="475"/>
        <source>The other nationalities are counted together: the report cannot be narrowed to them.</source>
        <translation>الجنسيات الأخرى تُعدّ معًا: لا يمكن تضييق التقرير عليها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="512"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="513"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="514"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="521"/>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="532"/>
        <source>The report was written to {0}.</source>
        <translation>كُتب التقرير في {0}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/reports_page.py" line="539"/>
        <source>Exporting the report…</source>
        <translation>جارٍ تصدير التقرير…</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="371"/>
        <source>Alert the supervising lawyer today</source>
        <translation>تنبيه المحامي المشرف اليوم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="372"/>
        <source>Appeal the immigration judge&apos;s decision to the Board of Immigration Appeals</source>
        <translation>الطعن في قرار قاضي الهجرة أمام مجلس طعون الهجرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="373"/>
        <source>Appeal the juge des enfants&apos; decision (assistance éducative, placement)</source>
        <translation>استئناف قرار قاضي الأطفال (المساعدة التربوية، الإيداع)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="374"/>
        <source>Appeal the juge des tutelles&apos; decision or the family council&apos;s deliberation</source>
        <translation>الطعن في قرار قاضي الوصاية أو في مداولة مجلس العائلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="375"/>
        <source>Ask social services, the chief guardian (överförmyndaren) and the police to keep the case open until the child is found</source>
        <translation>مطالبة الخدمات الاجتماعية وهيئة الوصاية (överförmyndaren) والشرطة بإبقاء الملف مفتوحًا حتى يُعثر على الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="376"/>
        <source>Call 116 000, the missing children hotline, to report the child missing and get support</source>
        <translation>الاتصال بالرقم 116 000، الخط الساخن للأطفال المفقودين، للإبلاغ عن فقدان الطفل وطلب الدعم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="377"/>
        <source>Carry out a best-interests assessment before any family tracing or sharing of the case</source>
        <translation>إجراء تقييم المصالح الفضلى للطفل قبل أي بحث عن الأسرة أو أي مشاركة للملف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="378"/>
        <source>Check that social services of the municipality the child was assigned to act to bring the child back</source>
        <translation>التحقق من أن الخدمات الاجتماعية في البلدية المخصصة للطفل تعمل على إعادته</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="379"/>
        <source>Check that the police entered the child in NCIC (within 2 hours of the report)</source>
        <translation>التحقق من أن الشرطة أدرجت الطفل في قاعدة بيانات NCIC (خلال ساعتين من البلاغ)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="380"/>
        <source>Check that the protection section of the record is restricted</source>
        <translation>التحقق من أن قسم الحماية في الملف مقيَّد الوصول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="381"/>
        <source>Check that the protection service reported the child&apos;s absence to the police for the register of unaccompanied minors</source>
        <translation>التحقق من أن جهة الحماية أبلغت الشرطة بغياب الطفل لتسجيله في سجل القاصرين غير المصحوبين</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="382"/>
        <source>Expect the receiving State&apos;s decision on consent to the cross-border placement</source>
        <translation>انتظار قرار الدولة المستقبِلة بشأن الموافقة على الإيداع العابر للحدود</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="383"/>
        <source>File certified English translations of every foreign-language document with the evidence</source>
        <translation>إيداع ترجمة إنجليزية معتمدة لكل وثيقة بلغة أجنبية مع الأدلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="384"/>
        <source>File evidence, applications and witness lists with the immigration court before the merits hearing</source>
        <translation>إيداع الأدلة والطلبات وقوائم الشهود لدى محكمة الهجرة قبل جلسة الموضوع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="385"/>
        <source>File the SIJ petition (Form I-360) before the 21st birthday</source>
        <translation>تقديم التماس وضع الأحداث المهاجرين الخاص (النموذج I-360) قبل بلوغ 21 عامًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="386"/>
        <source>File the action (Klage) at the administrative court against the BAMF decision</source>
        <translation>رفع الدعوى أمام المحكمة الإدارية ضد قرار المكتب الاتحادي للهجرة واللاجئين</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="387"/>
        <source>File the action against the foreigners authority&apos;s or mission&apos;s refusal</source>
        <translation>رفع الدعوى ضد رفض سلطة الأجانب أو البعثة الدبلوماسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="388"/>
        <source>File the appellant&apos;s notice against the family court&apos;s order (England and Wales; counted from the day of the decision)</source>
        <translation>تقديم إشعار الاستئناف ضد أمر محكمة الأسرة (إنجلترا وويلز؛ تُحسب المهلة من يوم صدور القرار)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="389"/>
        <source>File the asylum application (Form I-589) within one year of the last arrival</source>
        <translation>تقديم طلب اللجوء (النموذج I-589) خلال سنة من آخر وصول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="390"/>
        <source>File the last written submissions and evidence with the CNDA before the hearing</source>
        <translation>إيداع آخر المذكرات المكتوبة والأدلة لدى المحكمة الوطنية لحق اللجوء قبل الجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="391"/>
        <source>File the notice of appeal to the Refugee Appeal Division (IRB) against the RPD decision</source>
        <translation>تقديم إشعار الاستئناف أمام شعبة استئناف اللاجئين (مجلس الهجرة واللاجئين الكندي) ضد قرار شعبة حماية اللاجئين</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="392"/>
        <source>File the opposition in the civil court against the administrative child-protection decision</source>
        <translation>تقديم الاعتراض أمام المحكمة المدنية على القرار الإداري لحماية الطفولة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="393"/>
        <source>File the recurso contencioso-administrativo against the asylum decision</source>
        <translation>رفع الطعن الإداري القضائي ضد قرار اللجوء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="394"/>
        <source>File the ricorso at the tribunal&apos;s specialised section against the Territorial Commission&apos;s decision</source>
        <translation>رفع الطعن أمام القسم المتخصص في المحكمة ضد قرار اللجنة الإقليمية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="395"/>
        <source>Find out what happened while the child was away, including whether the child may be a sex-trafficking victim</source>
        <translation>معرفة ما مرّ به الطفل أثناء غيابه، بما في ذلك ما إذا كان قد يكون ضحية للاتجار بالجنس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="396"/>
        <source>Follow up a service for the child</source>
        <translation>متابعة خدمة مقدَّمة للطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="397"/>
        <source>Follow up a tracing request</source>
        <translation>متابعة طلب بحث عن الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="398"/>
        <source>Follow up the health referral</source>
        <translation>متابعة الإحالة الصحية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="399"/>
        <source>Follow up the language classes</source>
        <translation>متابعة دروس اللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="400"/>
        <source>Follow up the mental-health referral</source>
        <translation>متابعة الإحالة إلى خدمات الصحة النفسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="401"/>
        <source>Follow up the referral for legal help</source>
        <translation>متابعة الإحالة للحصول على العون القانوني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="402"/>
        <source>Follow up the school referral</source>
        <translation>متابعة الإحالة إلى المدرسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="403"/>
        <source>Follow up the shelter or placement referral</source>
        <translation>متابعة الإحالة إلى دار إيواء أو مكان إيداع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="404"/>
        <source>Give notice of appeal to the First-tier Tribunal (Immigration and Asylum Chamber) against the Home Office refusal</source>
        <translation>تقديم إشعار الاستئناف أمام محكمة الدرجة الأولى (دائرة الهجرة واللجوء) ضد رفض وزارة الداخلية البريطانية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="405"/>
        <source>Guardian: talk about the concern with the child and the caseworker</source>
        <translation>الوصي: التحدث عن مصدر القلق مع الطفل ومع الأخصائي الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="406"/>
        <source>Inform the Guardianship Service (Service des Tutelles) of the disappearance</source>
        <translation>إبلاغ دائرة الوصاية (Service des Tutelles) بالاختفاء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="407"/>
        <source>Inform the child&apos;s guardian (Vormund) today: the guardian decides where the child is to live and where the police bring the child back</source>
        <translation>إبلاغ الوصي (Vormund) على الطفل اليوم: فهو من يقرر أين يعيش الطفل وإلى أين تعيده الشرطة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="408"/>
        <source>Inform the child&apos;s guardian today</source>
        <translation>إبلاغ الوصي على الطفل اليوم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="409"/>
        <source>Inform the supervising lawyer of the possible concern</source>
        <translation>إبلاغ المحامي المشرف بوجود مصدر قلق محتمل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="410"/>
        <source>Italian certificate more than six months old: obtain a fresh one or add the art. 41(2) declaration</source>
        <translation>شهادة إيطالية مضى على إصدارها أكثر من ستة أشهر: استخرج شهادة حديثة أو أضف الإقرار المنصوص عليه في المادة 41(2)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="411"/>
        <source>Lawyer: check that the public prosecutor was informed of the disappearance (within 48 hours)</source>
        <translation>المحامي: التحقق من إبلاغ وكيل الجمهورية بالاختفاء (خلال 48 ساعة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="412"/>
        <source>Lawyer: check the hearings and deadlines the absence affects</source>
        <translation>المحامي: مراجعة الجلسات والمواعيد النهائية التي يتأثر بها الغياب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="413"/>
        <source>Lawyer: take note of the screening result</source>
        <translation>المحامي: الاطلاع على نتيجة الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="414"/>
        <source>Lodge the Beschwerde against the family court&apos;s decision (guardianship, custody)</source>
        <translation>تقديم الطعن ضد قرار محكمة الأسرة (الوصاية، الحضانة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="415"/>
        <source>Lodge the administrative appeal (recurso de revisión) against COMAR&apos;s refusal of refugee status</source>
        <translation>تقديم التظلم الإداري ضد رفض اللجنة المكسيكية لمساعدة اللاجئين منح صفة اللاجئ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="416"/>
        <source>Lodge the appeal (Beschwerde / recours) to the Federal Administrative Court: accelerated procedure</source>
        <translation>تقديم الطعن أمام المحكمة الإدارية الاتحادية: الإجراء المعجَّل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="417"/>
        <source>Lodge the appeal (Beschwerde / recours) to the Federal Administrative Court: extended procedure and other cases</source>
        <translation>تقديم الطعن أمام المحكمة الإدارية الاتحادية: الإجراء الموسَّع والحالات الأخرى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="418"/>
        <source>Lodge the appeal (Beschwerde / recours) to the court against the child-protection authority&apos;s (KESB / APEA) decision</source>
        <translation>تقديم الطعن أمام المحكمة ضد قرار سلطة حماية الطفل والبالغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="419"/>
        <source>Lodge the appeal (Rekurs) against the district court&apos;s guardianship or custody order (Obsorge)</source>
        <translation>تقديم الطعن ضد أمر المحكمة الجزئية بشأن الوصاية أو الحضانة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="420"/>
        <source>Lodge the appeal (apelacja) against the family court&apos;s decision on guardianship or custody</source>
        <translation>تقديم الاستئناف ضد قرار محكمة الأسرة بشأن الوصاية أو الحضانة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="421"/>
        <source>Lodge the appeal (appel / hoger beroep) against the family court&apos;s judgment on custody or guardianship</source>
        <translation>تقديم الاستئناف (appel / hoger beroep) ضد حكم محكمة الأسرة بشأن الحضانة أو الوصاية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="422"/>
        <source>Lodge the appeal (beroep) at the district court against the IND asylum decision</source>
        <translation>تقديم الطعن أمام المحكمة الابتدائية ضد قرار اللجوء الصادر عن دائرة الهجرة والتجنيس</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="423"/>
        <source>Lodge the appeal (efesi) against the court&apos;s decision on guardianship or custody</source>
        <translation>تقديم الاستئناف ضد قرار المحكمة بشأن الوصاية أو الحضانة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="424"/>
        <source>Lodge the appeal (hoger beroep) at the court of appeal against the family-court order (counted from the day of the order)</source>
        <translation>تقديم الاستئناف أمام محكمة الاستئناف ضد أمر محكمة الأسرة (تُحسب المهلة من يوم صدور الأمر)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="425"/>
        <source>Lodge the appeal (odwołanie) to the Refugee Board (Rada do Spraw Uchodźców)</source>
        <translation>تقديم الطعن أمام مجلس شؤون اللاجئين</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="426"/>
        <source>Lodge the appeal (prosfygi) to the Appeals Authority against the Asylum Service decision</source>
        <translation>تقديم الطعن أمام هيئة الطعون ضد قرار دائرة اللجوء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="427"/>
        <source>Lodge the appeal (recours / beroep) at the Council for Alien Law Litigation (CCE / RvV) against the CGRA decision</source>
        <translation>تقديم الطعن أمام مجلس منازعات الأجانب ضد قرار المفوضية العامة لشؤون اللاجئين وعديمي الجنسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="428"/>
        <source>Lodge the appeal (recours) with the CNDA against the OFPRA decision</source>
        <translation>تقديم الطعن أمام المحكمة الوطنية لحق اللجوء ضد قرار المكتب الفرنسي لحماية اللاجئين وعديمي الجنسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="429"/>
        <source>Lodge the appeal (recurso de apelación) against the family court&apos;s final judgment (sentencia definitiva) on custody or guardianship</source>
        <translation>تقديم الاستئناف (recurso de apelación) ضد الحكم النهائي (sentencia definitiva) لمحكمة الأسرة بشأن الحضانة أو الوصاية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="430"/>
        <source>Lodge the appeal (överklagande) against the Migration Agency&apos;s decision, sent to the Agency for the migration court</source>
        <translation>تقديم الطعن ضد قرار مصلحة الهجرة، ويُرسل إلى المصلحة لإحالته إلى محكمة الهجرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="431"/>
        <source>Lodge the appeal (överklagande) against the district court&apos;s judgment on custody (vårdnad), sent to the district court for the court of appeal</source>
        <translation>تقديم الطعن (överklagande) ضد حكم المحكمة الابتدائية بشأن الحضانة (vårdnad)، يُودَع لدى المحكمة الابتدائية لتحيله إلى محكمة الاستئناف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="432"/>
        <source>Lodge the complaint (Beschwerde) to the Federal Administrative Court against the BFA decision</source>
        <translation>تقديم الطعن أمام المحكمة الإدارية الاتحادية ضد قرار المكتب الاتحادي لشؤون الأجانب واللجوء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="433"/>
        <source>Lodge the optional recurso de reposición against the asylum decision</source>
        <translation>تقديم التظلم الاختياري ضد قرار اللجوء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="434"/>
        <source>Make a safety plan with the child</source>
        <translation>وضع خطة سلامة مع الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="435"/>
        <source>Make sure the agency finds out with the child what led to the absence, and that the placement responds to it</source>
        <translation>التأكد من أن الوكالة تتعرف مع الطفل على ما أدى إلى غيابه، وأن مكان الإيداع يستجيب لذلك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="436"/>
        <source>Make sure the agency reports the child to NCMEC (National Center for Missing &amp; Exploited Children): at once, within 24 hours at the latest</source>
        <translation>التأكد من أن الوكالة تبلغ المركز الوطني للأطفال المفقودين والمستغلين (NCMEC) عن الطفل: فورًا، وفي موعد أقصاه 24 ساعة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="437"/>
        <source>Make sure the agency reports the child to the police for entry into NCIC: at once, within 24 hours at the latest</source>
        <translation>التأكد من أن الوكالة تبلغ الشرطة عن الطفل لإدراجه في قاعدة بيانات NCIC: فورًا، وفي موعد أقصاه 24 ساعة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="438"/>
        <source>Make sure the child is offered an independent return interview within 72 hours of coming back</source>
        <translation>التأكد من أن تُعرض على الطفل مقابلة عودة مستقلة خلال 72 ساعة من عودته</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="439"/>
        <source>Make sure the child is reported missing to the police today</source>
        <translation>التأكد من إبلاغ الشرطة اليوم عن فقدان الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="440"/>
        <source>Make sure the child is reported missing to the police today: the police treat every missing minor as in danger</source>
        <translation>التأكد من إبلاغ الشرطة اليوم عن فقدان الطفل: تعتبر الشرطة كل قاصر مفقود في خطر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="441"/>
        <source>Make sure the disappearance is declared to the police or gendarmerie today: a minor&apos;s disappearance is always treated as worrying</source>
        <translation>التأكد من التصريح بالاختفاء اليوم لدى الشرطة أو الدرك: يُعدّ اختفاء القاصر مثيرًا للقلق دائمًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="442"/>
        <source>Make sure the disappearance is reported today to the police of the zone where it happened</source>
        <translation>التأكد من الإبلاغ اليوم عن الاختفاء لدى شرطة المنطقة التي وقع فيها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="443"/>
        <source>Make sure the social worker finds out with the child what led to the absence, and that the placement responds to it</source>
        <translation>التأكد من أن الأخصائي الاجتماعي يتعرف مع الطفل على ما أدى إلى غيابه، وأن مكان الإيداع يستجيب لذلك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="444"/>
        <source>Make sure the social worker notifies the child&apos;s parents or guardians (and an Indian child&apos;s Tribe) at once, within 24 hours at the latest</source>
        <translation>التأكد من أن الأخصائي الاجتماعي يبلغ والدي الطفل أو أوصياءه (وقبيلة الطفل إن كان من السكان الأصليين) فورًا، وفي موعد أقصاه 24 ساعة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="445"/>
        <source>Make sure the social worker notifies the local police at once (within 24 hours at the latest), for entry into NCIC</source>
        <translation>التأكد من أن الأخصائي الاجتماعي يبلغ الشرطة المحلية فورًا (في موعد أقصاه 24 ساعة) لإدراج الطفل في قاعدة بيانات NCIC</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="446"/>
        <source>Obtain the California guardianship and SIJ findings before the 21st birthday</source>
        <translation>الحصول على الوصاية في كاليفورنيا وعلى النتائج اللازمة لوضع الأحداث المهاجرين الخاص قبل بلوغ 21 عامًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="447"/>
        <source>Obtain the Maryland custody or guardianship order with SIJ findings before the 21st birthday</source>
        <translation>الحصول في ماريلاند على أمر الحضانة أو الوصاية مع النتائج اللازمة لوضع الأحداث المهاجرين الخاص قبل بلوغ 21 عامًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="448"/>
        <source>Obtain the Massachusetts Probate and Family Court SIJ findings before the 21st birthday</source>
        <translation>الحصول من محكمة التركات والأسرة في ماساتشوستس على النتائج اللازمة لوضع الأحداث المهاجرين الخاص قبل بلوغ 21 عامًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="449"/>
        <source>Obtain the New Jersey Family Part order with SIJ findings before the 21st birthday</source>
        <translation>الحصول من قسم الأسرة في نيوجيرسي على أمر يتضمن النتائج اللازمة لوضع الأحداث المهاجرين الخاص قبل بلوغ 21 عامًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="450"/>
        <source>Obtain the New York Family Court guardianship and SIJ findings before the 21st birthday</source>
        <translation>الحصول من محكمة الأسرة في نيويورك على الوصاية والنتائج اللازمة لوضع الأحداث المهاجرين الخاص قبل بلوغ 21 عامًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="451"/>
        <source>Obtain the Texas order with SIJ findings before the 18th birthday</source>
        <translation>الحصول في تكساس على أمر يتضمن النتائج اللازمة لوضع الأحداث المهاجرين الخاص قبل بلوغ 18 عامًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="452"/>
        <source>Passport expires in six months: renew it</source>
        <translation>ينتهي جواز السفر خلال ستة أشهر: جدّده</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="453"/>
        <source>Perfect the appeal to the Refugee Appeal Division (file the appellant&apos;s record)</source>
        <translation>استكمال الاستئناف أمام شعبة استئناف اللاجئين (إيداع ملف المستأنِف)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="454"/>
        <source>Placement abroad: obtain the consent of the receiving State&apos;s Central Authority first</source>
        <translation>الإيداع في الخارج: الحصول أولًا على موافقة السلطة المركزية في الدولة المستقبِلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="455"/>
        <source>Refer the child to the national referral mechanism</source>
        <translation>إحالة الطفل إلى آلية الإحالة الوطنية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="456"/>
        <source>Renew a consent before it expires, or record its end</source>
        <translation>تجديد الموافقة قبل انتهاء صلاحيتها، أو تسجيل انتهائها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="457"/>
        <source>Report the child missing to the police today</source>
        <translation>الإبلاغ عن فقدان الطفل إلى الشرطة اليوم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="458"/>
        <source>Report the child&apos;s disappearance to the police today: anyone may, with no waiting time, and the police start the search at once</source>
        <translation>الإبلاغ اليوم عن اختفاء الطفل إلى الشرطة: يحق لأي شخص ذلك دون مهلة انتظار، وتبدأ الشرطة البحث فورًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="459"/>
        <source>Review a goal of the care plan</source>
        <translation>مراجعة هدف من أهداف خطة الرعاية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="460"/>
        <source>Review the best-interests assessment</source>
        <translation>مراجعة تقييم المصالح الفضلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="461"/>
        <source>Review the best-interests determination</source>
        <translation>مراجعة تحديد المصالح الفضلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="462"/>
        <source>Screen the child again</source>
        <translation>إعادة الفحص الأولي مع الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="463"/>
        <source>Screen the child again for trafficking risk</source>
        <translation>إعادة فحص الطفل بحثًا عن خطر الاتجار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="464"/>
        <source>Seise the court of the habitual residence after a decision refusing return</source>
        <translation>رفع الأمر إلى محكمة محل الإقامة المعتادة بعد قرار رفض الإعادة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="465"/>
        <source>Serve the notice of appeal against the Ontario court&apos;s final order on custody (decision-making responsibility) or guardianship</source>
        <translation>تبليغ إشعار الاستئناف ضد الأمر النهائي لمحكمة أونتاريو بشأن الحضانة (مسؤولية اتخاذ القرار) أو الوصاية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="466"/>
        <source>State the facts and evidence supporting the asylum action</source>
        <translation>بيان الوقائع والأدلة المؤيدة لدعوى اللجوء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="467"/>
        <source>Unaccompanied alien child designation ends on the 18th birthday</source>
        <translation>ينتهي وصف الطفل الأجنبي غير المصحوب ببلوغ 18 عامًا</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="172"/>
        <source>Scan</source>
        <translation>المسح الضوئي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="176"/>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="183"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="178"/>
        <source>of {0}</source>
        <translation>من {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="179"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="180"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="181"/>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="58"/>
        <source>Screening for trafficking risk</source>
        <translation>الفحص الأولي لخطر الاتجار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="68"/>
        <source>No interpreter</source>
        <translation>دون مترجم شفوي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="79"/>
        <source>The child&apos;s language (e.g. ti, prs, ar)</source>
        <translation>لغة الطفل (رمزها، مثلًا: ti أو prs أو ar)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="81"/>
        <source>&amp;Screened on</source>
        <translation>تاريخ ال&amp;فحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="82"/>
        <source>&amp;Asked by</source>
        <translation>من &amp;طرح الأسئلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="83"/>
        <source>&amp;Interpreter</source>
        <translation>ال&amp;مترجم الشفوي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="84"/>
        <source>In the &amp;language</source>
        <translation>&amp;باللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="98"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="99"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="100"/>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="112"/>
        <source>What the answer rests on (optional)</source>
        <translation>ما تستند إليه الإجابة (اختياري)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="129"/>
        <source>The concern level comes from this program&apos;s rule, not from a validated cut-off: it screens, it does not decide, and it never says that a child is a victim. Your judgement may raise it.</source>
        <translation>يأتي مستوى القلق من قاعدة هذا البرنامج، لا من حدٍّ فاصل مُتحقَّق من صحته: إنه فحص أولي لا يقرّر، ولا يقول أبدًا إن طفلًا ما ضحية. ويجوز لتقديرك أن يرفعه.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="136"/>
        <source>Keep the rule&apos;s level</source>
        <translation>الإبقاء على مستوى القاعدة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="142"/>
        <source>Why you raise it (required to raise it)</source>
        <translation>سبب رفعه (مطلوب لرفع المستوى)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="145"/>
        <source>&amp;Raise the level to</source>
        <translation>&amp;رفع المستوى إلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="146"/>
        <source>&amp;Because</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="152"/>
        <source>Record the screening</source>
        <translation>تسجيل الفحص الأولي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/screening_dialog.py" line="183"/>
        <source>Concern by the program&apos;s rule: %1</source>
        <translation>المستوى وفق قاعدة البرنامج: %1</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="29"/>
        <source>Protect the export</source>
        <translation>حماية الملف المُصدَّر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="33"/>
        <source>The export holds every child&apos;s data. Seal it with a passphrase: whoever opens it needs the same passphrase. A few words are easier to remember than symbols, and stronger.</source>
        <translation>يحتوي الملف المُصدَّر على بيانات كل طفل. اختمه بعبارة مرور: من يفتحه يحتاج إلى العبارة نفسها. بضع كلمات أسهل تذكّرًا من الرموز، وأقوى.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="47"/>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="48"/>
        <source>The same again:</source>
        <translation>العبارة نفسها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="51"/>
        <source>Write a clear copy instead: anyone who has the file can read it</source>
        <translation>اكتب نسخة غير مشفّرة بدلًا من ذلك: يستطيع كل من لديه الملف قراءتها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="62"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sealing.py" line="89"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordPrompt</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="31"/>
        <source>Sign in to the team&apos;s server</source>
        <translation>تسجيل الدخول إلى خادم الفريق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="35"/>
        <source>The server {0} asks for a password that this computer&apos;s keyring does not hold. Type it once: it is then kept in the keyring, never in a file.</source>
        <translation>يطلب الخادم {0} كلمة مرور لا تحفظها سلسلة مفاتيح هذا الحاسوب. اكتبها مرة واحدة: تُحفظ بعدها في سلسلة المفاتيح، ولا تُحفظ في ملف أبدًا.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="41"/>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="52"/>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/server_password.py" line="63"/>
        <source>The server refused this password.</source>
        <translation>رفض الخادم كلمة المرور هذه.</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="266"/>
        <source>These are throw-away demo cases: they unlock without a key.</source>
        <translation>هذه قضايا تجريبية مؤقتة: يُفتح قفلها دون مفتاح.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="269"/>
        <source>This database is not encrypted, so it has no recovery key: anyone who copies its file can read it. Encrypt it (the banner above the case list) to make unlocking need its key.</source>
        <translation>قاعدة البيانات هذه غير مشفّرة، فليس لها مفتاح استرداد: يستطيع أي شخص ينسخ ملفها أن يقرأها. شفّرها (الشريط فوق قائمة القضايا) ليصبح فتح القفل بحاجة إلى مفتاحها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="274"/>
        <source>The team&apos;s server keeps its own protection; unlocking needs your own sign-in once sign-in is set up.</source>
        <translation>لخادم الفريق حمايته الخاصة؛ سيتطلب فتح القفل تسجيل دخولك الشخصي عند إعداد تسجيل الدخول.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="287"/>
        <source>nobody used it for %n minute(s).</source>
        <translation>
            <numerusform>لم يستخدمه أحد منذ %n دقيقة.</numerusform>
            <numerusform>لم يستخدمه أحد منذ دقيقة واحدة.</numerusform>
            <numerusform>لم يستخدمه أحد منذ دقيقتين.</numerusform>
            <numerusform>لم يستخدمه أحد منذ %n دقائق.</numerusform>
            <numerusform>لم يستخدمه أحد منذ %n دقيقة.</numerusform>
            <numerusform>لم يستخدمه أحد منذ %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="312"/>
        <source>the screen was locked.</source>
        <translation>قُفلت الشاشة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="317"/>
        <source>the computer went to sleep.</source>
        <translation>دخل الحاسوب في وضع السكون.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="351"/>
        <source>it was asked to.</source>
        <translation>طُلب منه ذلك.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="358"/>
        <source>Guardian Desk — locked</source>
        <translation>Guardian Desk — مقفل</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="5"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="11"/>
        <source>&amp;Database</source>
        <translation>قاعدة ال&amp;بيانات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="19"/>
        <source>Database file or address</source>
        <translation>ملف قاعدة البيانات أو عنوانها</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="20"/>
        <source>The default file in your data folder</source>
        <translation>الملف الافتراضي في مجلد بياناتك</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="25"/>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="32"/>
        <source>Default &amp;jurisdiction</source>
        <translation>الولاية ال&amp;قضائية الافتراضية</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="38"/>
        <source>Default jurisdiction of new cases</source>
        <translation>الولاية القضائية الافتراضية للقضايا الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="43"/>
        <source>&amp;Language of the window</source>
        <translation>&amp;لغة النافذة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="49"/>
        <source>Language of the window</source>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="54"/>
        <source>&amp;Reminders, days before</source>
        <translation>الت&amp;ذكيرات، قبل كم يومًا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="60"/>
        <source>Days before a hearing or deadline to remind</source>
        <translation>عدد الأيام قبل الجلسة أو المهلة التي يُرسل فيها التذكير</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="61"/>
        <source>for example 1, 7, 14</source>
        <translation>مثلًا: 1, 7, 14</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="66"/>
        <source>&amp;Travel time before a hearing</source>
        <translation>وقت ال&amp;تنقل قبل الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="72"/>
        <source>Minutes kept free before a hearing</source>
        <translation>الدقائق التي تُترك خالية قبل الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="73"/>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="80"/>
        <source>Calendar files name the &amp;child (otherwise only the case reference)</source>
        <translation>ملفات التقويم تذكر اسم ال&amp;طفل (وإلا فمرجع القضية فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="85"/>
        <source>Loc&amp;k the window after</source>
        <translation>&amp;قفل النافذة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="91"/>
        <source>Minutes without a key press or a click before the window locks</source>
        <translation>الدقائق دون ضغط مفتاح أو نقرة قبل أن تُقفل النافذة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="92"/>
        <source> minutes without use</source>
        <translation> دقيقة دون استخدام</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="102"/>
        <source>What is wrong with the settings</source>
        <translation>الأخطاء في الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="109"/>
        <source>A new database is opened the next time Guardian Desk starts.</source>
        <translation>تُفتح قاعدة البيانات الجديدة عند التشغيل التالي لبرنامج Guardian Desk.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="16"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="33"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="57"/>
        <source>Choose the database file</source>
        <translation>اختر ملف قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="59"/>
        <source>Guardian Desk databases (*.sqlite);;All files (*)</source>
        <translation>قواعد بيانات Guardian Desk (*.sqlite);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="78"/>
        <source>Reminders: write whole numbers of days from 0 to 365, separated by commas.</source>
        <translation>التذكيرات: اكتب أعدادًا صحيحة من الأيام بين 0 و365، مفصولًا بينها بفواصل (,).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="91"/>
        <source>Database: a password does not belong in the address, where it would stay in the settings file. Give the address without it: Guardian Desk asks for the password once and keeps it in this computer&apos;s keyring.</source>
        <translation>قاعدة البيانات: لا مكان لكلمة المرور في العنوان، إذ ستبقى في ملف الإعدادات. اكتب العنوان دونها: يطلب Guardian Desk كلمة المرور مرة واحدة ويحفظها في سلسلة مفاتيح هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/settings_dialog.py" line="96"/>
        <source>Database: this address is not understood.</source>
        <translation>قاعدة البيانات: هذا العنوان غير مفهوم.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="81"/>
        <source>Sign in to Guardian Desk</source>
        <translation>تسجيل الدخول إلى Guardian Desk</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="83"/>
        <source>Sign in with your user name and passphrase.</source>
        <translation>سجّل الدخول باسم المستخدم وعبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="90"/>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="91"/>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="93"/>
        <source>Remember me on this computer</source>
        <translation>تذكرني على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="96"/>
        <source>The next start needs nothing typed; locking and a change of user still ask for the passphrase. Only on a computer no one else uses.</source>
        <translation>لن يُطلب شيء عند التشغيل القادم؛ ويبقى القفل وتغيير المستخدم يطلبان عبارة المرور. فقط على حاسوب لا يستخدمه أحد غيرك.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="103"/>
        <source>Forgot your passphrase? An administrator gives you a new one. If no one can sign in, whoever holds the recovery key runs: guardian-desk users reset NAME --recovery-key-file FILE</source>
        <translation>نسيت عبارة المرور؟ يعطيك المسؤول عبارة جديدة. إن لم يستطع أحد تسجيل الدخول، ينفّذ حامل مفتاح الاسترداد: guardian-desk users reset NAME --recovery-key-file FILE</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="111"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="121"/>
        <source>A demo database: sign in as admin, supervisor, lawyer, gal, caseworker, clerk, interpreter or dpo to see what each role sees. The passphrase of each is: {0}</source>
        <translation>قاعدة بيانات تجريبية: سجّل الدخول باسم admin أو supervisor أو lawyer أو gal أو caseworker أو clerk أو interpreter أو dpo لترى ما يراه كل دور. عبارة المرور لكل منهم: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/sign_in.py" line="156"/>
        <source>Choose your own passphrase to go on.</source>
        <translation>اختر عبارة المرور الخاصة بك للمتابعة.</translation>
    </message>
</context>
<context>
    <name>SnapshotView</name>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="359"/>
        <source>Nothing to count in this period.</source>
        <translation>لا شيء يُعدّ في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="375"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="391"/>
        <source>From {0} to {1}</source>
        <translation>من {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="399"/>
        <source>Only: {0}</source>
        <translation>مقتصر على: {0}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/reports/report_view.py" line="400"/>
        <source>Made {0}</source>
        <translation>أُعدّ في {0}</translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="516"/>
        <source>This week: overdue, hearings and deadlines</source>
        <translation>هذا الأسبوع: المتأخرات والجلسات والمهل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="550"/>
        <source>Overdue (the latest %n; the Calendar has them all)</source>
        <translation>
            <numerusform>المتأخرات (آخر %n؛ التقويم يعرضها كلها)</numerusform>
            <numerusform>المتأخرات (آخر %n؛ التقويم يعرضها كلها)</numerusform>
            <numerusform>المتأخرات (آخر %n؛ التقويم يعرضها كلها)</numerusform>
            <numerusform>المتأخرات (آخر %n؛ التقويم يعرضها كلها)</numerusform>
            <numerusform>المتأخرات (آخر %n؛ التقويم يعرضها كلها)</numerusform>
            <numerusform>المتأخرات (آخر %n؛ التقويم يعرضها كلها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="552"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>المتأخرات (%n)</numerusform>
            <numerusform>المتأخرات (%n)</numerusform>
            <numerusform>المتأخرات (%n)</numerusform>
            <numerusform>المتأخرات (%n)</numerusform>
            <numerusform>المتأخرات (%n)</numerusform>
            <numerusform>المتأخرات (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="563"/>
        <source>… and more: see the Calendar, or filter it by person.</source>
        <translation>… وغيرها: راجع التقويم، أو صفِّه حسب الشخص.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/calendar/calendar_view.py" line="565"/>
        <source>Nothing due this week.</source>
        <translation>لا شيء مستحق هذا الأسبوع.</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="90"/>
        <source>Pages of the scan</source>
        <translation>صفحات المسح الضوئي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="112"/>
        <source>This file cannot be shown here</source>
        <translation>لا يمكن عرض هذا الملف هنا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/widgets/scan_preview.py" line="120"/>
        <source>Page {0}</source>
        <translation>الصفحة {0}</translation>
    </message>
</context>
<context>
    <name>TracingDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="82"/>
        <source>Family tracing</source>
        <translation>البحث عن الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Relative here</source>
        <translation>القريب (هنا)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Found in case</source>
        <translation>وُجد في الملف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="89"/>
        <source>Why</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="104"/>
        <source>Confirm: the same person</source>
        <translation>تأكيد: الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="107"/>
        <source>Link the relative here to this person: the case is saved, and audited.</source>
        <translation>ربط القريب المسجَّل هنا بهذا الشخص: يُحفظ الملف ويُقيَّد ذلك في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="136"/>
        <source>No one in the other cases you may see is alike to a relative.</source>
        <translation>لا يوجد في الملفات الأخرى التي يمكنك الاطلاع عليها من يشبه أحد الأقارب.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="140"/>
        <source>People of other cases alike to the child&apos;s relatives, most alike first. A match is a lead, not a finding: check it before anyone is contacted.</source>
        <translation>أشخاص من ملفات أخرى يشبهون أقارب الطفل، والأكثر شبهًا أولًا. المطابقة خيط يُتتبَّع لا نتيجة مثبتة: تحقّق منها قبل التواصل مع أي أحد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="146"/>
        <source>%n relative(s) not to be contacted were not looked for.</source>
        <translation>
            <numerusform>لم يُبحث عن %n من الأقارب الذين لا يجوز التواصل معهم.</numerusform>
            <numerusform>لم يُبحث عن %n قريب لا يجوز التواصل معه.</numerusform>
            <numerusform>لم يُبحث عن %n قريبين لا يجوز التواصل معهما.</numerusform>
            <numerusform>لم يُبحث عن %n أقارب لا يجوز التواصل معهم.</numerusform>
            <numerusform>لم يُبحث عن %n قريبًا لا يجوز التواصل معهم.</numerusform>
            <numerusform>لم يُبحث عن %n قريب لا يجوز التواصل معهم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="156"/>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="184"/>
        <source>the child of that case</source>
        <translation>الطفل في ذلك الملف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="187"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="189"/>
        <source>Name as written</source>
        <translation>الاسم (بالكتابة الأصلية)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="194"/>
        <source>Relationship</source>
        <translation>الصلة بالطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="198"/>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="200"/>
        <source>Nationality (of the child)</source>
        <translation>الجنسية (جنسية الطفل)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="205"/>
        <source>Languages (of the child)</source>
        <translation>اللغات (لغات الطفل)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="209"/>
        <source>Last known place</source>
        <translation>آخر مكان معروف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="211"/>
        <source>Last known country</source>
        <translation>آخر بلد معروف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="216"/>
        <source>Separated from the child on</source>
        <translation>تاريخ الانفصال عن الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="223"/>
        <source>Here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="223"/>
        <source>In case %1</source>
        <translation>في الملف %1</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/protection/tracing_dialog.py" line="231"/>
        <source>Confirmed on %1 as the same person.</source>
        <translation>تأكّد بتاريخ %1 أنه الشخص نفسه.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="468"/>
        <source>A receipt answers a referral that arrived here.</source>
        <translation>إشعار الاستلام يرد على إحالة وصلت إلى هنا.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="469"/>
        <source>A referral that is {state} cannot become {new}.</source>
        <translation>لا يمكن لإحالة حالتها «{state}» أن تصبح «{new}».</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="470"/>
        <source>Choose the case to merge it into.</source>
        <translation>اختر القضية التي تُدمج فيها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="471"/>
        <source>Confirm {partner}&apos;s fingerprint with them by telephone before sending a case (Partners › Confirm).</source>
        <translation>أكِّد بصمة {partner} معهم بالهاتف قبل إرسال قضية (الشركاء › تأكيد).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="472"/>
        <source>Confirm {partner}&apos;s fingerprint with them by telephone before taking in what they send (Partners › Confirm). Nothing was changed.</source>
        <translation>أكِّد بصمة {partner} معهم بالهاتف قبل إدخال ما يرسلونه (الشركاء › تأكيد). لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="473"/>
        <source>Give your organisation&apos;s name first (Partners page, or guardian-desk organisation --name NAME): a consent names who may receive the case.</source>
        <translation>أدخل اسم منظمتك أولًا (صفحة «الشركاء»، أو guardian-desk organisation --name NAME): فالموافقة تذكر مَن يجوز له استلام القضية.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="474"/>
        <source>Give your organisation&apos;s name first (Settings › Organisation, or guardian-desk organisation --name NAME): a partner sees it on your card.</source>
        <translation>أدخل اسم منظمتك أولًا (الإعدادات › المنظمة، أو guardian-desk organisation --name NAME): فالشريك يراه على بطاقتك.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="475"/>
        <source>No Guardian Desk contact card&apos;s QR code was found in {file}.</source>
        <translation>لم يُعثر في {file} على رمز QR لبطاقة اتصال من Guardian Desk.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="476"/>
        <source>Only a referral is taken in; a receipt is answered on opening.</source>
        <translation>لا يُدخَل إلا الإحالة؛ أما إشعار الاستلام فيُعالَج عند فتحه.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="477"/>
        <source>Reading QR codes needs the zxing-cpp package.</source>
        <translation>تتطلب قراءة رموز QR مكتبة zxing-cpp.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="478"/>
        <source>Say why the partner is revoked (at least 5 characters).</source>
        <translation>اذكر سبب إلغاء اعتماد الشريك (5 أحرف على الأقل).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="479"/>
        <source>The card&apos;s signing key is damaged.</source>
        <translation>مفتاح التوقيع الخاص بالبطاقة تالف.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="480"/>
        <source>The consent this case was sent under is not valid ({problem}): ask {partner} to send it again with a valid one. Nothing was changed.</source>
        <translation>الموافقة التي أُرسلت القضية بموجبها غير صالحة ({problem}): اطلب من {partner} إرسالها مجددًا مع موافقة صالحة. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="481"/>
        <source>The contact must have at most 400 characters.</source>
        <translation>يجب ألا تتجاوز وسيلة الاتصال 400 حرف.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="482"/>
        <source>The days a partner has to answer must be from 1 to 365.</source>
        <translation>يجب أن يكون عدد الأيام المتاحة للشريك للرد من 1 إلى 365.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="483"/>
        <source>The fingerprint read does not match the card&apos;s: do not trust this card; ask the partner for a new one. Nothing was changed.</source>
        <translation>البصمة المقروءة لا تطابق بصمة البطاقة: لا تثق بهذه البطاقة؛ اطلب من الشريك بطاقة جديدة. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="484"/>
        <source>The organisation&apos;s name must have from 1 to 200 characters.</source>
        <translation>يجب أن يتكون اسم المنظمة من 1 إلى 200 حرف.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="485"/>
        <source>This bundle carries no consent or legitimate basis: it is not taken in.</source>
        <translation>لا تحمل هذه الحزمة أي موافقة أو أساس مشروع: لن تُدخَل.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="486"/>
        <source>This bundle comes from an organisation whose contact card you have not taken in: add its card (Partners) and confirm its fingerprint by telephone first. Nothing was changed.</source>
        <translation>هذه الحزمة واردة من منظمة لم تُدخِل بطاقة اتصالها: أضف بطاقتها («الشركاء») وأكِّد بصمتها بالهاتف أولًا. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="487"/>
        <source>This bundle does not open with your organisation&apos;s key: it was sealed for another organisation. Nothing was changed.</source>
        <translation>لا تُفتح هذه الحزمة بمفتاح منظمتك: فقد خُتمت لمنظمة أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="488"/>
        <source>This bundle is addressed to another organisation, not to yours. Nothing was changed.</source>
        <translation>هذه الحزمة موجهة إلى منظمة أخرى، لا إلى منظمتك. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="489"/>
        <source>This bundle is cut short: ask the sender for it again.</source>
        <translation>هذه الحزمة مبتورة: اطلبها من المرسِل مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="490"/>
        <source>This bundle is damaged: its kind is unknown. Nothing was changed.</source>
        <translation>هذه الحزمة تالفة: نوعها غير معروف. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="491"/>
        <source>This bundle is damaged: its manifest cannot be read. Nothing was changed.</source>
        <translation>هذه الحزمة تالفة: لا يمكن قراءة بيان محتوياتها. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="492"/>
        <source>This bundle is signed with a key of {partner} that is no longer trusted (revoked or replaced). Nothing was changed.</source>
        <translation>هذه الحزمة موقَّعة بمفتاح لـ{partner} لم يعد موثوقًا (أُلغي أو استُبدل). لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="493"/>
        <source>This bundle is too large to be one. Nothing was changed.</source>
        <translation>هذه الحزمة أكبر من أن تكون حزمة. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="494"/>
        <source>This bundle was already received on {day}; it is not taken in twice.</source>
        <translation>سبق استلام هذه الحزمة في {day}؛ لا تُدخَل مرتين.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="495"/>
        <source>This bundle was changed after it was signed, or not signed by its sender: it is not taken in. Nothing was changed.</source>
        <translation>عُدِّلت هذه الحزمة بعد توقيعها، أو لم يوقِّعها مرسِلها: لن تُدخَل. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="496"/>
        <source>This bundle was changed after it was signed: it is not taken in. Nothing was changed.</source>
        <translation>عُدِّلت هذه الحزمة بعد توقيعها: لن تُدخَل. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="497"/>
        <source>This bundle was made by a newer version of Guardian Desk; update the program to open it. Nothing was changed.</source>
        <translation>أُنشئت هذه الحزمة بإصدار أحدث من Guardian Desk؛ حدِّث البرنامج لفتحها. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="498"/>
        <source>This bundle&apos;s case is not valid here ({problems}). Nothing was changed.</source>
        <translation>قضية هذه الحزمة غير صالحة هنا ({problems}). لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="499"/>
        <source>This bundle&apos;s content does not belong to its manifest: it is not taken in.</source>
        <translation>محتوى هذه الحزمة لا يطابق بيان محتوياتها: لن تُدخَل.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="500"/>
        <source>This bundle&apos;s content is damaged. Nothing was changed.</source>
        <translation>محتوى هذه الحزمة تالف. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="501"/>
        <source>This case carries {sections}, which your role may not take in: someone whose role may must receive it. Nothing was changed.</source>
        <translation>تحمل هذه القضية {sections}، وهو ما لا يسمح دورك بإدخاله: يجب أن يستلمها شخص يسمح له دوره بذلك. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="502"/>
        <source>This case is already here: take it in as an update (merge), field by field.</source>
        <translation>هذه القضية موجودة هنا بالفعل: أدخِلها كتحديث (دمج)، حقلًا بحقل.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="503"/>
        <source>This contact card is damaged: it cannot be read.</source>
        <translation>بطاقة الاتصال هذه تالفة: لا يمكن قراءتها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="504"/>
        <source>This contact card is too long to be one.</source>
        <translation>بطاقة الاتصال هذه أطول من أن تكون بطاقة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="505"/>
        <source>This contact card names no organisation.</source>
        <translation>لا تذكر بطاقة الاتصال هذه أي منظمة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="506"/>
        <source>This contact card says it replaces earlier keys, but the earlier key did not sign it.</source>
        <translation>تقول بطاقة الاتصال هذه إنها تحل محل مفاتيح سابقة، لكن المفتاح السابق لم يوقِّعها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="507"/>
        <source>This contact card&apos;s signature does not match: it was changed.</source>
        <translation>توقيع بطاقة الاتصال هذه غير مطابق: لقد عُدِّلت.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="508"/>
        <source>This database has no keys of its own yet; open it once with this version of Guardian Desk to make them.</source>
        <translation>لا تملك قاعدة البيانات هذه مفاتيح خاصة بها بعد؛ افتحها مرة واحدة بهذا الإصدار من Guardian Desk لإنشائها.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="509"/>
        <source>This file is not a Guardian Desk bundle. Nothing was changed.</source>
        <translation>هذا الملف ليس حزمة من Guardian Desk. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="510"/>
        <source>This is not a Guardian Desk contact card (one begins with GD-CARD:1:).</source>
        <translation>هذه ليست بطاقة اتصال من Guardian Desk (تبدأ البطاقة بـ GD-CARD:1:).</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="511"/>
        <source>This is your own organisation&apos;s card, not a partner&apos;s.</source>
        <translation>هذه بطاقة منظمتك أنت، لا بطاقة شريك.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="512"/>
        <source>This partner organisation no longer exists.</source>
        <translation>لم تعد هذه المنظمة الشريكة موجودة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="513"/>
        <source>This partner was revoked; read its card again to trust it anew.</source>
        <translation>أُلغي اعتماد هذا الشريك؛ اقرأ بطاقته مجددًا لتثق به من جديد.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="514"/>
        <source>This receipt answers no referral you sent to this partner.</source>
        <translation>إشعار الاستلام هذا لا يرد على أي إحالة أرسلتها إلى هذا الشريك.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="515"/>
        <source>This referral is already {state}; the receipt changes nothing.</source>
        <translation>حالة هذه الإحالة هي بالفعل «{state}»؛ إشعار الاستلام لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="516"/>
        <source>This referral no longer exists.</source>
        <translation>لم تعد هذه الإحالة موجودة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="517"/>
        <source>Write why the case goes without consent (at least {count} characters): the audit log keeps it.</source>
        <translation>اكتب سبب إرسال القضية دون موافقة (على الأقل {count} من الأحرف): يحفظه سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="518"/>
        <source>alias matches ({score})</source>
        <translation>تطابق الاسم المستعار ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="519"/>
        <source>birth dates overlap</source>
        <translation>تتداخل تواريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="520"/>
        <source>born the same year</source>
        <translation>مولودان في السنة نفسها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="521"/>
        <source>born within a year</source>
        <translation>الفارق بين الميلادين سنة على الأكثر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="522"/>
        <source>born within two years</source>
        <translation>الفارق بين الميلادين سنتان على الأكثر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="523"/>
        <source>born {years} years apart</source>
        <translation>الفارق بين الميلادين بالسنوات: {years}</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="524"/>
        <source>different nationality</source>
        <translation>جنسية مختلفة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="525"/>
        <source>different sex</source>
        <translation>جنس مختلف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="526"/>
        <source>names alike ({score})</source>
        <translation>أسماء متشابهة ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="527"/>
        <source>native-script names alike ({score})</source>
        <translation>أسماء متشابهة بالكتابة الأصلية ({score})</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="528"/>
        <source>no birth date to compare</source>
        <translation>لا يوجد تاريخ ميلاد للمقارنة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="529"/>
        <source>not a short text</source>
        <translation>ليس نصًا قصيرًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="530"/>
        <source>same date of birth</source>
        <translation>تاريخ الميلاد نفسه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="531"/>
        <source>same nationality</source>
        <translation>الجنسية نفسها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="532"/>
        <source>{file} cannot be read: {why}.</source>
        <translation>لا يمكن قراءة {file}: {why}.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="533"/>
        <source>{file} is neither a contact card nor a picture.</source>
        <translation>{file} ليس بطاقة اتصال ولا صورة.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/catalogue_strings.py" line="534"/>
        <source>{partner} was revoked: nothing is sent to it.</source>
        <translation>أُلغي اعتماد {partner}: لا يُرسَل إليه شيء.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="131"/>
        <source>Guardian Desk is locked</source>
        <translation>Guardian Desk مقفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="137"/>
        <source>Guardian Desk locked itself: {0} What you were typing is kept, unsaved, until you unlock.</source>
        <translation>أقفل Guardian Desk نفسه: {0} ما كنت تكتبه محفوظ، دون تسجيل، حتى تفتح القفل.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="147"/>
        <source>Type your passphrase ({0}) to go on:</source>
        <translation>اكتب عبارة المرور ({0}) للمتابعة:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="159"/>
        <source>Type the database&apos;s recovery key to go on:</source>
        <translation>اكتب مفتاح استرداد قاعدة البيانات للمتابعة:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="177"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../src/guardian_desk/ui/help_window.py" line="69"/>
        <source>Guardian Desk — User guide</source>
        <translation>Guardian Desk — دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/help_window.py" line="70"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/help_window.py" line="79"/>
        <source># User guide

The user guide could not be found at {0}. Reinstalling Guardian Desk puts it back.</source>
        <translation># دليل المستخدم

تعذّر العثور على دليل المستخدم في {0}. تؤدي إعادة تثبيت Guardian Desk إلى استعادته.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="38"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>Team member</source>
        <translation>عضو الفريق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="42"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="51"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="52"/>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="53"/>
        <source>Reset passphrase…</source>
        <translation>إعادة تعيين عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="54"/>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="124"/>
        <source>Suspend</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="55"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="57"/>
        <source>Server role…</source>
        <translation>دور على الخادم…</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="60"/>
        <source>A login of their own on the team&apos;s server, that reads only what their role may</source>
        <translation>دخول خاص به إلى خادم الفريق، لا يقرأ إلا ما يسمح به دوره</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="95"/>
        <source>suspended</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="97"/>
        <source>must choose a passphrase</source>
        <translation>يجب أن يختار عبارة مرور</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="99"/>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="124"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="157"/>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="158"/>
        <source>Role of {0}:</source>
        <translation>دور {0}:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="172"/>
        <source>Reset passphrase</source>
        <translation>إعادة تعيين عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="174"/>
        <source>A passphrase for {0} to sign in with once; they choose their own then:</source>
        <translation>عبارة مرور ليسجّل {0} الدخول بها مرة واحدة؛ ثم يختار عبارته:</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="187"/>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="196"/>
        <source>Server role</source>
        <translation>دور على الخادم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="189"/>
        <source>The password {0} signs in to the team&apos;s server with (at least 12 characters):</source>
        <translation>كلمة المرور التي يدخل بها {0} إلى خادم الفريق (12 حرفا على الأقل):</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="198"/>
        <source>{0} can now sign in to the team&apos;s server with their own password: they read there only what their role may, and write nothing.</source>
        <translation>يستطيع {0} الآن الدخول إلى خادم الفريق بكلمة مروره: لا يقرأ هناك إلا ما يسمح به دوره، ولا يكتب شيئا.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="214"/>
        <source>Remove a user</source>
        <translation>إزالة مستخدم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="215"/>
        <source>Remove {0}? They can no longer sign in.</source>
        <translation>إزالة {0}؟ لن يتمكن من تسجيل الدخول بعد الآن.</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/security/users_dialog.py" line="222"/>
        <source>User removed</source>
        <translation>أُزيل المستخدم</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="248"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="249"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="250"/>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="251"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="252"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="253"/>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="254"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="255"/>
        <source>Documented</source>
        <translation>مُثبَت بمستند</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="256"/>
        <source>Declared</source>
        <translation>مُصرَّح به</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="257"/>
        <source>Estimated</source>
        <translation>تقديري</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="258"/>
        <source>Age assessed</source>
        <translation>محدَّد بتقييم العمر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="259"/>
        <source>Holistic interview</source>
        <translation>مقابلة شاملة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="260"/>
        <source>Review of documents</source>
        <translation>مراجعة المستندات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="261"/>
        <source>Medical examination</source>
        <translation>فحص طبي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="262"/>
        <source>Dental X-ray</source>
        <translation>أشعة سينية للأسنان</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="263"/>
        <source>Wrist X-ray</source>
        <translation>أشعة سينية للمعصم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="264"/>
        <source>Clavicle CT scan</source>
        <translation>تصوير مقطعي محوسب للترقوة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="265"/>
        <source>Shelter</source>
        <translation>دار إيواء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="266"/>
        <source>Foster family</source>
        <translation>أسرة حاضنة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="267"/>
        <source>With a relative</source>
        <translation>لدى أحد الأقارب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="268"/>
        <source>Supported independent living</source>
        <translation>سكن مستقل مع الدعم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="269"/>
        <source>Unaccompanied</source>
        <translation>غير مصحوب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="270"/>
        <source>Separated</source>
        <translation>منفصل عن ذويه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="271"/>
        <source>Accompanied</source>
        <translation>مصحوب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="272"/>
        <source>Mother</source>
        <translation>الأم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="273"/>
        <source>Father</source>
        <translation>الأب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="274"/>
        <source>Sibling</source>
        <translation>الأخ أو الأخت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="275"/>
        <source>Grandparent</source>
        <translation>الجد أو الجدة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="276"/>
        <source>Aunt or uncle</source>
        <translation>العم أو الخال أو العمة أو الخالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="277"/>
        <source>Cousin</source>
        <translation>ابن أو ابنة العم أو الخال</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="278"/>
        <source>Spouse</source>
        <translation>الزوج أو الزوجة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="279"/>
        <source>Other relative</source>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="280"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="281"/>
        <source>Tracing under way</source>
        <translation>البحث جارٍ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="282"/>
        <source>Located</source>
        <translation>حُدِّد مكانه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="283"/>
        <source>Reunified</source>
        <translation>تمّ لمّ الشمل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="284"/>
        <source>Deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="285"/>
        <source>Not to be contacted</source>
        <translation>يجب عدم الاتصال به</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="286"/>
        <source>Legal guardian</source>
        <translation>الوصي القانوني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="287"/>
        <source>Temporary custodian</source>
        <translation>الحاضن المؤقت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="288"/>
        <source>Guardian ad litem</source>
        <translation>الوصي المؤقت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="289"/>
        <source>Foster carer</source>
        <translation>مقدِّم الرعاية البديلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="290"/>
        <source>Kafala holder</source>
        <translation>الكافل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="291"/>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="292"/>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="293"/>
        <source>Legal representation</source>
        <translation>التمثيل القانوني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="294"/>
        <source>Travel</source>
        <translation>السفر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="295"/>
        <source>Property</source>
        <translation>الأموال</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="296"/>
        <source>Guardianship</source>
        <translation>الوصاية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="297"/>
        <source>Temporary custody</source>
        <translation>الحضانة المؤقتة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="298"/>
        <source>Asylum</source>
        <translation>اللجوء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="299"/>
        <source>Humanitarian status</source>
        <translation>الحماية لأسباب إنسانية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="300"/>
        <source>Special Immigrant Juvenile Status</source>
        <translation>وضع المهاجر الحدث الخاص (SIJS)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="301"/>
        <source>Family reunification</source>
        <translation>لمّ شمل الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="302"/>
        <source>Recognition</source>
        <translation>الاعتراف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="303"/>
        <source>Appeal</source>
        <translation>الطعن</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="304"/>
        <source>Return of the child (Hague 1980)</source>
        <translation>إعادة الطفل (اتفاقية لاهاي 1980)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="305"/>
        <source>Return refused</source>
        <translation>رُفضت الإعادة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="306"/>
        <source>Art. 12: settled after more than one year</source>
        <translation>المادة 12: اندمج في بيئته الجديدة بعد أكثر من سنة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="307"/>
        <source>Art. 13(1)(a): custody not exercised, or consent or acquiescence</source>
        <translation>المادة 13(1)(أ): عدم ممارسة الحضانة، أو الموافقة أو القبول اللاحق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="310"/>
        <source>Art. 13(1)(b): grave risk of harm</source>
        <translation>المادة 13(1)(ب): خطر جسيم من الأذى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="311"/>
        <source>Art. 13(2): the child objects</source>
        <translation>المادة 13(2): الطفل يعترض</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="312"/>
        <source>Art. 20: fundamental principles of human rights</source>
        <translation>المادة 20: المبادئ الأساسية لحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="313"/>
        <source>Court</source>
        <translation>محكمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="314"/>
        <source>Tribunal</source>
        <translation>هيئة قضائية متخصصة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="315"/>
        <source>Agency</source>
        <translation>جهة إدارية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="316"/>
        <source>Active</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="317"/>
        <source>Granted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="318"/>
        <source>Partially granted</source>
        <translation>مقبول جزئيًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="319"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="320"/>
        <source>Dismissed</source>
        <translation>مردود</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="321"/>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="322"/>
        <source>Remitted</source>
        <translation>مُحال لإعادة النظر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="323"/>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="324"/>
        <source>Held</source>
        <translation>انعقدت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="325"/>
        <source>Adjourned</source>
        <translation>أُجِّلت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="326"/>
        <source>Decided</source>
        <translation>صدر فيها قرار</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="327"/>
        <source>Vacated</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="328"/>
        <source>From a rule</source>
        <translation>محسوبة وفق قاعدة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="329"/>
        <source>Entered by hand</source>
        <translation>إدخال يدوي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="330"/>
        <source>Court order</source>
        <translation>أمر المحكمة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="331"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="332"/>
        <source>Waived</source>
        <translation>متنازل عنه</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="333"/>
        <source>Birth certificate</source>
        <translation>شهادة ميلاد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="334"/>
        <source>Family register extract</source>
        <translation>إخراج قيد عائلي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="335"/>
        <source>National identity card</source>
        <translation>بطاقة هوية وطنية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="336"/>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="337"/>
        <source>Residence permit</source>
        <translation>تصريح إقامة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="338"/>
        <source>Travel document</source>
        <translation>وثيقة سفر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="339"/>
        <source>Death certificate</source>
        <translation>شهادة وفاة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="340"/>
        <source>Marriage certificate</source>
        <translation>وثيقة زواج</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="341"/>
        <source>Custody order</source>
        <translation>حكم حضانة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="342"/>
        <source>Guardianship order</source>
        <translation>حكم وصاية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="343"/>
        <source>School record</source>
        <translation>سجل مدرسي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="344"/>
        <source>Medical report</source>
        <translation>تقرير طبي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="345"/>
        <source>Age assessment report</source>
        <translation>تقرير تقييم العمر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="346"/>
        <source>Certificate under Regulation 2019/1111 (Arts. 36, 47, 66)</source>
        <translation>شهادة بموجب اللائحة 2019/1111 (المواد 36 و47 و66)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="349"/>
        <source>Authentic instrument or agreement on parental responsibility</source>
        <translation>سند رسمي أو اتفاق بشأن المسؤولية الأبوية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="352"/>
        <source>Original</source>
        <translation>أصل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="353"/>
        <source>Certified copy</source>
        <translation>نسخة مصدَّقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="354"/>
        <source>Plain copy</source>
        <translation>نسخة عادية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="355"/>
        <source>Apostille</source>
        <translation>أبوستيل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="356"/>
        <source>e-Apostille</source>
        <translation>أبوستيل إلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="357"/>
        <source>Legalisation by a notary</source>
        <translation>تصديق لدى الموثِّق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="358"/>
        <source>Legalisation by the ministry</source>
        <translation>تصديق من الوزارة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="359"/>
        <source>Legalisation by an embassy or consulate</source>
        <translation>تصديق من سفارة أو قنصلية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="362"/>
        <source>EU 2016/1191 exemption (no apostille)</source>
        <translation>إعفاء بموجب اللائحة (EU) 2016/1191 (دون أبوستيل)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="363"/>
        <source>Multilingual standard form</source>
        <translation>نموذج موحَّد متعدد اللغات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="364"/>
        <source>Notarised copy</source>
        <translation>نسخة موثَّقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="365"/>
        <source>Sworn</source>
        <translation>محلَّفة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="366"/>
        <source>Certified</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="367"/>
        <source>Plain</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="368"/>
        <source>Recognised</source>
        <translation>معترف به</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="369"/>
        <source>Pending</source>
        <translation>قيد النظر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="370"/>
        <source>Not required</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="371"/>
        <source>Art. 23(2)(a): no jurisdiction under the Convention</source>
        <translation>المادة 23(2)(a): انعدام الاختصاص وفق الاتفاقية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="372"/>
        <source>Art. 23(2)(b): the child was not heard (not in urgency)</source>
        <translation>المادة 23(2)(b): لم يُستمع إلى الطفل (في غير حالات الاستعجال)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="375"/>
        <source>Art. 23(2)(c): a person with parental responsibility was not heard</source>
        <translation>المادة 23(2)(c): لم يُستمع إلى شخص يتولى المسؤولية الأبوية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="378"/>
        <source>Art. 23(2)(d): manifestly contrary to public policy</source>
        <translation>المادة 23(2)(d): مخالفة واضحة للنظام العام</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="379"/>
        <source>Art. 23(2)(e): incompatible with a later measure</source>
        <translation>المادة 23(2)(e): التعارض مع تدبير لاحق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="380"/>
        <source>Art. 23(2)(f): the Art. 33 procedure was not followed</source>
        <translation>المادة 23(2)(f): عدم اتباع الإجراء المنصوص عليه في المادة 33</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="383"/>
        <source>Hague 1996 Art. 40 (the guardian&apos;s powers)</source>
        <translation>اتفاقية لاهاي لعام 1996، المادة 40 (صلاحيات الوصي)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="384"/>
        <source>Brussels IIb Art. 36 (Annex III: a decision)</source>
        <translation>لائحة بروكسل الثاني مكرر، المادة 36 (الملحق III: قرار)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="387"/>
        <source>Brussels IIb Art. 47 (Annexes V-VI: access, return)</source>
        <translation>لائحة بروكسل الثاني مكرر، المادة 47 (الملحقان V-VI: حق الزيارة، الإعادة)</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="390"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="391"/>
        <source>Care and protection</source>
        <translation>الرعاية والحماية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="392"/>
        <source>No concern</source>
        <translation>لا يوجد مصدر قلق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="393"/>
        <source>Possible concern</source>
        <translation>مصدر قلق محتمل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="394"/>
        <source>Clear concern</source>
        <translation>مصدر قلق واضح</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="395"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="396"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="397"/>
        <source>Best-interests assessment</source>
        <translation>تقييم المصالح الفضلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="398"/>
        <source>Best-interests determination</source>
        <translation>تحديد المصالح الفضلى</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="399"/>
        <source>Family tracing</source>
        <translation>البحث عن الأسرة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="401"/>
        <source>Identity, placement and notes</source>
        <translation>الهوية ومكان الإيداع والملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="402"/>
        <source>Family and tracing</source>
        <translation>الأسرة والبحث عنها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="403"/>
        <source>Guardians</source>
        <translation>الأوصياء</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="404"/>
        <source>Proceedings, hearings and deadlines</source>
        <translation>الإجراءات القضائية والجلسات والمهل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="405"/>
        <source>Civil documents</source>
        <translation>الوثائق المدنية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="406"/>
        <source>Protection and risk</source>
        <translation>الحماية والمخاطر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="407"/>
        <source>The child&apos;s views and restricted notes</source>
        <translation>آراء الطفل والملاحظات المقيَّدة الاطلاع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="408"/>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="409"/>
        <source>Filings</source>
        <translation>المذكرات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="411"/>
        <source>The child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="412"/>
        <source>The guardian</source>
        <translation>الوصي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="413"/>
        <source>A parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="414"/>
        <source>The legal representative</source>
        <translation>الممثل القانوني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="415"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="416"/>
        <source>A legal obligation</source>
        <translation>التزام قانوني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="417"/>
        <source>The child&apos;s vital interests</source>
        <translation>المصالح الحيوية للطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="418"/>
        <source>A task in the public interest</source>
        <translation>مهمة تُؤدّى للمصلحة العامة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="419"/>
        <source>Legitimate interests</source>
        <translation>المصالح المشروعة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="421"/>
        <source>Legal aid</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="422"/>
        <source>Child protection</source>
        <translation>حماية الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="423"/>
        <source>Guardianship authority</source>
        <translation>سلطة الوصاية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="424"/>
        <source>To confirm by telephone</source>
        <translation>بانتظار التأكيد بالهاتف</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="425"/>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="426"/>
        <source>Revoked</source>
        <translation>ملغى الاعتماد</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="427"/>
        <source>In progress</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="428"/>
        <source>Sent</source>
        <translation>مُرسَلة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="429"/>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="430"/>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="431"/>
        <source>Sent to a partner</source>
        <translation>مُرسَلة إلى شريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="432"/>
        <source>Received from a partner</source>
        <translation>مستلَمة من شريك</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="433"/>
        <source>Disclosure</source>
        <translation>الإفصاح عن المعلومات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="434"/>
        <source>Reporting</source>
        <translation>الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="435"/>
        <source>Irregular route</source>
        <translation>مسار غير نظامي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="436"/>
        <source>Someone else holds the documents</source>
        <translation>الوثائق بحوزة شخص آخر</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="437"/>
        <source>Sudden separation</source>
        <translation>انفصال مفاجئ</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="438"/>
        <source>Unexplained changes of residence</source>
        <translation>تغييرات غير مبرَّرة في مكان الإقامة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="441"/>
        <source>Debt to a smuggler</source>
        <translation>دَين لمهرِّب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="442"/>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="443"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="444"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="445"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="446"/>
        <source>General</source>
        <translation>عامة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="447"/>
        <source>The child&apos;s views</source>
        <translation>آراء الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="448"/>
        <source>Hearing preparation</source>
        <translation>التحضير للجلسة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="449"/>
        <source>Contact log</source>
        <translation>سجل الاتصالات</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="451"/>
        <source>Mental health</source>
        <translation>الصحة النفسية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="452"/>
        <source>Legal help</source>
        <translation>العون القانوني</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="453"/>
        <source>Language classes</source>
        <translation>دروس اللغة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="454"/>
        <source>Proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="455"/>
        <source>Referred</source>
        <translation>محالة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="456"/>
        <source>Ongoing</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="457"/>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="458"/>
        <source>Declined by the provider or the child</source>
        <translation>رفضتها الجهة أو الطفل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="459"/>
        <source>Ended early</source>
        <translation>انتهت قبل أوانها</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="460"/>
        <source>Not requested</source>
        <translation>لم يُقدَّم طلب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="461"/>
        <source>Requested</source>
        <translation>قُدِّم الطلب</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="462"/>
        <source>Partly recognised</source>
        <translation>معترف به جزئيًا</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="463"/>
        <source>Met</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="464"/>
        <source>Changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="465"/>
        <source>Dropped</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../src/guardian_desk/ui/records/labels.py" line="466"/>
        <source>Not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../src/guardian_desk/ui/security/locking.py" line="88"/>
        <source>Guardian Desk is locked.</source>
        <translation>Guardian Desk مقفل.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/guardian_desk/ui/transfer/receive_dialog.py" line="94"/>
        <source>Receipt from %1: the referral is now %2.</source>
        <translation>إشعار استلام من %1: أصبحت حالة الإحالة «%2».</translation>
    </message>
</context>
</TS>
