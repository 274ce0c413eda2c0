<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="37"/>
        <source>Unknown account</source>
        <translation>Unbekanntes Konto</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="48"/>
        <source>Customer number %1</source>
        <translation>Kundennummer %1</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="56"/>
        <source>Linked payment providers</source>
        <translation>Verknüpfte Zahlungsanbieter</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="87"/>
        <source>None linked</source>
        <translation>Keine verknüpft</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="103"/>
        <source>Reload lists</source>
        <translation>Listen neu laden</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="111"/>
        <location filename="../../qml/AccountScreen.qml" line="153"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="120"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="154"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="155"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="156"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../qml/AppShell.qml" line="154"/>
        <source>Leave %1?</source>
        <translation>%1 verlassen?</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="155"/>
        <source>You stay signed in and come back to the same place next time.</source>
        <translation>Du bleibst angemeldet und kommst beim nächsten Mal an dieselbe Stelle zurück.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="156"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="157"/>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="165"/>
        <source>Sign out of this TV?</source>
        <translation>Auf diesem Fernseher abmelden?</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="166"/>
        <source>Your subscriptions stay in your account. To use this TV again you sign in with your phone.</source>
        <translation>Deine Abos bleiben in deinem Konto. Um diesen Fernseher wieder zu nutzen, meldest du dich mit deinem Handy an.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="167"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="168"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BrowserSignInScreen</name>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="11"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="38"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="16"/>
        <source>Signing you in…</source>
        <translation>Du wirst angemeldet…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="18"/>
        <source>Signed out. Confirm the sign-out in the browser, then press OK to sign in again.</source>
        <translation>Abgemeldet. Bestätige die Abmeldung im Browser und drücke dann OK, um dich erneut anzumelden.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="19"/>
        <source>Preparing the sign-in…</source>
        <translation>Anmeldung wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="21"/>
        <source>%1 Press Green to start again.</source>
        <translation>%1 Drücke Grün, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="22"/>
        <source>Something went wrong. Press Green to start again.</source>
        <translation>Etwas ist schiefgelaufen. Drücke Grün, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="24"/>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="50"/>
        <source>Continue in the browser</source>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="63"/>
        <source>The sign-out page has opened in the browser on this TV, so the next viewer starts from a signed-out browser.</source>
        <translation>Die Abmeldeseite ist im Browser dieses Fernsehers geöffnet, damit die nächste Person mit einem abgemeldeten Browser beginnt.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="64"/>
        <source>A browser window has opened on this TV. Sign in there and allow access; this screen continues by itself.</source>
        <translation>Auf diesem Fernseher hat sich ein Browserfenster geöffnet. Melde dich dort an und erlaube den Zugriff; dieser Bildschirm macht dann von selbst weiter.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="121"/>
        <source>Open the browser again</source>
        <translation>Browser erneut öffnen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="121"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="128"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="139"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Open browser</source>
        <translation>Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="140"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="141"/>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>CardRow</name>
    <message>
        <location filename="../../qml/CardRow.qml" line="126"/>
        <source>Press Green to try again.</source>
        <translation>Drücke Grün, um es erneut zu versuchen.</translation>
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
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="43"/>
        <source>You have</source>
        <translation>Meine Inhalte</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="43"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="70"/>
        <source>It&apos;s yours</source>
        <translation>Gehört dir</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="92"/>
        <source>Free trial: %1</source>
        <translation>Gratis testen: %1</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="103"/>
        <source>Thank you. You can find it under You have now.</source>
        <translation>Danke! Du findest es jetzt unter Meine Inhalte.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="105"/>
        <source>Scan the code with your phone to buy it there. This screen updates by itself when the purchase is done; nothing is charged on the TV.</source>
        <translation>Scanne den Code mit dem Handy und kaufe dort. Dieser Bildschirm aktualisiert sich von selbst, sobald der Kauf abgeschlossen ist; auf dem Fernseher wird nichts berechnet.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="107"/>
        <source>Scan the code with your phone to cancel it or change your plan there.</source>
        <translation>Scanne den Code mit dem Handy, um dort zu kündigen oder dein Abo zu ändern.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="109"/>
        <source>This is part of your account. Manage or cancel it on your phone or computer.</source>
        <translation>Das gehört zu deinem Konto. Verwalten oder kündigen kannst du es auf deinem Handy oder Computer.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="111"/>
        <source>You already have this. Manage or cancel it on your phone or computer.</source>
        <translation>Das hast du bereits. Verwalten oder kündigen kannst du es auf deinem Handy oder Computer.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="112"/>
        <source>To buy, use the operator&apos;s website or app on your phone. It appears under You have when it is done.</source>
        <translation>Kaufen kannst du auf der Website oder in der App des Anbieters auf deinem Handy. Danach erscheint es unter „Meine Inhalte“.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="121"/>
        <source>Billed by %1 · ID %2</source>
        <translation>Abgerechnet über %1 · ID %2</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="135"/>
        <location filename="../../qml/DetailsScreen.qml" line="169"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="148"/>
        <source>Buy on your phone</source>
        <translation>Am Handy kaufen</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="151"/>
        <source>Bought it? Go back and press Reload.</source>
        <translation>Schon gekauft? Geh zurück und wähle Neu laden.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="161"/>
        <source>Manage on your phone</source>
        <translation>Am Handy verwalten</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="170"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="171"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>DisplayOptionsRow</name>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="17"/>
        <source>Read aloud: not available</source>
        <translation>Vorlesen: nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="18"/>
        <source>Read aloud: On</source>
        <translation>Vorlesen: An</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="18"/>
        <source>Read aloud: Off</source>
        <translation>Vorlesen: Aus</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="31"/>
        <source>High contrast: On</source>
        <translation>Hoher Kontrast: An</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="31"/>
        <source>High contrast: Off</source>
        <translation>Hoher Kontrast: Aus</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="40"/>
        <source>Large text: On</source>
        <translation>Große Schrift: An</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="40"/>
        <source>Large text: Off</source>
        <translation>Große Schrift: Aus</translation>
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
        <translation>Testphase</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="21"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="22"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="31"/>
        <source>Trial ends %1</source>
        <translation>Test bis %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="33"/>
        <source>No end date</source>
        <translation>Ohne Enddatum</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="35"/>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="36"/>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="46"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="48"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="54"/>
        <source>Move between items</source>
        <translation>Zwischen Einträgen wechseln</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>Open or press the focused item</source>
        <translation>Ausgewählten Eintrag öffnen oder drücken</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>One screen back; on the first screen, asks before leaving</source>
        <translation>Einen Schritt zurück; auf dem Startbildschirm mit Rückfrage</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="57"/>
        <source>Red: sign out (on Account), else Account</source>
        <translation>Rot: abmelden (im Konto), sonst Konto</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="58"/>
        <source>Green: reload, or a new code while signing in</source>
        <translation>Grün: neu laden, bei der Anmeldung ein neuer Code</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="59"/>
        <source>Yellow: this help</source>
        <translation>Gelb: diese Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="60"/>
        <source>Blue: Account, or hear the code on sign-in</source>
        <translation>Blau: Konto, bei der Anmeldung den Code anhören</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="92"/>
        <source>Keyboard: arrows, Enter = OK, Esc or Backspace = Back, F1 Red, F2 Green, F3 Yellow, F4 Blue</source>
        <translation>Tastatur: Pfeiltasten, Enter = OK, Esc oder Rücktaste = Zurück, F1 Rot, F2 Grün, F3 Gelb, F4 Blau</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="99"/>
        <source>Press OK or Back to close</source>
        <translation>Zum Schließen OK oder Zurück drücken</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="116"/>
        <source>Support</source>
        <translation>Hilfe &amp; Kontakt</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="130"/>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="137"/>
        <source>Scan for help on your phone</source>
        <translation>Scannen für Hilfe auf dem Handy</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="108"/>
        <location filename="../../qml/HomeScreen.qml" line="109"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="118"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
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
        <translation>Zuletzt gespeicherte Liste. Drücke Grün zum Aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="163"/>
        <source>You have</source>
        <translation>Meine Inhalte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="164"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="168"/>
        <source>Nothing yet. Pick a plan from Available below.</source>
        <translation>Noch nichts da. Wähle unten unter „Verfügbar“ ein Angebot.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="188"/>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="201"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="202"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="206"/>
        <source>No products are offered to this account right now.</source>
        <translation>Für dieses Konto gibt es gerade keine Angebote.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="231"/>
        <source>You have this</source>
        <translation>Hast du schon</translation>
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
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="249"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="250"/>
        <source>Exit</source>
        <translation>Beenden</translation>
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
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="77"/>
        <source>Keyboard: arrows move · Enter = OK · Esc or Backspace = Back · F1 Red · F2 Green · F3 Yellow · F4 Blue</source>
        <translation>Tastatur: Pfeile bewegen · Enter = OK · Esc oder Rücktaste = Zurück · F1 Rot · F2 Grün · F3 Gelb · F4 Blau</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../qml/LanguagePicker.qml" line="61"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../qml/LanguagePicker.qml" line="125"/>
        <source>OK chooses · Back closes</source>
        <translation>OK wählt · Zurück schließt</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <location filename="../../qml/PhonePanel.qml" line="39"/>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="49"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="57"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="58"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="59"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="60"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="61"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="62"/>
        <source>%n billing period(s)</source>
        <translation>
            <numerusform>%n Abrechnungszeitraum</numerusform>
            <numerusform>%n Abrechnungszeiträume</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="68"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="69"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="70"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="71"/>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="72"/>
        <source>one-time purchase</source>
        <translation>Einmalkauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="76"/>
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>für %n Stunde</numerusform>
            <numerusform>für %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="77"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>täglich</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="78"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>wöchentlich</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="79"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>monatlich</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="80"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>jährlich</numerusform>
            <numerusform>alle %n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEmulator</name>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="10"/>
        <source>Remote</source>
        <translation>Fernbedienung</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="38"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="39"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="46"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="53"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="54"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="55"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="56"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="10"/>
        <location filename="../../qml/SignInScreen.qml" line="104"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="22"/>
        <source>Signing you in…</source>
        <translation>Du wirst angemeldet…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="23"/>
        <source>Getting a code…</source>
        <translation>Code wird geholt…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="29"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 Drücke OK, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="30"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>Etwas ist schiefgelaufen. Drücke OK, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="124"/>
        <source>Sign in with your phone</source>
        <translation>Mit dem Handy anmelden</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="54"/>
        <location filename="../../qml/SignInScreen.qml" line="136"/>
        <source>Go to %1 on your phone and enter</source>
        <translation>Öffne %1 auf deinem Handy und gib ein:</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="69"/>
        <source>Press Blue to hear the code again.</source>
        <translation>Drücke Blau, um den Code noch einmal zu hören.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="159"/>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="185"/>
        <source>Code valid for %1</source>
        <translation>Code noch %1 gültig</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="225"/>
        <source>Get a new code</source>
        <translation>Neuen Code holen</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="250"/>
        <source>or scan</source>
        <translation>oder scannen</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="266"/>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="275"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="275"/>
        <source>Press OK for a new code</source>
        <translation>Drücke OK für einen neuen Code</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="282"/>
        <source>Point your phone&apos;s camera here</source>
        <translation>Richte die Kamera deines Handys hierauf</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="293"/>
        <location filename="../../qml/SignInScreen.qml" line="294"/>
        <source>New code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="235"/>
        <location filename="../../qml/SignInScreen.qml" line="293"/>
        <location filename="../../qml/SignInScreen.qml" line="295"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="296"/>
        <source>Hear code</source>
        <translation>Code anhören</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="297"/>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TvSession</name>
    <message>
        <location filename="../../qml/TvSession.cpp" line="255"/>
        <source>Waiting for you to approve on your phone…</source>
        <translation>Warten auf deine Bestätigung am Handy…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="256"/>
        <source>Still waiting for your approval…</source>
        <translation>Wir warten noch auf deine Bestätigung…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="259"/>
        <source>No network, retrying in %1 s</source>
        <translation>Kein Netz, neuer Versuch in %1 s</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="259"/>
        <source>No network, retrying now…</source>
        <translation>Kein Netz, neuer Versuch läuft…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="261"/>
        <source>Sign-in was declined on the phone. Press OK for a new code.</source>
        <translation>Die Anmeldung wurde am Handy abgelehnt. Drücke OK für einen neuen Code.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="262"/>
        <source>Code expired, here is a new one</source>
        <translation>Code abgelaufen, hier ist ein neuer</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="264"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>Etwas ist schiefgelaufen. Drücke OK, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="265"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 Drücke OK, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="70"/>
        <source>No browser could be opened on this device.</source>
        <translation>Auf diesem Gerät konnte kein Browser geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ViewerError</name>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="22"/>
        <source>The sign-in was declined in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="23"/>
        <source>The sign-in was declined on the phone.</source>
        <translation>Die Anmeldung wurde am Handy abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="25"/>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="26"/>
        <source>The code expired before it was approved.</source>
        <translation>Der Code ist abgelaufen, bevor er bestätigt wurde.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="28"/>
        <source>This TV app is not registered with the sign-in service.</source>
        <translation>Diese TV-App ist beim Anmeldedienst nicht registriert.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="30"/>
        <source>The sign-in is no longer valid; please sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="32"/>
        <source>The sign-in service refused the access this app asks for.</source>
        <translation>Der Anmeldedienst verweigert den Zugriff, den diese App anfordert.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="34"/>
        <source>The sign-in service does not support signing in on a TV.</source>
        <translation>Der Anmeldedienst unterstützt keine Anmeldung auf einem Fernseher.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="36"/>
        <source>The sign-in service cannot be reached.</source>
        <translation>Der Anmeldedienst ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="38"/>
        <source>The app is not set up correctly.</source>
        <translation>Die App ist nicht richtig eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="40"/>
        <source>The sign-in could not be kept on this TV.</source>
        <translation>Die Anmeldung konnte auf diesem Fernseher nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="42"/>
        <source>Your purchases could not be loaded.</source>
        <translation>Deine Käufe konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="46"/>
        <source>The sign-in service is having trouble.</source>
        <translation>Der Anmeldedienst hat gerade Probleme.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="50"/>
        <source>The browser&apos;s answer did not belong to this sign-in; please try again.</source>
        <translation>Die Antwort des Browsers gehörte nicht zu dieser Anmeldung. Bitte versuche es erneut.</translation>
    </message>
</context>
</TS>
