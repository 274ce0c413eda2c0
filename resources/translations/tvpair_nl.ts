<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccountScreen</name>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="15"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="26"/>
        <source>Signed in as</source>
        <translation>Ingelogd als</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="37"/>
        <source>Unknown account</source>
        <translation>Onbekend account</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="48"/>
        <source>Customer number %1</source>
        <translation>Klantnummer %1</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="56"/>
        <source>Linked payment providers</source>
        <translation>Gekoppelde betaalaanbieders</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="87"/>
        <source>None linked</source>
        <translation>Geen gekoppeld</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="103"/>
        <source>Reload lists</source>
        <translation>Lijsten opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="111"/>
        <location filename="../../qml/AccountScreen.qml" line="153"/>
        <source>Sign out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="120"/>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="154"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="155"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="156"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../qml/AppShell.qml" line="154"/>
        <source>Leave %1?</source>
        <translation>%1 verlaten?</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="155"/>
        <source>You stay signed in and come back to the same place next time.</source>
        <translation>Je blijft ingelogd en komt de volgende keer terug op dezelfde plek.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="156"/>
        <source>Leave</source>
        <translation>Verlaten</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="157"/>
        <source>Stay</source>
        <translation>Blijven</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="165"/>
        <source>Sign out of this TV?</source>
        <translation>Uitloggen op deze tv?</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="166"/>
        <source>Your subscriptions stay in your account. To use this TV again you sign in with your phone.</source>
        <translation>Je abonnementen blijven in je account. Om deze tv weer te gebruiken, log je in met je telefoon.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="167"/>
        <source>Sign out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="168"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>BrowserSignInScreen</name>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="11"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="38"/>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="16"/>
        <source>Signing you in…</source>
        <translation>Je wordt ingelogd…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="18"/>
        <source>Signed out. Confirm the sign-out in the browser, then press OK to sign in again.</source>
        <translation>Uitgelogd. Bevestig het uitloggen in de browser en druk daarna op OK om opnieuw in te loggen.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="19"/>
        <source>Preparing the sign-in…</source>
        <translation>Inloggen wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="21"/>
        <source>%1 Press Green to start again.</source>
        <translation>%1 Druk op Groen om opnieuw te beginnen.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="22"/>
        <source>Something went wrong. Press Green to start again.</source>
        <translation>Er ging iets mis. Druk op Groen om opnieuw te beginnen.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="24"/>
        <source>Waiting for the browser…</source>
        <translation>Wachten op de browser…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="50"/>
        <source>Continue in the browser</source>
        <translation>Ga verder in de browser</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="63"/>
        <source>The sign-out page has opened in the browser on this TV, so the next viewer starts from a signed-out browser.</source>
        <translation>De uitlogpagina is geopend in de browser op deze tv, zodat de volgende kijker begint met een uitgelogde browser.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="64"/>
        <source>A browser window has opened on this TV. Sign in there and allow access; this screen continues by itself.</source>
        <translation>Er is een browservenster geopend op deze tv. Log daar in en geef toegang; dit scherm gaat daarna vanzelf verder.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="121"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Sign in again</source>
        <translation>Opnieuw inloggen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="121"/>
        <source>Open the browser again</source>
        <translation>Browser opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="128"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="139"/>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Open browser</source>
        <translation>Browser openen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="140"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="141"/>
        <source>Exit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>CardRow</name>
    <message>
        <location filename="../../qml/CardRow.qml" line="126"/>
        <source>Press Green to try again.</source>
        <translation>Druk op Groen om het opnieuw te proberen.</translation>
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
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="43"/>
        <source>You have</source>
        <translation>Jouw aankopen</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="43"/>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="70"/>
        <source>It&apos;s yours</source>
        <translation>Het is van jou</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="92"/>
        <source>Free trial: %1</source>
        <translation>Gratis proefperiode: %1</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="103"/>
        <source>Thank you. You can find it under You have now.</source>
        <translation>Bedankt! Je vindt het nu onder Jouw aankopen.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="105"/>
        <source>Scan the code with your phone to buy it there. This screen updates by itself when the purchase is done; nothing is charged on the TV.</source>
        <translation>Scan de code met je telefoon en koop daar. Dit scherm werkt zichzelf bij zodra de aankoop klaar is; op de tv wordt niets afgerekend.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="107"/>
        <source>Scan the code with your phone to cancel it or change your plan there.</source>
        <translation>Scan de code met je telefoon om daar op te zeggen of je abonnement te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="109"/>
        <source>This is part of your account. Manage or cancel it on your phone or computer.</source>
        <translation>Dit hoort bij je account. Beheer of stop het op je telefoon of computer.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="111"/>
        <source>You already have this. Manage or cancel it on your phone or computer.</source>
        <translation>Je hebt dit al. Beheer of stop het op je telefoon of computer.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="112"/>
        <source>To buy, use the operator&apos;s website or app on your phone. It appears under You have when it is done.</source>
        <translation>Koop via de website of app van de aanbieder op je telefoon. Daarna staat het onder Jouw aankopen.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="121"/>
        <source>Billed by %1 · ID %2</source>
        <translation>Gefactureerd door %1 · ID %2</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="135"/>
        <location filename="../../qml/DetailsScreen.qml" line="169"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="148"/>
        <source>Buy on your phone</source>
        <translation>Koop op je telefoon</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="151"/>
        <source>Bought it? Go back and press Reload.</source>
        <translation>Al gekocht? Ga terug en kies Opnieuw laden.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="161"/>
        <source>Manage on your phone</source>
        <translation>Beheer op je telefoon</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="170"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="171"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>DisplayOptionsRow</name>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="17"/>
        <source>Read aloud: not available</source>
        <translation>Voorlezen: niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="18"/>
        <source>Read aloud: On</source>
        <translation>Voorlezen: Aan</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="18"/>
        <source>Read aloud: Off</source>
        <translation>Voorlezen: Uit</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="31"/>
        <source>High contrast: On</source>
        <translation>Hoog contrast: Aan</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="31"/>
        <source>High contrast: Off</source>
        <translation>Hoog contrast: Uit</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="40"/>
        <source>Large text: On</source>
        <translation>Grote tekst: Aan</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="40"/>
        <source>Large text: Off</source>
        <translation>Grote tekst: Uit</translation>
    </message>
