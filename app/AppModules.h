#pragma once
// The app's parts that only some runs use, as modules the tvpair executable loads with dlopen()
// when a run needs them, so that the others never map their libraries: the UI
// (libtvpair_ui.so: Qt Gui, Quick, Qml) and the OS keychain (libtvpair_keychain.so: QtKeychain,
// Qt DBus). The executable exports the core symbols they use (app/cmake/ui-dynamic-list.cmake).
#include <QString>
#include <memory>

namespace tvpair {
class SecretStore;

// dlopen()s fileName next to the executable (a build tree), else in the installed module
// directory; never closed. nullptr with a one-line *error when it is missing or does not load.
void *openAppModule(const QString &fileName, QString *error);

#ifdef TVPAIR_KEYCHAIN_MODULE
// A KeychainBackend (secrets/SecretStoreFactory.h) that loads libtvpair_keychain.so on first use.
std::unique_ptr<SecretStore> openKeychainModule(QString *why);
#endif

}  // namespace tvpair
