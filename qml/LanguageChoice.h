#pragma once
// The viewer's language choice as QML sees it: the languages on offer (in their own names), the
// one in effect, its writing direction, and choose() to switch live (the catalogue, the default
// locale, every qsTr binding and the texts the models make) and remember it across restarts.
#include <QObject>
#include <QVariantList>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class LanguageChoice : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString languageName READ languageName NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    // [{code, name}], English first.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
public:
    static LanguageChoice *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    explicit LanguageChoice(QQmlEngine *engine, QObject *parent = nullptr);

    QString language() const { return m_language; }
    QString languageName() const;
    bool rightToLeft() const;
    QVariantList languages() const;

    // Switches the UI to `code` now and remembers it; an unknown code changes nothing.
    Q_INVOKABLE void choose(const QString &code);

signals:
    void languageChanged();

private:
    QQmlEngine *m_engine;
    QString m_language;
};
