<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
        <translation>Inloggad som</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="37"/>
        <source>Unknown account</source>
        <translation>Okänt konto</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="48"/>
        <source>Customer number %1</source>
        <translation>Kundnummer %1</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="56"/>
        <source>Linked payment providers</source>
        <translation>Kopplade betalleverantörer</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="87"/>
        <source>None linked</source>
        <translation>Inga kopplade</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="103"/>
        <source>Reload lists</source>
        <translation>Ladda om listorna</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="111"/>
        <location filename="../../qml/AccountScreen.qml" line="153"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="120"/>
        <source>Language: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="154"/>
        <source>Reload</source>
        <translation>Ladda om</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="155"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="156"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../qml/AppShell.qml" line="154"/>
        <source>Leave %1?</source>
        <translation>Lämna %1?</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="155"/>
        <source>You stay signed in and come back to the same place next time.</source>
        <translation>Du förblir inloggad och kommer tillbaka till samma ställe nästa gång.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="156"/>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="157"/>
        <source>Stay</source>
        <translation>Stanna</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="165"/>
        <source>Sign out of this TV?</source>
        <translation>Logga ut från den här tv:n?</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="166"/>
        <source>Your subscriptions stay in your account. To use this TV again you sign in with your phone.</source>
        <translation>Dina abonnemang finns kvar på ditt konto. För att använda den här tv:n igen loggar du in med din telefon.</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="167"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="168"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BrowserSignInScreen</name>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="11"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="38"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="16"/>
        <source>Signing you in…</source>
        <translation>Du loggas in…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="18"/>
        <source>Signed out. Confirm the sign-out in the browser, then press OK to sign in again.</source>
        <translation>Utloggad. Bekräfta utloggningen i webbläsaren och tryck sedan på OK för att logga in igen.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="19"/>
        <source>Preparing the sign-in…</source>
        <translation>Förbereder inloggningen…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="21"/>
        <source>%1 Press Green to start again.</source>
        <translation>%1 Tryck på Grön för att börja om.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="22"/>
        <source>Something went wrong. Press Green to start again.</source>
        <translation>Något gick fel. Tryck på Grön för att börja om.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="24"/>
        <source>Waiting for the browser…</source>
        <translation>Väntar på webbläsaren…</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="50"/>
        <source>Continue in the browser</source>
        <translation>Fortsätt i webbläsaren</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="63"/>
        <source>The sign-out page has opened in the browser on this TV, so the next viewer starts from a signed-out browser.</source>
        <translation>Utloggningssidan har öppnats i webbläsaren på den här tv:n, så att nästa tittare börjar med en utloggad webbläsare.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="64"/>
        <source>A browser window has opened on this TV. Sign in there and allow access; this screen continues by itself.</source>
        <translation>Ett webbläsarfönster har öppnats på den här tv:n. Logga in där och ge åtkomst; den här skärmen fortsätter av sig själv.</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="121"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Sign in again</source>
        <translation>Logga in igen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="121"/>
        <source>Open the browser again</source>
        <translation>Öppna webbläsaren igen</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="128"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="139"/>
        <source>Start over</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Open browser</source>
        <translation>Öppna webbläsaren</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="140"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="141"/>
        <source>Exit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>CardRow</name>
    <message>
        <location filename="../../qml/CardRow.qml" line="126"/>
        <source>Press Green to try again.</source>
        <translation>Tryck på Grön för att försöka igen.</translation>
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
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="43"/>
        <source>You have</source>
        <translation>Dina köp</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="43"/>
        <source>Available</source>
        <translation>Tillgängligt</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="70"/>
        <source>It&apos;s yours</source>
        <translation>Den är din</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="92"/>
        <source>Free trial: %1</source>
        <translation>Gratis provperiod: %1</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="103"/>
        <source>Thank you. You can find it under You have now.</source>
        <translation>Tack! Du hittar det nu under Dina köp.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="105"/>
        <source>Scan the code with your phone to buy it there. This screen updates by itself when the purchase is done; nothing is charged on the TV.</source>
        <translation>Skanna koden med mobilen och köp där. Skärmen uppdateras av sig själv när köpet är klart; inget debiteras på tv:n.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="107"/>
        <source>Scan the code with your phone to cancel it or change your plan there.</source>
        <translation>Skanna koden med mobilen för att säga upp eller ändra ditt abonnemang där.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="109"/>
        <source>This is part of your account. Manage or cancel it on your phone or computer.</source>
        <translation>Det här ingår i ditt konto. Hantera eller säg upp det i din telefon eller dator.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="111"/>
        <source>You already have this. Manage or cancel it on your phone or computer.</source>
        <translation>Du har redan det här. Hantera eller säg upp det i din telefon eller dator.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="112"/>
        <source>To buy, use the operator&apos;s website or app on your phone. It appears under You have when it is done.</source>
        <translation>Köp via leverantörens webbplats eller app i din telefon. Sedan visas det under Dina köp.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="121"/>
        <source>Billed by %1 · ID %2</source>
        <translation>Faktureras av %1 · ID %2</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="135"/>
        <location filename="../../qml/DetailsScreen.qml" line="169"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="148"/>
        <source>Buy on your phone</source>
        <translation>Köp i mobilen</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="151"/>
        <source>Bought it? Go back and press Reload.</source>
        <translation>Har du köpt det? Gå tillbaka och tryck på Ladda om.</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="161"/>
        <source>Manage on your phone</source>
        <translation>Hantera i mobilen</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="170"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="171"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
