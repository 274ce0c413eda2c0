#include "UserCode.h"

#include <openssl/rand.h>

#include <cstring>

namespace tvpair::bridge {

QString UserCode::generate()
{
    constexpr int n = sizeof(kAlphabet) - 1;  // 20
    QString out;
    while (out.size() < kLength) {
        unsigned char buf[16];
        if (RAND_bytes(buf, sizeof buf) != 1)
            return {};
        for (unsigned char b : buf) {
            // 240 = 12 * 20: bytes above it are dropped so every letter is equally likely.
            if (b >= 240)
                continue;
            out.append(QLatin1Char(kAlphabet[b % n]));
            if (out.size() == kLength)
                break;
        }
    }
    return out;
}

QString UserCode::normalize(const QString &typed)
{
    if (typed.size() > 32)
        return {};
    QString out;
    for (QChar c : typed) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        const QChar u = c.toUpper();
        if (u.unicode() > 127 || !std::strchr(kAlphabet, char(u.unicode())) || u.unicode() == 0)
            return {};
        out.append(u);
    }
    return out.size() == kLength ? out : QString();
}

QString UserCode::display(const QString &normalized)
{
    return normalized.left(4) + QLatin1Char('-') + normalized.mid(4);
}

}  // namespace tvpair::bridge
