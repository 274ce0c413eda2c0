// ViewerIdentity: the viewer's id, display name and customer number from the token response,
// the verified ID token claims and UserInfo, as the config's identity section says.
#include "config/TenantConfig.h"
#include "oauth/Jwt.h"
#include "oauth/ViewerIdentity.h"

#include <QJsonDocument>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::oauth;

static QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

static QString unsignedJwt(const QJsonObject &claims)
{
    return QString::fromLatin1(base64UrlEncode("{\"alg\":\"RS256\",\"typ\":\"at+jwt\"}") + '.'
                               + base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
                               + base64UrlEncode("not-a-real-signature"));
}

class ViewerIdentityTest : public QObject {
    Q_OBJECT
private slots:
    void subjectSources_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("id_token") << "id_token" << "id-sub";
        QTest::newRow("userinfo") << "userinfo" << "id-sub";
        QTest::newRow("token_response string") << "token_response:username" << "guest.jane";
        QTest::newRow("token_response number") << "token_response:user_id" << "4711";
        QTest::newRow("token_response missing") << "token_response:nope" << "";
        QTest::newRow("token_response object") << "token_response:profile" << "";
        QTest::newRow("access_token") << "access_token" << "beacon-user-9";
        QTest::newRow("none") << "" << "";
    }
    void subjectSources()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QJsonObject response = obj("{\"token_type\":\"Bearer\",\"username\":\"guest.jane\",\"user_id\":4711,\"profile\":{\"a\":1}}");
        response.insert("access_token", unsignedJwt(QJsonObject{{"sub", "beacon-user-9"}, {"exp", 1}}));
        const QJsonObject id = obj("{\"sub\":\"id-sub\",\"name\":\"Jane from ID\"}");
        const QJsonObject info = obj("{\"sub\":\"id-sub\",\"name\":\"Jane from UserInfo\"}");
        const auto who = ViewerIdentity::read(IdentityRules{source, {}, {}}, response, id, info);
        QCOMPARE(who.subject, expected);
    }

    void displayNameOrder()
    {
        const QJsonObject response = obj("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"nickname\":\"jj\"}");
        const QJsonObject id = obj("{\"sub\":\"s\",\"name\":\"Jane (ID token)\",\"email\":\"jane@id.example\"}");
        const QJsonObject info = obj("{\"sub\":\"s\",\"name\":\"Jane (UserInfo)\",\"preferred_username\":\"jane_u\",\"customer_no\":123456}");
        // The first name in the list wins; each name is looked up in token response, ID token, UserInfo.
        QCOMPARE(ViewerIdentity::read({"", {"name", "nickname"}, {}}, response, id, info).displayName, QString("Jane (ID token)"));
        QCOMPARE(ViewerIdentity::read({"", {"nickname", "name"}, {}}, response, id, info).displayName, QString("jj"));
        QCOMPARE(ViewerIdentity::read({"", {"preferred_username"}, {}}, response, id, info).displayName, QString("jane_u"));
        QCOMPARE(ViewerIdentity::read({"", {"name"}, {}}, response, {}, info).displayName, QString("Jane (UserInfo)"));
        QCOMPARE(ViewerIdentity::read({"", {"missing"}, {}}, response, id, info).displayName, QString());
        // Customer number: found the same way; a number is shown as its decimal text.
        const auto who = ViewerIdentity::read({"", {}, "customer_no"}, response, id, info);
        QCOMPARE(who.customerNumber, QString("123456"));
        QVERIFY(who.displayName.isEmpty());
        QCOMPARE(ViewerIdentity::read({"", {}, "customer_no"}, obj("{\"customer_no\":\"C-1\"}"), id, info).customerNumber,
                 QString("C-1"));
    }

    void secretsAreNeverNames()
    {
        // A name list that names a token, or a property that repeats one, finds nothing.
        const QJsonObject response = obj("{\"access_token\":\"at-SECRET-1\",\"refresh_token\":\"rt-SECRET-2\","
            "\"id_token\":\"e30.e30.\",\"token_type\":\"Bearer\",\"label\":\"rt-SECRET-2\",\"username\":\"at-SECRET-1\"}");
        const auto who = ViewerIdentity::read({"token_response:username", {"access_token", "refresh_token", "id_token", "label"},
                                               "refresh_token"},
                                              response, {}, {});
        QVERIFY(who.subject.isEmpty());
        QVERIFY(who.displayName.isEmpty());
        QVERIFY(who.customerNumber.isEmpty());
    }

    // A hostile server names the viewer after its own tokens in the ID token or UserInfo (found
    // by fuzz_viewer_identity): nothing shown or printed may equal or hold a token.
    void tokensInClaimsAreNeverShown()
    {
        const QString at = QStringLiteral("at-0123456789abcdefSECRET");
        const QJsonObject response{{"access_token", at}, {"refresh_token", "rt-0123456789abcdefSECRET"}};
        const QJsonObject idClaims{{"sub", at}, {"name", "Dear rt-0123456789abcdefSECRET"}};
        const QJsonObject info{{"sub", at}, {"customer_number", at}};
        const auto who = ViewerIdentity::read({"id_token", {"name"}, "customer_number"}, response, idClaims, info);
        QVERIFY(who.subject.isEmpty());
        QVERIFY(who.displayName.isEmpty());
        QVERIFY(who.customerNumber.isEmpty());
        // The same claims without the tokens in them are shown.
        const auto ok = ViewerIdentity::read({"id_token", {"name"}, "customer_number"}, response,
                                             {{"sub", "alice"}, {"name", "Alice"}}, {{"sub", "alice"}, {"customer_number", "C-1"}});
        QCOMPARE(ok.subject, QStringLiteral("alice"));
        QCOMPARE(ok.displayName, QStringLiteral("Alice"));
        QCOMPARE(ok.customerNumber, QStringLiteral("C-1"));
    }

    void shownValuesAreOneLine()
    {
        const QJsonObject response = obj("{\"name\":\"Jane\\n{\\\"event\\\":\\\"forged\\\"}\\u202e\",\"customer\":\"  7  \"}");
        const auto who = ViewerIdentity::read({"token_response:name", {"name"}, "customer"}, response, {}, {});
        QVERIFY(!who.displayName.contains('\n'));
        QVERIFY(!who.displayName.contains(QChar(0x202e)));
        QVERIFY(who.displayName.startsWith("Jane "));
        QCOMPARE(who.customerNumber, QString("7"));
        QVERIFY(who.subject.isEmpty());  // an id with a line break is no id
    }

    void userInfoOfAnotherViewerIsIgnored()
    {
        // OIDC Core §5.3.2: UserInfo's sub must equal the ID token's; otherwise none of it is used.
        const QJsonObject id = obj("{\"sub\":\"alice\"}");
        const QJsonObject info = obj("{\"sub\":\"mallory\",\"name\":\"Mallory\",\"customer_no\":\"666\"}");
        const auto who = ViewerIdentity::read({"userinfo", {"name"}, "customer_no"}, {}, id, info);
        QVERIFY(who.subject.isEmpty());
        QVERIFY(who.displayName.isEmpty());
        QVERIFY(who.customerNumber.isEmpty());
        // Without an ID token, UserInfo stands alone.
        QCOMPARE(ViewerIdentity::read({"userinfo", {"name"}, {}}, {}, {}, info).subject, QString("mallory"));
    }

    void accessTokenThatIsNoJwt()
    {
        const QJsonObject response = obj("{\"access_token\":\"opaque-token\",\"token_type\":\"Bearer\"}");
        QVERIFY(ViewerIdentity::read({"access_token", {}, {}}, response, {}, {}).subject.isEmpty());
    }

    void rulesFromConfig()
    {
        QString err;
        const auto c = TenantConfig::fromJson(
            "{\"issuer\":\"https://a\",\"client_id\":\"x\",\"identity\":{\"display_name\":[\"name\"],\"customer_number\":\"cn\"}}", "c.json", &err);
        QVERIFY2(c, qPrintable(err));
        const auto rules = IdentityRules::fromConfig(*c);
        QCOMPARE(rules.subject, QString("id_token"));  // the default with openid
        QCOMPARE(rules.displayName, QStringList{"name"});
        QCOMPARE(rules.customerNumber, QString("cn"));
        QVERIFY(rules.wantsUserInfo());
        QVERIFY(!(IdentityRules{"id_token", {}, {}}.wantsUserInfo()));
        QVERIFY((IdentityRules{"userinfo", {}, {}}.wantsUserInfo()));
    }
};

QTEST_GUILESS_MAIN(ViewerIdentityTest)
#include "tst_viewer_identity.moc"
