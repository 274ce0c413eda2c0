// The `rest` provider: an operator's entitlement service with Beacon-shaped records, read by
// RestAnswers, asked by RestProvider on a real socket (FaultServer). Trial, cancellation, rental,
// purchase and refunded records map onto the one model; pages follow the `next` link (never to
// another origin, since the token goes along); a renamed field comes from the mapping; garbled or
// refused answers are one clear error.
#include "FaultServer.h"
#include "PaymentTestSupport.h"

#include "config/TenantConfig.h"
#include "net/HttpClient.h"
#include "payments/RestProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;
using S = Entitlement::Status;

namespace {
const QString kPath = QStringLiteral("/operator/entitlements");
const QString kToken = QStringLiteral("viewer-access-token-0123");

QJsonArray fixtureRecords()
{
    return QJsonDocument::fromJson(paymentFixture("rest/records.json")).object().value("entitlements").toArray();
}

// Serves `records` `size` a page by ?page=N, with a relative `next` link.
FaultServer::Handler paged(const QJsonArray &records, int size)
{
    return [records, size](const FaultRequest &r) {
        const int page = r.query.queryItemValue("page").toInt();
        QJsonArray rows;
        for (int i = page * size; i < (page + 1) * size && i < records.size(); ++i)
            rows.append(records.at(i));
        const bool more = (page + 1) * size < records.size();
        return FaultReply::json(200, QJsonObject{{"entitlements", rows},
                                                 {"next", more ? QJsonValue(QStringLiteral("?page=%1").arg(page + 1))
                                                               : QJsonValue(QJsonValue::Null)}});
    };
}

QDateTime utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC(); }

}  // namespace

class TestRest : public QObject {
    Q_OBJECT

    FaultServer *server = nullptr;
    net::HttpClient *http = nullptr;

    std::unique_ptr<RestProvider> make(QHash<QString, QString> fields = {{"title", "package_title"}})
    {
        auto p = std::make_unique<RestProvider>(server->url(kPath), kToken, fields, http);
        p->setClock([]() { return kNow; });
        return p;
    }

private slots:
    void init()
    {
        server = new FaultServer;
        QVERIFY(server->listen());
        http = new net::HttpClient(net::UrlPolicy{true});
    }
    void cleanup()
    {
        delete http;
        delete server;
    }

