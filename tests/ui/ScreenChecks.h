#pragma once
// What a screenshot test checks on the live scene, shared by the screenshot tests: everything
// readable inside the 5% safe area of the app's 16:9 area and focus visible there; no text
// elided, cut off or spilling out of its box; no English source text left on a translated screen.
// Each check returns the problems it found (empty: all well), naming the item and where it is.
#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace screenchecks {

inline QQuickItem *findIn(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *c : children)
        if (QQuickItem *found = findIn(c, name))
            return found;
    return nullptr;
}

inline bool isText(QQuickItem *item) { return item->inherits("QQuickText"); }

// The visible items, depth first (an invisible or transparent item hides its children).
inline void collect(QQuickItem *item, QList<QQuickItem *> *out)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    out->append(item);
    const auto children = item->childItems();
    for (QQuickItem *c : children)
        collect(c, out);
}

inline QString describe(QQuickItem *item)
{
    QString s = QString::fromLatin1(item->metaObject()->className());
    if (!item->objectName().isEmpty())
        s += QLatin1Char('#') + item->objectName();
    const QVariant text = item->property("text");
    if (text.isValid())
        s += QStringLiteral(" \"%1\"").arg(text.toString().left(60));
    return s;
}

inline QRectF sceneRect(QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// The part of an item the viewer can see: its scene rectangle cut by every clipping ancestor.
inline QRectF visibleSceneRect(QQuickItem *item)
{
    QRectF r = sceneRect(item);
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (p->clip())
            r = r.intersected(sceneRect(p));
    return r;
}

// The app's 16:9 area in the window (all of it on a 16:9 screen, centred between bands on others).
inline QRectF shellRect(QQuickWindow *window)
{
    auto *shell = window->property("shell").value<QQuickItem *>();
    return shell ? sceneRect(shell) : QRectF();
}

inline QRectF safeArea(QQuickWindow *window)
{
    const QRectF app = shellRect(window);
    const qreal scale = app.height() / 1080.0;
    return app.adjusted(qRound(96 * scale), qRound(54 * scale), -qRound(96 * scale), -qRound(54 * scale));
}

// Every visible text and the focused item (with its ring) inside the 5% safe area of the app's
// 16:9 area, which is the largest the window holds, centred; focus on a control, its ring shown.
// An overlay that holds focus itself (the help) passes focusOnControl = false.
inline QStringList safeAreaProblems(QQuickWindow *window, bool focusOnControl = true)
{
    QStringList problems;
    const int w = window->width(), h = window->height();
    const QRectF app = shellRect(window);
    const qreal fit = qMin(qreal(w), h * 16.0 / 9);
    if (qAbs(app.width() - fit) > 1 || qAbs(app.height() - fit * 9 / 16) > 1)
        problems << QStringLiteral("the app area is %1x%2, not the largest 16:9 of %3x%4")
                        .arg(app.width()).arg(app.height()).arg(w).arg(h);
    if (qAbs(app.center().x() - w / 2.0) > 1 || qAbs(app.center().y() - h / 2.0) > 1)
        problems << QStringLiteral("the app area is not centred");
    const qreal scale = app.height() / 1080.0;
    const QRectF tolerant = safeArea(window).adjusted(-1, -1, 1, 1);
    QList<QQuickItem *> items;
    collect(window->contentItem(), &items);
    int texts = 0;
    for (QQuickItem *item : std::as_const(items)) {
        if (!isText(item) || item->property("text").toString().isEmpty())
            continue;
        const QRectF r = visibleSceneRect(item);
        if (r.isEmpty())
            continue;
        ++texts;
        if (!tolerant.contains(r))
            problems << QStringLiteral("%1 at %2,%3 %4x%5 is outside the safe area")
                            .arg(describe(item)).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    }
    if (texts <= 3)
        problems << QStringLiteral("only %1 texts on screen").arg(texts);
    if (!focusOnControl)
        return problems;
    QQuickItem *focus = window->activeFocusItem();
    if (!focus || focus == window->contentItem() || focus->objectName() == QLatin1String("shell"))
        return problems << QStringLiteral("focus is not on a control");
    // The focused item as drawn (scaled), plus its ring (ringGap + ringWidth = 11 px at 1080p).
    // A list holds focus for its current card; the card carries the ring.
    const qreal ring = 11 * scale;
    QQuickItem *drawn = focus;
    if (auto *current = focus->property("currentItem").value<QQuickItem *>())
        drawn = current;
    QRectF f = sceneRect(drawn).adjusted(-ring, -ring, ring, ring);
    for (QQuickItem *p = drawn->parentItem(); p; p = p->parentItem())
        if (p->clip())
            f = f.intersected(sceneRect(p));
    if (!tolerant.contains(f))
        problems << describe(focus) + QStringLiteral(" (focus) outside the safe area");
    QQuickItem *focusRing = findIn(drawn, QStringLiteral("focusRing"));
    if (!focusRing || !focusRing->isVisible() || focusRing->opacity() <= 0.99)
        problems << describe(focus) + QStringLiteral(" has focus but no visible focus ring");
    else if (focusRing->width() <= focusRing->parentItem()->width()
             || focusRing->height() <= focusRing->parentItem()->height())
        problems << QStringLiteral("the ring lies inside its target");
    return problems;
}

// No text elided (Text.truncated: elide or maximumLineCount), none wider or taller than its
// box, and none cut by a clipping ancestor other than a scrolling list (a card half scrolled
// out of a row is by design; a label cut by its panel is not).
inline QStringList textFitProblems(QQuickWindow *window)
{
    QStringList problems;
    QList<QQuickItem *> items;
    collect(window->contentItem(), &items);
    for (QQuickItem *item : std::as_const(items)) {
        if (!isText(item) || item->property("text").toString().isEmpty())
            continue;
        if (item->property("truncated").toBool()) {
            problems << describe(item) + QStringLiteral(" is elided");
            continue;
        }
        const qreal cw = item->property("contentWidth").toReal();
        const qreal ch = item->property("contentHeight").toReal();
        if (cw > item->width() + 1 || ch > item->height() + 1)
            problems << QStringLiteral("%1 needs %2x%3 in a %4x%5 box").arg(describe(item))
                            .arg(cw).arg(ch).arg(item->width()).arg(item->height());
        for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (!p->clip() || p->inherits("QQuickFlickable"))
                continue;
            const QRectF r = sceneRect(item);
            if (!sceneRect(p).adjusted(-1, -1, 1, 1).contains(r))
                problems << describe(item) + QStringLiteral(" is cut by ") + describe(p);
            break;
        }
    }
    return problems;
}

