// Jwt, Jwks and IdTokenValidator (OIDC Core §3.1.3.7). Keys are generated here with OpenSSL and
// tokens are signed here, so every alg is checked against an independent signer; the RFC 7515
// appendix A vectors in fixtures/ check the verifier against published signatures.
#include "oauth/IdTokenValidator.h"
#include "oauth/Jwks.h"
#include "oauth/Jwt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QtTest>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace tvpair::oauth;

namespace {

constexpr qint64 kNow = 1900000000;
constexpr qint64 kBuildEpoch = 1700000000;
const QString kIssuer = QStringLiteral("https://id.example.test");
const QString kClientId = QStringLiteral("tv-client");

QByteArray b64u(const QByteArray &bytes)
{
    return base64UrlEncode(bytes);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray bnParam(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        qFatal("EVP_PKEY_get_bn_param failed");
    const int len = padTo ? padTo : BN_num_bytes(bn);
    QByteArray out(len, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), len);
    BN_free(bn);
    return out;
}

enum class Pad { None, Pkcs1, Pss };

QByteArray sign(EVP_PKEY *key, const QByteArray &input, Pad pad = Pad::None, int saltLen = 32)
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    if (EVP_DigestSignInit_ex(md, &pctx, "SHA256", nullptr, nullptr, key, nullptr) != 1)
        qFatal("DigestSignInit failed");
    if (pad == Pad::Pkcs1)
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING);
    if (pad == Pad::Pss) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, "SHA256", nullptr);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, saltLen);
    }
    size_t len = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(input.constData());
    EVP_DigestSign(md, nullptr, &len, in, size_t(input.size()));
    QByteArray out(qsizetype(len), '\0');
    if (EVP_DigestSign(md, reinterpret_cast<unsigned char *>(out.data()), &len, in, size_t(input.size())) != 1)
        qFatal("DigestSign failed");
    out.resize(qsizetype(len));
    EVP_MD_CTX_free(md);
    return out;
}

QByteArray derToJose(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    QByteArray out(64, '\0');
    BN_bn2binpad(r, reinterpret_cast<unsigned char *>(out.data()), 32);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(out.data()) + 32, 32);
    ECDSA_SIG_free(sig);
    return out;
}

QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(JWT_FIXTURES_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

// Captures everything logged while alive, to prove no token text reaches a log.
QStringList *g_captured = nullptr;
QtMessageHandler g_previous = nullptr;
void captureHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (g_captured)
        g_captured->append(msg);
    if (g_previous)
        g_previous(type, ctx, msg);
}

}  // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private:
    EVP_PKEY *m_rsa = nullptr;
    EVP_PKEY *m_rsa2 = nullptr;
    EVP_PKEY *m_ec = nullptr;
    std::optional<Jwks> m_jwks;

    QJsonObject rsaJwk(EVP_PKEY *key, const QString &kid) const
    {
        return {{"kty", "RSA"}, {"kid", kid}, {"use", "sig"},
                {"n", QString::fromLatin1(b64u(bnParam(key, OSSL_PKEY_PARAM_RSA_N)))},
                {"e", QString::fromLatin1(b64u(bnParam(key, OSSL_PKEY_PARAM_RSA_E)))}};
    }
    QJsonObject ecJwk(EVP_PKEY *key, const QString &kid) const
    {
        return {{"kty", "EC"}, {"kid", kid}, {"crv", "P-256"}, {"alg", "ES256"},
                {"x", QString::fromLatin1(b64u(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X, 32)))},
                {"y", QString::fromLatin1(b64u(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32)))}};
    }

    static QJsonObject goodClaims()
    {
        return {{"iss", kIssuer}, {"sub", "viewer-42"}, {"aud", kClientId},
                {"exp", kNow + 600}, {"iat", kNow - 10}, {"nonce", "n-0S6_WzA2Mj"}};
    }
    static IdTokenExpectations expectations()
    {
        IdTokenExpectations e;
        e.issuer = kIssuer;
        e.clientId = kClientId;
        e.nonce = QStringLiteral("n-0S6_WzA2Mj");
        e.nowSeconds = kNow;
        e.buildEpochSeconds = kBuildEpoch;
        return e;
    }

    QByteArray token(const QString &alg, const QJsonObject &claims, const QString &kid = QString(),
                     int pssSalt = 32) const
    {
        QJsonObject header{{"alg", alg}, {"typ", "JWT"}};
        QString k = kid;
        if (k.isEmpty())
            k = alg == "ES256" ? "ec-1" : "rsa-1";
        if (k != "-")
            header.insert("kid", k);
        const QByteArray input = b64u(json(header)) + '.' + b64u(json(claims));
        QByteArray sig;
        if (alg == "RS256")
            sig = sign(m_rsa, input, Pad::Pkcs1);
        else if (alg == "PS256")
            sig = sign(m_rsa, input, Pad::Pss, pssSalt);
        else if (alg == "ES256")
            sig = derToJose(sign(m_ec, input));
        return input + '.' + b64u(sig);
    }

    IdTokenValidation check(const QByteArray &tok, const IdTokenExpectations &e = expectations()) const
    {
        return IdTokenValidator::validate(tok, *m_jwks, e);
    }

