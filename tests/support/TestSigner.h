#pragma once
// Test support: an RSA key made here with OpenSSL, its JWK, and RS256 ID tokens signed with
// it, so ID-token checks run against real signatures from an independent signer.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

namespace tvpair::test {

class TestSigner {
public:
    TestSigner() { m_key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)); }
    ~TestSigner() { EVP_PKEY_free(m_key); }
    TestSigner(const TestSigner &) = delete;
    TestSigner &operator=(const TestSigner &) = delete;

    static QByteArray b64u(const QByteArray &b)
    {
        return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    QJsonObject jwks(const QString &kid = QStringLiteral("k1")) const
    {
        const QJsonObject k{{"kty", "RSA"}, {"kid", kid}, {"use", "sig"}, {"alg", "RS256"},
                            {"n", QString::fromLatin1(b64u(param(OSSL_PKEY_PARAM_RSA_N)))},
                            {"e", QString::fromLatin1(b64u(param(OSSL_PKEY_PARAM_RSA_E)))}};
        return {{"keys", QJsonArray{k}}};
    }

    QByteArray sign(const QJsonObject &claims, const QString &kid = QStringLiteral("k1")) const
    {
        const QJsonObject header{{"alg", "RS256"}, {"typ", "JWT"}, {"kid", kid}};
        const QByteArray input = b64u(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                 + b64u(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        EVP_MD_CTX *md = EVP_MD_CTX_new();
        if (EVP_DigestSignInit_ex(md, nullptr, "SHA256", nullptr, nullptr, m_key, nullptr) != 1)
            qFatal("DigestSignInit failed");
        size_t len = 0;
        const auto *in = reinterpret_cast<const unsigned char *>(input.constData());
        EVP_DigestSign(md, nullptr, &len, in, size_t(input.size()));
        QByteArray sig(qsizetype(len), '\0');
        if (EVP_DigestSign(md, reinterpret_cast<unsigned char *>(sig.data()), &len, in, size_t(input.size())) != 1)
            qFatal("DigestSign failed");
        sig.resize(qsizetype(len));
        EVP_MD_CTX_free(md);
        return input + '.' + b64u(sig);
    }

private:
    QByteArray param(const char *name) const
    {
        BIGNUM *bn = nullptr;
        if (EVP_PKEY_get_bn_param(m_key, name, &bn) != 1)
            qFatal("EVP_PKEY_get_bn_param failed");
        QByteArray out(BN_num_bytes(bn), '\0');
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
        BN_free(bn);
        return out;
    }
    EVP_PKEY *m_key = nullptr;
};

}  // namespace tvpair::test
