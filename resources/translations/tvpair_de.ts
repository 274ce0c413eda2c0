<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountScreen</name>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="15"/>
        <location filename="../../qml/AccountScreen.qml" line="24"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="31"/>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="40"/>
        <source>Unknown account</source>
        <translation>Unbekanntes Konto</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="54"/>
        <source>Customer number %1</source>
        <translation>Kundennummer %1</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="48"/>
        <source>Linked payment providers</source>
        <translation>Verknüpfte Zahlungsanbieter</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="79"/>
        <source>None linked</source>
        <translation>Keine verknüpft</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="93"/>
        <source>Reload lists</source>
        <translation>Listen neu laden</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="101"/>
        <location filename="../../qml/AccountScreen.qml" line="122"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="123"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="124"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="125"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../qml/AppShell.qml" line="149"/>
        <source>Leave %1?</source>
        <translation>%1 verlassen?</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="150"/>
        <source>You stay signed in and come back to the same place next time.</source>
        <translation>Sie bleiben angemeldet und kommen beim nächsten Mal an dieselbe Stelle zurück.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="151"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="152"/>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="160"/>
        <source>Sign out of this TV?</source>
        <translation>Auf diesem Fernseher abmelden?</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="161"/>
        <source>Your subscriptions stay in your account. To use this TV again you sign in with your phone.</source>
        <translation>Ihre Abos bleiben in Ihrem Konto. Um diesen Fernseher wieder zu nutzen, melden Sie sich mit Ihrem Telefon an.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="162"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="163"/>
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
        <translation>Sie werden angemeldet…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="18"/>
        <source>Signed out. Confirm the sign-out in the browser, then press OK to sign in again.</source>
        <translation>Abgemeldet. Bestätigen Sie die Abmeldung im Browser und drücken Sie dann OK, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="19"/>
        <source>Preparing the sign-in…</source>
        <translation>Anmeldung wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="21"/>
        <source>%1 Press Green to start again.</source>
        <translation>%1 Zum Neustart Grün drücken.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="22"/>
        <source>Something went wrong. Press Green to start again.</source>
        <translation>Etwas ist schiefgelaufen. Zum Neustart Grün drücken.</translation>
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
        <translation>Auf diesem Fernseher hat sich ein Browserfenster geöffnet. Melden Sie sich dort an und erlauben Sie den Zugriff; dieser Bildschirm macht dann von selbst weiter.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="119"/>
        <source>Open the browser again</source>
        <translation>Browser erneut öffnen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="119"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="136"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="126"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="137"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="136"/>
        <source>Open browser</source>
        <translation>Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="139"/>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>CardRow</name>
    <message>
        <location filename="../../qml/CardRow.qml" line="125"/>
        <source>Press Green to try again.</source>
        <translation>Zum erneuten Versuch Grün drücken.</translation>
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
        <location filename="../../qml/DetailsScreen.qml" line="19"/>
        <source>You have</source>
        <translation>Ihre Inhalte</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="19"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="61"/>
        <source>Free trial: %1</source>
        <translation>Gratis-Testphase: %1</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="71"/>
        <source>This is part of your account. Manage or cancel it on your phone or computer.</source>
        <translation>Dies gehört zu Ihrem Konto. Verwalten oder kündigen Sie es auf Ihrem Telefon oder Computer.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="73"/>
        <source>You already have this. Manage or cancel it on your phone or computer.</source>
        <translation>Das haben Sie bereits. Verwalten oder kündigen Sie es auf Ihrem Telefon oder Computer.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="74"/>
        <source>To buy, use the operator&apos;s website or app on your phone. It appears under You have when it is done.</source>
        <translation>Zum Kaufen nutzen Sie die Website oder App des Anbieters auf Ihrem Telefon. Danach erscheint es unter „Ihre Inhalte“.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="82"/>
        <source>Billed by %1 · ID %2</source>
        <translation>Abgerechnet über %1 · ID %2</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="94"/>
        <location filename="../../qml/DetailsScreen.qml" line="103"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="104"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="105"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>EntitlementListModel</name>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="16"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="17"/>
        <source>Free trial</source>
        <translation>Gratis-Testphase</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="18"/>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="19"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="20"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="29"/>
        <source>Trial ends %1</source>
        <translation>Testphase endet am %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="31"/>
        <source>No end date</source>
        <translation>Ohne Enddatum</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="33"/>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="34"/>
        <source>Ended %1</source>
        <translation>Beendet am %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="42"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="44"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="50"/>
        <source>Move between items</source>
        <translation>Zwischen Einträgen wechseln</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="51"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="51"/>
        <source>Open or press the focused item</source>
        <translation>Ausgewählten Eintrag öffnen oder drücken</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="52"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="52"/>
        <source>One screen back; on the first screen, asks before leaving</source>
        <translation>Einen Bildschirm zurück; auf dem ersten Bildschirm mit Rückfrage vor dem Verlassen</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="53"/>
        <source>Red: sign out (on Account), else Account</source>
        <translation>Rot: abmelden (im Konto), sonst Konto</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="54"/>
        <source>Green: reload, or a new code while signing in</source>
        <translation>Grün: neu laden, bei der Anmeldung ein neuer Code</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>Yellow: this help</source>
        <translation>Gelb: diese Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>Blue: Account</source>
        <translation>Blau: Konto</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="86"/>
        <source>Keyboard: arrows, Enter = OK, Esc or Backspace = Back, F1 Red, F2 Green, F3 Yellow, F4 Blue</source>
        <translation>Tastatur: Pfeiltasten, Enter = OK, Esc oder Rücktaste = Zurück, F1 Rot, F2 Grün, F3 Gelb, F4 Blau</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="93"/>
        <source>Press OK or Back to close</source>
        <translation>Zum Schließen OK oder Zurück drücken</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="104"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="113"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="122"/>
        <location filename="../../qml/HomeScreen.qml" line="243"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="142"/>
        <source>Showing your last saved list. Press Green to refresh.</source>
        <translation>Zuletzt gespeicherte Liste. Zum Aktualisieren Grün drücken.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="158"/>
        <source>You have</source>
        <translation>Ihre Inhalte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="159"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="163"/>
        <source>Nothing yet. Pick a plan from Available below.</source>
        <translation>Noch nichts. Wählen Sie unten unter „Verfügbar“ ein Angebot.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="183"/>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="196"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="197"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="201"/>
        <source>No products are offered to this account right now.</source>
        <translation>Für dieses Konto gibt es gerade keine Angebote.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="226"/>
        <source>You have this</source>
        <translation>Gehört Ihnen</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="228"/>
        <source>%1 free</source>
        <translation>%1 gratis</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="241"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="242"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="244"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="245"/>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>KeyLegend</name>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="25"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="26"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="67"/>
        <source>Keyboard: arrows move · Enter = OK · Esc or Backspace = Back · F1 Red · F2 Green · F3 Yellow · F4 Blue</source>
        <translation>Tastatur: Pfeile bewegen · Enter = OK · Esc oder Rücktaste = Zurück · F1 Rot · F2 Grün · F3 Gelb · F4 Blau</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="37"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="45"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="46"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="47"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="48"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="49"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="50"/>
        <source>%n billing period(s)</source>
        <translation>
            <numerusform>%n Abrechnungszeitraum</numerusform>
            <numerusform>%n Abrechnungszeiträume</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="56"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="57"/>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="58"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="59"/>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="60"/>
        <source>one-time purchase</source>
        <translation>Einmalkauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="64"/>
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>für %n Stunde</numerusform>
            <numerusform>für %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="65"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>täglich</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="66"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>wöchentlich</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="67"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>monatlich</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="68"/>
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
        <location filename="../../qml/SignInScreen.qml" line="57"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="22"/>
        <source>Signing you in…</source>
        <translation>Sie werden angemeldet…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="23"/>
        <source>Getting a code…</source>
        <translation>Code wird geholt…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="25"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 Zum erneuten Versuch OK drücken.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="26"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>Etwas ist schiefgelaufen. Zum erneuten Versuch OK drücken.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="77"/>
        <source>Sign in with your phone</source>
        <translation>Mit dem Telefon anmelden</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="89"/>
        <source>Go to %1 on your phone and enter</source>
        <translation>Öffnen Sie %1 auf Ihrem Telefon und geben Sie ein:</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="111"/>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="134"/>
        <source>Code valid for %1</source>
        <translation>Code noch %1 gültig</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="172"/>
        <source>Get a new code</source>
        <translation>Neuen Code holen</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="197"/>
        <source>or scan</source>
        <translation>oder scannen</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="213"/>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="222"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="222"/>
        <source>Press OK for a new code</source>
        <translation>OK drücken für einen neuen Code</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="229"/>
        <source>Point your phone&apos;s camera here</source>
        <translation>Richten Sie die Kamera Ihres Telefons hierauf</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="240"/>
        <location filename="../../qml/SignInScreen.qml" line="241"/>
        <source>New code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="182"/>
        <location filename="../../qml/SignInScreen.qml" line="240"/>
        <location filename="../../qml/SignInScreen.qml" line="242"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="243"/>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TvSession</name>
    <message>
        <location filename="../../qml/TvSession.cpp" line="241"/>
        <source>Waiting for you to approve on your phone…</source>
        <translation>Warten auf Ihre Bestätigung am Telefon…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="242"/>
        <source>Still waiting for your approval…</source>
        <translation>Wir warten weiter auf Ihre Bestätigung…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="245"/>
        <source>No network, retrying in %1 s</source>
        <translation>Kein Netz, neuer Versuch in %1 s</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="245"/>
        <source>No network, retrying now…</source>
        <translation>Kein Netz, neuer Versuch läuft…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="247"/>
        <source>Sign-in was declined on the phone. Press OK for a new code.</source>
        <translation>Die Anmeldung wurde am Telefon abgelehnt. OK drücken für einen neuen Code.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="248"/>
        <source>Code expired, here is a new one</source>
        <translation>Code abgelaufen, hier ist ein neuer</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="250"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>Etwas ist schiefgelaufen. Zum erneuten Versuch OK drücken.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="251"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 Zum erneuten Versuch OK drücken.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="68"/>
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
        <translation>Die Anmeldung wurde am Telefon abgelehnt.</translation>
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
        <translation>Die Anmeldung ist nicht mehr gültig; bitte melden Sie sich erneut an.</translation>
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
        <translation>Ihre Käufe konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="46"/>
        <source>The sign-in service is having trouble.</source>
        <translation>Der Anmeldedienst hat gerade Probleme.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="50"/>
        <source>The browser&apos;s answer did not belong to this sign-in; please try again.</source>
        <translation>Die Antwort des Browsers gehörte nicht zu dieser Anmeldung; bitte versuchen Sie es erneut.</translation>
    </message>
</context>
</TS>
