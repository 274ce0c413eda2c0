#include "KeyProvider.h"

#include "PrivateFiles.h"
#include "net/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <sys/stat.h>

namespace tvpair {

using secrets::readSmallFile;

namespace {
constexpr int kKeySize = 32;
constexpr int kSaltSize = 32;
constexpr qint64 kMaxKeyFile = 4096;
const char kHkdfInfo[] = "tvpair sealed store key v1";

std::optional<QByteArray> hkdfSha256(const QByteArray &ikm, const QByteArray &salt, QString *error)
{
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    if (!kdf) {
        *error = QStringLiteral("OpenSSL has no HKDF");
        return std::nullopt;
    }
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!ctx) {
        *error = QStringLiteral("OpenSSL HKDF context failed");
        return std::nullopt;
    }
    char digest[] = "SHA256";
    QByteArray ikmCopy = ikm, saltCopy = salt;
    QByteArray info(kHkdfInfo);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, ikmCopy.data(), size_t(ikmCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltCopy.data(), size_t(saltCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(), size_t(info.size())),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(kKeySize, '\0');
    const int ok = EVP_KDF_derive(ctx, reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), params);
    EVP_KDF_CTX_free(ctx);
    if (ok != 1) {
        *error = QStringLiteral("HKDF derivation failed");
        return std::nullopt;
    }
    return out;
}

}  // namespace

QByteArray storeKeyId(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256).left(8);
}

StoreKey makeStoreKey(const QByteArray &key, const QString &provider)
{
    return StoreKey{key, storeKeyId(key), provider, {}, {}};
}

std::optional<QByteArray> parseKeyMaterial(const QByteArray &data, QString *error)
{
    if (data.size() == kKeySize)
        return data;
    const QByteArray t = data.trimmed();
    if (t.size() == 2 * kKeySize) {
        bool hex = true;
        for (char c : t)
            hex = hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
        if (hex)
            return QByteArray::fromHex(t);
    }
    *error = QStringLiteral("expected 32 raw bytes or 64 hex characters, got %1 bytes").arg(data.size());
    return std::nullopt;
}

// A configured key that is missing or broken stops the start (exit 6): guessing another, weaker
// key would be worse, and the store sealed with it opens again once the key is back. The error
// says what to do (`advice`: how this provider's key comes back); `label` is how it names the
// file after the provider's name.
static KeyResult loadKeyFile(const QString &path, const QString &provider, const QString &label, bool checkMode,
                             const QString &advice)
{
    const auto failed = [&](const QString &what, const QString &todo) {
        KeyResult r;
        r.status = KeyResult::Failed;
        r.error = label + QLatin1Char(' ') + what + QStringLiteral("; ") + todo;
        return r;
    };
    QByteArray data;
    QString err;
    bool missing = false;
    unsigned mode = 0;
    if (!readSmallFile(path, kMaxKeyFile, &data, &err, &missing, &mode))
        return failed(missing ? QStringLiteral("is missing") : QStringLiteral("is unreadable (%1)").arg(err), advice);
    if (checkMode && (mode & 0066))
        return failed(QStringLiteral("has mode %1, so group or others may access it")
                          .arg(QString::number(mode, 8).rightJustified(4, QLatin1Char('0'))),
                      QStringLiteral("run chmod 600 on it"));
    auto key = parseKeyMaterial(data, &err);
    if (!key)
        return failed(QStringLiteral("is damaged (%1)").arg(err), advice);
    KeyResult r;
    r.status = KeyResult::Ok;
    r.key = makeStoreKey(*key, provider);
    return r;
}

KeyResult SystemdCredentialKeyProvider::load()
{
    const QString dir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (dir.isEmpty())
        return {};
    const QString path = dir + QLatin1Char('/') + QLatin1String(credentialName);
    if (!QFileInfo::exists(path))
        return {};
    // systemd makes credentials readable by the service user only; no mode check needed.
    return loadKeyFile(path, name(), path, false,
                       QStringLiteral("restore the encrypted credential the store was sealed with, or make a new one "
                                      "(systemd-creds encrypt --name=%1) and sign in again")
                           .arg(QLatin1String(credentialName)));
}