</context>
<context>
    <name>DisplayOptionsRow</name>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="17"/>
        <source>Read aloud: not available</source>
        <translation>Uppläsning: inte tillgänglig</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="18"/>
        <source>Read aloud: On</source>
        <translation>Uppläsning: På</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="18"/>
        <source>Read aloud: Off</source>
        <translation>Uppläsning: Av</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="31"/>
        <source>High contrast: On</source>
        <translation>Hög kontrast: På</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="31"/>
        <source>High contrast: Off</source>
        <translation>Hög kontrast: Av</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="40"/>
        <source>Large text: On</source>
        <translation>Stor text: På</translation>
    </message>
    <message>
        <location filename="../../qml/DisplayOptionsRow.qml" line="40"/>
        <source>Large text: Off</source>
        <translation>Stor text: Av</translation>
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
        <translation>Provperiod</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="20"/>
        <source>Cancelled</source>
        <translation>Uppsagd</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="21"/>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="22"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="31"/>
        <source>Trial ends %1</source>
        <translation>Prov till %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="33"/>
        <source>No end date</source>
        <translation>Inget slutdatum</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="35"/>
        <source>Until %1</source>
        <translation>Till %1</translation>
    </message>
    <message>
        <location filename="../../qml/EntitlementListModel.cpp" line="36"/>
        <source>Ended %1</source>
        <translation>Slutade %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="46"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="48"/>
        <source>Keys</source>
        <translation>Knappar</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="54"/>
        <source>Move between items</source>
        <translation>Flytta mellan objekt</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>Open or press the focused item</source>
        <translation>Öppna eller tryck på det markerade objektet</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>One screen back; on the first screen, asks before leaving</source>
        <translation>En skärm tillbaka; på första skärmen frågar appen innan den avslutas</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="57"/>
        <source>Red: sign out (on Account), else Account</source>
        <translation>Röd: logga ut (på Konto), annars Konto</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="58"/>
        <source>Green: reload, or a new code while signing in</source>
        <translation>Grön: ladda om, eller en ny kod vid inloggning</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="59"/>
        <source>Yellow: this help</source>
        <translation>Gul: den här hjälpen</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="60"/>
        <source>Blue: Account, or hear the code on sign-in</source>
        <translation>Blå: Konto, eller hör koden vid inloggning</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="92"/>
        <source>Keyboard: arrows, Enter = OK, Esc or Backspace = Back, F1 Red, F2 Green, F3 Yellow, F4 Blue</source>
        <translation>Tangentbord: piltangenter, Enter = OK, Esc eller Backsteg = Tillbaka, F1 Röd, F2 Grön, F3 Gul, F4 Blå</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="99"/>
        <source>Press OK or Back to close</source>
        <translation>Tryck på OK eller Tillbaka för att stänga</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="116"/>
        <source>Support</source>
        <translation>Kundtjänst</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="130"/>
        <source>QR code for %1</source>
        <translation>QR-kod för %1</translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="137"/>
        <source>Scan for help on your phone</source>
        <translation>Skanna för hjälp i mobilen</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="108"/>
        <location filename="../../qml/HomeScreen.qml" line="109"/>
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="118"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
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
        <translation>Visar din senast sparade lista. Tryck på Grön för att uppdatera.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="163"/>
        <source>You have</source>
        <translation>Dina köp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="164"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n objekt</numerusform>
            <numerusform>%n objekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="168"/>
        <source>Nothing yet. Pick a plan from Available below.</source>
        <translation>Inget ännu. Välj ett abonnemang under Tillgängligt nedan.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="188"/>
        <source>Trial</source>
        <translation>Provperiod</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="201"/>
        <source>Available</source>
        <translation>Tillgängligt</translation>
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
        <translation>Inga produkter erbjuds det här kontot just nu.</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="231"/>
        <source>You have this</source>
        <translation>Du har det här</translation>
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
        <translation>Ladda om</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="249"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="250"/>
        <source>Exit</source>
        <translation>Avsluta</translation>
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
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="77"/>
        <source>Keyboard: arrows move · Enter = OK · Esc or Backspace = Back · F1 Red · F2 Green · F3 Yellow · F4 Blue</source>
        <translation>Tangentbord: pilar flyttar · Enter = OK · Esc eller Backsteg = Tillbaka · F1 Röd · F2 Grön · F3 Gul · F4 Blå</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../qml/LanguagePicker.qml" line="61"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../qml/LanguagePicker.qml" line="125"/>
        <source>OK chooses · Back closes</source>
        <translation>OK väljer · Tillbaka stänger</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <location filename="../../qml/PhonePanel.qml" line="39"/>
        <source>QR code for %1</source>
        <translation>QR-kod för %1</translation>
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
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="58"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="59"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n vecka</numerusform>
            <numerusform>%n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="60"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
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
            <numerusform>%n betalningsperiod</numerusform>
            <numerusform>%n betalningsperioder</numerusform>
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
        <translation>per vecka</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="70"/>
        <source>per month</source>
        <translation>per månad</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="71"/>
        <source>per year</source>
        <translation>per år</translation>
    </message>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="72"/>
        <source>one-time purchase</source>
        <translation>engångsköp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="76"/>
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>i %n timme</numerusform>
            <numerusform>i %n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="77"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>per dag</numerusform>
            <numerusform>per %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="78"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>per vecka</numerusform>
            <numerusform>per %n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="79"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>per månad</numerusform>
            <numerusform>per %n månader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/ProductListModel.cpp" line="80"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>per år</numerusform>
            <numerusform>per %n år</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteEmulator</name>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="10"/>
        <source>Remote</source>
        <translation>Fjärrkontroll</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="38"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="39"/>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="46"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="53"/>
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="54"/>
        <source>Green</source>
        <translation>Grön</translation>
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
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="22"/>
        <source>Signing you in…</source>
        <translation>Du loggas in…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="23"/>
        <source>Getting a code…</source>
        <translation>Hämtar en kod…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="29"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 Tryck på OK för att försöka igen.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="30"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>Något gick fel. Tryck på OK för att försöka igen.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="124"/>
        <source>Sign in with your phone</source>
        <translation>Logga in med din telefon</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="54"/>
        <location filename="../../qml/SignInScreen.qml" line="136"/>
        <source>Go to %1 on your phone and enter</source>
        <translation>Gå till %1 i din telefon och ange</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="69"/>
        <source>Press Blue to hear the code again.</source>
        <translation>Tryck på Blå för att höra koden igen.</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="159"/>
        <source>Code %1</source>
        <translation>Kod %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="185"/>
        <source>Code valid for %1</source>
        <translation>Koden gäller i %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="225"/>
        <source>Get a new code</source>
        <translation>Hämta en ny kod</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="235"/>
        <location filename="../../qml/SignInScreen.qml" line="293"/>
        <location filename="../../qml/SignInScreen.qml" line="295"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="250"/>
        <source>or scan</source>
        <translation>eller skanna</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="266"/>
        <source>QR code for %1</source>
        <translation>QR-kod för %1</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="275"/>
        <source>Press OK for a new code</source>
        <translation>Tryck på OK för en ny kod</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="275"/>
        <source>Preparing…</source>
        <translation>Förbereder…</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="282"/>
        <source>Point your phone&apos;s camera here</source>
        <translation>Rikta telefonens kamera hit</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="293"/>
        <location filename="../../qml/SignInScreen.qml" line="294"/>
        <source>New code</source>
        <translation>Ny kod</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="296"/>
        <source>Hear code</source>
        <translation>Hör koden</translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="297"/>
        <source>Exit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>TvSession</name>
    <message>
        <location filename="../../qml/TvSession.cpp" line="70"/>
        <source>No browser could be opened on this device.</source>
        <translation>Det gick inte att öppna någon webbläsare på den här enheten.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="255"/>
        <source>Waiting for you to approve on your phone…</source>
        <translation>Väntar på att du godkänner i telefonen…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="256"/>
        <source>Still waiting for your approval…</source>
        <translation>Väntar fortfarande på ditt godkännande…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="259"/>
        <source>No network, retrying in %1 s</source>
        <translation>Inget nätverk, försöker igen om %1 s</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="259"/>
        <source>No network, retrying now…</source>
        <translation>Inget nätverk, försöker igen nu…</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="261"/>
        <source>Sign-in was declined on the phone. Press OK for a new code.</source>
        <translation>Inloggningen nekades i telefonen. Tryck på OK för en ny kod.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="262"/>
        <source>Code expired, here is a new one</source>
        <translation>Koden har gått ut, här är en ny</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="264"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation>Något gick fel. Tryck på OK för att försöka igen.</translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="265"/>
        <source>%1 Press OK to try again.</source>
        <translation>%1 Tryck på OK för att försöka igen.</translation>
    </message>
