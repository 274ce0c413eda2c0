<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AccountScreen</name>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="15"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="26"/>
        <source>Signed in as</source>
        <translation>Logget ind som</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="37"/>
        <source>Unknown account</source>
        <translation>Ukendt konto</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="48"/>
        <source>Customer number %1</source>
        <translation>Kundenummer %1</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="56"/>
        <source>Linked payment providers</source>
        <translation>Tilknyttede betalingsudbydere</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="87"/>
        <source>None linked</source>
        <translation>Ingen tilknyttet</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="103"/>
        <source>Reload lists</source>
        <translation>Genindlæs lister</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="111"/>
        <location filename="../../qml/AccountScreen.qml" line="153"/>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="120"/>
        <source>Language: %1</source>
        <translation>Sprog: %1</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="154"/>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="155"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="156"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../qml/AppShell.qml" line="154"/>
        <source>Leave %1?</source>
        <translation>Forlad %1?</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="155"/>
        <source>You stay signed in and come back to the same place next time.</source>
        <translation>Du forbliver logget ind og kommer tilbage til samme sted næste gang.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="156"/>
        <source>Leave</source>
        <translation>Forlad</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="157"/>
        <source>Stay</source>
        <translation>Bliv</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="165"/>
        <source>Sign out of this TV?</source>
        <translation>Log ud på dette tv?</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="166"/>
        <source>Your subscriptions stay in your account. To use this TV again you sign in with your phone.</source>
        <translation>Dine abonnementer bliver på din konto. Vil du bruge dette tv igen, logger du ind med din telefon.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="167"/>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="168"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>BrowserSignInScreen</name>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="11"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="38"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="16"/>
        <source>Signing you in…</source>
        <translation>Du bliver logget ind…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="18"/>
        <source>Signed out. Confirm the sign-out in the browser, then press OK to sign in again.</source>
        <translation>Logget ud. Bekræft udlogningen i browseren, og tryk derefter på OK for at logge ind igen.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="19"/>
        <source>Preparing the sign-in…</source>
        <translation>Forbereder login…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="21"/>
        <source>%1 Press Green to start again.</source>
        <translation>%1 Tryk på Grøn for at starte forfra.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="22"/>
        <source>Something went wrong. Press Green to start again.</source>
        <translation>Noget gik galt. Tryk på Grøn for at starte forfra.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="24"/>
        <source>Waiting for the browser…</source>
        <translation>Venter på browseren…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="50"/>
        <source>Continue in the browser</source>
        <translation>Fortsæt i browseren</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="63"/>
        <source>The sign-out page has opened in the browser on this TV, so the next viewer starts from a signed-out browser.</source>
        <translation>Udlogningssiden er åbnet i browseren på dette tv, så den næste seer starter med en browser, der er logget ud.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="64"/>
        <source>A browser window has opened on this TV. Sign in there and allow access; this screen continues by itself.</source>
        <translation>Et browservindue er åbnet på dette tv. Log ind dér, og giv adgang; denne skærm fortsætter af sig selv.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="121"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Sign in again</source>
        <translation>Log ind igen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="121"/>
        <source>Open the browser again</source>
        <translation>Åbn browseren igen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="128"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="139"/>
        <source>Start over</source>
        <translation>Start forfra</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Open browser</source>
        <translation>Åbn browser</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="140"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="141"/>
        <source>Exit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>CardRow</name>
    <message>
        <location filename="../../qml/CardRow.qml" line="126"/>
        <source>Press Green to try again.</source>
        <translation>Tryk på Grøn for at prøve igen.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/ConfirmDialog.qml" line="11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/ConfirmDialog.qml" line="12"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="43"/>
        <source>You have</source>
        <translation>Dine køb</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="43"/>
        <source>Available</source>
        <translation>Tilgængelige</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="70"/>
        <source>It&apos;s yours</source>
        <translation>Den er din</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="92"/>
        <source>Free trial: %1</source>
        <translation>Gratis prøveperiode: %1</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="103"/>
        <source>Thank you. You can find it under You have now.</source>
        <translation>Tak! Du finder det nu under Dine køb.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="105"/>
        <source>Scan the code with your phone to buy it there. This screen updates by itself when the purchase is done; nothing is charged on the TV.</source>
        <translation>Scan koden med din telefon, og køb der. Skærmen opdaterer sig selv, når købet er gennemført; der trækkes intet på tv&apos;et.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="107"/>
        <source>Scan the code with your phone to cancel it or change your plan there.</source>
        <translation>Scan koden med din telefon for at opsige eller ændre dit abonnement der.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="109"/>
        <source>This is part of your account. Manage or cancel it on your phone or computer.</source>
        <translation>Dette hører til din konto. Administrer eller opsig det på din telefon eller computer.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="111"/>
        <source>You already have this. Manage or cancel it on your phone or computer.</source>
        <translation>Du har allerede dette. Administrer eller opsig det på din telefon eller computer.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="112"/>
        <source>To buy, use the operator&apos;s website or app on your phone. It appears under You have when it is done.</source>
        <translation>Køb via udbyderens hjemmeside eller app på din telefon. Bagefter vises det under Dine køb.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="121"/>
        <source>Billed by %1 · ID %2</source>
        <translation>Faktureres af %1 · ID %2</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="135"/>
        <location filename="../../qml/DetailsScreen.qml" line="169"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="148"/>
        <source>Buy on your phone</source>
        <translation>Køb på din telefon</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="151"/>
        <source>Bought it? Go back and press Reload.</source>
        <translation>Har du købt det? Gå tilbage, og tryk på Genindlæs.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="161"/>
        <source>Manage on your phone</source>
        <translation>Administrer på din telefon</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="170"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="171"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
