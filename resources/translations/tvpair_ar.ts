<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountScreen</name>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="15"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="26"/>
        <source>Signed in as</source>
        <translation>تم تسجيل الدخول باسم</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="37"/>
        <source>Unknown account</source>
        <translation>حساب غير معروف</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="48"/>
        <source>Customer number %1</source>
        <translation>رقم العميل %1</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="56"/>
        <source>Linked payment providers</source>
        <translation>مزوّدو الدفع المرتبطون</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="87"/>
        <source>None linked</source>
        <translation>لا يوجد مزوّد مرتبط</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="103"/>
        <source>Reload lists</source>
        <translation>إعادة تحميل القوائم</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="111"/>
        <location filename="../../qml/AccountScreen.qml" line="153"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="120"/>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="154"/>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="155"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="156"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../qml/AppShell.qml" line="154"/>
        <source>Leave %1?</source>
        <translation>هل تريد الخروج من %1؟</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="155"/>
        <source>You stay signed in and come back to the same place next time.</source>
        <translation>ستبقى مسجّلًا الدخول وستعود إلى المكان نفسه في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="156"/>
        <source>Leave</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="157"/>
        <source>Stay</source>
        <translation>البقاء</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="165"/>
        <source>Sign out of this TV?</source>
        <translation>هل تريد تسجيل الخروج من هذا التلفزيون؟</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="166"/>
        <source>Your subscriptions stay in your account. To use this TV again you sign in with your phone.</source>
        <translation>تبقى اشتراكاتك في حسابك. لاستخدام هذا التلفزيون مجددًا، سجّل الدخول بهاتفك.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="167"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="168"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>BrowserSignInScreen</name>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="11"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="38"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="16"/>
        <source>Signing you in…</source>
        <translation>جارٍ تسجيل دخولك…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="18"/>
        <source>Signed out. Confirm the sign-out in the browser, then press OK to sign in again.</source>
        <translation>تم تسجيل الخروج. أكّد تسجيل الخروج في المتصفح، ثم اضغط OK لتسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="19"/>
        <source>Preparing the sign-in…</source>
        <translation>جارٍ تجهيز تسجيل الدخول…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="21"/>
        <source>%1 Press Green to start again.</source>
        <translation>%1 اضغط الزر الأخضر للبدء من جديد.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="22"/>
        <source>Something went wrong. Press Green to start again.</source>
        <translation>حدث خطأ ما. اضغط الزر الأخضر للبدء من جديد.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="24"/>
        <source>Waiting for the browser…</source>
        <translation>في انتظار المتصفح…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="50"/>
        <source>Continue in the browser</source>
        <translation>تابِع في المتصفح</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="63"/>
        <source>The sign-out page has opened in the browser on this TV, so the next viewer starts from a signed-out browser.</source>
        <translation>فُتحت صفحة تسجيل الخروج في متصفح هذا التلفزيون، ليبدأ المشاهد التالي بمتصفح غير مسجّل الدخول.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="64"/>
        <source>A browser window has opened on this TV. Sign in there and allow access; this screen continues by itself.</source>
        <translation>فُتحت نافذة متصفح على هذا التلفزيون. سجّل الدخول هناك واسمح بالوصول، وستتابع هذه الشاشة تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="121"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Sign in again</source>
        <translation>سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="121"/>
        <source>Open the browser again</source>
        <translation>افتح المتصفح مجددًا</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="128"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="139"/>
        <source>Start over</source>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Open browser</source>
        <translation>افتح المتصفح</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="140"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="141"/>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>CardRow</name>
    <message>
        <location filename="../../qml/CardRow.qml" line="126"/>
        <source>Press Green to try again.</source>
        <translation>اضغط الزر الأخضر للمحاولة مجددًا.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/ConfirmDialog.qml" line="11"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../qml/ConfirmDialog.qml" line="12"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="43"/>
        <source>You have</source>
        <translation>اشتراكاتك</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="43"/>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="70"/>
        <source>It&apos;s yours</source>
        <translation>أصبح لك</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="92"/>
        <source>Free trial: %1</source>
        <translation>تجربة مجانية: %1</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="103"/>
        <source>Thank you. You can find it under You have now.</source>
        <translation>شكرًا لك. تجده الآن في اشتراكاتك.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="105"/>
        <source>Scan the code with your phone to buy it there. This screen updates by itself when the purchase is done; nothing is charged on the TV.</source>
        <translation>امسح الرمز بهاتفك لتشتري من هناك. تتحدّث هذه الشاشة تلقائيًا عند إتمام الشراء، ولا يُدفع شيء على التلفاز.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="107"/>
        <source>Scan the code with your phone to cancel it or change your plan there.</source>
        <translation>امسح الرمز بهاتفك لتلغي اشتراكك أو تغيّر خطتك من هناك.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="109"/>
        <source>This is part of your account. Manage or cancel it on your phone or computer.</source>
        <translation>هذا جزء من حسابك. يمكنك إدارته أو إلغاؤه من هاتفك أو حاسوبك.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="111"/>
        <source>You already have this. Manage or cancel it on your phone or computer.</source>
        <translation>لديك هذا بالفعل. يمكنك إدارته أو إلغاؤه من هاتفك أو حاسوبك.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="112"/>
        <source>To buy, use the operator&apos;s website or app on your phone. It appears under You have when it is done.</source>
        <translation>للشراء، استخدم موقع المشغّل أو تطبيقه على هاتفك. سيظهر بعدها ضمن «اشتراكاتك».</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="121"/>
        <source>Billed by %1 · ID %2</source>
        <translation>الفوترة عبر %1 · المعرّف %2</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="135"/>
        <location filename="../../qml/DetailsScreen.qml" line="169"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="148"/>
        <source>Buy on your phone</source>
        <translation>اشترِ من هاتفك</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="151"/>
        <source>Bought it? Go back and press Reload.</source>
        <translation>هل اشتريته؟ ارجع واضغط إعادة التحميل.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="161"/>
        <source>Manage on your phone</source>
        <translation>أدِر اشتراكك من هاتفك</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="170"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="171"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>DisplayOptionsRow</name>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="17"/>
        <source>Read aloud: not available</source>
        <translation>القراءة بصوت عالٍ: غير متاحة</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="18"/>
        <source>Read aloud: On</source>
        <translation>القراءة بصوت عالٍ: تشغيل</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="18"/>
        <source>Read aloud: Off</source>
        <translation>القراءة بصوت عالٍ: إيقاف</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="31"/>
        <source>High contrast: On</source>
        <translation>تباين عالٍ: تشغيل</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="31"/>
        <source>High contrast: Off</source>
        <translation>تباين عالٍ: إيقاف</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="40"/>
        <source>Large text: On</source>
        <translation>نص كبير: تشغيل</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="40"/>
        <source>Large text: Off</source>
        <translation>نص كبير: إيقاف</translation>
    </message>
