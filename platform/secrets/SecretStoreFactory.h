#pragma once
// The one place the app asks for its SecretStore (the --store option).
#include "session/SecretStore.h"

#include <memory>

namespace tvpair {

struct StoreOptions {
    QString dir;                // --store DIR: sealed file store there. Empty: platform default.
    bool preferKeychain = true; // without --store: use the OS keychain when a Secret Service runs
    QString keyFile;            // explicit key file for the sealed store (0600, 32 raw bytes or 64 hex)
    QString machineIdPath;      // device-bound key input; empty: /etc/machine-id
};

// $XDG_DATA_HOME/tvpair, else ~/.local/share/tvpair.
QString defaultSealedStoreDirectory();

// Opens the OS keychain when a Secret Service answers; nullptr with *why when it does not.
using KeychainBackend = std::unique_ptr<SecretStore> (*)(QString *why);
// The keychain openSecretStore() tries when preferKeychain is set; none (the default): the sealed
// file store. The keychain back end (QtKeychain, Qt DBus and ~9 more libraries) is not part of
// tvpair_platform, so what never uses it does not link it: the tvpair executable loads it as a
// module for the runs that prefer it (app/KeychainModule.cpp), tests link tvpair_keychain and set
// KeychainSecretStore::open.
void setKeychainBackend(KeychainBackend backend);

// The keychain when preferred, built in and answering; otherwise the sealed file store.
// Never a plaintext store. nullptr with a one-line *error when no store is usable (exit 6).
// *repaired, when given, gets one line when the store had to replace unreadable key material
// and keep its old entries aside (the viewer must sign in again), else it is cleared.
std::unique_ptr<SecretStore> openSecretStore(const StoreOptions &options, QString *error, QString *repaired = nullptr);

}  // namespace tvpair
