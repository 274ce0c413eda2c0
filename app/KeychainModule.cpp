// The OS keychain back end as a module (libtvpair_keychain.so) that the tvpair executable loads
// only for the runs that prefer the keychain (a window or --sign-out without --store): the others,
// every headless run among them, never map QtKeychain, Qt DBus and their libraries (libdbus,
// libsystemd, libgcrypt, ...), whose dynamic linking was ~3.7 M instructions, a fifth of a headless
// start to the user code. Like the UI module it binds to the executable's core (app/AppModules.h).
#include "secrets/KeychainSecretStore.h"

extern "C" {

// The keychain when a Secret Service answers, else nullptr and *why (a KeychainBackend).
Q_DECL_EXPORT tvpair::SecretStore *tvpair_keychain_open(QString *why)
{
    return tvpair::KeychainSecretStore::open(why).release();
}

}  // extern "C"