// Every card's badge ("Free trial") inside its card and clear of the card's band of colour, in
// every language (a French badge once ran over the band and out of the card's left edge).
inline QStringList badgeProblems(QQuickWindow *window)
{
    QStringList problems;
    QList<QQuickItem *> items;
    collect(window->contentItem(), &items);
    for (QQuickItem *badge : std::as_const(items)) {
        if (badge->objectName() != QLatin1String("badge") || !badge->isVisible())
            continue;
        QQuickItem *card = badge->parentItem();
        QQuickItem *band = findIn(card, QStringLiteral("band"));
        const QRectF r = sceneRect(badge);
        if (!sceneRect(card).adjusted(-1, -1, 1, 1).contains(r))
            problems << describe(badge) + QStringLiteral(" reaches out of its card");
        else if (band && sceneRect(band).intersects(r))
            problems << describe(badge) + QStringLiteral(" lies over the card's band");
    }
    return problems;
}

// The English source texts that a language's catalogue translates differently wherever they
// occur (the remote's "OK" stays "OK" in Arabic, its dialog button does not), as patterns (%1
// and %n stand for anything): such a text on that language's screen was not translated.
inline QList<QRegularExpression> untranslatedPatterns(const QString &tsFile)
{
    QList<QRegularExpression> out;
    QSet<QString> translated, kept;
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString source;
    QStringList translations;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            translations.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && (xml.name() == QLatin1String("translation")
                                            || xml.name() == QLatin1String("numerusform"))) {
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!t.trimmed().isEmpty())
                translations << t;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            (translations.contains(source) ? kept : translated).insert(source);
        }
    }
    for (const QString &source : std::as_const(translated)) {
        if (kept.contains(source) || source.isEmpty())
            continue;
        QString re = QRegularExpression::escape(source);
        re.replace(QRegularExpression(QStringLiteral("%(\\d|n)")), QStringLiteral(".*"));
        out << QRegularExpression(QStringLiteral("^") + re + QStringLiteral("$"),
                                  QRegularExpression::DotMatchesEverythingOption);
    }
    return out;
}

// Visible texts (markup stripped) that are an English source text the language translates.
inline QStringList untranslatedProblems(QQuickWindow *window, const QList<QRegularExpression> &english)
{
    QStringList problems;
    QList<QQuickItem *> items;
    collect(window->contentItem(), &items);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    for (QQuickItem *item : std::as_const(items)) {
        if (!isText(item))
            continue;
        const QString text = item->property("text").toString().remove(tags).trimmed();
        if (text.isEmpty())
            continue;
        if (text.contains(QLatin1String("(s)")))
            problems << describe(item) + QStringLiteral(" shows \"(s)\"");
        for (const QRegularExpression &re : english)
            if (re.match(text).hasMatch()) {
                problems << describe(item) + QStringLiteral(" is English: ") + re.pattern();
                break;
            }
    }
    return problems;
}

}  // namespace screenchecks