</context>
<context>
    <name>EntitlementListModel</name>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="18"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="19"/>
        <source>Free trial</source>
        <translation>تجربة مجانية</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="21"/>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="22"/>
        <source>Ended</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="31"/>
        <source>Trial ends %1</source>
        <translation>التجربة حتى %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="33"/>
        <source>No end date</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="35"/>
        <source>Until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="36"/>
        <source>Ended %1</source>
        <translation>انتهى في %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="46"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="48"/>
        <source>Keys</source>
        <translation>الأزرار</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="54"/>
        <source>Move between items</source>
        <translation>التنقل بين العناصر</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>Open or press the focused item</source>
        <translation>فتح العنصر المحدد أو الضغط عليه</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>One screen back; on the first screen, asks before leaving</source>
        <translation>الرجوع شاشة واحدة؛ وفي الشاشة الأولى يسأل قبل الخروج</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="57"/>
        <source>Red: sign out (on Account), else Account</source>
        <translation>الأحمر: تسجيل الخروج (في الحساب)، وإلا فالحساب</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="58"/>
        <source>Green: reload, or a new code while signing in</source>
        <translation>الأخضر: إعادة التحميل، أو رمز جديد أثناء تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="59"/>
        <source>Yellow: this help</source>
        <translation>الأصفر: هذه المساعدة</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="60"/>
        <source>Blue: Account, or hear the code on sign-in</source>
        <translation>الأزرق: الحساب، أو سماع الرمز أثناء تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="92"/>
        <source>Keyboard: arrows, Enter = OK, Esc or Backspace = Back, F1 Red, F2 Green, F3 Yellow, F4 Blue</source>
        <translation>لوحة المفاتيح: الأسهم، Enter = OK، Esc أو Backspace = رجوع، F1 أحمر، F2 أخضر، F3 أصفر، F4 أزرق</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="99"/>
        <source>Press OK or Back to close</source>
        <translation>اضغط OK أو رجوع للإغلاق</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="116"/>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="130"/>
        <source>QR code for %1</source>
        <translation>رمز QR لـ %1</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="137"/>
        <source>Scan for help on your phone</source>
        <translation>امسح الرمز للمساعدة على هاتفك</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="108"/>
        <location filename="../../qml/HomeScreen.qml" line="109"/>
        <source>Signed in as %1</source>
        <translation>تم تسجيل الدخول باسم %1</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="118"/>
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="127"/>
        <location filename="../../qml/HomeScreen.qml" line="248"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="147"/>
        <source>Showing your last saved list. Press Green to refresh.</source>
        <translation>تُعرض آخر قائمة محفوظة. اضغط الزر الأخضر للتحديث.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="163"/>
        <source>You have</source>
        <translation>اشتراكاتك</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="164"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="168"/>
        <source>Nothing yet. Pick a plan from Available below.</source>
        <translation>لا شيء بعد. اختر باقة من «المتاح» في الأسفل.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="188"/>
        <source>Trial</source>
        <translation>تجربة</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="201"/>
        <source>Available</source>
        <translation>المتاح</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="202"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>لا منتجات</numerusform>
            <numerusform>منتج واحد</numerusform>
            <numerusform>منتجان</numerusform>
            <numerusform>%n منتجات</numerusform>
            <numerusform>%n منتجًا</numerusform>
            <numerusform>%n منتج</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="206"/>
        <source>No products are offered to this account right now.</source>
        <translation>لا توجد منتجات معروضة لهذا الحساب حاليًا.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="231"/>
        <source>You have this</source>
        <translation>لديك هذا</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="233"/>
        <source>%1 free</source>
        <translation>%1 مجانًا</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="246"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="247"/>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="249"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="250"/>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>KeyLegend</name>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="27"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="28"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="77"/>
        <source>Keyboard: arrows move · Enter = OK · Esc or Backspace = Back · F1 Red · F2 Green · F3 Yellow · F4 Blue</source>
        <translation>لوحة المفاتيح: الأسهم للتنقل · Enter = OK · Esc أو Backspace = رجوع · F1 أحمر · F2 أخضر · F3 أصفر · F4 أزرق</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../qml/LanguagePicker.qml" line="61"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../qml/LanguagePicker.qml" line="125"/>
        <source>OK chooses · Back closes</source>
        <translation>OK للاختيار · رجوع للإغلاق</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <location filename="../../qml/PhonePanel.qml" line="39"/>
        <source>QR code for %1</source>
        <translation>رمز QR لـ %1</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="49"/>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="57"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="58"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="59"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n أسبوع</numerusform>
            <numerusform>أسبوع واحد</numerusform>
            <numerusform>أسبوعان</numerusform>
            <numerusform>%n أسابيع</numerusform>
            <numerusform>%n أسبوعًا</numerusform>
            <numerusform>%n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="60"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="61"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="62"/>
        <source>%n billing period(s)</source>
        <translation>
            <numerusform>%n فترة فوترة</numerusform>
            <numerusform>فترة فوترة واحدة</numerusform>
            <numerusform>فترتا فوترة</numerusform>
            <numerusform>%n فترات فوترة</numerusform>
            <numerusform>%n فترة فوترة</numerusform>
            <numerusform>%n فترة فوترة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="68"/>
        <source>per day</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="69"/>
        <source>per week</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="70"/>
        <source>per month</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="71"/>
        <source>per year</source>
        <translation>سنويًا</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="72"/>
        <source>one-time purchase</source>
        <translation>شراء لمرة واحدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="76"/>
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>لمدة %n ساعة</numerusform>
            <numerusform>لمدة ساعة واحدة</numerusform>
            <numerusform>لمدة ساعتين</numerusform>
            <numerusform>لمدة %n ساعات</numerusform>
            <numerusform>لمدة %n ساعة</numerusform>
            <numerusform>لمدة %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="77"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>يوميًا</numerusform>
            <numerusform>كل يومين</numerusform>
            <numerusform>كل %n أيام</numerusform>
            <numerusform>كل %n يومًا</numerusform>
            <numerusform>كل %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="78"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>كل %n أسبوع</numerusform>
            <numerusform>أسبوعيًا</numerusform>
            <numerusform>كل أسبوعين</numerusform>
            <numerusform>كل %n أسابيع</numerusform>
            <numerusform>كل %n أسبوعًا</numerusform>
            <numerusform>كل %n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="79"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>كل %n شهر</numerusform>
            <numerusform>شهريًا</numerusform>
            <numerusform>كل شهرين</numerusform>
            <numerusform>كل %n أشهر</numerusform>
            <numerusform>كل %n شهرًا</numerusform>
            <numerusform>كل %n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="80"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>كل %n سنة</numerusform>
            <numerusform>سنويًا</numerusform>
            <numerusform>كل سنتين</numerusform>
            <numerusform>كل %n سنوات</numerusform>
            <numerusform>كل %n سنة</numerusform>
            <numerusform>كل %n سنة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEmulator</name>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="10"/>
        <source>Remote</source>
        <translation>جهاز التحكم</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="38"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="39"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="46"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="53"/>
        <source>Red</source>
        <translation>أحمر</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="54"/>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="55"/>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="56"/>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="10"/>
        <location filename="../../qml/SignInScreen.qml" line="104"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="22"/>
        <source>Signing you in…</source>
        <translation>جارٍ تسجيل دخولك…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="23"/>
        <source>Getting a code…</source>
        <translation>جارٍ الحصول على رمز…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="29"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 اضغط OK للمحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="30"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>حدث خطأ ما. اضغط OK للمحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="124"/>
        <source>Sign in with your phone</source>
        <translation>سجّل الدخول بهاتفك</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="54"/>
        <location filename="../../qml/SignInScreen.qml" line="136"/>
        <source>Go to %1 on your phone and enter</source>
        <translation>انتقل إلى %1 على هاتفك وأدخل</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="69"/>
        <source>Press Blue to hear the code again.</source>
        <translation>اضغط الأزرق لسماع الرمز مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="159"/>
        <source>Code %1</source>
        <translation>الرمز %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="185"/>
        <source>Code valid for %1</source>
        <translation>الرمز صالح لمدة %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="225"/>
        <source>Get a new code</source>
        <translation>احصل على رمز جديد</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="235"/>
        <location filename="../../qml/SignInScreen.qml" line="293"/>
        <location filename="../../qml/SignInScreen.qml" line="295"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="250"/>
        <source>or scan</source>
        <translation>أو امسح الرمز</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="266"/>
        <source>QR code for %1</source>
        <translation>رمز QR لـ %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="275"/>
        <source>Press OK for a new code</source>
        <translation>اضغط OK للحصول على رمز جديد</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="275"/>
        <source>Preparing…</source>
        <translation>جارٍ التجهيز…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="282"/>
        <source>Point your phone&apos;s camera here</source>
        <translation>وجّه كاميرا هاتفك إلى هنا</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="293"/>
        <location filename="../../qml/SignInScreen.qml" line="294"/>
        <source>New code</source>
        <translation>رمز جديد</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="296"/>
        <source>Hear code</source>
        <translation>سماع الرمز</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="297"/>
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>TvSession</name>
    <message>
        <location filename="../../qml/TvSession.cpp" line="70"/>
        <source>No browser could be opened on this device.</source>
        <translation>تعذّر فتح متصفح على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="255"/>
        <source>Waiting for you to approve on your phone…</source>
        <translation>في انتظار موافقتك على هاتفك…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="256"/>
        <source>Still waiting for your approval…</source>
        <translation>ما زلنا في انتظار موافقتك…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="259"/>
        <source>No network, retrying in %1 s</source>
        <translation>لا توجد شبكة، إعادة المحاولة خلال %1 ث</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="259"/>
        <source>No network, retrying now…</source>
        <translation>لا توجد شبكة، جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="261"/>
        <source>Sign-in was declined on the phone. Press OK for a new code.</source>
        <translation>رُفض تسجيل الدخول على الهاتف. اضغط OK للحصول على رمز جديد.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="262"/>
        <source>Code expired, here is a new one</source>
        <translation>انتهت صلاحية الرمز، إليك رمزًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="264"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>حدث خطأ ما. اضغط OK للمحاولة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="265"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 اضغط OK للمحاولة مجددًا.</translation>
    </message>