KeyResult KeyFileProvider::load()
{
    if (m_path.isEmpty())
        return {};
    return loadKeyFile(m_path, name(), QStringLiteral("the file"), true,
                       QStringLiteral("restore the key file the store was sealed with, or write a new key there "
                                      "(32 random bytes, mode 0600) and sign in again"));
}

DeviceBoundKeyProvider::DeviceBoundKeyProvider(QString storeDir, QString machineIdPath, Derive when)
    : m_storeDir(std::move(storeDir)),
      m_machineIdPath(machineIdPath.isEmpty() ? QStringLiteral("/etc/machine-id") : std::move(machineIdPath)),
      m_when(when)
{
}

namespace {

// The machine id, trimmed; false with r set (NotAvailable when the file is missing, else Failed).
bool readMachineId(const QString &path, QByteArray *machineId, KeyResult *r)
{
    QString err;
    bool missing = false;
    if (!readSmallFile(path, 4096, machineId, &err, &missing)) {
        if (missing)
            return false;  // NotAvailable
        r->status = KeyResult::Failed;
        r->error = QStringLiteral("machine id %1: %2; run systemd-machine-id-setup, or give the store a key file").arg(path, err);
        return false;
    }
    *machineId = machineId->trimmed();
    if (machineId->size() < 16) {
        r->status = KeyResult::Failed;
        r->error = QStringLiteral("machine id %1 is empty or too short; run systemd-machine-id-setup, or give the store a key file").arg(path);
        return false;
    }
    return true;
}

enum class SaltState { Ok, Missing, Unreadable };

// The salt at path: Ok with *salt, Missing, or Unreadable with *why (cannot be read, not a regular
// file, or not exactly kSaltSize bytes: a first write cut off by a power cut, a flash fault).
SaltState readSalt(const QString &path, QByteArray *salt, QString *why)
{
    QString err;
    bool missing = false;
    if (!readSmallFile(path, 1024, salt, &err, &missing)) {
        if (missing)
            return SaltState::Missing;
        *why = err;
        return SaltState::Unreadable;
    }
    if (salt->size() != kSaltSize) {
        *why = QStringLiteral("%1 bytes, expected %2").arg(salt->size()).arg(kSaltSize);
        return SaltState::Unreadable;
    }
    return SaltState::Ok;
}

// Renames path to path.corrupt-<n>, the first n not taken: kept for inspection, never deleted.
bool setAside(const QString &path, QString *kept, QString *error)
{
    const QByteArray from = QFile::encodeName(path);
    for (int n = 1; n < 1000; ++n) {
        const QString to = path + QStringLiteral(".corrupt-%1").arg(n);
        const QByteArray target = QFile::encodeName(to);
        struct stat st {};
        if (::lstat(target.constData(), &st) == 0)
            continue;
        if (errno != ENOENT || ::rename(from.constData(), target.constData()) != 0) {
            *error = QStringLiteral("cannot keep it aside as %1: %2").arg(to, secrets::errnoText(errno));
            return false;
        }
        *kept = to;
        return true;
    }
    *error = QStringLiteral("too many copies of it kept aside already");
    return false;
}

// Under the salt lock: the salt another process made meanwhile, else a new one, after keeping an
// unreadable one aside (*replaced says so). The new salt is written to a temporary file, fsynced
// and renamed into place, so a crash leaves no salt or a whole one, never a cut-off one.
bool makeSalt(const QString &dir, QByteArray *salt, QString *replaced, KeyResult *r)
{
    const auto failed = [r](const QString &error) {
        r->status = KeyResult::Failed;
        r->error = error;
        return false;
    };
    secrets::DirectoryLock lock(dir, QStringLiteral(".salt.lock"));
    if (!lock.isLocked())
        return failed(lock.error());
    const QString path = dir + QStringLiteral("/salt");
    QString why, err;
    switch (readSalt(path, salt, &why)) {
    case SaltState::Ok:
        return true;
    case SaltState::Missing:
        break;
    case SaltState::Unreadable: {
        QString kept;
        if (!setAside(path, &kept, &err))
            return failed(QStringLiteral("salt file %1 is unreadable (%2) and %3").arg(path, why, err));
        *replaced = QStringLiteral("salt file %1 was unreadable (%2); kept it as %3 and made a new one").arg(path, why, kept);
        break;
    }
    }
    salt->resize(kSaltSize);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt->data()), kSaltSize) != 1)
        return failed(QStringLiteral("no random bytes for the salt"));
    if (!secrets::writeFileAtomically(dir, path, *salt, &err))
        return failed(QStringLiteral("cannot create salt: %1").arg(err));
    return true;
}

