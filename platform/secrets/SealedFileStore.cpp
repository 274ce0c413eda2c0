#include "SealedFileStore.h"

#include "PrivateFiles.h"
#include "SealedEnvelope.h"
#include "net/Log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace tvpair {

using namespace secrets;

namespace {

// Entry names become file names: [A-Za-z0-9_.-] pass through (no leading dot), every other
// UTF-8 byte is %XX, so any name maps to exactly one file and never leaves the directory.
QString encodeName(const QString &name)
{
    if (name.isEmpty())
        return {};
    const QByteArray utf8 = name.toUtf8();
    QString out;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '-' || (c == '.' && i > 0);
        if (plain)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("%%1").arg(quint8(c), 2, 16, QLatin1Char('0')).toUpper();
    }
    if (out.size() > 200)
        return {};
    return out;
}

}  // namespace

SealedFileStore::SealedFileStore(QString dir, StoreKey key) : m_dir(std::move(dir)), m_key(std::move(key)) {}

std::unique_ptr<SealedFileStore> SealedFileStore::open(const QString &dir, const KeyProviderChain &providers,
                                                       QString *error)
{
    QString err;
    const QString abs = QDir(dir).absolutePath();
    if (!ensurePrivateDirectory(abs, &err)) {
        if (error)
            *error = err;
        return nullptr;
    }
    auto key = chooseKey(providers, &err);
    if (!key) {
        if (error)
            *error = QStringLiteral("sealed store %1: %2").arg(abs, err);
        return nullptr;
    }
    return openWithKey(abs, *key, error);
}

std::unique_ptr<SealedFileStore> SealedFileStore::openWithKey(const QString &dir, const StoreKey &key, QString *error)
{
    QString err;
    const QString abs = QDir(dir).absolutePath();
    if (!ensurePrivateDirectory(abs, &err)) {
        if (error)
            *error = err;
        return nullptr;
    }
    const bool later = key.key.isEmpty() && key.id.isEmpty() && key.makeOnFirstUse;
    if (!later && (key.key.size() != 32 || key.id.size() != 8)) {
        if (error)
            *error = QStringLiteral("sealed store %1: invalid key").arg(abs);
        return nullptr;
    }
    std::unique_ptr<SealedFileStore> store(new SealedFileStore(abs, key));
    store->removeStaleTemporaries();
    if (!key.replacedMaterial.isEmpty() && !store->keepAsideEntriesOfOldKey(error))
        return nullptr;
    return store;
}

bool SealedFileStore::keepAsideEntriesOfOldKey(QString *error)
{
    DirectoryLock lock(m_dir);
    if (!lock.isLocked()) {
        if (error)
            *error = lock.error();
        return false;
    }
    QString err;
    QStringList kept;
    const QStringList entries = QDir(m_dir).entryList({QStringLiteral("*.sealed")}, QDir::Files | QDir::System, QDir::Name);
    for (const QString &f : entries) {
        const QString path = m_dir + QLatin1Char('/') + f;
        // Another process may have made the same new key first and sealed with it already.
        QByteArray data;
        if (readSmallFile(path, kMaxEnvelopeSize, &data, &err) && sealedWithKey(m_key, data))
            continue;
        QString to;
        if (!keepAside(path, &to, &err)) {
            if (error)
                *error = err;
            return false;
        }
        if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT) {
            if (error)
                *error = QStringLiteral("cannot move %1 aside: %2").arg(path, errnoText(errno));
            return false;
        }
        kept << QFileInfo(to).fileName();
    }
    if (!kept.isEmpty() && !fsyncDirectory(m_dir, error ? error : &err))
        return false;
    m_repaired = m_key.replacedMaterial
        + (kept.isEmpty() ? QStringLiteral("; no entries were sealed with the old key")
                          : QStringLiteral("; entries sealed with the old key kept aside as %1").arg(kept.join(QStringLiteral(", "))));
    qCWarning(lcStore).noquote() << QStringLiteral("sealed store %1: %2").arg(m_dir, m_repaired);
    return true;
}

bool SealedFileStore::ensureKey(QString *error)
{
    if (!m_key.key.isEmpty() || !m_key.makeOnFirstUse)
        return true;
    const KeyResult r = m_key.makeOnFirstUse();
    if (r.status != KeyResult::Ok || r.key.key.size() != 32 || r.key.id.size() != 8) {
        *error = QStringLiteral("%1: %2").arg(m_key.provider, r.error.isEmpty() ? QStringLiteral("no key") : r.error);
        return false;
    }
    if (!r.key.replacedMaterial.isEmpty())
        qCWarning(lcStore).noquote() << QStringLiteral("sealed store %1: %2").arg(m_dir, r.key.replacedMaterial);
    m_key = r.key;
    return true;
}

QString SealedFileStore::description() const
{
    return QStringLiteral("sealed file store (%1)").arg(m_dir);
}

QString SealedFileStore::filePath(const QString &name) const
{
    const QString enc = encodeName(name);
    return enc.isEmpty() ? QString() : m_dir + QLatin1Char('/') + enc + QStringLiteral(".sealed");
}