</context>
<context>
    <name>ViewerError</name>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="22"/>
        <source>The sign-in was declined in the browser.</source>
        <translation>رُفض تسجيل الدخول في المتصفح.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="23"/>
        <source>The sign-in was declined on the phone.</source>
        <translation>رُفض تسجيل الدخول على الهاتف.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="25"/>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>لم يكتمل تسجيل الدخول في المتصفح في الوقت المحدد.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="26"/>
        <source>The code expired before it was approved.</source>
        <translation>انتهت صلاحية الرمز قبل الموافقة عليه.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="28"/>
        <source>This TV app is not registered with the sign-in service.</source>
        <translation>تطبيق التلفزيون هذا غير مسجّل لدى خدمة تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="30"/>
        <source>The sign-in is no longer valid; please sign in again.</source>
        <translation>لم يعد تسجيل الدخول صالحًا، يُرجى تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="32"/>
        <source>The sign-in service refused the access this app asks for.</source>
        <translation>رفضت خدمة تسجيل الدخول الوصول الذي يطلبه هذا التطبيق.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="34"/>
        <source>The sign-in service does not support signing in on a TV.</source>
        <translation>لا تدعم خدمة تسجيل الدخول تسجيل الدخول على التلفزيون.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="36"/>
        <source>The sign-in service cannot be reached.</source>
        <translation>تعذّر الوصول إلى خدمة تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="38"/>
        <source>The app is not set up correctly.</source>
        <translation>لم يتم إعداد التطبيق بشكل صحيح.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="40"/>
        <source>The sign-in could not be kept on this TV.</source>
        <translation>تعذّر حفظ تسجيل الدخول على هذا التلفزيون.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="42"/>
        <source>Your purchases could not be loaded.</source>
        <translation>تعذّر تحميل مشترياتك.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="46"/>
        <source>The sign-in service is having trouble.</source>
        <translation>تواجه خدمة تسجيل الدخول مشكلة.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="50"/>
        <source>The browser&apos;s answer did not belong to this sign-in; please try again.</source>
        <translation>لم يكن ردّ المتصفح خاصًا بعملية تسجيل الدخول هذه، يُرجى المحاولة مجددًا.</translation>
    </message>
</context>
</TS>