</context>
<context>
    <name>DisplayOptionsRow</name>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="17"/>
        <source>Read aloud: not available</source>
        <translation>Oplæsning: ikke tilgængelig</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="18"/>
        <source>Read aloud: On</source>
        <translation>Oplæsning: Til</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="18"/>
        <source>Read aloud: Off</source>
        <translation>Oplæsning: Fra</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="31"/>
        <source>High contrast: On</source>
        <translation>Høj kontrast: Til</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="31"/>
        <source>High contrast: Off</source>
        <translation>Høj kontrast: Fra</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="40"/>
        <source>Large text: On</source>
        <translation>Stor tekst: Til</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="40"/>
        <source>Large text: Off</source>
        <translation>Stor tekst: Fra</translation>
    </message>
</context>
<context>
    <name>EntitlementListModel</name>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="18"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="19"/>
        <source>Free trial</source>
        <translation>Prøveperiode</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>Opsagt</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="21"/>
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="22"/>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="31"/>
        <source>Trial ends %1</source>
        <translation>Prøve til %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="33"/>
        <source>No end date</source>
        <translation>Ingen slutdato</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="35"/>
        <source>Until %1</source>
        <translation>Til %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="36"/>
        <source>Ended %1</source>
        <translation>Sluttede %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="46"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="48"/>
        <source>Keys</source>
        <translation>Knapper</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="54"/>
        <source>Move between items</source>
        <translation>Flyt mellem punkter</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>Open or press the focused item</source>
        <translation>Åbn eller tryk på det valgte punkt</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>One screen back; on the first screen, asks before leaving</source>
        <translation>Én skærm tilbage; på første skærm: spørger før lukning</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="57"/>
        <source>Red: sign out (on Account), else Account</source>
        <translation>Rød: log ud (på Konto), ellers Konto</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="58"/>
        <source>Green: reload, or a new code while signing in</source>
        <translation>Grøn: genindlæs, eller en ny kode under login</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="59"/>
        <source>Yellow: this help</source>
        <translation>Gul: denne hjælp</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="60"/>
        <source>Blue: Account, or hear the code on sign-in</source>
        <translation>Blå: Konto, eller hør koden under login</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="92"/>
        <source>Keyboard: arrows, Enter = OK, Esc or Backspace = Back, F1 Red, F2 Green, F3 Yellow, F4 Blue</source>
        <translation>Tastatur: piletaster, Enter = OK, Esc eller Backspace = Tilbage, F1 Rød, F2 Grøn, F3 Gul, F4 Blå</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="99"/>
        <source>Press OK or Back to close</source>
        <translation>Tryk på OK eller Tilbage for at lukke</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="116"/>
        <source>Support</source>
        <translation>Kundeservice</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="130"/>
        <source>QR code for %1</source>
        <translation>QR-kode til %1</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="137"/>
        <source>Scan for help on your phone</source>
        <translation>Scan for hjælp på din mobil</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="108"/>
        <location filename="../../qml/HomeScreen.qml" line="109"/>
        <source>Signed in as %1</source>
        <translation>Logget ind som %1</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="118"/>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="127"/>
        <location filename="../../qml/HomeScreen.qml" line="248"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="147"/>
        <source>Showing your last saved list. Press Green to refresh.</source>
        <translation>Viser din senest gemte liste. Tryk på Grøn for at opdatere.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="163"/>
        <source>You have</source>
        <translation>Dine køb</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="164"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elementer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="168"/>
        <source>Nothing yet. Pick a plan from Available below.</source>
        <translation>Intet endnu. Vælg et abonnement under Tilgængelige nedenfor.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="188"/>
        <source>Trial</source>
        <translation>Prøveperiode</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="201"/>
        <source>Available</source>
        <translation>Tilgængelige</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="202"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="206"/>
        <source>No products are offered to this account right now.</source>
        <translation>Der tilbydes ingen produkter til denne konto lige nu.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="231"/>
        <source>You have this</source>
        <translation>Du har dette</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="233"/>
        <source>%1 free</source>
        <translation>%1 gratis</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="246"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="247"/>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="249"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="250"/>
        <source>Exit</source>
        <translation>Afslut</translation>
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
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="77"/>
        <source>Keyboard: arrows move · Enter = OK · Esc or Backspace = Back · F1 Red · F2 Green · F3 Yellow · F4 Blue</source>
        <translation>Tastatur: pile flytter · Enter = OK · Esc eller Backspace = Tilbage · F1 Rød · F2 Grøn · F3 Gul · F4 Blå</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../qml/LanguagePicker.qml" line="61"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../qml/LanguagePicker.qml" line="125"/>
        <source>OK chooses · Back closes</source>
        <translation>OK vælger · Tilbage lukker</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <location filename="../../qml/PhonePanel.qml" line="39"/>
        <source>QR code for %1</source>
        <translation>QR-kode til %1</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="49"/>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="57"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="58"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="59"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n uge</numerusform>
            <numerusform>%n uger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="60"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n måned</numerusform>
            <numerusform>%n måneder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="61"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="62"/>
        <source>%n billing period(s)</source>
        <translation>
            <numerusform>%n betalingsperiode</numerusform>
            <numerusform>%n betalingsperioder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="68"/>
        <source>per day</source>
        <translation>pr. dag</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="69"/>
        <source>per week</source>
        <translation>pr. uge</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="70"/>
        <source>per month</source>
        <translation>pr. måned</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="71"/>
        <source>per year</source>
        <translation>pr. år</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="72"/>
        <source>one-time purchase</source>
        <translation>engangskøb</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="76"/>
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>i %n time</numerusform>
            <numerusform>i %n timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="77"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>dagligt</numerusform>
            <numerusform>hver %n. dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="78"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>ugentligt</numerusform>
            <numerusform>hver %n. uge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="79"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>månedligt</numerusform>
            <numerusform>hver %n. måned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="80"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>årligt</numerusform>
            <numerusform>hvert %n. år</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEmulator</name>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="10"/>
        <source>Remote</source>
        <translation>Fjernbetjening</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="38"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="39"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="46"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="53"/>
        <source>Red</source>
        <translation>Rød</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="54"/>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="55"/>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="56"/>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="10"/>
        <location filename="../../qml/SignInScreen.qml" line="104"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="22"/>
        <source>Signing you in…</source>
        <translation>Du bliver logget ind…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="23"/>
        <source>Getting a code…</source>
        <translation>Henter en kode…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="29"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 Tryk på OK for at prøve igen.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="30"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>Noget gik galt. Tryk på OK for at prøve igen.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="124"/>
        <source>Sign in with your phone</source>
        <translation>Log ind med din telefon</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="54"/>
        <location filename="../../qml/SignInScreen.qml" line="136"/>
        <source>Go to %1 on your phone and enter</source>
        <translation>Gå til %1 på din telefon, og indtast</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="69"/>
        <source>Press Blue to hear the code again.</source>
        <translation>Tryk på Blå for at høre koden igen.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="159"/>
        <source>Code %1</source>
        <translation>Kode %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="185"/>
        <source>Code valid for %1</source>
        <translation>Koden gælder i %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="225"/>
        <source>Get a new code</source>
        <translation>Få en ny kode</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="235"/>
        <location filename="../../qml/SignInScreen.qml" line="293"/>
        <location filename="../../qml/SignInScreen.qml" line="295"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="250"/>
        <source>or scan</source>
        <translation>eller scan</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="266"/>
        <source>QR code for %1</source>
        <translation>QR-kode til %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="275"/>
        <source>Press OK for a new code</source>
        <translation>Tryk på OK for en ny kode</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="275"/>
        <source>Preparing…</source>
        <translation>Forbereder…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="282"/>
        <source>Point your phone&apos;s camera here</source>
        <translation>Peg telefonens kamera herhen</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="293"/>
        <location filename="../../qml/SignInScreen.qml" line="294"/>
        <source>New code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="296"/>
        <source>Hear code</source>
        <translation>Hør koden</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="297"/>
        <source>Exit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>TvSession</name>
    <message>
        <location filename="../../qml/TvSession.cpp" line="70"/>
        <source>No browser could be opened on this device.</source>
        <translation>Der kunne ikke åbnes en browser på denne enhed.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="255"/>
        <source>Waiting for you to approve on your phone…</source>
        <translation>Venter på, at du godkender på din telefon…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="256"/>
        <source>Still waiting for your approval…</source>
        <translation>Venter stadig på din godkendelse…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="259"/>
        <source>No network, retrying in %1 s</source>
        <translation>Intet netværk, prøver igen om %1 s</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="259"/>
        <source>No network, retrying now…</source>
        <translation>Intet netværk, prøver igen nu…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="261"/>
        <source>Sign-in was declined on the phone. Press OK for a new code.</source>
        <translation>Login blev afvist på telefonen. Tryk på OK for en ny kode.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="262"/>
        <source>Code expired, here is a new one</source>
        <translation>Koden er udløbet, her er en ny</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="264"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>Noget gik galt. Tryk på OK for at prøve igen.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="265"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 Tryk på OK for at prøve igen.</translation>
    </message>
