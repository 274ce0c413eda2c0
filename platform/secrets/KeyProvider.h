#pragma once
// Where the sealed file store gets its 256-bit key. Providers are tried in order; the first
// that is configured wins. A provider that is configured but broken (unsafe file mode, wrong
// length) stops the chain with an error instead of falling through to a weaker key.
#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tvpair {

struct KeyResult;

struct StoreKey {
    QByteArray key;    // 32 bytes
    QByteArray id;     // first 8 bytes of SHA-256(key); written into each sealed file
    QString provider;  // name of the provider that gave it, for messages
    // Set when the provider checked its inputs but leaves making the key to its first use (key and
    // id are empty until then): the device-bound provider creates its salt, with two fsync()s,
    // only when a first entry is sealed or opened, not on every start of a device that has none.
    std::function<KeyResult()> makeOnFirstUse;
    // Set when the provider found its own key material unreadable (an empty or cut-off salt),
    // kept it aside and made new material: one line for the log. Entries sealed with the old key
    // cannot be opened with this one.
    QString replacedMaterial;
};

// First 8 bytes of SHA-256(key).
QByteArray storeKeyId(const QByteArray &key);
StoreKey makeStoreKey(const QByteArray &key, const QString &provider);

struct KeyResult {
    enum Status {
        Ok,            // key is set
        NotAvailable,  // this provider is not configured here: try the next one
        Failed,        // configured but unusable: stop, error says why
    };
    Status status = NotAvailable;
    StoreKey key;
    QString error;
};

class KeyProvider
{
public:
    virtual ~KeyProvider() = default;
    virtual QString name() const = 0;
    virtual KeyResult load() = 0;
};

// Key file contents: exactly 32 raw bytes, or 64 hex characters (surrounding whitespace ok).
std::optional<QByteArray> parseKeyMaterial(const QByteArray &data, QString *error);

// (a) systemd credential: $CREDENTIALS_DIRECTORY/tvpair-store-key (LoadCredential= /
// SetCredentialEncrypted= in the unit). Not available when the variable or file is absent.
class SystemdCredentialKeyProvider final : public KeyProvider
{
public:
    static constexpr const char *credentialName = "tvpair-store-key";
    QString name() const override { return QStringLiteral("systemd credential"); }
    KeyResult load() override;
};

// (b) an explicit key file; refused when group or others may read or write it.
class KeyFileProvider final : public KeyProvider
{
public:
    explicit KeyFileProvider(QString path) : m_path(std::move(path)) {}
    QString name() const override { return QStringLiteral("key file %1").arg(m_path); }
    KeyResult load() override;

private:
    QString m_path;
};

// (c) device-bound: HKDF-SHA256 over /etc/machine-id with a random per-install salt kept in
// <storeDir>/salt. The weakest option: anyone who can read the store directory and the
// machine id can derive the key. It only keeps the files useless when copied off the device.
//
// The salt is this provider's to make, so an unreadable one (empty, cut off, too long, not a
// regular file) does not stop the device: it is renamed to salt.corrupt-<n>, never deleted, a new
// one is made and the StoreKey says so (replacedMaterial). Salts are created and replaced under
// an flock on <storeDir>/.salt.lock, so two processes never make two different salts.
//
// With onFirstUse, load() only checks the machine id and an existing salt and returns a StoreKey
// whose makeOnFirstUse() creates the salt (when there is none yet) and derives the key; the
// default providers of a store work that way (so a first start shows its code sooner).
class DeviceBoundKeyProvider final : public KeyProvider
{
public:
    enum class Derive { OnLoad, OnFirstUse };
    DeviceBoundKeyProvider(QString storeDir, QString machineIdPath = QString(), Derive when = Derive::OnLoad);
    QString name() const override { return QStringLiteral("device-bound key (%1)").arg(m_machineIdPath); }
    KeyResult load() override;

private:
    KeyResult derive();

    QString m_storeDir;
    QString m_machineIdPath;
    Derive m_when;
};

using KeyProviderChain = std::vector<std::unique_ptr<KeyProvider>>;

// The default order: systemd credential, key file (when keyFile is set), device-bound (its key
// made on first use).
KeyProviderChain defaultKeyProviders(const QString &storeDir, const QString &keyFile = QString(),
                                     const QString &machineIdPath = QString());

// The first key a provider gives; std::nullopt with *error when none is available or one failed.
std::optional<StoreKey> chooseKey(const KeyProviderChain &providers, QString *error);

}  // namespace tvpair
