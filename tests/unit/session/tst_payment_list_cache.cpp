// PaymentListCache: the last good product and entitlement lists on disk, per
// (subject, provider, kind). Round trip of every field, 0600 and atomic writes, corrupt and
// foreign files ignored with one warning line, other subjects and issuers kept apart, the
// item and byte bounds, the age bound, no rewrite of an unchanged list, and the wipe.
#include "session/PaymentListCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace tvpair;

namespace {

const QString kIssuer = QStringLiteral("https://id.example.com");
const QString kClient = QStringLiteral("tv-app");

// Every warning and info line logged while a check runs.
QStringList g_lines;
void capture(QtMsgType type, const QMessageLogContext &, const QString &msg)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        g_lines << msg;
}
struct Capture {
    QtMessageHandler previous;
    Capture() : previous(qInstallMessageHandler(capture)) { g_lines.clear(); }
    ~Capture() { qInstallMessageHandler(previous); }
};

QDateTime at(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs); }

QList<Product> someProducts()
{
    Product a;
    a.id = "S100000001_NL";
    a.title = "Premium monthly";
    a.price = 9.99;
    a.hasPrice = true;
    a.currency = "EUR";
    a.period = "month";
    a.trial = "7 days";
    a.provider = "cleeng";
    Product b;  // no price, no period
    b.id = "A400000001_NL";
    b.title = QString::fromUtf8("Konzert – live");
    b.provider = "cleeng";
    Product c;  // free
    c.id = "P300000001_NL";
    c.price = 0;
    c.hasPrice = true;
    c.currency = "EUR";
    c.period = "48 hours";
    c.provider = "cleeng";
    return {a, b, c};
}

QList<Entitlement> someEntitlements()
{
    Entitlement a;
    a.productId = "S100000001_NL";
    a.title = "Premium monthly";
    a.status = Entitlement::Status::Trial;
    a.startsAt = at("2026-11-01T08:00:00.250Z");
    a.expiresAt = at("2027-12-14T08:00:00Z");
    a.trialEndsAt = at("2027-11-08T08:00:00Z");
    a.price = 9.99;
    a.hasPrice = true;
    a.currency = "EUR";
    a.provider = "cleeng";
    Entitlement b;  // no end date
    b.productId = "premium";
    b.provider = "cleeng";
    Entitlement c;
    c.productId = "R200000001_NL";
    c.title = "Rental";
    c.status = Entitlement::Status::Expired;
    c.expiresAt = at("2026-01-01T00:00:00Z");
    c.provider = "cleeng";
    Entitlement d;
    d.productId = "1002";
    d.status = Entitlement::Status::Revoked;
    d.provider = "cleeng";
    Entitlement e;
    e.productId = "S100000003_NL";
    e.status = Entitlement::Status::CancelledValid;
    e.expiresAt = at("2027-06-01T00:00:00Z");
    e.provider = "cleeng";
    return {a, b, c, d, e};
}

void compareProducts(const QList<Product> &got, const QList<Product> &want)
{
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].id, want[i].id);
        QCOMPARE(got[i].title, want[i].title);
        QCOMPARE(got[i].hasPrice, want[i].hasPrice);
        QCOMPARE(got[i].price, want[i].price);
        QCOMPARE(got[i].currency, want[i].currency);
        QCOMPARE(got[i].period, want[i].period);
        QCOMPARE(got[i].trial, want[i].trial);
        QCOMPARE(got[i].provider, want[i].provider);
    }
}

void compareEntitlements(const QList<Entitlement> &got, const QList<Entitlement> &want)
{
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].productId, want[i].productId);
        QCOMPARE(got[i].title, want[i].title);
        QCOMPARE(got[i].status, want[i].status);
        QCOMPARE(got[i].startsAt, want[i].startsAt);
        QCOMPARE(got[i].expiresAt, want[i].expiresAt);
        QCOMPARE(got[i].trialEndsAt, want[i].trialEndsAt);
        QCOMPARE(got[i].hasPrice, want[i].hasPrice);
        QCOMPARE(got[i].price, want[i].price);
        QCOMPARE(got[i].currency, want[i].currency);
        QCOMPARE(got[i].provider, want[i].provider);
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QJsonObject readDoc(const QString &path) { return QJsonDocument::fromJson(readAll(path)).object(); }