</context>
<context>
    <name>ViewerError</name>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="22"/>
        <source>The sign-in was declined in the browser.</source>
        <translation>Inloggningen nekades i webbläsaren.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="23"/>
        <source>The sign-in was declined on the phone.</source>
        <translation>Inloggningen nekades i telefonen.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="25"/>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>Inloggningen i webbläsaren slutfördes inte i tid.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="26"/>
        <source>The code expired before it was approved.</source>
        <translation>Koden gick ut innan den godkändes.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="28"/>
        <source>This TV app is not registered with the sign-in service.</source>
        <translation>Den här tv-appen är inte registrerad hos inloggningstjänsten.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="30"/>
        <source>The sign-in is no longer valid; please sign in again.</source>
        <translation>Inloggningen gäller inte längre. Logga in igen.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="32"/>
        <source>The sign-in service refused the access this app asks for.</source>
        <translation>Inloggningstjänsten nekade den åtkomst som appen ber om.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="34"/>
        <source>The sign-in service does not support signing in on a TV.</source>
        <translation>Inloggningstjänsten stöder inte inloggning på en tv.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="36"/>
        <source>The sign-in service cannot be reached.</source>
        <translation>Det går inte att nå inloggningstjänsten.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="38"/>
        <source>The app is not set up correctly.</source>
        <translation>Appen är inte rätt inställd.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="40"/>
        <source>The sign-in could not be kept on this TV.</source>
        <translation>Inloggningen kunde inte sparas på den här tv:n.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="42"/>
        <source>Your purchases could not be loaded.</source>
        <translation>Dina köp kunde inte läsas in.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="46"/>
        <source>The sign-in service is having trouble.</source>
        <translation>Inloggningstjänsten har problem.</translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="50"/>
        <source>The browser&apos;s answer did not belong to this sign-in; please try again.</source>
        <translation>Webbläsarens svar hörde inte till den här inloggningen. Försök igen.</translation>
    </message>
</context>
</TS>