private slots:
    void initTestCase()
    {
        m_rsa = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        m_rsa2 = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        m_ec = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        QVERIFY(m_rsa && m_rsa2 && m_ec);
        const QJsonObject set{{"keys", QJsonArray{
            rsaJwk(m_rsa, "rsa-1"),
            ecJwk(m_ec, "ec-1"),
            QJsonObject{{"kty", "oct"}, {"kid", "hmac"}, {"k", "c2VjcmV0LXNlY3JldA"}},
        }}};
        QString error;
        m_jwks = Jwks::parse(json(set), &error);
        QVERIFY2(m_jwks, qPrintable(error));
        QCOMPARE(m_jwks->keyIds(), QStringList({"rsa-1", "ec-1"}));
    }

    void cleanupTestCase()
    {
        EVP_PKEY_free(m_rsa);
        EVP_PKEY_free(m_rsa2);
        EVP_PKEY_free(m_ec);
    }

    // --- Jwt ---

    void parseSplitsParts()
    {
        const QByteArray tok = token("RS256", goodClaims());
        QString error;
        const auto jwt = Jwt::parse(tok, &error);
        QVERIFY2(jwt, qPrintable(error));
        QCOMPARE(jwt->algorithm(), QStringLiteral("RS256"));
        QCOMPARE(jwt->keyId(), QStringLiteral("rsa-1"));
        QCOMPARE(jwt->claims().value("sub").toString(), QStringLiteral("viewer-42"));
        QCOMPARE(jwt->signingInput(), tok.left(tok.lastIndexOf('.')));
        QCOMPARE(jwt->signature().size(), 256);
    }

    void malformedTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QByteArray h = b64u(R"({"alg":"RS256"})");
        const QByteArray p = b64u(R"({"sub":"x"})");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one part") << h;
        QTest::newRow("two parts") << h + '.' + p;
        QTest::newRow("four parts") << h + '.' + p + ".AAAA.AAAA";
        QTest::newRow("five parts (JWE)") << h + '.' + p + ".AAAA.AAAA.AAAA";
        QTest::newRow("empty header") << "." + p + ".AAAA";
        QTest::newRow("empty payload") << h + "..AAAA";
        QTest::newRow("std base64 chars") << h + '.' + p + ".ab+/";
        QTest::newRow("padded") << h + '.' + p + ".AA==";
        QTest::newRow("whitespace") << h + '.' + p + " .AAAA";
        QTest::newRow("impossible length") << h + '.' + p + ".AAAAA";
        QTest::newRow("non-canonical bits") << h + '.' + p + ".AB";  // 'B' sets unused bits
        QTest::newRow("header not JSON") << b64u("{alg:RS256") + '.' + p + ".AAAA";
        QTest::newRow("header is array") << b64u(R"(["RS256"])") + '.' + p + ".AAAA";
        QTest::newRow("payload not JSON") << h + '.' + b64u("hello") + ".AAAA";
        QTest::newRow("payload is string") << h + '.' + b64u(R"("x")") + ".AAAA";
        QTest::newRow("no alg") << b64u(R"({"typ":"JWT"})") + '.' + p + ".AAAA";
        QTest::newRow("alg not string") << b64u(R"({"alg":256})") + '.' + p + ".AAAA";
        QTest::newRow("kid not string") << b64u(R"({"alg":"RS256","kid":7})") + '.' + p + ".AAAA";
        QTest::newRow("crit") << b64u(R"({"alg":"RS256","crit":["exp"],"exp":1})") + '.' + p + ".AAAA";
        QTest::newRow("over 64 KiB") << h + '.' + b64u("{\"pad\":\"" + QByteArray(50000, 'a') + "\"}") + ".AAAA";
    }

    void malformedTokens()
    {
        QFETCH(QByteArray, token);
        QString error;
        QVERIFY(!Jwt::parse(token, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains('\n'));
        QVERIFY(!Jwt::decodeClaimsUnverified(token));
        const auto r = check(token);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("malformed"));
        QVERIFY(!r.unknownKid);
        if (token.size() > 8)
            QVERIFY(!r.message.contains(QString::fromLatin1(token.mid(token.indexOf('.') + 1, 8))));
    }

    void decodeClaimsUnverified()
    {
        // <provider>_token claims: payment tokens in a JWT access token signed by a key the client never sees.
        QJsonObject claims{{"sub", "viewer-42"}, {"cleeng_token", "ct-123"}};
        QByteArray other = b64u(R"({"alg":"RS512","kid":"elsewhere"})") + '.' + b64u(json(claims)) + '.'
            + b64u(QByteArray(256, '\x01'));
        const auto decoded = Jwt::decodeClaimsUnverified(other);
        QVERIFY(decoded);
        QCOMPARE(decoded->value("cleeng_token").toString(), QStringLiteral("ct-123"));
        QString error;
        QVERIFY(!Jwt::decodeClaimsUnverified("not-a-jwt", &error));
        QVERIFY(!error.isEmpty());
    }

    // --- signatures ---

    void validTokenPerAlg_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<int>("pssSalt");
        QTest::newRow("RS256") << "RS256" << 0;
        QTest::newRow("PS256 salt 32") << "PS256" << 32;
        QTest::newRow("PS256 salt max") << "PS256" << int(RSA_PSS_SALTLEN_MAX);
        QTest::newRow("ES256") << "ES256" << 0;
    }

    void validTokenPerAlg()
    {
        QFETCH(QString, alg);
        QFETCH(int, pssSalt);
        const auto r = check(token(alg, goodClaims(), QString(), pssSalt));
        QVERIFY2(r.ok, qPrintable(r.error + ": " + r.message));
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.clockNotSet);
        QCOMPARE(r.claims.value("sub").toString(), QStringLiteral("viewer-42"));
    }

    void tamperedPayload()
    {
        for (const QString alg : {"RS256", "PS256", "ES256"}) {
            const QByteArray tok = token(alg, goodClaims());
            QJsonObject evil = goodClaims();
            evil.insert("sub", "admin");
            const QList<QByteArray> parts = tok.split('.');
            const auto r = check(parts[0] + '.' + b64u(json(evil)) + '.' + parts[2]);
            QCOMPARE(r.error, QStringLiteral("invalid_signature"));
            QVERIFY(!r.ok);
            QVERIFY(r.claims.isEmpty());  // unverified claims are never handed out
        }
    }

    void tamperedSignature()
    {
        for (const QString alg : {"RS256", "PS256", "ES256"}) {
            const QByteArray tok = token(alg, goodClaims());
            const QList<QByteArray> parts = tok.split('.');
            QByteArray sig = *base64UrlDecodeStrict(parts[2]);
            sig[sig.size() / 2] = char(sig[sig.size() / 2] ^ 0x01);
            QCOMPARE(check(parts[0] + '.' + parts[1] + '.' + b64u(sig)).error, QStringLiteral("invalid_signature"));
            QCOMPARE(check(parts[0] + '.' + parts[1] + '.').error, QStringLiteral("invalid_signature"));
            QCOMPARE(check(parts[0] + '.' + parts[1] + '.' + b64u(sig.left(sig.size() - 1))).error,
                     QStringLiteral("invalid_signature"));
        }
    }

    void algNoneRejected()
    {
        for (const char *alg : {"none", "None", "NONE", ""}) {
            const QByteArray header = b64u(json({{"alg", alg}, {"kid", "rsa-1"}}));
            const QByteArray input = header + '.' + b64u(json(goodClaims()));
            auto r = check(input + '.');
            QCOMPARE(r.error, QStringLiteral("unsupported_alg"));
            // A real signature appended does not help either.
            r = check(input + '.' + b64u(sign(m_rsa, input, Pad::Pkcs1)));
            QCOMPARE(r.error, QStringLiteral("unsupported_alg"));
        }
    }

    void hmacKeyConfusionRejected()
    {
        // The classic confusion: HS256 with the public RSA key (in any encoding) as the secret.
        const QByteArray n = bnParam(m_rsa, OSSL_PKEY_PARAM_RSA_N);
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PUBKEY(bio, m_rsa);
        char *pemData = nullptr;
        const long pemLen = BIO_get_mem_data(bio, &pemData);
        const QByteArray pem(pemData, int(pemLen));
        BIO_free(bio);
        for (const QByteArray &secret : {n, b64u(n), pem}) {
            for (const QString kid : {"rsa-1", "hmac", "-"}) {
                QJsonObject header{{"alg", "HS256"}};
                if (kid != "-")
                    header.insert("kid", kid);
                const QByteArray input = b64u(json(header)) + '.' + b64u(json(goodClaims()));
                const QByteArray mac = QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
                const auto r = check(input + '.' + b64u(mac));
                QVERIFY(!r.ok);
                QCOMPARE(r.error, QStringLiteral("unsupported_alg"));
            }
        }
        for (const char *alg : {"HS384", "HS512", "RS384", "ES384", "EdDSA"}) {
            const QByteArray input = b64u(json({{"alg", alg}})) + '.' + b64u(json(goodClaims()));
            QCOMPARE(check(input + ".AAAA").error, QStringLiteral("unsupported_alg"));
        }
    }

    void unknownKidIsDistinguishable()
    {
        const auto r = check(token("RS256", goodClaims(), "rotated-key"));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("unknown_kid"));
        QVERIFY(r.unknownKid);
        // Every other failure leaves the flag clear, so the caller refetches only for this one.
        QVERIFY(!check(token("RS256", goodClaims(), "ec-1")).unknownKid);
        QJsonObject bad = goodClaims();
        bad.insert("iss", "https://evil.test");
        QVERIFY(!check(token("RS256", bad)).unknownKid);
    }

    void keyChoiceWithoutKid()
    {
        // One key fits each alg in m_jwks, so a token without kid is accepted.
        QVERIFY(check(token("ES256", goodClaims(), "-")).ok);
        QVERIFY(check(token("RS256", goodClaims(), "-")).ok);
        // Two RSA keys: without kid the choice would be a guess.
        const QJsonObject two{{"keys", QJsonArray{rsaJwk(m_rsa, "rsa-1"), rsaJwk(m_rsa2, "rsa-2")}}};
        const auto jwks = Jwks::parse(json(two));
        QVERIFY(jwks);
        auto r = IdTokenValidator::validate(token("RS256", goodClaims(), "-"), *jwks, expectations());
        QCOMPARE(r.error, QStringLiteral("ambiguous_key"));
        QVERIFY(IdTokenValidator::validate(token("RS256", goodClaims(), "rsa-1"), *jwks, expectations()).ok);
        // Only RSA keys: an ES256 token without kid finds no key, which a refetch may fix.
        r = IdTokenValidator::validate(token("ES256", goodClaims(), "-"), *jwks, expectations());
        QCOMPARE(r.error, QStringLiteral("unknown_kid"));
        QVERIFY(r.unknownKid);
    }

    void algKeyTypeMismatch()
    {
        // ES256 header naming the RSA key and vice versa.
        QCOMPARE(check(token("ES256", goodClaims(), "rsa-1")).error, QStringLiteral("key_mismatch"));
        QCOMPARE(check(token("RS256", goodClaims(), "ec-1")).error, QStringLiteral("key_mismatch"));
        QCOMPARE(check(token("PS256", goodClaims(), "ec-1")).error, QStringLiteral("key_mismatch"));
        // A JWK pinned to RS256 does not verify PS256 even with the right key material.
        QJsonObject pinned = rsaJwk(m_rsa, "rsa-1");
        pinned.insert("alg", "RS256");
        const auto jwks = Jwks::parse(json({{"keys", QJsonArray{pinned}}}));
        QVERIFY(jwks);
        QCOMPARE(IdTokenValidator::validate(token("PS256", goodClaims()), *jwks, expectations()).error,
                 QStringLiteral("key_mismatch"));
        QVERIFY(IdTokenValidator::validate(token("RS256", goodClaims()), *jwks, expectations()).ok);
        // RS256 and PS256 signatures are not interchangeable.
        const QByteArray rs = token("RS256", goodClaims());
        const QByteArray ps = token("PS256", goodClaims());
        QCOMPARE(check(ps.left(ps.lastIndexOf('.')) + rs.mid(rs.lastIndexOf('.'))).error,
                 QStringLiteral("invalid_signature"));
    }

    void ecDerSignatureRejected()
    {
        const QByteArray header = b64u(json({{"alg", "ES256"}, {"kid", "ec-1"}}));
        const QByteArray input = header + '.' + b64u(json(goodClaims()));
        const QByteArray der = sign(m_ec, input);
        QCOMPARE(check(input + '.' + b64u(der)).error, QStringLiteral("invalid_signature"));
        QVERIFY(check(input + '.' + b64u(derToJose(der))).ok);
        // r||s of zeros and a swapped r/s do not verify either.
        QCOMPARE(check(input + '.' + b64u(QByteArray(64, '\0'))).error, QStringLiteral("invalid_signature"));
        const QByteArray raw = derToJose(der);
        QCOMPARE(check(input + '.' + b64u(raw.mid(32) + raw.left(32))).error, QStringLiteral("invalid_signature"));
    }

    // --- claims ---

    void claimChecks_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("claimInMessage");
        auto with = [](const char *key, const QJsonValue &v) {
            QJsonObject c = goodClaims();
            if (v.isUndefined())
                c.remove(key);
            else
                c.insert(key, v);
            return c;
        };
        const QJsonValue absent = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("wrong iss") << with("iss", "https://evil.test") << "wrong_issuer" << "iss";
        QTest::newRow("iss trailing slash") << with("iss", kIssuer + "/") << "wrong_issuer" << "iss";
        QTest::newRow("iss missing") << with("iss", absent) << "missing_claim" << "iss";
        QTest::newRow("sub missing") << with("sub", absent) << "missing_claim" << "sub";
        QTest::newRow("aud other") << with("aud", "other-client") << "wrong_audience" << "aud";
        QTest::newRow("aud missing") << with("aud", absent) << "missing_claim" << "aud";
        QTest::newRow("aud array without us") << with("aud", QJsonArray{"a", "b"}) << "wrong_audience" << "aud";
        QTest::newRow("aud array with number") << with("aud", QJsonArray{kClientId, 5}) << "wrong_audience" << "aud";
        QTest::newRow("aud array one") << with("aud", QJsonArray{kClientId}) << "" << "";
        QTest::newRow("aud array many") << with("aud", QJsonArray{"api", kClientId}) << "" << "";
        QJsonObject azpOk = with("aud", QJsonArray{"api", kClientId});
        azpOk.insert("azp", kClientId);
        QTest::newRow("aud array azp us") << azpOk << "" << "";
        QJsonObject azpBad = azpOk;
        azpBad.insert("azp", "api");
        QTest::newRow("aud array azp other") << azpBad << "wrong_audience" << "azp";
        QTest::newRow("exp past") << with("exp", kNow - 301) << "expired" << "exp";
        QTest::newRow("exp at skew edge") << with("exp", kNow - 300) << "expired" << "exp";
        QTest::newRow("exp within skew") << with("exp", kNow - 299) << "" << "";
        QTest::newRow("exp missing") << with("exp", absent) << "missing_claim" << "exp";
        QTest::newRow("exp string") << with("exp", QString::number(kNow + 600)) << "missing_claim" << "exp";
        QTest::newRow("exp fractional") << with("exp", double(kNow) + 0.5) << "" << "";
        QTest::newRow("iat future") << with("iat", kNow + 301) << "issued_in_future" << "iat";
        QTest::newRow("iat within skew") << with("iat", kNow + 300) << "" << "";
        QTest::newRow("iat missing") << with("iat", absent) << "missing_claim" << "iat";
        QTest::newRow("nbf future") << with("nbf", kNow + 301) << "not_yet_valid" << "nbf";
        QTest::newRow("nbf past") << with("nbf", kNow - 10) << "" << "";
        QTest::newRow("nonce other") << with("nonce", "n-other-value") << "nonce_mismatch" << "nonce";
        QTest::newRow("nonce missing") << with("nonce", absent) << "nonce_mismatch" << "nonce";
        QTest::newRow("nonce number") << with("nonce", 12) << "nonce_mismatch" << "nonce";
    }

    void claimChecks()
    {
        QFETCH(QJsonObject, claims);
        QFETCH(QString, error);
        QFETCH(QString, claimInMessage);
        for (const QString alg : {"RS256", "ES256"}) {
            const QByteArray tok = token(alg, claims);
            const auto r = check(tok);
            QCOMPARE(r.error, error);
            QCOMPARE(r.ok, error.isEmpty());
            QVERIFY(!r.unknownKid);
            if (!r.ok) {
                QVERIFY2(r.message.contains('"' + claimInMessage + '"'), qPrintable(r.message));
                QVERIFY(!r.message.contains('\n'));
                QVERIFY(!r.message.contains("n-0S6_WzA2Mj"));
                QVERIFY(!r.message.contains("n-other-value"));
                QVERIFY(!r.message.contains(QString::fromLatin1(tok.split('.')[1].left(12))));
                QCOMPARE(r.claims.value("sub"), claims.value("sub"));  // verified claims for diagnostics
            }
        }
    }

    void nonceNotRequiredWhenNotExpected()
    {
        IdTokenExpectations e = expectations();
        e.nonce.reset();
        QJsonObject c = goodClaims();
        c.remove("nonce");
        QVERIFY(check(token("RS256", c), e).ok);
        QVERIFY(check(token("RS256", goodClaims()), e).ok);
    }

    void customSkew()
    {
        IdTokenExpectations e = expectations();
        e.skewSeconds = 0;
        QJsonObject c = goodClaims();
        c.insert("exp", kNow - 1);
        QCOMPARE(check(token("ES256", c), e).error, QStringLiteral("expired"));
        c.insert("exp", kNow + 1);
        c.insert("iat", kNow + 1);
        QCOMPARE(check(token("ES256", c), e).error, QStringLiteral("issued_in_future"));
    }

    void clockBeforeBuildEpochTolerated()
    {
        // A TV that booted without NTP reads 1970: expired and "future" tokens pass, flagged.
        IdTokenExpectations e = expectations();
        e.nowSeconds = 86400;
        e.buildEpochSeconds.reset();  // the real TVPAIR_BUILD_EPOCH
        QVERIFY(qint64(TVPAIR_BUILD_EPOCH) > 1600000000);
        QJsonObject c = goodClaims();
        c.insert("exp", 1000);
        c.insert("iat", kNow + 100000);
        const QByteArray tok = token("RS256", c);

        QStringList logged;
        g_captured = &logged;
        g_previous = qInstallMessageHandler(captureHandler);
        const auto r = check(tok, e);
        qInstallMessageHandler(g_previous);
        g_captured = nullptr;

        QVERIFY2(r.ok, qPrintable(r.error + ": " + r.message));
        QVERIFY(r.clockNotSet);
        QCOMPARE(logged.size(), 1);
        QVERIFY(logged.first().contains("clock"));
        for (const QByteArray &part : tok.split('.'))
            QVERIFY(!logged.first().contains(QString::fromLatin1(part.left(16))));

        // Only the time checks are skipped: signature, issuer and audience still count.
        QJsonObject wrongIss = c;
        wrongIss.insert("iss", "https://evil.test");
        QCOMPARE(check(token("RS256", wrongIss), e).error, QStringLiteral("wrong_issuer"));
        const QList<QByteArray> parts = tok.split('.');
        QCOMPARE(check(parts[0] + '.' + parts[1] + '.' + parts[2].left(parts[2].size() - 4) + "AAAA", e).error,
                 QStringLiteral("invalid_signature"));
        c.remove("exp");
        QCOMPARE(check(token("RS256", c), e).error, QStringLiteral("missing_claim"));

        // With a set clock the same token is refused, unflagged.
        e.nowSeconds = kNow;
        const auto r2 = check(tok, e);
        QCOMPARE(r2.error, QStringLiteral("expired"));
        QVERIFY(!r2.clockNotSet);
    }

    // --- JWKS ---

    void jwksFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<QStringList>("kids");
        QTest::newRow("unknown kty and enc keys ignored")
            << "jwks_unknown_kty.json" << true << QStringList{"2011-04-29", "rfc7515-a3"};
        QTest::newRow("truncated") << "jwks_truncated.json" << false << QStringList();
        QTest::newRow("keys not an array") << "jwks_keys_not_array.json" << false << QStringList();
        QTest::newRow("only unusable keys") << "jwks_only_unusable.json" << false << QStringList();
    }

    void jwksFixtures()
    {
        QFETCH(QString, file);
        QFETCH(bool, parses);
        QFETCH(QStringList, kids);
        QString error;
        const auto jwks = Jwks::parse(readFixture(file), &error);
        QCOMPARE(bool(jwks), parses);
        if (jwks) {
            QCOMPARE(jwks->keyIds(), kids);
            QVERIFY(jwks->containsKeyId(kids.first()));
            QVERIFY(!jwks->containsKeyId("hmac-1"));
            QVERIFY(!jwks->containsKeyId("enc-1"));
        } else {
            QVERIFY(!error.isEmpty());
            QVERIFY(!error.contains('\n'));
        }
    }

    void rfc7515KnownAnswers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kid");
        QTest::newRow("A.2 RS256") << "rfc7515_a2_rs256.jwt" << "2011-04-29";
        QTest::newRow("A.3 ES256") << "rfc7515_a3_es256.jwt" << "rfc7515-a3";
    }

    void rfc7515KnownAnswers()
    {
        // The RFC's tokens carry no kid; a set with one RSA and one EC key resolves by alg.
        QFETCH(QString, file);
        const auto jwks = Jwks::parse(readFixture("jwks_unknown_kty.json"));
        QVERIFY(jwks);
        const QByteArray compact = readFixture(file).trimmed();
        const auto jwt = Jwt::parse(compact);
        QVERIFY(jwt);
        QCOMPARE(jwt->claims().value("iss").toString(), QStringLiteral("joe"));
        QString error;
        QCOMPARE(jwks->verify(*jwt, &error), Jwks::Verdict::Valid);
        QByteArray flipped = compact;
        flipped[10] = flipped[10] == 'A' ? 'B' : 'A';
        const auto bad = Jwt::parse(flipped);
        QVERIFY(!bad || jwks->verify(*bad) != Jwks::Verdict::Valid);
    }

    void jwksLimits()
    {
        QJsonArray many;
        for (int i = 0; i <= Jwks::kMaxKeys; ++i)
            many.append(ecJwk(m_ec, QStringLiteral("k%1").arg(i)));
        QString error;
        QVERIFY(!Jwks::parse(json({{"keys", many}}), &error));
        QVERIFY(error.contains("keys"));
        many.removeLast();
        QVERIFY(Jwks::parse(json({{"keys", many}})));

        QVERIFY(!Jwks::parse(QByteArray(Jwks::kMaxJwksBytes + 1, ' '), &error));
        QVERIFY(!Jwks::parse("[]", &error));
        QVERIFY(!Jwks::parse("", &error));

        // An RSA key below 2048 bits is skipped; so is an EC key with short coordinates.
        EVP_PKEY *small = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024));
        QJsonObject shortEc = ecJwk(m_ec, "short");
        shortEc.insert("x", shortEc.value("x").toString().mid(2));
        const auto jwks = Jwks::parse(json({{"keys", QJsonArray{rsaJwk(small, "small"), shortEc,
                                                                  ecJwk(m_ec, "ok")}}}));
        EVP_PKEY_free(small);
        QVERIFY(jwks);
        QCOMPARE(jwks->keyIds(), QStringList{"ok"});

        // key_ops without "verify" and use other than "sig" are not signing keys.
        QJsonObject ops = ecJwk(m_ec, "ops");
        ops.insert("key_ops", QJsonArray{"encrypt"});
        QJsonObject enc = ecJwk(m_ec, "enc");
        enc.insert("use", "enc");
        QJsonObject verify = ecJwk(m_ec, "verify");
        verify.insert("key_ops", QJsonArray{"verify"});
        const auto filtered = Jwks::parse(json({{"keys", QJsonArray{ops, enc, verify}}}));
        QVERIFY(filtered);
        QCOMPARE(filtered->keyIds(), QStringList{"verify"});
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "test_jwt.moc"