void writeDoc(const QString &path, const QJsonObject &doc) { writeAll(path, QJsonDocument(doc).toJson()); }

unsigned modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 07777) : 0;
}

ino_t inodeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

}  // namespace

class TestPaymentListCache : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> tmp;
    QString dir;

private slots:
    void init()
    {
        tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(tmp->isValid());
        dir = tmp->path() + "/cache/tvpair";  // not there yet: the first write creates it
    }

    void roundTrip()
    {
        PaymentListCache cache(dir, kIssuer, kClient);
        QVERIFY(!cache.loadProducts("alice", "cleeng"));  // nothing stored yet, and no warning
        QVERIFY(cache.storeProducts("alice", "cleeng", someProducts()));
        QVERIFY(cache.storeEntitlements("alice", "cleeng", someEntitlements()));

        // A new instance (the next start) reads what the last one wrote.
        PaymentListCache next(dir, kIssuer, kClient);
        const auto products = next.loadProducts("alice", "cleeng");
        QVERIFY(products);
        compareProducts(*products, someProducts());
        const auto entitlements = next.loadEntitlements("alice", "cleeng", at("2026-12-01T00:00:00Z"));
        QVERIFY(entitlements);
        compareEntitlements(*entitlements, someEntitlements());

        // An empty list is a list too (the viewer owns nothing there).
        QVERIFY(next.storeEntitlements("alice", "inplayer", {}));
        const auto none = PaymentListCache(dir, kIssuer, kClient).loadEntitlements("alice", "inplayer");
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void filesAreOwnerOnlyAndNamedByHash()
    {
        PaymentListCache cache(dir, kIssuer, kClient);
        QVERIFY(cache.storeProducts("alice@example.com", "cleeng", someProducts()));
        const QString path = cache.fileFor("alice@example.com", "cleeng", PaymentListCache::Kind::Products);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(modeOf(path), 0600u);
        QVERIFY(!QFileInfo(path).fileName().contains("alice"));
        // Only the list's file: no temporary file left behind by the atomic write.
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 1);
        // The four kinds of key give four files.
        QSet<QString> names{path, cache.fileFor("alice@example.com", "cleeng", PaymentListCache::Kind::Entitlements),
                            cache.fileFor("bob", "cleeng", PaymentListCache::Kind::Products),
                            cache.fileFor("alice@example.com", "mpx", PaymentListCache::Kind::Products)};
        QCOMPARE(names.size(), 4);
    }

    void expiredAccessIsExpiredWhenRead()
    {
        PaymentListCache cache(dir, kIssuer, kClient);
        QVERIFY(cache.storeEntitlements("alice", "cleeng", someEntitlements()));
        // By 2027-07-01 the cancelled one (until 2027-06-01) has ended; the trial has not.
        const auto later = cache.loadEntitlements("alice", "cleeng", at("2027-07-01T00:00:00Z"));
        QVERIFY(later);
        QCOMPARE(later->at(4).status, Entitlement::Status::Expired);
        QCOMPARE(later->at(0).status, Entitlement::Status::Trial);
        QCOMPARE(later->at(1).status, Entitlement::Status::Active);  // no end date
        QCOMPARE(later->at(3).status, Entitlement::Status::Revoked);
    }

    void corruptFilesAreIgnoredWithOneWarning_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        QTest::newRow("not json") << QByteArray("\x01\x02garbage{") << "is not JSON";
        QTest::newRow("cut short") << QByteArray("{\"version\":1,\"items\":[{\"id\":\"S1\"") << "a truncated write";
        QTest::newRow("array") << QByteArray("[1,2,3]") << "not an object";
        QTest::newRow("empty") << QByteArray() << "an empty file";
    }
    void corruptFilesAreIgnoredWithOneWarning()
    {
        QFETCH(QByteArray, bytes);
        PaymentListCache cache(dir, kIssuer, kClient);
        QVERIFY(cache.storeProducts("alice", "cleeng", someProducts()));
        const QString path = cache.fileFor("alice", "cleeng", PaymentListCache::Kind::Products);
        writeAll(path, bytes);
        Capture c;
        QVERIFY(!PaymentListCache(dir, kIssuer, kClient).loadProducts("alice", "cleeng"));
        QCOMPARE(g_lines.size(), 1);
        QVERIFY2(g_lines.at(0).contains("ignoring the cached products list"), qPrintable(g_lines.at(0)));
        // The next good list replaces it.
        QVERIFY(cache.storeProducts("alice", "cleeng", someProducts()));
        QVERIFY(PaymentListCache(dir, kIssuer, kClient).loadProducts("alice", "cleeng"));
    }

    void malformedContentIsIgnoredWithOneWarning_data()
    {
        QTest::addColumn<QString>("field");  // what the test breaks
        QTest::newRow("version") << "version";
        QTest::newRow("items not an array") << "items";
        QTest::newRow("unknown status") << "status";
        QTest::newRow("bad time") << "expires_at";
        QTest::newRow("item without id") << "product_id";
        QTest::newRow("price a string") << "price";
        QTest::newRow("no stored_at") << "stored_at";
    }
    void malformedContentIsIgnoredWithOneWarning()
    {
        QFETCH(QString, field);
        PaymentListCache cache(dir, kIssuer, kClient);
        QVERIFY(cache.storeEntitlements("alice", "cleeng", someEntitlements()));
        const QString path = cache.fileFor("alice", "cleeng", PaymentListCache::Kind::Entitlements);
        QJsonObject doc = readDoc(path);
        QJsonArray items = doc.value("items").toArray();
        QJsonObject first = items.at(0).toObject();
        if (field == "version")
            doc.insert("version", 99);
        else if (field == "items")
            doc.insert("items", QJsonObject{{"a", 1}});
        else if (field == "status")
            first.insert("status", "lifetime");
        else if (field == "expires_at")
            first.insert("expires_at", "tomorrow");
        else if (field == "product_id")
            first.remove("product_id");
        else if (field == "price")
            first.insert("price", "9.99");
        else if (field == "stored_at")
            doc.remove("stored_at");
        if (first != items.at(0).toObject()) {
            items.replace(0, first);
            doc.insert("items", items);
        }
        writeDoc(path, doc);
        Capture c;
        QVERIFY(!PaymentListCache(dir, kIssuer, kClient).loadEntitlements("alice", "cleeng"));
        QCOMPARE(g_lines.size(), 1);
        QVERIFY2(g_lines.at(0).contains("ignoring the cached entitlements list"), qPrintable(g_lines.at(0)));
    }

    void otherSubjectNeverSeesIt()
    {
        PaymentListCache cache(dir, kIssuer, kClient);
        QVERIFY(cache.storeEntitlements("alice", "cleeng", someEntitlements()));
        {
            Capture c;
            QVERIFY(!cache.loadEntitlements("bob", "cleeng"));  // nothing of bob's: quietly nothing
            QVERIFY(!cache.loadEntitlements("alice", "mpx"));
            QVERIFY(!cache.loadProducts("alice", "cleeng"));
            QVERIFY(g_lines.isEmpty());
        }
        // alice's file put where bob's would be (copied, or a hash collision): read as foreign.
        const QString bobs = cache.fileFor("bob", "cleeng", PaymentListCache::Kind::Entitlements);
        QVERIFY(QFile::copy(cache.fileFor("alice", "cleeng", PaymentListCache::Kind::Entitlements), bobs));
        Capture c;
        QVERIFY(!PaymentListCache(dir, kIssuer, kClient).loadEntitlements("bob", "cleeng"));
        QCOMPARE(g_lines.size(), 1);
        QVERIFY(g_lines.at(0).contains("belongs to another"));
        // Likewise a products list where an entitlements list is expected.
        QVERIFY(cache.storeProducts("carol", "cleeng", someProducts()));
        const QString carolsEnt = cache.fileFor("carol", "cleeng", PaymentListCache::Kind::Entitlements);
        QVERIFY(QFile::copy(cache.fileFor("carol", "cleeng", PaymentListCache::Kind::Products), carolsEnt));
        g_lines.clear();
        QVERIFY(!PaymentListCache(dir, kIssuer, kClient).loadEntitlements("carol", "cleeng"));
        QCOMPARE(g_lines.size(), 1);
    }

    void otherTenantIsKeptApart()
    {
        PaymentListCache mine(dir, kIssuer, kClient);
        PaymentListCache theirs(dir, "https://other.example.com", kClient);
        PaymentListCache otherClient(dir, kIssuer, "tv-app-2");
        QVERIFY(mine.storeProducts("alice", "cleeng", someProducts()));
        QVERIFY(theirs.storeProducts("alice", "cleeng", someProducts().mid(0, 1)));
        QVERIFY(!otherClient.loadProducts("alice", "cleeng"));
        QCOMPARE(theirs.loadProducts("alice", "cleeng")->size(), 1);
        QCOMPARE(mine.loadProducts("alice", "cleeng")->size(), 3);
        mine.wipe();
        QVERIFY(!mine.loadProducts("alice", "cleeng"));
        QVERIFY(theirs.loadProducts("alice", "cleeng"));  // a sign-out of one tenant leaves the other's
    }

    void itemBound()
    {
        PaymentListCache cache(dir, kIssuer, kClient);
        QList<Product> many;
        for (int i = 0; i < PaymentListCache::kMaxItems + 25; ++i) {
            Product p;
            p.id = QString::number(i);
            p.provider = "mpx";
            many << p;
        }
        Capture c;
        QVERIFY(cache.storeProducts("alice", "mpx", many));
        QCOMPARE(g_lines.size(), 1);  // says it kept only the first kMaxItems
        const auto read = PaymentListCache(dir, kIssuer, kClient).loadProducts("alice", "mpx");
        QVERIFY(read);
        QCOMPARE(read->size(), PaymentListCache::kMaxItems);
        QCOMPARE(read->last().id, QString::number(PaymentListCache::kMaxItems - 1));

        // A file with more items than the bound (written by something else) is not read.
        const QString path = cache.fileFor("alice", "mpx", PaymentListCache::Kind::Products);
        QJsonObject doc = readDoc(path);
        QJsonArray items = doc.value("items").toArray();
        items.append(QJsonObject{{"id", "one too many"}});
        doc.insert("items", items);
        writeDoc(path, doc);
        g_lines.clear();
        QVERIFY(!PaymentListCache(dir, kIssuer, kClient).loadProducts("alice", "mpx"));
        QCOMPARE(g_lines.size(), 1);
    }

    void byteBound()
    {
        PaymentListCache cache(dir, kIssuer, kClient);
        QVERIFY(cache.storeProducts("alice", "cleeng", someProducts()));
        const QString path = cache.fileFor("alice", "cleeng", PaymentListCache::Kind::Products);
        // A list too large to keep: not written, and the older list goes too (it would be shown
        // as if it were this one).
        QList<Product> huge;
        for (int i = 0; i < 20; ++i) {
            Product p;
            p.id = QString::number(i);
            p.title = QString(64 * 1024, QLatin1Char('x'));
            huge << p;
        }
        Capture c;
        QVERIFY(!cache.storeProducts("alice", "cleeng", huge));
        QCOMPARE(g_lines.size(), 1);
        QVERIFY(!QFileInfo::exists(path));

        // A file over the bound on disk is not read (nor parsed).
        QVERIFY(cache.storeProducts("alice", "cleeng", someProducts()));
        QByteArray bytes = readAll(path);
        bytes.append(QByteArray(PaymentListCache::kMaxBytes, ' '));
        writeAll(path, bytes);
        g_lines.clear();
        QVERIFY(!PaymentListCache(dir, kIssuer, kClient).loadProducts("alice", "cleeng"));
        QCOMPARE(g_lines.size(), 1);
        QVERIFY(g_lines.at(0).contains("larger than"));
    }

    void tooOldIsNotShown()
    {
        PaymentListCache cache(dir, kIssuer, kClient);
        QVERIFY(cache.storeProducts("alice", "cleeng", someProducts()));
        const QString path = cache.fileFor("alice", "cleeng", PaymentListCache::Kind::Products);
        QJsonObject doc = readDoc(path);
        doc.insert("stored_at", QDateTime::currentSecsSinceEpoch() - PaymentListCache::kMaxAgeSec - 60);
        writeDoc(path, doc);
        QVERIFY(!PaymentListCache(dir, kIssuer, kClient).loadProducts("alice", "cleeng"));
        // A clock behind the file's time (a TV that booted in 1970) still shows it.
        doc.insert("stored_at", QDateTime::currentSecsSinceEpoch() + 3600);
        writeDoc(path, doc);
        QVERIFY(PaymentListCache(dir, kIssuer, kClient).loadProducts("alice", "cleeng"));
    }

    void unchangedListIsNotRewritten()
    {
        PaymentListCache cache(dir, kIssuer, kClient);
        QVERIFY(cache.storeProducts("alice", "cleeng", someProducts()));
        const QString path = cache.fileFor("alice", "cleeng", PaymentListCache::Kind::Products);
        const ino_t first = inodeOf(path);
        QVERIFY(first != 0);
        QVERIFY(cache.storeProducts("alice", "cleeng", someProducts()));
        QCOMPARE(inodeOf(path), first);  // no write at all (a write is a new file renamed in place)
        QList<Product> changed = someProducts();
        changed[0].title = "Premium monthly (new)";
        QVERIFY(cache.storeProducts("alice", "cleeng", changed));
        QVERIFY(inodeOf(path) != first);
        QCOMPARE(PaymentListCache(dir, kIssuer, kClient).loadProducts("alice", "cleeng")->at(0).title,
                 QStringLiteral("Premium monthly (new)"));
    }

    void wipeRemovesEveryListOfThisTenant()
    {
        PaymentListCache cache(dir, kIssuer, kClient);
        QVERIFY(cache.storeProducts("alice", "cleeng", someProducts()));
        QVERIFY(cache.storeEntitlements("alice", "cleeng", someEntitlements()));
        QVERIFY(cache.storeEntitlements("bob", "mpx", someEntitlements()));
        // A temporary file of a write that never finished, and files that are not ours.
        const QString leftover = cache.fileFor("alice", "cleeng", PaymentListCache::Kind::Products) + ".Xa12Bc";
        writeAll(leftover, "{");
        writeAll(dir + "/jwks-0123456789abcdef.json", "{}");
        writeAll(dir + "/metadata-0123456789abcdef.json", "{}");
        cache.wipe();
        QVERIFY(!cache.loadProducts("alice", "cleeng"));
        QVERIFY(!cache.loadEntitlements("alice", "cleeng"));
        QVERIFY(!cache.loadEntitlements("bob", "mpx"));
        QVERIFY(!QFileInfo::exists(leftover));
        QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        left.sort();
        QCOMPARE(left, QStringList({"jwks-0123456789abcdef.json", "metadata-0123456789abcdef.json"}));
        // After a wipe the same list is written again (the "unchanged" memory went too).
        QVERIFY(cache.storeProducts("alice", "cleeng", someProducts()));
        QVERIFY(cache.loadProducts("alice", "cleeng"));
    }

    void noDirOrNoSubjectIsANoOp()
    {
        PaymentListCache off(QString(), kIssuer, kClient);
        QVERIFY(!off.isEnabled());
        QVERIFY(!off.storeProducts("alice", "cleeng", someProducts()));
        QVERIFY(!off.loadProducts("alice", "cleeng"));
        off.wipe();
        PaymentListCache cache(dir, kIssuer, kClient);
        QVERIFY(!cache.storeProducts(QString(), "cleeng", someProducts()));
        QVERIFY(!cache.loadProducts(QString(), "cleeng"));
        QVERIFY(!QFileInfo::exists(dir));  // nothing was created
    }

    void unreadableFileIsNotFatal()
    {
        // A directory where the list's file should be: it can be neither read nor replaced
        // (also as root, which reads and writes files whatever their mode).
        PaymentListCache cache(dir, kIssuer, kClient);
        const QString path = cache.fileFor("alice", "cleeng", PaymentListCache::Kind::Products);
        QVERIFY(QDir().mkpath(path));
        Capture c;
        QVERIFY(!cache.loadProducts("alice", "cleeng"));
        QCOMPARE(g_lines.size(), 1);
        g_lines.clear();
        QVERIFY(!cache.storeProducts("alice", "cleeng", someProducts()));
        QCOMPARE(g_lines.size(), 1);
        QVERIFY(QFileInfo(path).isDir());
    }
};

QTEST_GUILESS_MAIN(TestPaymentListCache)
#include "tst_payment_list_cache.moc"
