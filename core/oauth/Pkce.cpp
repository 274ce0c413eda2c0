#include "Pkce.h"

#include "net/Log.h"

#include <openssl/rand.h>
#include <openssl/sha.h>

namespace tvpair::oauth {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    if (bytes <= 0 || RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        return {};
    return QString::fromLatin1(raw.toBase64(kBase64Url));
}

QString Pkce::challengeFor(const QString &verifier)
{
    const QByteArray ascii = verifier.toLatin1();
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(ascii.constData()), size_t(ascii.size()), digest);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH).toBase64(kBase64Url));
}

bool Pkce::isValidVerifier(const QString &v)
{
    if (v.size() < 43 || v.size() > 128)
        return false;
    for (const QChar c : v) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'
            || u == '.' || u == '_' || u == '~';
        if (!ok)
            return false;
    }
    return true;
}

Pkce Pkce::generate()
{
    Pkce p;
    p.verifier = randomUrlSafe(kVerifierBytes);
    if (p.verifier.isEmpty())
        return p;
    log::rememberSecret(p.verifier);
    p.challenge = challengeFor(p.verifier);
    return p;
}

}  // namespace tvpair::oauth
