#pragma once
// POSIX file helpers shared by the sealed store and the key providers. Written against raw
// file descriptors (not QFile/QSaveFile) because the store needs what Qt does not expose:
// O_NOFOLLOW, fchmod of an open file, fsync of the directory after a rename, flock and link.
#include <QByteArray>
#include <QString>

namespace tvpair::secrets {

QString errnoText(int err);

// Reads a whole regular file of at most maxBytes. Returns false with a one-line reason;
// *missing is set when the file does not exist.
bool readSmallFile(const QString &path, qint64 maxBytes, QByteArray *out, QString *error,
                   bool *missing = nullptr, unsigned *mode = nullptr);

// Writes data to a new 0600 temporary file in dir, fsyncs it, renames it to finalPath and
// fsyncs dir: a crash leaves the old file or the new one, never a cut-off one.
bool writeFileAtomically(const QString &dir, const QString &finalPath, const QByteArray &data, QString *error);

bool fsyncDirectory(const QString &dir, QString *error);

// Creates dir (and parents) as 0700; an existing dir owned by us with looser modes is
// repaired (with a warning), one owned by someone else is refused.
bool ensurePrivateDirectory(const QString &dir, QString *error);

// An exclusive flock on <dir>/<lockName> for the life of the object. flock() locks taken through
// two descriptors of one file exclude each other even in one process, so a lock held while
// another is taken must be on a file of its own.
class DirectoryLock
{
public:
    explicit DirectoryLock(const QString &dir, const QString &lockName = QStringLiteral(".lock"));
    ~DirectoryLock();
    DirectoryLock(const DirectoryLock &) = delete;
    DirectoryLock &operator=(const DirectoryLock &) = delete;
    bool isLocked() const { return m_fd >= 0; }
    QString error() const { return m_error; }

private:
    int m_fd = -1;
    QString m_error;
};

}  // namespace tvpair::secrets
