#pragma once
// A payment provider that answers from a script instead of the network, for the list logic
// in PaymentLists: what the sandbox cannot be made to do on cue (a 401 on exactly one call,
// an answer held back until the test releases it). Every adapter made for one test shares
// one script, so a test sees the calls of the adapters before and after a token renewal.
#include "payments/PaymentProvider.h"

#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>

namespace tvpair::test {

struct FakeProviderScript {
    QList<Product> products;
    QList<Entitlement> entitlements;
    QStringList unauthorizedTokens;  // a call made with one of these answers 401
    int serverErrors = 0;            // the next n calls answer a 5xx
    bool hold = false;               // answers wait for release()
    QStringList calls;               // "products:<token>" / "entitlements:<token>", in order
    int adaptersMade = 0;
    std::vector<std::function<void()>> held;

    // Sends the held answers (of adapters still alive) in the order the calls were made.
    void release()
    {
        auto answers = std::move(held);
        held.clear();
        for (auto &a : answers)
            a();
    }
};

class FakePaymentProvider : public PaymentProvider {
public:
    FakePaymentProvider(std::shared_ptr<FakeProviderScript> script, const PaymentCredentials &credentials)
        : PaymentProvider(nullptr), m_script(std::move(script)), m_credentials(credentials)
    {
        m_script->adaptersMade++;
    }

    QString name() const override { return m_credentials.provider; }
    void listProducts(ProductsCallback done) override
    {
        answer<Product>(QStringLiteral("products"), m_script->products, std::move(done));
    }
    void listEntitlements(EntitlementsCallback done) override
    {
        answer<Entitlement>(QStringLiteral("entitlements"), m_script->entitlements, std::move(done));
    }
    void checkAccess(const QString &, AccessCallback done) override
    {
        later([done]() { done(AccessResult{true, {}, std::nullopt}); });
    }

    // The factory PaymentLists and SessionController take: every adapter on one script.
    static auto factory(std::shared_ptr<FakeProviderScript> script)
    {
        return [script](const PaymentCredentials &c, QString *error) -> std::unique_ptr<PaymentProvider> {
            if (c.token.isEmpty()) {
                *error = QStringLiteral("fake: no token");
                return nullptr;
            }
            return std::make_unique<FakePaymentProvider>(script, c);
        };
    }

private:
    template <typename Item>
    void answer(const QString &what, const QList<Item> &items, std::function<void(const PaymentList<Item> &)> done)
    {
        m_script->calls << what + QLatin1Char(':') + m_credentials.token;
        PaymentList<Item> r;
        if (m_script->unauthorizedTokens.contains(m_credentials.token))
            r.error = PaymentError{PaymentError::Unauthorized, 401, QStringLiteral("fake: ") + what + QStringLiteral(": token expired")};
        else if (m_script->serverErrors > 0 && m_script->serverErrors--)
            r.error = PaymentError{PaymentError::Server, 503, QStringLiteral("fake: ") + what + QStringLiteral(": unavailable")};
        else
            r.items = items;
        // Always asynchronous, and never after this adapter is gone (the interface's promise).
        QPointer<FakePaymentProvider> self(this);
        auto send = [self, r, done]() {
            if (self)
                done(r);
        };
        if (m_script->hold)
            m_script->held.push_back(send);
        else
            later(send);
    }

    std::shared_ptr<FakeProviderScript> m_script;
    PaymentCredentials m_credentials;
};

}  // namespace tvpair::test