</context>
<context>
    <name>EntitlementListModel</name>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="18"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="19"/>
        <source>Free trial</source>
        <translation>Proefperiode</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>Opgezegd</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="21"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="22"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="31"/>
        <source>Trial ends %1</source>
        <translation>Proef tot %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="33"/>
        <source>No end date</source>
        <translation>Geen einddatum</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="35"/>
        <source>Until %1</source>
        <translation>Tot %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="36"/>
        <source>Ended %1</source>
        <translation>Beëindigd %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="46"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="48"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="54"/>
        <source>Move between items</source>
        <translation>Tussen onderdelen bewegen</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>Open or press the focused item</source>
        <translation>Het geselecteerde onderdeel openen of indrukken</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>One screen back; on the first screen, asks before leaving</source>
        <translation>Eén scherm terug; op het eerste scherm: vraagt of je stopt</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="57"/>
        <source>Red: sign out (on Account), else Account</source>
        <translation>Rood: uitloggen (in Account), anders Account</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="58"/>
        <source>Green: reload, or a new code while signing in</source>
        <translation>Groen: opnieuw laden, of een nieuwe code tijdens het inloggen</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="59"/>
        <source>Yellow: this help</source>
        <translation>Geel: deze help</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="60"/>
        <source>Blue: Account, or hear the code on sign-in</source>
        <translation>Blauw: Account, of de code horen tijdens het inloggen</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="92"/>
        <source>Keyboard: arrows, Enter = OK, Esc or Backspace = Back, F1 Red, F2 Green, F3 Yellow, F4 Blue</source>
        <translation>Toetsenbord: pijltjes, Enter = OK, Esc of Backspace = Terug, F1 Rood, F2 Groen, F3 Geel, F4 Blauw</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="99"/>
        <source>Press OK or Back to close</source>
        <translation>Druk op OK of Terug om te sluiten</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="116"/>
        <source>Support</source>
        <translation>Klantenservice</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="130"/>
        <source>QR code for %1</source>
        <translation>QR-code voor %1</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="137"/>
        <source>Scan for help on your phone</source>
        <translation>Scan voor hulp op je telefoon</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="108"/>
        <location filename="../../qml/HomeScreen.qml" line="109"/>
        <source>Signed in as %1</source>
        <translation>Ingelogd als %1</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="118"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="127"/>
        <location filename="../../qml/HomeScreen.qml" line="248"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="147"/>
        <source>Showing your last saved list. Press Green to refresh.</source>
        <translation>Je laatst opgeslagen lijst. Druk op Groen om te vernieuwen.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="163"/>
        <source>You have</source>
        <translation>Jouw aankopen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="164"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="168"/>
        <source>Nothing yet. Pick a plan from Available below.</source>
        <translation>Nog niets. Kies hieronder een abonnement bij Beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="188"/>
        <source>Trial</source>
        <translation>Proefperiode</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="201"/>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="202"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n producten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="206"/>
        <source>No products are offered to this account right now.</source>
        <translation>Er worden op dit moment geen producten aangeboden voor dit account.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="231"/>
        <source>You have this</source>
        <translation>Heb je al</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="233"/>
        <source>%1 free</source>
        <translation>%1 gratis</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="246"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="247"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="249"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="250"/>
        <source>Exit</source>
        <translation>Afsluiten</translation>
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
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="77"/>
        <source>Keyboard: arrows move · Enter = OK · Esc or Backspace = Back · F1 Red · F2 Green · F3 Yellow · F4 Blue</source>
        <translation>Toetsenbord: pijltjes bewegen · Enter = OK · Esc of Backspace = Terug · F1 Rood · F2 Groen · F3 Geel · F4 Blauw</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../qml/LanguagePicker.qml" line="61"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../qml/LanguagePicker.qml" line="125"/>
        <source>OK chooses · Back closes</source>
        <translation>OK kiest · Terug sluit</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <location filename="../../qml/PhonePanel.qml" line="39"/>
        <source>QR code for %1</source>
        <translation>QR-code voor %1</translation>
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
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="58"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="59"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="60"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="61"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="62"/>
        <source>%n billing period(s)</source>
        <translation>
            <numerusform>%n factuurperiode</numerusform>
            <numerusform>%n factuurperiodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="68"/>
        <source>per day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="69"/>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="70"/>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="71"/>
        <source>per year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="72"/>
        <source>one-time purchase</source>
        <translation>eenmalige aankoop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="76"/>
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>voor %n uur</numerusform>
            <numerusform>voor %n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="77"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>dagelijks</numerusform>
            <numerusform>elke %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="78"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>wekelijks</numerusform>
            <numerusform>elke %n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="79"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>maandelijks</numerusform>
            <numerusform>elke %n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="80"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>jaarlijks</numerusform>
            <numerusform>elke %n jaar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEmulator</name>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="10"/>
        <source>Remote</source>
        <translation>Afstandsbediening</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="38"/>
        <source>Back</source>
        <translation>Terug</translation>
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
        <translation>Rood</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="54"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="55"/>
        <source>Yellow</source>
        <translation>Geel</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="56"/>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="10"/>
        <location filename="../../qml/SignInScreen.qml" line="104"/>
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="22"/>
        <source>Signing you in…</source>
        <translation>Je wordt ingelogd…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="23"/>
        <source>Getting a code…</source>
        <translation>Code ophalen…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="29"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 Druk op OK om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="30"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>Er ging iets mis. Druk op OK om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="124"/>
        <source>Sign in with your phone</source>
        <translation>Inloggen met je telefoon</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="54"/>
        <location filename="../../qml/SignInScreen.qml" line="136"/>
        <source>Go to %1 on your phone and enter</source>
        <translation>Ga op je telefoon naar %1 en voer in</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="69"/>
        <source>Press Blue to hear the code again.</source>
        <translation>Druk op Blauw om de code nog een keer te horen.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="159"/>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="185"/>
        <source>Code valid for %1</source>
        <translation>Code nog %1 geldig</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="225"/>
        <source>Get a new code</source>
        <translation>Nieuwe code ophalen</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="235"/>
        <location filename="../../qml/SignInScreen.qml" line="293"/>
        <location filename="../../qml/SignInScreen.qml" line="295"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="250"/>
        <source>or scan</source>
        <translation>of scan</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="266"/>
        <source>QR code for %1</source>
        <translation>QR-code voor %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="275"/>
        <source>Press OK for a new code</source>
        <translation>Druk op OK voor een nieuwe code</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="275"/>
        <source>Preparing…</source>
        <translation>Voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="282"/>
        <source>Point your phone&apos;s camera here</source>
        <translation>Richt de camera van je telefoon hierop</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="293"/>
        <location filename="../../qml/SignInScreen.qml" line="294"/>
        <source>New code</source>
        <translation>Nieuwe code</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="296"/>
        <source>Hear code</source>
        <translation>Code horen</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="297"/>
        <source>Exit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>TvSession</name>
    <message>
        <location filename="../../qml/TvSession.cpp" line="70"/>
        <source>No browser could be opened on this device.</source>
        <translation>Er kon geen browser worden geopend op dit apparaat.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="255"/>
        <source>Waiting for you to approve on your phone…</source>
        <translation>Wachten tot je het op je telefoon goedkeurt…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="256"/>
        <source>Still waiting for your approval…</source>
        <translation>Nog steeds wachten op je goedkeuring…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="259"/>
        <source>No network, retrying in %1 s</source>
        <translation>Geen netwerk, nieuwe poging over %1 s</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="259"/>
        <source>No network, retrying now…</source>
        <translation>Geen netwerk, nieuwe poging…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="261"/>
        <source>Sign-in was declined on the phone. Press OK for a new code.</source>
        <translation>Het inloggen is geweigerd op de telefoon. Druk op OK voor een nieuwe code.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="262"/>
        <source>Code expired, here is a new one</source>
        <translation>Code verlopen, hier is een nieuwe</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="264"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>Er ging iets mis. Druk op OK om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="265"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 Druk op OK om het opnieuw te proberen.</translation>
    </message>