    void recordsOntoTheModel()
    {
        server->on(kPath, paged(fixtureRecords(), 2));
        auto p = make();
        bool sync = true;
        const auto r = entitlements(p.get(), &sync);
        QVERIFY(r);
        QVERIFY(!sync);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message : QString()));
        // 9 records over 5 pages, each with the viewer's token as a Bearer token.
        QCOMPARE(server->requests.size(), 5);
        for (const auto &req : std::as_const(server->requests))
            QCOMPARE(req.header("authorization"), ("Bearer " + kToken).toUtf8());
        QCOMPARE(server->requests.at(4).query.queryItemValue("page"), QString("4"));

        // One row per package: premium's renewal stands for its ended first period.
        QCOMPARE(r->items.size(), 8);
        QStringList ids;
        for (const auto &e : r->items) {
            ids << e.productId;
            QCOMPARE(e.provider, QString("rest"));
        }
        QCOMPARE(ids, QStringList({"premium-monthly", "sports-monthly", "cinema-monthly", "event-final", "film-rental-a",
                                   "film-rental-b", "docs-yearly", "kids-weekly"}));

        const Entitlement *premium = findById(r->items, QString("premium-monthly"));
        QCOMPARE(premium->status, S::Active);  // "RENEW": the type is read in any case
        QCOMPARE(premium->title, QString("Premium"));  // the mapped title field
        QCOMPARE(premium->expiresAt, utc("2025-01-21T00:00:00Z"));

        // A trial until trial_end_date (an offset time, as an instant), then paid until end_date.
        const Entitlement *sports = findById(r->items, QString("sports-monthly"));
        QCOMPARE(sports->status, S::Trial);
        QCOMPARE(sports->trialEndsAt, utc("2025-01-05T23:00:00Z"));
        QCOMPARE(sports->expiresAt, utc("2025-01-29T00:00:00Z"));
        QCOMPARE(sports->startsAt, utc("2024-12-30T00:00:00Z"));
        // A trial that is over is a paid plan.
        const Entitlement *kids = findById(r->items, QString("kids-weekly"));
        QCOMPARE(kids->status, S::Active);
        QVERIFY(!kids->trialEndsAt.isValid());

        // Cancelled but still valid until the effective cancellation date; one already in effect.
        const Entitlement *cinema = findById(r->items, QString("cinema-monthly"));
        QCOMPARE(cinema->status, S::CancelledValid);
        QCOMPARE(cinema->expiresAt, utc("2025-01-13T00:00:00Z"));
        QVERIFY(cinema->grantsAccess());
        const Entitlement *docs = findById(r->items, QString("docs-yearly"));
        QCOMPARE(docs->status, S::Expired);
        QCOMPARE(docs->expiresAt, utc("2024-12-29T00:00:00Z"));

        // Rentals end at end_date (Unix seconds read too).
        const Entitlement *rentalA = findById(r->items, QString("film-rental-a"));
        QCOMPARE(rentalA->status, S::Active);
        QCOMPARE(rentalA->expiresAt, utc("2025-01-03T00:00:00Z"));
        QCOMPARE(findById(r->items, QString("film-rental-b"))->status, S::Expired);

        // A refunded purchase never grants access; it stays in the list, explained.
        const Entitlement *event = findById(r->items, QString("event-final"));
        QCOMPARE(event->status, S::Revoked);
        QVERIFY(!event->grantsAccess());
        QCOMPARE(event->startsAt, QDateTime::fromSecsSinceEpoch(1735430400, Qt::UTC));

        // No products: nothing is bought through an entitlement service.
        const auto products = tvpair::test::products(p.get());
        QVERIFY(products && products->ok() && products->items.isEmpty());
        QCOMPARE(server->requests.size(), 5);
    }

    void checkAccess()
    {
        server->on(kPath, paged(fixtureRecords(), 4));
        auto p = make();
        const auto yes = access(p.get(), "cinema-monthly");
        QVERIFY(yes && yes->granted);
        QCOMPARE(yes->expiresAt, utc("2025-01-13T00:00:00Z"));
        const auto no = access(p.get(), "event-final");
        QVERIFY(no && !no->granted);
        QVERIFY(no->answered());
        QCOMPARE(no->error->kind, PaymentError::NoAccess);
    }

    void mappedFieldsAndBareArray()
    {
        // An operator with its own names, serving a bare JSON array (one page).
        const QJsonArray rows{QJsonObject{{"sku", 42}, {"name", "Forty-two"}, {"kind", "rent"}, {"ends", "2025-01-02T10:00:00Z"}},
                              QJsonObject{{"sku", "p7"}, {"kind", "buy"}, {"refunded", 1}}};
        server->on(kPath, FaultReply::json(200, QJsonDocument(rows).toJson()));
        auto p = make({{"product_id", "sku"}, {"title", "name"}, {"notification", "kind"}, {"end", "ends"}, {"revoked", "refunded"}});
        const auto r = entitlements(p.get());
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->message : QString()));
        QCOMPARE(r->items.size(), 2);
        QCOMPARE(r->items.at(0).productId, QString("42"));
        QCOMPARE(r->items.at(0).title, QString("Forty-two"));
        QCOMPARE(r->items.at(0).status, S::Active);
        QCOMPARE(r->items.at(1).title, QString("p7"));  // no title: the id
        QCOMPARE(r->items.at(1).status, S::Revoked);
    }

    void badRecords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown type") << QByteArray(R"({"entitlements":[{"package_name":"a","notification_type":"upgrade"}]})")
                                      << "rest: entitlements: a: unknown \"notification_type\" value";
        QTest::newRow("no zone") << QByteArray(R"({"entitlements":[{"package_name":"a","end_date":"2025-01-02T10:00:00"}]})")
                                 << "rest: entitlements: a: \"end_date\" is not an ISO 8601 time with a zone";
        QTest::newRow("not a date") << QByteArray(R"({"entitlements":[{"package_name":"a","trial_end_date":true}]})")
                                    << "rest: entitlements: a: \"trial_end_date\" is not an ISO 8601 time";
        QTest::newRow("no package") << QByteArray(R"({"entitlements":[{"notification_type":"new"}]})")
                                    << "rest: entitlements: a record has no \"package_name\"";
        QTest::newRow("rental without end") << QByteArray(R"({"entitlements":[{"package_name":"r","notification_type":"rent"}]})")
                                            << "rest: entitlements: r: a rental has no \"end_date\"";
        QTest::newRow("no list") << QByteArray(R"({"items":[]})") << "rest: entitlements: the answer has no \"entitlements\" list";
        QTest::newRow("record not object") << QByteArray(R"([1])") << "rest: entitlements: a record is not an object";
        QTest::newRow("garbled") << QByteArray("{\"entitlements\":[{\"package_\x01\xff") << "rest: entitlements: the answer is not JSON";
        QTest::newRow("next not link") << QByteArray(R"({"entitlements":[],"next":5})") << "rest: entitlements: \"next\" is not a link";
    }
    void badRecords()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        server->on(kPath, FaultReply::json(200, body));
        auto p = make();
        const auto r = entitlements(p.get());
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE(r->error->kind, PaymentError::Malformed);
        QVERIFY2(r->error->message.startsWith(message), qPrintable(r->error->message));
        QVERIFY(!r->error->message.contains('\n'));
        QVERIFY(r->items.isEmpty());
    }

    void refusedAndForeignLinks()
    {
        server->on(kPath, FaultReply::json(401, QJsonObject{{"message", "invalid token"}}));
        auto p = make();
        auto r = entitlements(p.get());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error->kind, PaymentError::Unauthorized);
        QVERIFY2(r->error->message.contains("invalid token (HTTP 401)"), qPrintable(r->error->message));
        QVERIFY(!r->error->message.contains(kToken));

        // A next page elsewhere would carry the viewer's token there: refused before any request.
        const QJsonArray one{fixtureRecords().at(2)};
        server->on(kPath, FaultReply::json(200, QJsonObject{{"entitlements", one}, {"next", "https://elsewhere.example/steal?page=1"}}));
        const int before = int(server->requests.size());
        r = entitlements(p.get());
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error->kind, PaymentError::Malformed);
        QVERIFY2(r->error->message.contains("leaves the service"), qPrintable(r->error->message));
        QCOMPARE(int(server->requests.size()), before + 1);

        QString why;
        const QUrl service("https://op.example/api/ents");
        QCOMPARE(RestProvider::nextPage(service, service, "/api/ents?page=2", &why), QUrl("https://op.example/api/ents?page=2"));
        QVERIFY(RestProvider::nextPage(service, service, "http://op.example/api/ents?page=2", &why).isEmpty());
        QVERIFY(RestProvider::nextPage(service, service, "https://op.example:444/x", &why).isEmpty());
        QVERIFY(RestProvider::nextPage(service, service, "//evil.example/x", &why).isEmpty());
    }

    void pagesAreBounded()
    {
        // A service whose `next` never ends: the listing stops at maxPages, marked truncated.
        server->on(kPath, FaultReply::json(200, QJsonObject{{"entitlements", QJsonArray{fixtureRecords().at(2)}}, {"next", "?page=1"}}));
        auto p = make();
        PaymentLimits limits;
        limits.maxPages = 4;
        p->setLimits(limits);
        const auto r = entitlements(p.get());
        QVERIFY(r && r->ok());
        QVERIFY(r->truncated);
        QCOMPARE(server->requests.size(), 4);
        QCOMPARE(r->items.size(), 1);  // the same record on every page: one row
    }

    void factory()
    {
        PaymentConfig c;
        c.provider = "rest";
        QString err;
        QVERIFY(!createPaymentProvider(c, PaymentCredentials{"rest", kToken, {}}, http, &err));
        QVERIFY2(err.contains("payment.entitlement_url"), qPrintable(err));
        c.entitlementUrl = server->url(kPath);
        c.entitlementFields = PaymentConfig::restFieldDefaults();
        auto p = createPaymentProvider(c, PaymentCredentials{"rest", kToken, {}}, http, &err);
        QVERIFY2(p, qPrintable(err));
        QCOMPARE(p->name(), QString("rest"));
        QVERIFY(!createPaymentProvider(c, PaymentCredentials{"rest", QString(), {}}, http, &err));
    }
};

QTEST_GUILESS_MAIN(TestRest)
#include "tst_rest.moc"