void warnDeviceBoundOnce()
{
    static std::atomic_bool warned{false};
    if (!warned.exchange(true))
        qCWarning(lcStore).noquote() << "sealed store uses the device-bound key (machine id + salt), the weakest key"
                                        " option; provide a systemd credential or a key file for better protection";
}

}  // namespace

KeyResult DeviceBoundKeyProvider::load()
{
    if (m_when == Derive::OnLoad)
        return derive();
    // A broken machine id still stops the start with its error; a missing salt waits for the first
    // use. An unreadable salt is replaced now, so the store can keep aside what the old key sealed.
    KeyResult r;
    QByteArray machineId, salt;
    QString why;
    if (!readMachineId(m_machineIdPath, &machineId, &r))
        return r;
    if (readSalt(m_storeDir + QStringLiteral("/salt"), &salt, &why) == SaltState::Unreadable)
        return derive();
    warnDeviceBoundOnce();
    r.status = KeyResult::Ok;
    r.key.provider = name();
    r.key.makeOnFirstUse = [dir = m_storeDir, id = m_machineIdPath] { return DeviceBoundKeyProvider(dir, id).derive(); };
    return r;
}

KeyResult DeviceBoundKeyProvider::derive()
{
    KeyResult r;
    QByteArray machineId, salt;
    QString why, replaced;
    if (!readMachineId(m_machineIdPath, &machineId, &r))
        return r;
    if (readSalt(m_storeDir + QStringLiteral("/salt"), &salt, &why) != SaltState::Ok
        && !makeSalt(m_storeDir, &salt, &replaced, &r))
        return r;
    QString err;
    auto key = hkdfSha256(machineId, salt, &err);
    if (!key) {
        r.status = KeyResult::Failed;
        r.error = err;
        return r;
    }
    warnDeviceBoundOnce();
    r.status = KeyResult::Ok;
    r.key = makeStoreKey(*key, name());
    r.key.replacedMaterial = replaced;
    return r;
}

KeyProviderChain defaultKeyProviders(const QString &storeDir, const QString &keyFile, const QString &machineIdPath)
{
    KeyProviderChain chain;
    chain.push_back(std::make_unique<SystemdCredentialKeyProvider>());
    if (!keyFile.isEmpty())
        chain.push_back(std::make_unique<KeyFileProvider>(keyFile));
    chain.push_back(std::make_unique<DeviceBoundKeyProvider>(storeDir, machineIdPath, DeviceBoundKeyProvider::Derive::OnFirstUse));
    return chain;
}

std::optional<StoreKey> chooseKey(const KeyProviderChain &providers, QString *error)
{
    QStringList tried;
    for (const auto &p : providers) {
        KeyResult r = p->load();
        if (r.status == KeyResult::Ok)
            return r.key;
        if (r.status == KeyResult::Failed) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(p->name(), r.error);
            return std::nullopt;
        }
        tried << p->name();
    }
    if (error)
        *error = QStringLiteral("no store key available (tried: %1)").arg(tried.isEmpty() ? QStringLiteral("nothing") : tried.join(QStringLiteral(", ")));
    return std::nullopt;
}

}  // namespace tvpair
