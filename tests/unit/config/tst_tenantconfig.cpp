// Tenant config parsing: every error names the file, the field and what
// was expected; unknown keys are errors; plain http only for loopback (checked at use).
#include "config/TenantConfig.h"
#include "net/HttpClient.h"

#include <QtTest>

using namespace tvpair;

static const QByteArray kGood =
    "{\"app_name\":\"Example TV\",\"issuer\":\"https://id.example.com\",\"client_id\":\"tv-app\","
    "\"scope\":\"openid offline_access profile\",\"payment\":{\"provider\":\"cleeng\",\"environment\":\"sandbox\","
    "\"publisher_id\":\"123456789\",\"offer_ids\":[\"S1\",\"S2\"]}}";

class TenantConfigTest : public QObject {
    Q_OBJECT
private slots:
    void goodConfig()
    {
        QString err;
        const auto c = TenantConfig::fromJson(kGood, "config.json", &err);
        QVERIFY2(c, qPrintable(err));
        QCOMPARE(c->appName, QString("Example TV"));
        QCOMPARE(c->payment.provider, QString("cleeng"));
        QCOMPARE(c->payment.offerIds, QStringList({"S1", "S2"}));
        QCOMPARE(c->authMethod(), QString("none"));
        QCOMPARE(c->payment.entitlementFields.value("product_id"), QString("productId"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{nope") << "config.json: malformed JSON";
        QTest::newRow("array") << QByteArray("[]") << "config.json: JSON is not an object";
        QTest::newRow("typo key") << QByteArray("{\"isuer\":\"https://a\",\"client_id\":\"x\"}")
                                  << "config.json: field \"isuer\": unknown key";
        QTest::newRow("no issuer") << QByteArray("{\"client_id\":\"x\"}") << "config.json: field \"issuer\": missing";
        QTest::newRow("issuer not url") << QByteArray("{\"issuer\":\"id.example\",\"client_id\":\"x\"}")
                                        << "config.json: field \"issuer\": expected an absolute https URL";
        QTest::newRow("client_id number") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":5}")
                                          << "config.json: field \"client_id\": expected a string";
        QTest::newRow("bad flow") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"flow\":\"implicit\"}")
                                  << "config.json: field \"flow\": expected one of device_code, authorization_code";
        QTest::newRow("bool as string") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"allow_insecure_loopback\":\"yes\"}")
                                        << "config.json: field \"allow_insecure_loopback\": expected true or false";
        QTest::newRow("endpoint typo") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"endpoints\":{\"tokn\":\"https://a/t\"}}")
                                       << "config.json: field \"endpoints.tokn\": unknown key";
        QTest::newRow("endpoint not url") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"endpoints\":{\"token\":\"/t\"}}")
                                          << "config.json: field \"endpoints.token\": expected an absolute http(s) URL";
        QTest::newRow("provider") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":{\"provider\":\"paypal\"}}")
                                  << "config.json: field \"payment.provider\": expected one of cleeng, inplayer, mpx, rest, userinfo, none";
        QTest::newRow("cleeng needs publisher") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":{\"provider\":\"cleeng\"}}")
                                                << "config.json: field \"payment.publisher_id\": required";
        QTest::newRow("inplayer ids") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":{\"provider\":\"inplayer\",\"asset_ids\":[\"1\"]}}")
                                      << "config.json: field \"payment.asset_ids\": expected a list of positive whole numbers";
        QTest::newRow("secret for post") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"token_endpoint_auth_method\":\"client_secret_post\"}")
                                         << "config.json: field \"client_secret\": required";
        QTest::newRow("field map typo") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":{\"provider\":\"mpx\",\"base_url\":\"https://m\",\"entitlement_fields\":{\"productid\":\"p\"}}}")
                                        << "config.json: field \"payment.entitlement_fields.productid\": unknown key";
        // `payment` as a list: errors name the element.
        const QByteArray list = "{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":[{\"provider\":\"cleeng\",\"publisher_id\":\"1\"},";
        QTest::newRow("list: second needs publisher") << list + "{\"provider\":\"inplayer\",\"asset_ids\":[1]},{\"provider\":\"cleeng\"}]}"
                                                       << "config.json: field \"payment[2].publisher_id\": required";
        QTest::newRow("list: typo") << list + "{\"provider\":\"mpx\",\"base_url\":\"https://m\",\"acount\":\"a\"}]}"
                                    << "config.json: field \"payment[1].acount\": unknown key";
        QTest::newRow("list: twice") << list + "{\"provider\":\"cleeng\",\"publisher_id\":\"2\"}]}"
                                     << "config.json: field \"payment[1].provider\": \"cleeng\" is listed twice";
        QTest::newRow("list: none") << list + "{\"provider\":\"none\"}]}"
                                    << "config.json: field \"payment[1].provider\": \"none\" cannot be one of several";
        QTest::newRow("list: not an object") << list + "\"mpx\"]}" << "config.json: field \"payment[1]\": expected a provider object";
        QTest::newRow("list: empty") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":[]}")
                                     << "config.json: field \"payment\": expected a provider object or a non-empty list";
        QTest::newRow("rest needs url") << QByteArray("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":{\"provider\":\"rest\"}}")
                                        << "config.json: field \"payment.entitlement_url\": required for the rest provider";
        QTest::newRow("rest field typo") << list + "{\"provider\":\"rest\",\"entitlement_url\":\"https://o/e\",\"entitlement_fields\":{\"trial_ends\":\"t\"}}]}"
                                         << "config.json: field \"payment[1].entitlement_fields.trial_ends\": unknown key";
        QTest::newRow("rest mpx field") << list + "{\"provider\":\"rest\",\"entitlement_url\":\"https://o/e\",\"entitlement_fields\":{\"disabled\":\"d\"}}]}"
                                        << "config.json: field \"payment[1].entitlement_fields.disabled\": unknown key";
        QTest::newRow("rest token source") << list + "{\"provider\":\"rest\",\"entitlement_url\":\"https://o/e\",\"token_source\":\"id_token\"}]}"
                                           << "config.json: field \"payment[1].token_source\": expected one of access_token, storage_keys";
        // Authorization code keys: redirect_port, post_logout_redirect_uri, endpoints.end_session.
        const QByteArray base = "{\"issuer\":\"https://a\",\"client_id\":\"x\",";
        // branding: the form of each key; whether colours read well is decided at UI start.
        const QString colour = "expected a colour as #rrggbb (six hex digits)";
        QTest::newRow("branding not object") << base + "\"branding\":\"blue\"}"
                                             << "config.json: field \"branding\": expected an object";
        QTest::newRow("branding typo") << base + "\"branding\":{\"accent_colour\":\"#ffffff\"}}"
                                       << "config.json: field \"branding.accent_colour\": unknown key";
        QTest::newRow("accent named") << base + "\"branding\":{\"accent_color\":\"red\"}}"
                                      << "config.json: field \"branding.accent_color\": " + colour;
        QTest::newRow("accent short hex") << base + "\"branding\":{\"accent_color\":\"#fff\"}}"
                                          << "config.json: field \"branding.accent_color\": " + colour;
        QTest::newRow("background alpha") << base + "\"branding\":{\"background_color\":\"#10203040\"}}"
                                          << "config.json: field \"branding.background_color\": " + colour;
        QTest::newRow("background number") << base + "\"branding\":{\"background_color\":1052688}}"
                                           << "config.json: field \"branding.background_color\": expected a string";
        QTest::newRow("support not url") << base + "\"branding\":{\"support_url\":\"help.example.com\"}}"
                                         << "config.json: field \"branding.support_url\": expected an absolute http(s) URL";
        QTest::newRow("logo empty") << base + "\"branding\":{\"logo_file\":\" \"}}"
                                    << "config.json: field \"branding.logo_file\": must not be empty";
        QTest::newRow("logo list") << base + "\"branding\":{\"logo_file\":[\"a.png\"]}}"
                                   << "config.json: field \"branding.logo_file\": expected a string";
        QTest::newRow("brand name empty") << base + "\"branding\":{\"app_name\":\"\"}}"
                                          << "config.json: field \"branding.app_name\": must not be empty";
        QTest::newRow("two names") << base + "\"app_name\":\"One TV\",\"branding\":{\"app_name\":\"Other TV\"}}"
                                   << "config.json: field \"branding.app_name\": differs from app_name";
        const QString port = "config.json: field \"redirect_port\": expected a whole number from 1024 to 65535";
        QTest::newRow("port 80") << base + "\"redirect_port\":80}" << port;
        QTest::newRow("port 1023") << base + "\"redirect_port\":1023}" << port;
        QTest::newRow("port 70000") << base + "\"redirect_port\":70000}" << port;
        QTest::newRow("port 65536") << base + "\"redirect_port\":65536}" << port;
        QTest::newRow("port string") << base + "\"redirect_port\":\"x\"}" << port;
        QTest::newRow("port numeric string") << base + "\"redirect_port\":\"8080\"}" << port;
        QTest::newRow("port fraction") << base + "\"redirect_port\":8080.5}" << port;
        QTest::newRow("port negative") << base + "\"redirect_port\":-8080}" << port;
        QTest::newRow("port huge") << base + "\"redirect_port\":1e300}" << port;
        QTest::newRow("port bool") << base + "\"redirect_port\":true}" << port;
        const QString plr = "config.json: field \"post_logout_redirect_uri\": expected an absolute URL";
        QTest::newRow("logout uri relative") << base + "\"post_logout_redirect_uri\":\"/signed-out\"}" << plr;
        QTest::newRow("logout uri no scheme") << base + "\"post_logout_redirect_uri\":\"example.com/out\"}" << plr;
        QTest::newRow("logout uri empty") << base + "\"post_logout_redirect_uri\":\"\"}" << plr;
        QTest::newRow("logout uri fragment") << base + "\"post_logout_redirect_uri\":\"https://tv.example/out#x\"}" << plr;
        QTest::newRow("logout uri no host") << base + "\"post_logout_redirect_uri\":\"https:///out\"}" << plr;
        QTest::newRow("logout uri spaces") << base + "\"post_logout_redirect_uri\":\"https://tv example/out\"}" << plr;
        QTest::newRow("logout uri number") << base + "\"post_logout_redirect_uri\":5}"
                                           << "config.json: field \"post_logout_redirect_uri\": expected a string";
        QTest::newRow("end_session not url") << base + "\"endpoints\":{\"end_session\":\"/session/end\"}}"
                                             << "config.json: field \"endpoints.end_session\": expected an absolute http(s) URL";
        QTest::newRow("end_session typo") << base + "\"endpoints\":{\"endsession\":\"https://a/end\"}}"
                                          << "config.json: field \"endpoints.endsession\": unknown key";
        QTest::newRow("logout typo") << base + "\"post_logout_redirect_url\":\"https://a/out\"}"
                                     << "config.json: field \"post_logout_redirect_url\": unknown key";
        // Identity-server dialects: each bad value names its field.
        const QString f = "config.json: field ";
        QTest::newRow("discovery_url relative") << base + "\"discovery_url\":\"/.well-known/x\"}"
                                                << f + "\"discovery_url\": expected an absolute http(s) URL";
        QTest::newRow("discovery_url number") << base + "\"discovery_url\":1}" << f + "\"discovery_url\": expected a string";
        QTest::newRow("response_type token") << base + "\"response_type\":\"token\"}"
                                             << f + "\"response_type\": expected one of code, code id_token";
        QTest::newRow("response_type order") << base + "\"response_type\":\"id_token code\"}"
                                             << f + "\"response_type\": expected one of code, code id_token";
        QTest::newRow("response_type list") << base + "\"response_type\":[\"code\"]}" << f + "\"response_type\": expected a string";
        QTest::newRow("response_mode web_message") << base + "\"response_mode\":\"web_message\"}"
                                                   << f + "\"response_mode\": expected one of query, form_post, fragment";
        QTest::newRow("response_mode empty") << base + "\"response_mode\":\"\"}"
                                             << f + "\"response_mode\": expected one of query, form_post, fragment";
        QTest::newRow("authorization_params list") << base + "\"authorization_params\":[\"merchant_vat\"]}"
                                                   << f + "\"authorization_params\": expected an object";
        QTest::newRow("authorization_params object value") << base + "\"authorization_params\":{\"merchant_vat\":{\"v\":1}}}"
                                                           << f + "\"authorization_params.merchant_vat\": expected a string, a number or true/false";
        QTest::newRow("authorization_params null value") << base + "\"authorization_params\":{\"merchant_vat\":null}}"
                                                         << f + "\"authorization_params.merchant_vat\": expected a string, a number or true/false";
        QTest::newRow("authorization_params array value") << base + "\"authorization_params\":{\"a\":[1]}}"
                                                          << f + "\"authorization_params.a\": expected a string, a number or true/false";
        QTest::newRow("authorization_params empty name") << base + "\"authorization_params\":{\"\":\"x\"}}"
                                                         << f + "\"authorization_params.\": a parameter name must not be empty";
        QTest::newRow("token_params string") << base + "\"token_params\":\"merchantId=1\"}" << f + "\"token_params\": expected an object";
        QTest::newRow("refresh_params bool list") << base + "\"refresh_params\":{\"x\":[true]}}"
                                                  << f + "\"refresh_params.x\": expected a string, a number or true/false";
        // Every parameter the core sets itself, in each of the three objects.
        for (const char *section : {"authorization_params", "token_params", "refresh_params"}) {
            for (const char *core : {"client_id", "grant_type", "code", "redirect_uri", "code_verifier", "code_challenge",
                                     "code_challenge_method", "state", "nonce", "response_type", "response_mode", "scope",
                                     "refresh_token", "device_code", "client_secret"}) {
                QTest::newRow(qPrintable(QString("%1 overrides %2").arg(section, core)))
                    << base + QString("\"%1\":{\"%2\":\"x\"}}").arg(section, core).toUtf8()
                    << f + QString("\"%1.%2\": set by tvpair itself; it cannot be overridden").arg(section, core);
            }
        }
        QTest::newRow("refresh_with_code_verifier string") << base + "\"refresh_with_code_verifier\":\"true\"}"
                                                           << f + "\"refresh_with_code_verifier\": expected true or false";
        QTest::newRow("token_dialect unknown") << base + "\"token_dialect\":\"paytronix2\"}"
                                               << f + "\"token_dialect\": expected one of rfc6749, paytronix";
        QTest::newRow("token_dialect number") << base + "\"token_dialect\":6749}" << f + "\"token_dialect\": expected a string";
        QTest::newRow("logout_error_uri relative") << base + "\"logout_error_uri\":\"/error\"}"
                                                   << f + "\"logout_error_uri\": expected an absolute URL";
        QTest::newRow("logout_error_uri number") << base + "\"logout_error_uri\":3}" << f + "\"logout_error_uri\": expected a string";
        QTest::newRow("end_session_url unknown placeholder") << base + "\"end_session_url\":\"https://a/logout?t={id_token}\"}"
                                                             << f + "\"end_session_url\": unknown placeholder {id_token}";
        QTest::newRow("end_session_url open brace") << base + "\"end_session_url\":\"https://a/logout?c={client_id\"}"
                                                    << f + "\"end_session_url\": a \"{\" without its \"}\"";
        QTest::newRow("end_session_url stray brace") << base + "\"end_session_url\":\"https://a/logout?c=}\"}"
                                                     << f + "\"end_session_url\": a \"}\" without its \"{\"";
        QTest::newRow("end_session_url relative") << base + "\"end_session_url\":\"/logout?c={client_id}\"}"
                                                  << f + "\"end_session_url\": expected an absolute http(s) URL";
        QTest::newRow("end_session_url scheme") << base + "\"end_session_url\":\"javascript:{client_id}\"}"
                                                << f + "\"end_session_url\": expected an absolute http(s) URL";
        QTest::newRow("end_session_url no error uri") << base + "\"end_session_url\":\"https://a/logout?e={logout_error_uri}\"}"
                                                      << f + "\"end_session_url\": placeholder {logout_error_uri} has no value";
        QTest::newRow("end_session_url no return uri") << base + "\"end_session_url\":\"https://a/logout?r={post_logout_redirect_uri}\"}"
                                                       << f + "\"end_session_url\": placeholder {post_logout_redirect_uri} has no value";
        QTest::newRow("end_session_url and endpoint") << base + "\"end_session_url\":\"https://a/logout\",\"endpoints\":{\"end_session\":\"https://a/end\"}}"
                                                      << f + "\"end_session_url\": give either";
        QTest::newRow("end_session_url number") << base + "\"end_session_url\":1}" << f + "\"end_session_url\": expected a string";
        QTest::newRow("identity list") << base + "\"identity\":[]}" << f + "\"identity\": expected an object";
        QTest::newRow("identity typo") << base + "\"identity\":{\"subjekt\":\"userinfo\"}}" << f + "\"identity.subjekt\": unknown key";
        const QString subj = f + "\"identity.subject\": expected one of id_token, userinfo, access_token, token_response:<property>";
        QTest::newRow("subject unknown") << base + "\"identity\":{\"subject\":\"email\"}}" << subj;
        QTest::newRow("subject empty property") << base + "\"identity\":{\"subject\":\"token_response:\"}}" << subj;
        QTest::newRow("subject empty") << base + "\"identity\":{\"subject\":\"\"}}" << subj;
        QTest::newRow("subject number") << base + "\"identity\":{\"subject\":1}}" << f + "\"identity.subject\": expected a string";
        const QString dn = f + "\"identity.display_name\": expected a list of claim or property names";
        QTest::newRow("display_name string") << base + "\"identity\":{\"display_name\":\"name\"}}" << dn;
        QTest::newRow("display_name empty list") << base + "\"identity\":{\"display_name\":[]}}" << dn;
        QTest::newRow("display_name empty entry") << base + "\"identity\":{\"display_name\":[\"name\",\" \"]}}" << dn;
        QTest::newRow("display_name number entry") << base + "\"identity\":{\"display_name\":[\"name\",2]}}" << dn;
        QTest::newRow("customer_number list") << base + "\"identity\":{\"customer_number\":[\"c\"]}}"
                                              << f + "\"identity.customer_number\": expected a string";
        QTest::newRow("customer_number empty") << base + "\"identity\":{\"customer_number\":\"\"}}"
                                               << f + "\"identity.customer_number\": expected a claim or property name";
        // openid only when an ID token is expected; the issuer only then or without endpoints.
        QTest::newRow("hybrid without openid") << base + "\"scope\":\"profile\",\"response_type\":\"code id_token\"}"
                                               << f + "\"scope\": must contain \"openid\" for response_type \"code id_token\"";
        QTest::newRow("id_token subject without openid") << base + "\"scope\":\"profile\",\"identity\":{\"subject\":\"id_token\"}}"
                                                         << f + "\"scope\": must contain \"openid\" for identity.subject \"id_token\"";
        QTest::newRow("no issuer with openid") << QByteArray("{\"client_id\":\"x\",\"endpoints\":{\"token\":\"https://a/t\"}}")
                                               << f + "\"issuer\": missing; required when an ID token is expected";
        QTest::newRow("no issuer no endpoints") << QByteArray("{\"client_id\":\"x\",\"scope\":\"user_read\"}")
                                                << f + "\"issuer\": missing; required unless discovery_url or endpoints.token is given";
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString err;
        QVERIFY(!TenantConfig::fromJson(json, "config.json", &err));
        QVERIFY2(err.startsWith(expected), qPrintable(err));
        QVERIFY(!err.contains('\n'));
    }

    // Every branding key read; colours kept lower case; a relative logo is next to the config file.
    void branding()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("config.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"issuer\":\"https://id.example.com\",\"client_id\":\"tv-app\",\"branding\":{"
                "\"app_name\":\"Nordic TV\",\"logo_file\":\"logo.png\",\"accent_color\":\"#FFB020\","
                "\"background_color\":\"#101820\",\"support_url\":\"https://help.nordic.example/tv\"}}");
        f.close();
        QString err;
        const auto c = TenantConfig::fromFile(path, &err);
        QVERIFY2(c, qPrintable(err));
        QCOMPARE(c->appName, QString("Nordic TV"));
        QCOMPARE(c->branding.appName, QString("Nordic TV"));
        QCOMPARE(c->branding.logoFile, dir.filePath("logo.png"));
        QCOMPARE(c->branding.accentColor, QString("#ffb020"));
        QCOMPARE(c->branding.backgroundColor, QString("#101820"));
        QCOMPARE(c->branding.supportUrl, QUrl("https://help.nordic.example/tv"));
        // The same name twice is one name; an absolute logo path is kept.
        const auto same = TenantConfig::fromJson("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"app_name\":\"A\","
                                                 "\"branding\":{\"app_name\":\"A\",\"logo_file\":\"/srv/logo.png\"}}",
                                                 "config.json", &err);
        QVERIFY2(same, qPrintable(err));
        QCOMPARE(same->appName, QString("A"));
        QCOMPARE(same->branding.logoFile, QString("/srv/logo.png"));
        // Without branding: the built-in look (every value empty).
        const auto plain = TenantConfig::fromJson(kGood, "config.json", &err);
        QVERIFY(plain && plain->branding.accentColor.isEmpty() && plain->branding.logoFile.isEmpty()
                && plain->branding.supportUrl.isEmpty());
    }

    void logoutAndPortKeys()
    {
        QString err;
        const QByteArray json = "{\"issuer\":\"https://id.example.com\",\"client_id\":\"tv-app\",\"redirect_port\":8765,"
                                "\"post_logout_redirect_uri\":\"https://tv.example.com/signed-out?from=tv\","
                                "\"endpoints\":{\"end_session\":\"https://id.example.com/logout\"}}";
        const auto c = TenantConfig::fromJson(json, "config.json", &err);
        QVERIFY2(c, qPrintable(err));
        QCOMPARE(c->redirectPort, quint16(8765));
        QCOMPARE(c->postLogoutRedirectUri, QUrl("https://tv.example.com/signed-out?from=tv"));
        QCOMPARE(c->endpoints.endSession, QUrl("https://id.example.com/logout"));
        // The edges of the range, and a custom-scheme return URI (native apps register those).
        for (const int port : {1024, 65535}) {
            const auto edge = TenantConfig::fromJson(
                QStringLiteral("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"redirect_port\":%1}").arg(port).toUtf8(),
                "config.json", &err);
            QVERIFY2(edge, qPrintable(err));
            QCOMPARE(int(edge->redirectPort), port);
        }
        const auto custom = TenantConfig::fromJson(
            "{\"issuer\":\"https://a\",\"client_id\":\"x\",\"post_logout_redirect_uri\":\"com.example.tv:/signed-out\"}",
            "config.json", &err);
        QVERIFY2(custom, qPrintable(err));
        QCOMPARE(custom->postLogoutRedirectUri.scheme(), QString("com.example.tv"));
        // Absent: an ephemeral port and no return URI.
        const auto plain = TenantConfig::fromJson(kGood, "config.json", &err);
        QVERIFY(plain);
        QCOMPARE(plain->redirectPort, quint16(0));
        QVERIFY(plain->postLogoutRedirectUri.isEmpty());
        QVERIFY(plain->endpoints.endSession.isEmpty());
    }

    void dialectKeys()
    {
        // A MobilePay-like OIDC tenant: discovery elsewhere, hybrid, form_post, extra parameters.
        QString err;
        const QByteArray json =
            "{\"issuer\":\"https://id.example.com\",\"client_id\":\"tv\",\"discovery_url\":\"https://meta.example.net/oidc/config\","
            "\"response_type\":\"code id_token\",\"response_mode\":\"form_post\",\"authorization_params\":{\"merchant_vat\":\"DK123\"},"
            "\"token_params\":{\"merchantId\":42,\"guest\":true},\"refresh_params\":{\"x\":\"y\"},\"refresh_with_code_verifier\":true,"
            "\"post_logout_redirect_uri\":\"https://tv.example/out\",\"logout_error_uri\":\"https://tv.example/error\","
            "\"end_session_url\":\"https://id.example.com/logout?c={client_id}&r={post_logout_redirect_uri}&e={logout_error_uri}\","
            "\"identity\":{\"subject\":\"userinfo\",\"display_name\":[\"name\",\"email\"],\"customer_number\":\"customer_no\"}}";
        const auto c = TenantConfig::fromJson(json, "config.json", &err);
        QVERIFY2(c, qPrintable(err));
        QCOMPARE(c->dialect.discoveryUrl, QUrl("https://meta.example.net/oidc/config"));
        QCOMPARE(c->dialect.responseType, QString("code id_token"));
        QCOMPARE(c->dialect.responseMode, QString("form_post"));
        QCOMPARE(c->dialect.authorizationParams.value("merchant_vat").toString(), QString("DK123"));
        QVERIFY(c->dialect.tokenParams.value("merchantId").isDouble());  // a number stays a number
        QVERIFY(c->dialect.tokenParams.value("guest").isBool());
        QCOMPARE(c->dialect.refreshParams.value("x").toString(), QString("y"));
        QVERIFY(c->dialect.refreshWithCodeVerifier);
        QCOMPARE(c->dialect.tokenDialect, QString("rfc6749"));
        QCOMPARE(c->dialect.logoutErrorUri, QUrl("https://tv.example/error"));
        QVERIFY(c->dialect.endSessionUrl.startsWith("https://id.example.com/logout?c={client_id}"));
        QCOMPARE(c->identity.subject, QString("userinfo"));
        QCOMPARE(c->identity.displayName, QStringList({"name", "email"}));
        QCOMPARE(c->identity.customerNumber, QString("customer_no"));
        QCOMPARE(c->subjectSource(), QString("userinfo"));
        QVERIFY(c->expectsIdToken());
        // Defaults.
        const auto plain = TenantConfig::fromJson(kGood, "config.json", &err);
        QVERIFY(plain);
        QCOMPARE(plain->dialect.responseType, QString("code"));
        QCOMPARE(plain->dialect.responseMode, QString("query"));
        QCOMPARE(plain->dialect.tokenDialect, QString("rfc6749"));
        QVERIFY(!plain->dialect.refreshWithCodeVerifier);
        QVERIFY(plain->dialect.endSessionUrl.isEmpty());
        QCOMPARE(plain->subjectSource(), QString("id_token"));
    }

    void freeScopeWithoutIssuer()
    {
        // A Paytronix-like tenant: its own scopes, no openid, no issuer, endpoints given.
        QString err;
        const QByteArray json =
            "{\"client_id\":\"tv\",\"client_secret\":\"s\",\"scope\":\"account_read account_write user_read user_write\","
            "\"flow\":\"authorization_code\",\"token_dialect\":\"paytronix\",\"token_params\":{\"merchantId\":1},"
            "\"endpoints\":{\"authorization\":\"https://sso.example/oauth/authorize\",\"token\":\"https://api.example/guest/token\"},"
            "\"identity\":{\"subject\":\"token_response:username\",\"display_name\":[\"username\"]}}";
        const auto c = TenantConfig::fromJson(json, "config.json", &err);
        QVERIFY2(c, qPrintable(err));
        QVERIFY(c->issuer.isEmpty());
        QVERIFY(!c->expectsIdToken());
        QCOMPARE(c->subjectSource(), QString("token_response:username"));
        QCOMPARE(c->dialect.tokenDialect, QString("paytronix"));
        QCOMPARE(c->serverKey(), QString("https://api.example/guest/token"));  // no issuer: the token endpoint names the server
        // Without openid and without identity.subject there is no subject source.
        const auto bare = TenantConfig::fromJson("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"scope\":\"read\"}", "c.json", &err);
        QVERIFY2(bare, qPrintable(err));
        QVERIFY(bare->subjectSource().isEmpty());
        // discovery_url alone is enough without an ID token; access_token subjects need no openid.
        const auto disc = TenantConfig::fromJson("{\"client_id\":\"x\",\"scope\":\"read\",\"discovery_url\":\"https://m.example/meta\","
                                                 "\"identity\":{\"subject\":\"access_token\"}}", "c.json", &err);
        QVERIFY2(disc, qPrintable(err));
        QCOMPARE(disc->subjectSource(), QString("access_token"));
        QCOMPARE(disc->serverKey(), QString("https://m.example/meta"));
        QCOMPARE(bare->serverKey(), QString("https://a"));
    }

    void paymentList()
    {
        // A list of providers: every one read, in order; `payment` is the first; one object stays valid.
        QString err;
        const QDir dir(QStringLiteral(TVPAIR_SOURCE_DIR "/resources/config"));
        const auto c = TenantConfig::fromFile(dir.filePath("linked-providers.json"), &err);
        QVERIFY2(c, qPrintable(err));
        QStringList names;
        for (const auto &p : c->paymentProviders())
            names << p.provider;
        QCOMPARE(names, QStringList({"cleeng", "inplayer", "mpx", "rest"}));
        QCOMPARE(c->payment.provider, QString("cleeng"));
        QVERIFY(c->paymentFor("inplayer"));
        QCOMPARE(c->paymentFor("inplayer")->assetIds, QList<qint64>({1001, 1002, 1003}));
        QVERIFY(!c->paymentFor("userinfo"));
        const auto rest = c->paymentFor("rest");
        QVERIFY(rest);
        QCOMPARE(rest->tokenSource, QString("access_token"));
        // The mapping: one key renamed, the others Beacon's.
        QCOMPARE(rest->entitlementFields.value("title"), QString("package_title"));
        QCOMPARE(rest->entitlementFields.value("cancellation"), QString("effective_cancelation_date"));
        QCOMPARE(rest->entitlementFields.value("product_id"), QString("package_name"));
        // mpx keeps its own defaults in a list.
        QCOMPARE(c->paymentFor("mpx")->entitlementFields.value("product_id"), QString("productId"));

        const auto one = TenantConfig::fromJson("{\"issuer\":\"https://a\",\"client_id\":\"x\",\"payment\":{\"provider\":\"mpx\","
                                                "\"base_url\":\"https://m\"}}", "c.json", &err);
        QVERIFY2(one, qPrintable(err));
        QCOMPARE(one->paymentProviders().size(), 1);
        QCOMPARE(one->paymentProviders().first().provider, QString("mpx"));
        const auto none = TenantConfig::fromJson("{\"issuer\":\"https://a\",\"client_id\":\"x\"}", "c.json", &err);
        QVERIFY2(none, qPrintable(err));
        QVERIFY(none->paymentProviders().isEmpty());
    }

    void examplesParse()
    {
        // Every shipped example is a valid config (browser-signin.example.json uses the redirect keys).
        const QDir dir(QStringLiteral(TVPAIR_SOURCE_DIR "/resources/config"));
        const QStringList files = dir.entryList({"*.json"}, QDir::Files);
        QVERIFY(files.contains("browser-signin.example.json"));
        for (const QString &f : files) {
            QString err;
            QVERIFY2(TenantConfig::fromFile(dir.filePath(f), &err), qPrintable(err));
        }
        QString err;
        const auto c = TenantConfig::fromFile(dir.filePath("browser-signin.example.json"), &err);
        QVERIFY2(c, qPrintable(err));
        QCOMPARE(c->redirectPort, quint16(8765));
        QVERIFY(!c->postLogoutRedirectUri.isEmpty());
        QVERIFY(!c->endpoints.endSession.isEmpty());
    }

    void secretNeverInError()
    {
        QString err;
        const QByteArray json = "{\"issuer\":\"https://a\",\"client_id\":\"x\",\"client_secret\":\"s3cr3t-value\",\"bogus\":1}";
        QVERIFY(!TenantConfig::fromJson(json, "c.json", &err));
        QVERIFY(!err.contains("s3cr3t-value"));
    }

    void missingFileNamesIt()
    {
        QString err;
        QVERIFY(!TenantConfig::fromFile("/nonexistent/tvpair.json", &err));
        QVERIFY(err.startsWith("/nonexistent/tvpair.json: cannot read"));
    }

    void hugeFileRefused()
    {
        QString err;
        QVERIFY(!TenantConfig::fromJson(QByteArray(300 * 1024, ' '), "big.json", &err));
        QVERIFY(err.contains("larger than"));
    }

    void urlPolicy()
    {
        net::UrlPolicy strict;
        QVERIFY(strict.check(QUrl("https://id.example/token")).isEmpty());
        QVERIFY(!strict.check(QUrl("http://id.example/token")).isEmpty());
        QVERIFY(!strict.check(QUrl("http://127.0.0.1:8080/token")).isEmpty());  // not allowed by config
        net::UrlPolicy loop{true};
        QVERIFY(loop.check(QUrl("http://127.0.0.1:8080/token")).isEmpty());
        QVERIFY(loop.check(QUrl("http://127.9.9.9/token")).isEmpty());
        QVERIFY(loop.check(QUrl("http://[::1]:80/token")).isEmpty());
        QVERIFY(loop.check(QUrl("http://localhost/token")).isEmpty());
        QVERIFY(!loop.check(QUrl("http://192.168.1.10/token")).isEmpty());
        QVERIFY(!loop.check(QUrl("http://127.0.0.1.evil.example/token")).isEmpty());
        QVERIFY(!loop.check(QUrl("ftp://127.0.0.1/x")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TenantConfigTest)
#include "tst_tenantconfig.moc"
