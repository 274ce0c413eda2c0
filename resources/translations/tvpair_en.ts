<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../../qml/AppShell.qml" line="144"/>
        <source>Leave %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="145"/>
        <source>You stay signed in and come back to the same place next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="146"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="147"/>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="155"/>
        <source>Sign out of this TV?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="156"/>
        <source>Your subscriptions stay in your account. To use this TV again you sign in with your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="157"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/AppShell.qml" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserSignInScreen</name>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="11"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="38"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="16"/>
        <source>Signing you in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="18"/>
        <source>Signed out. Confirm the sign-out in the browser, then press OK to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="19"/>
        <source>Preparing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="21"/>
        <source>%1 Press Green to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="22"/>
        <source>Something went wrong. Press Green to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="24"/>
        <source>Waiting for the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="50"/>
        <source>Continue in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="63"/>
        <source>The sign-out page has opened in the browser on this TV, so the next viewer starts from a signed-out browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="64"/>
        <source>A browser window has opened on this TV. Sign in there and allow access; this screen continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="119"/>
        <source>Open the browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="119"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="136"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="126"/>
        <location filename="../../qml/BrowserSignInScreen.qml" line="137"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="136"/>
        <source>Open browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="138"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/BrowserSignInScreen.qml" line="139"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardRow</name>
    <message>
        <location filename="../../qml/CardRow.qml" line="125"/>
        <source>Press Green to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qml/ConfirmDialog.qml" line="11"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/ConfirmDialog.qml" line="12"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="17"/>
        <source>You have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="17"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="56"/>
        <source>Starts with %1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="65"/>
        <source>This is part of your account. Manage or cancel it on your phone or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="66"/>
        <source>To buy, use the operator&apos;s website or app on your phone. It appears under You have when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="74"/>
        <source>Billed by %1 · ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="86"/>
        <location filename="../../qml/DetailsScreen.qml" line="95"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="96"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/DetailsScreen.qml" line="97"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="42"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="44"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="50"/>
        <source>Move between items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="51"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="51"/>
        <source>Open or press the focused item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="52"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="52"/>
        <source>One screen back; on the first screen, asks before leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="53"/>
        <source>Red: sign out (on Account), else Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="54"/>
        <source>Green: reload, or a new code while signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="55"/>
        <source>Yellow: this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="56"/>
        <source>Blue: Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="86"/>
        <source>Keyboard: arrows, Enter = OK, Esc or Backspace = Back, F1 Red, F2 Green, F3 Yellow, F4 Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HelpOverlay.qml" line="93"/>
        <source>Press OK or Back to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="104"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="113"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="122"/>
        <location filename="../../qml/HomeScreen.qml" line="235"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="142"/>
        <source>Showing your last saved list. Press Green to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="158"/>
        <source>You have</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="159"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="163"/>
        <source>Nothing yet. Pick a plan from Available below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="183"/>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="196"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/HomeScreen.qml" line="197"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="201"/>
        <source>No products are offered to this account right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="220"/>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="233"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="234"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="236"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/HomeScreen.qml" line="237"/>
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
        <location filename="../../qml/ProductListModel.cpp" line="22"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteEmulator</name>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="10"/>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="38"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="39"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="46"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="53"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="54"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="55"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/RemoteEmulator.qml" line="56"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="10"/>
        <location filename="../../qml/SignInScreen.qml" line="53"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="18"/>
        <source>Signing you in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="19"/>
        <source>Getting a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="21"/>
        <source>%1 Press OK to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="22"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="73"/>
        <source>Sign in with your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="87"/>
        <source>Go to %1 on your phone and enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="113"/>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="136"/>
        <source>Code valid for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="173"/>
        <source>Get a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="187"/>
        <source>or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="205"/>
        <source>QR code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="213"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="213"/>
        <source>Press OK for a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="221"/>
        <source>Point your phone&apos;s camera here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="233"/>
        <location filename="../../qml/SignInScreen.qml" line="234"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="235"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/SignInScreen.qml" line="236"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TvSession</name>
    <message>
        <location filename="../../qml/TvSession.cpp" line="55"/>
        <source>Waiting for you to approve on your phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="57"/>
        <source>Still waiting for your approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="60"/>
        <source>No network, retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="60"/>
        <source>No network, retrying now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="63"/>
        <source>Sign-in was declined on the phone. Press OK for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="65"/>
        <source>Code expired, here is a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="67"/>
        <source>Something went wrong. Press OK to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="68"/>
        <source>%1 Press OK to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qml/TvSession.cpp" line="73"/>
        <source>No browser could be opened on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerError</name>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="22"/>
        <source>The sign-in was declined in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="23"/>
        <source>The sign-in was declined on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="25"/>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="26"/>
        <source>The code expired before it was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="28"/>
        <source>This TV app is not registered with the sign-in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="30"/>
        <source>The sign-in is no longer valid; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="32"/>
        <source>The sign-in service refused the access this app asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="34"/>
        <source>The sign-in service does not support signing in on a TV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="36"/>
        <source>The sign-in service cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="38"/>
        <source>The app is not set up correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="40"/>
        <source>The sign-in could not be kept on this TV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="42"/>
        <source>Your purchases could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="46"/>
        <source>The sign-in service is having trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/session/ViewerError.cpp" line="50"/>
        <source>The browser&apos;s answer did not belong to this sign-in; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
