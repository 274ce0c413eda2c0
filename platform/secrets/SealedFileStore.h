#pragma once
// SecretStore for TVs, boards and CI: one AES-256-GCM sealed file per entry,
// <dir>/<name>.sealed (format in SealedEnvelope.h), 0600 files in a 0700 directory.
// Writes replace the file atomically (temp file, fsync, rename, fsync dir) under an flock on
// <dir>/.lock, so concurrent tvpair processes serialise their writes.
#include "KeyProvider.h"
#include "session/SecretStore.h"

#include <functional>
#include <memory>
#include <optional>

namespace tvpair {

class SealedFileStore final : public SecretStore
{
public:
    // Creates/repairs the directory, then asks the providers for the key (the device-bound
    // provider keeps its salt in dir, created when the first entry is sealed). nullptr with a
    // one-line *error when unusable.
    static std::unique_ptr<SealedFileStore> open(const QString &dir, const KeyProviderChain &providers,
                                                 QString *error);
    static std::unique_ptr<SealedFileStore> openWithKey(const QString &dir, const StoreKey &key, QString *error);

    QString description() const override;
    SecretRead read(const QString &name) override;
    bool write(const QString &name, const QByteArray &value, QString *error) override;
    bool remove(const QString &name, QString *error) override;

    // Read-modify-write under the directory lock, so two processes rotating the same entry
    // never lose an update. fn gets the current state and returns the new value, or
    // std::nullopt to leave the entry as it is.
    bool update(const QString &name, const std::function<std::optional<QByteArray>(const SecretRead &)> &fn,
                QString *error);

    // What opening repaired, one line for the log; empty when nothing. When the key provider
    // replaced its unreadable key material (StoreKey::replacedMaterial), every entry not sealed
    // with the new key is kept aside as <name>.sealed.corrupt-<n> (never deleted): the viewer signs
    // in afresh, and the old files still open if the old key material is put back.
    QString repaired() const { return m_repaired; }

    QString directory() const { return m_dir; }
    QString filePath(const QString &name) const;  // empty for an invalid name
    const StoreKey &key() const { return m_key; }

private:
    SealedFileStore(QString dir, StoreKey key);
    bool ensureKey(QString *error);  // makes a key left for its first use (StoreKey::makeOnFirstUse)
    SecretRead readLocked(const QString &name);
    bool writeLocked(const QString &name, const QByteArray &value, QString *error);
    bool keepAside(const QString &path, QString *kept, QString *error);
    void removeStaleTemporaries();
    bool keepAsideEntriesOfOldKey(QString *error);

    QString m_dir;
    StoreKey m_key;
    QString m_repaired;
};

}  // namespace tvpair
