#include "KeyProvider.h"

#include "PrivateFiles.h"
#include "net/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

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
    return StoreKey{key, storeKeyId(key), provider, {}};
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

static KeyResult loadKeyFile(const QString &path, const QString &provider, bool checkMode)
{
    KeyResult r;
    QByteArray data;
    QString err;
    bool missing = false;
    unsigned mode = 0;
    if (!readSmallFile(path, kMaxKeyFile, &data, &err, &missing, &mode)) {
        r.status = KeyResult::Failed;
        r.error = QStringLiteral("%1: %2").arg(path, err);
        return r;
    }
    if (checkMode && (mode & 0066)) {
        r.status = KeyResult::Failed;
        r.error = QStringLiteral("key file %1 has mode %2 (group/others may access it); run chmod 600 on it")
                      .arg(path, QString::number(mode, 8).rightJustified(4, QLatin1Char('0')));
        return r;
    }
    auto key = parseKeyMaterial(data, &err);
    if (!key) {
        r.status = KeyResult::Failed;
        r.error = QStringLiteral("key file %1: %2").arg(path, err);
        return r;
    }
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
    return loadKeyFile(path, name(), false);
}

KeyResult KeyFileProvider::load()
{
    if (m_path.isEmpty())
        return {};
    return loadKeyFile(m_path, name(), true);
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
        r->error = QStringLiteral("machine id %1: %2").arg(path, err);
        return false;
    }
    *machineId = machineId->trimmed();
    if (machineId->size() < 16) {
        r->status = KeyResult::Failed;
        r->error = QStringLiteral("machine id %1 is empty or too short").arg(path);
        return false;
    }
    return true;
}

// An existing salt, checked; *missing when there is none yet. False with r->error otherwise.
bool readSalt(const QString &saltPath, QByteArray *salt, bool *missing, KeyResult *r)
{
    QString err;
    *missing = false;
    if (!readSmallFile(saltPath, 1024, salt, &err, missing)) {
        if (*missing)
            return true;
        r->status = KeyResult::Failed;
        r->error = QStringLiteral("salt file %1: %2").arg(saltPath, err);
        return false;
    }
    if (salt->size() != kSaltSize) {
        // Replacing it would make every sealed file unreadable; say so and stop.
        r->status = KeyResult::Failed;
        r->error = QStringLiteral("salt file %1 has %2 bytes, expected %3").arg(saltPath).arg(salt->size()).arg(kSaltSize);
        return false;
    }
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
    // Everything derive() could refuse is checked now, so a broken machine id or salt still stops
    // the start with its error; only creating the salt and the key derivation wait.
    KeyResult r;
    QByteArray machineId, salt;
    bool missing = false;
    if (!readMachineId(m_machineIdPath, &machineId, &r) || !readSalt(m_storeDir + QStringLiteral("/salt"), &salt, &missing, &r))
        return r;
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
    bool missing = false;
    const QString saltPath = m_storeDir + QStringLiteral("/salt");
    if (!readMachineId(m_machineIdPath, &machineId, &r) || !readSalt(saltPath, &salt, &missing, &r))
        return r;
    if (missing) {
        QString err;
        salt.resize(kSaltSize);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltSize) != 1) {
            r.status = KeyResult::Failed;
            r.error = QStringLiteral("no random bytes for the salt");
            return r;
        }
        // link()-based create: when two processes race, both end up with the file that won.
        bool existed = false;
        if (!secrets::writeFileAtomically(m_storeDir, saltPath, salt, true, &err, &existed)) {
            r.status = KeyResult::Failed;
            r.error = QStringLiteral("cannot create salt: %1").arg(err);
            return r;
        }
        if (existed) {  // another process won: use its salt
            if (!readSalt(saltPath, &salt, &missing, &r))
                return r;
            if (missing) {
                r.status = KeyResult::Failed;
                r.error = QStringLiteral("salt file %1 vanished while it was created").arg(saltPath);
                return r;
            }
        }
    }
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
