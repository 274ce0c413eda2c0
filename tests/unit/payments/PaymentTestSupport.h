#pragma once
// Runs one PaymentProvider call to its callback (or a deadline) and checks that the callback
// did not run inside the call; the fixture files the fake server (tests/support/FaultServer.h) serves.
#include "payments/PaymentProvider.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <optional>

namespace tvpair::test {

// A fixture file's bytes (tests/unit/payments/fixtures/<name>); empty when missing.
inline QByteArray paymentFixture(const QString &name)
{
    QFile f(QStringLiteral(TVPAIR_SOURCE_DIR "/tests/unit/payments/fixtures/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1735689600, Qt::UTC);  // 2025-01-01T00:00:00Z

template <typename Result, typename Start>
std::optional<Result> await(Start start, bool *synchronous = nullptr, int timeoutMs = 8000)
{
    std::optional<Result> out;
    bool returned = false;
    bool sync = false;
    QEventLoop loop;
    start([&](const Result &r) {
        sync = !returned;
        out = r;
        loop.quit();
    });
    returned = true;
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (synchronous)
        *synchronous = sync;
    return out;
}

inline std::optional<ProductsResult> products(PaymentProvider *p, bool *sync = nullptr)
{
    return await<ProductsResult>([p](auto cb) { p->listProducts(cb); }, sync);
}
inline std::optional<EntitlementsResult> entitlements(PaymentProvider *p, bool *sync = nullptr)
{
    return await<EntitlementsResult>([p](auto cb) { p->listEntitlements(cb); }, sync);
}
inline std::optional<AccessResult> access(PaymentProvider *p, const QString &id, bool *sync = nullptr)
{
    return await<AccessResult>([p, id](auto cb) { p->checkAccess(id, cb); }, sync);
}

template <typename T>
const T *findById(const QList<T> &items, const QString &id)
{
    for (const auto &x : items) {
        if constexpr (std::is_same_v<T, Product>) {
            if (x.id == id)
                return &x;
        } else {
            if (x.productId == id)
                return &x;
        }
    }
    return nullptr;
}

}  // namespace tvpair::test
