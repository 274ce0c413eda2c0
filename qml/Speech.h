#pragma once
// Spoken output for blind and low-vision viewers, as QML sees it: on or off (SpeechSetting),
// and what to say, by kind. A status (a code shown, signed in, expired, declined) is said at
// once and is not cut short by focus moving; what has focus (a card's title, status and price,
// a button) replaces what was being said about focus. Everything goes through the seam
// (SpeechEngine) to the real engine, made on the first utterance.
#include "SpeechEngine.h"

#include <QAccessible>
#include <QObject>
#include <QPointer>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class Speech : public QObject, public QAccessible::ActivationObserver {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The viewer's switch (Account); remembered when set from QML.
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    // An engine is built in and has not failed.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
public:
    static Speech *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    // Tests: the engine behind the seam, before QML first uses Speech (not owned). Without it
    // the real one (Qt TextToSpeech), or none when tvpair was built without it.
    static void useEngine(SpeechEngine *engine);

    explicit Speech(SpeechEngine *engine, QObject *parent = nullptr);
    ~Speech() override;

    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);
    bool available() const { return m_available; }

    // A status the viewer should hear; said only when speech is on.
    Q_INVOKABLE void announce(const QStringList &sentences);
    // What has focus; said only when speech is on.
    Q_INVOKABLE void describe(const QStringList &sentences);
    // Asked for by the viewer (the key that repeats the code): said even when speech is off.
    Q_INVOKABLE void readAloud(const QStringList &sentences);
    // A user code letter by letter, a sentence per group, in the UI's language (SpokenCode).
    Q_INVOKABLE QStringList spell(const QString &code) const;

    void accessibilityActiveChanged(bool active) override;

signals:
    void enabledChanged();
    void availableChanged();

private:
    SpeechEngine *engine();
    void speak(const QStringList &sentences, bool announcement);
    void sayPendingFocus();
    void onFinished();
    void onFailed(const QString &why);

    QPointer<SpeechEngine> m_engine;
    bool m_engineMade = false;
    bool m_enabled = false;
    bool m_chosen = false;       // the viewer chose: the system no longer switches it
    bool m_available = true;
    bool m_announcing = false;   // an announcement is being said
    QStringList m_pendingFocus;  // the focus description waiting for this moment's events, or for the status
    bool m_focusQueued = false;
    bool m_unavailableSaid = false;

    static SpeechEngine *s_engine;
};
