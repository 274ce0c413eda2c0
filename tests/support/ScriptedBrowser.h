#pragma once
// A scripted browser for tests that play the person at a browser: its own cookie jar, and
// redirects followed by hand so each hop is visible (and a test can stop before one).
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace tvpair::test {

struct Page {
    int status = 0;
    QUrl url;
    QUrl location;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  // lower-case names
};

class ScriptedBrowser {
public:
    ScriptedBrowser() { m_nam.setCookieJar(new QNetworkCookieJar(&m_nam)); }

    // One request, no redirect followed; gives up after 30 s (status 0).
    Page request(const QByteArray &method, const QUrl &url, const QByteArray &form = {})
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (method == "POST")
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, form);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Page p;
        p.url = url;
        p.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        p.body = reply->readAll();
        for (const auto &h : reply->rawHeaderPairs())
            p.headers.insert(h.first.toLower(), h.second);
        const QByteArray loc = reply->rawHeader("Location");
        if (!loc.isEmpty())
            p.location = url.resolved(QUrl::fromEncoded(loc));
        reply->deleteLater();
        return p;
    }
    // Follows 3xx; stops before a hop to `stopBeforePath` (same path) and stores it there.
    Page follow(Page p, const QString &stopBeforePath = {}, QUrl *stoppedAt = nullptr)
    {
        for (int hops = 0; hops < 12 && p.status >= 300 && p.status < 400 && p.location.isValid(); ++hops) {
            if (!stopBeforePath.isEmpty() && p.location.path() == stopBeforePath && stoppedAt) {
                *stoppedAt = p.location;
                return p;
            }
            p = request("GET", p.location);
        }
        return p;
    }
    // Follows 3xx through to the end; a hop to `port` (a loopback listener) is noted in *hit.
    Page followNotingPort(Page p, quint16 port, QUrl *hit)
    {
        for (int hops = 0; hops < 12 && p.status >= 300 && p.status < 400 && p.location.isValid(); ++hops) {
            if (port && p.location.port() == port && hit)
                *hit = p.location;
            p = request("GET", p.location);
        }
        return p;
    }
    // The action of the form with this id on the page, resolved against the page's URL.
    static QUrl formAction(const Page &p, const QString &id)
    {
        const QRegularExpression re(QStringLiteral("<form id=\"%1\"[^>]*action=\"([^\"]+)\"").arg(id));
        const auto m = re.match(QString::fromUtf8(p.body));
        return m.hasMatch() ? p.url.resolved(QUrl(m.captured(1).replace("&amp;", "&"))) : QUrl();
    }
    static QString hiddenValue(const Page &p, const QString &name)
    {
        const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
        const auto m = re.match(QString::fromUtf8(p.body));
        return m.hasMatch() ? m.captured(1) : QString();
    }
    QNetworkCookieJar *cookieJar() { return m_nam.cookieJar(); }

private:
    QNetworkAccessManager m_nam;
};

}  // namespace tvpair::test