</context>
<context>
    <name>ViewerError</name>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="22"/>
        <source>The sign-in was declined in the browser.</source>
        <translation>Login blev afvist i browseren.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="23"/>
        <source>The sign-in was declined on the phone.</source>
        <translation>Login blev afvist på telefonen.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="25"/>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>Login i browseren blev ikke gennemført i tide.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="26"/>
        <source>The code expired before it was approved.</source>
        <translation>Koden udløb, før den blev godkendt.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="28"/>
        <source>This TV app is not registered with the sign-in service.</source>
        <translation>Denne tv-app er ikke registreret hos login-tjenesten.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="30"/>
        <source>The sign-in is no longer valid; please sign in again.</source>
        <translation>Dit login er ikke længere gyldigt. Log venligst ind igen.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="32"/>
        <source>The sign-in service refused the access this app asks for.</source>
        <translation>Login-tjenesten afviste den adgang, som appen beder om.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="34"/>
        <source>The sign-in service does not support signing in on a TV.</source>
        <translation>Login-tjenesten understøtter ikke login på et tv.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="36"/>
        <source>The sign-in service cannot be reached.</source>
        <translation>Login-tjenesten kan ikke nås.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="38"/>
        <source>The app is not set up correctly.</source>
        <translation>Appen er ikke sat rigtigt op.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="40"/>
        <source>The sign-in could not be kept on this TV.</source>
        <translation>Dit login kunne ikke gemmes på dette tv.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="42"/>
        <source>Your purchases could not be loaded.</source>
        <translation>Dine køb kunne ikke indlæses.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="46"/>
        <source>The sign-in service is having trouble.</source>
        <translation>Login-tjenesten har problemer.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="50"/>
        <source>The browser&apos;s answer did not belong to this sign-in; please try again.</source>
        <translation>Browserens svar hørte ikke til dette login. Prøv venligst igen.</translation>
    </message>
</context>
</TS>
