<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountScreen</name>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="15"/>
        <location filename="../../qml/AccountScreen.qml" line="24"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="31"/>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="40"/>
        <source>Unknown account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="48"/>
        <source>Linked payment providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="79"/>
        <source>None linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="93"/>
        <source>Reload lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="101"/>
        <location filename="../../qml/AccountScreen.qml" line="122"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="123"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="124"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AccountScreen.qml" line="125"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../qml/AppShell.qml" line="106"/>
        <source>Leave %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="107"/>
        <source>You stay signed in and come back to the same place next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="108"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="109"/>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="115"/>
        <source>Sign out of this TV?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="116"/>
        <source>Your subscriptions stay in your account. To use this TV again you sign in with your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="117"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardRow</name>
    <message>
        <location filename="../../qml/CardRow.qml" line="122"/>
        <source>Press Green to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/ConfirmDialog.qml" line="10"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ConfirmDialog.qml" line="11"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="16"/>
        <source>You have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="16"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="55"/>
        <source>Starts with %1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="64"/>
        <source>This is part of your account. Manage or cancel it on your phone or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="65"/>
        <source>To buy, use the operator&apos;s website or app on your phone. It appears under You have when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="73"/>
        <source>Billed by %1 · ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="85"/>
        <location filename="../../qml/DetailsScreen.qml" line="94"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="95"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="96"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="35"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="37"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="43"/>
        <source>Move between items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="44"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="44"/>
        <source>Open or press the focused item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="45"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="45"/>
        <source>One screen back; on the first screen, asks before leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="46"/>
        <source>Red: sign out (on Account), else Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="47"/>
        <source>Green: reload, or a new code while signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="48"/>
        <source>Yellow: this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="49"/>
        <source>Blue: Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="79"/>
        <source>Keyboard: arrows, Enter = OK, Esc or Backspace = Back, F1 Red, F2 Green, F3 Yellow, F4 Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="86"/>
        <source>Press OK or Back to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="70"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="79"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="88"/>
        <location filename="../../qml/HomeScreen.qml" line="201"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="108"/>
        <source>Showing your last saved list. Press Green to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="124"/>
        <source>You have</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="125"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="129"/>
        <source>Nothing yet. Pick a plan from Available below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="149"/>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="162"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="163"/>
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="167"/>
        <source>No products are offered to this account right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="186"/>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="199"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="200"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="202"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="203"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyLegend</name>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="23"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="24"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/KeyLegend.qml" line="68"/>
        <source>Keyboard: arrows move · Enter = OK · Esc or Backspace = Back · F1 Red · F2 Green · F3 Yellow · F4 Blue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../qml/ProductListModel.cpp" line="27"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteEmulator</name>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="11"/>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="39"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="40"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="47"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="54"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="55"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="56"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="57"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="10"/>
        <location filename="../../qml/SignInScreen.qml" line="51"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="16"/>
        <source>Signing you in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="17"/>
        <source>Getting a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="19"/>
        <source>%1 Press OK to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="20"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="71"/>
        <source>Sign in with your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="85"/>
        <source>Go to %1 on your phone and enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="111"/>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="135"/>
        <source>Code valid for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="175"/>
        <source>Get a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="189"/>
        <source>or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="207"/>
        <source>QR code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="212"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="220"/>
        <source>Point your phone&apos;s camera here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="232"/>
        <location filename="../../qml/SignInScreen.qml" line="233"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="234"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="235"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TvSession</name>
    <message>
        <location filename="../../qml/TvSession.cpp" line="53"/>
        <source>Waiting for you to approve on your phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="55"/>
        <source>Still waiting for your approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="58"/>
        <source>No network, retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="58"/>
        <source>No network, retrying now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="61"/>
        <source>Sign-in was declined on the phone. Press OK for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="63"/>
        <source>Code expired, here is a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="65"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="66"/>
        <source>%1 Press OK to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