void SealedFileStore::removeStaleTemporaries()
{
    // Left behind by a process killed between creating and renaming its temporary file.
    // Under the lock no other writer is between those steps.
    DirectoryLock lock(m_dir);
    if (!lock.isLocked())
        return;
    const QStringList stale = QDir(m_dir).entryList({QStringLiteral(".*.tmp-*")}, QDir::Files | QDir::Hidden | QDir::System);
    bool saltTemporaries = false;
    for (const QString &f : stale) {
        if (f.startsWith(QLatin1String(".salt.tmp-")))
            saltTemporaries = true;
        else
            QFile::remove(m_dir + QLatin1Char('/') + f);
    }
    // The device-bound salt is made under a lock of its own (another process may be between
    // writing its temporary file and renaming it): its leftovers go only under that lock.
    if (!saltTemporaries)
        return;
    DirectoryLock saltLock(m_dir, QStringLiteral(".salt.lock"));
    if (!saltLock.isLocked())
        return;
    for (const QString &f : QDir(m_dir).entryList({QStringLiteral(".salt.tmp-*")}, QDir::Files | QDir::Hidden | QDir::System))
        QFile::remove(m_dir + QLatin1Char('/') + f);
}

SecretRead SealedFileStore::read(const QString &name)
{
    // No lock: rename() is atomic, so a reader sees the old or the new file.
    return readLocked(name);
}

SecretRead SealedFileStore::readLocked(const QString &name)
{
    SecretRead r;
    const QString path = filePath(name);
    if (path.isEmpty()) {
        r.status = SecretRead::Unreadable;
        r.error = QStringLiteral("invalid entry name");
        return r;
    }
    QByteArray data;
    QString err;
    bool missing = false;
    unsigned mode = 0;
    if (!readSmallFile(path, kMaxEnvelopeSize, &data, &err, &missing, &mode)) {
        if (missing)
            return r;  // Absent
        r.status = SecretRead::Unreadable;
        r.error = QStringLiteral("%1: %2").arg(path, err);
        return r;
    }
    if (mode & 0077) {
        qCWarning(lcStore).noquote() << QStringLiteral("%1 had mode %2; repairing it to 0600")
                                            .arg(path, QString::number(mode, 8));
        ::chmod(QFile::encodeName(path).constData(), 0600);
    }
    if (!ensureKey(&err) || !secrets::open(m_key, name, data, &r.value, &err)) {
        r.status = SecretRead::Unreadable;
        r.error = QStringLiteral("%1: %2").arg(path, err);
        return r;
    }
    r.status = SecretRead::Found;
    return r;
}

bool SealedFileStore::keepAside(const QString &path, QString *kept, QString *error)
{
    // An entry that does not open with the current key may still open with the right one
    // (a key file restored, a different machine id): it is never deleted. Reads leave it
    // in place; before write()/remove() replace it, it is hard-linked to
    // <name>.sealed.corrupt-<n>, which keeps the bytes without a window where neither exists.
    const QByteArray from = QFile::encodeName(path);
    for (int n = 1; n < 1000; ++n) {
        const QString to = path + QStringLiteral(".corrupt-%1").arg(n);
        if (::link(from.constData(), QFile::encodeName(to).constData()) == 0) {
            *kept = to;
            return true;
        }
        if (errno != EEXIST) {
            *error = QStringLiteral("cannot keep unreadable %1 aside: %2").arg(path, errnoText(errno));
            return false;
        }
    }
    *error = QStringLiteral("too many unreadable copies of %1 kept aside").arg(path);
    return false;
}

bool SealedFileStore::writeLocked(const QString &name, const QByteArray &value, QString *error)
{
    QString err;
    const QString path = filePath(name);
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("invalid entry name");
        return false;
    }
    const QByteArray sealed = ensureKey(&err) ? seal(m_key, name, value, &err) : QByteArray();
    if (sealed.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, err);
        return false;
    }
    const SecretRead current = readLocked(name);
    if (current.status == SecretRead::Unreadable && QFileInfo::exists(path)) {
        QString kept;
        if (!keepAside(path, &kept, &err)) {
            if (error)
                *error = err;
            return false;
        }
        qCWarning(lcStore).noquote() << QStringLiteral("replacing unreadable entry (%1); old file kept as %2")
                                            .arg(current.error, kept);
    }
    if (!writeFileAtomically(m_dir, path, sealed, &err)) {
        if (error)
            *error = err;
        return false;
    }
    return true;
}

bool SealedFileStore::write(const QString &name, const QByteArray &value, QString *error)
{
    DirectoryLock lock(m_dir);
    if (!lock.isLocked()) {
        if (error)
            *error = lock.error();
        return false;
    }
    return writeLocked(name, value, error);
}

bool SealedFileStore::update(const QString &name,
                             const std::function<std::optional<QByteArray>(const SecretRead &)> &fn, QString *error)
{
    DirectoryLock lock(m_dir);
    if (!lock.isLocked()) {
        if (error)
            *error = lock.error();
        return false;
    }
    const auto next = fn(readLocked(name));
    if (!next)
        return true;
    return writeLocked(name, *next, error);
}

bool SealedFileStore::remove(const QString &name, QString *error)
{
    const QString path = filePath(name);
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("invalid entry name");
        return false;
    }
    DirectoryLock lock(m_dir);
    if (!lock.isLocked()) {
        if (error)
            *error = lock.error();
        return false;
    }
    QString err;
    const SecretRead current = readLocked(name);
    if (current.status == SecretRead::Absent)
        return true;
    if (current.status == SecretRead::Unreadable && QFileInfo::exists(path)) {
        QString kept;
        if (!keepAside(path, &kept, &err)) {
            if (error)
                *error = err;
            return false;
        }
        qCWarning(lcStore).noquote() << QStringLiteral("removing unreadable entry (%1); old file kept as %2")
                                            .arg(current.error, kept);
    }
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT) {
        if (error)
            *error = QStringLiteral("cannot remove %1: %2").arg(path, errnoText(errno));
        return false;
    }
    return fsyncDirectory(m_dir, error ? error : &err);
}

}  // namespace tvpair