</context>
<context>
    <name>ViewerError</name>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="22"/>
        <source>The sign-in was declined in the browser.</source>
        <translation>Het inloggen is geweigerd in de browser.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="23"/>
        <source>The sign-in was declined on the phone.</source>
        <translation>Het inloggen is geweigerd op de telefoon.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="25"/>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>Het inloggen in de browser is niet op tijd afgerond.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="26"/>
        <source>The code expired before it was approved.</source>
        <translation>De code is verlopen voordat hij werd goedgekeurd.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="28"/>
        <source>This TV app is not registered with the sign-in service.</source>
        <translation>Deze tv-app is niet geregistreerd bij de inlogdienst.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="30"/>
        <source>The sign-in is no longer valid; please sign in again.</source>
        <translation>Je inlog is niet meer geldig. Log opnieuw in.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="32"/>
        <source>The sign-in service refused the access this app asks for.</source>
        <translation>De inlogdienst weigerde de toegang die deze app vraagt.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="34"/>
        <source>The sign-in service does not support signing in on a TV.</source>
        <translation>De inlogdienst ondersteunt geen inloggen op een tv.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="36"/>
        <source>The sign-in service cannot be reached.</source>
        <translation>De inlogdienst is niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="38"/>
        <source>The app is not set up correctly.</source>
        <translation>De app is niet goed ingesteld.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="40"/>
        <source>The sign-in could not be kept on this TV.</source>
        <translation>Je inlog kon niet worden bewaard op deze tv.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="42"/>
        <source>Your purchases could not be loaded.</source>
        <translation>Je aankopen konden niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="46"/>
        <source>The sign-in service is having trouble.</source>
        <translation>De inlogdienst heeft problemen.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="50"/>
        <source>The browser&apos;s answer did not belong to this sign-in; please try again.</source>
        <translation>Het antwoord van de browser hoorde niet bij deze inlog. Probeer het opnieuw.</translation>
    </message>
</context>
</TS>
