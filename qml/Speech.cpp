#include "Speech.h"

#include "SpeechSetting.h"
#include "SpokenCode.h"
#include "net/Log.h"
#ifdef TVPAIR_WITH_SPEECH
#include "TextToSpeechEngine.h"
#endif

#include <QLocale>
#include <QQmlEngine>

SpeechEngine *Speech::s_engine = nullptr;

void Speech::useEngine(SpeechEngine *engine)
{
    s_engine = engine;
}

Speech *Speech::create(QQmlEngine *, QJSEngine *)
{
    auto *speech = new Speech(s_engine);
    QQmlEngine::setObjectOwnership(speech, QQmlEngine::JavaScriptOwnership);
    return speech;
}

Speech::Speech(SpeechEngine *engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    m_engineMade = engine != nullptr;
    if (engine) {
        connect(engine, &SpeechEngine::finished, this, &Speech::onFinished);
        connect(engine, &SpeechEngine::failed, this, &Speech::onFailed);
    }
#ifndef TVPAIR_WITH_SPEECH
    if (!engine)
        m_available = false;
#endif
    const SpeechSetting::Start start = SpeechSetting::start();
    m_enabled = start.on;
    m_chosen = start.chosen;
    if (m_enabled) {
        qCInfo(lcApp).noquote() << "speech: on (" + start.reason + ")";
        if (!m_available)
            onFailed(QStringLiteral("tvpair was built without Qt TextToSpeech"));
    }
    // A screen reader turned on later (the accessibility bus answers after start-up) turns
    // speech on too, unless the viewer or TVPAIR_SPEECH decided.
    if (start.reason == QLatin1String("default"))
        QAccessible::installActivationObserver(this);
}

Speech::~Speech()
{
    QAccessible::removeActivationObserver(this);
}

void Speech::accessibilityActiveChanged(bool active)
{
    if (!active || m_chosen || m_enabled)
        return;
    m_enabled = true;
    qCInfo(lcApp).noquote() << "speech: on (assistive technology)";
    emit enabledChanged();
}

void Speech::setEnabled(bool on)
{
    m_chosen = true;
    SpeechSetting::remember(on);
    if (on == m_enabled)
        return;
    m_enabled = on;
    qCInfo(lcApp).noquote() << "speech:" << (on ? "on" : "off") << "(chosen)";
    if (!on) {
        m_pendingFocus.clear();
        m_announcing = false;
        if (m_engine)
            m_engine->stop();
    } else if (!m_available) {
        onFailed(QStringLiteral("tvpair was built without Qt TextToSpeech"));
    }
    emit enabledChanged();
}

SpeechEngine *Speech::engine()
{
    if (!m_engineMade) {
        m_engineMade = true;
#ifdef TVPAIR_WITH_SPEECH
        m_engine = new TextToSpeechEngine(this);
        connect(m_engine, &SpeechEngine::finished, this, &Speech::onFinished);
        connect(m_engine, &SpeechEngine::failed, this, &Speech::onFailed);
#endif
    }
    if (!m_engine)
        onFailed(QStringLiteral("tvpair was built without Qt TextToSpeech"));
    return m_engine;
}

void Speech::announce(const QStringList &sentences)
{
    if (m_enabled)
        speak(sentences, true);
}

void Speech::describe(const QStringList &sentences)
{
    if (!m_enabled)
        return;
    // Said once the events of this moment are handled: a status that moved the focus (a
    // declined code focuses "Get a new code") goes first. Only the latest focus is said.
    m_pendingFocus = sentences;
    if (!m_focusQueued) {
        m_focusQueued = true;
        QMetaObject::invokeMethod(this, &Speech::sayPendingFocus, Qt::QueuedConnection);
    }
}

void Speech::sayPendingFocus()
{
    m_focusQueued = false;
    // After the status being said, not over it (onFinished says it then).
    if (m_pendingFocus.isEmpty() || !m_enabled || (m_announcing && m_engine && m_engine->isSpeaking()))
        return;
    const QStringList next = m_pendingFocus;
    m_pendingFocus.clear();
    speak(next, false);
}

void Speech::readAloud(const QStringList &sentences)
{
    speak(sentences, true);
}

QStringList Speech::spell(const QString &code) const
{
    return SpokenCode::sentences(code, QLocale().name().section(QLatin1Char('_'), 0, 0));
}

void Speech::speak(const QStringList &sentences, bool announcement)
{
    QStringList said;
    for (const QString &s : sentences)
        if (!s.trimmed().isEmpty())
            said << s.trimmed();
    if (said.isEmpty())
        return;
    SpeechEngine *e = engine();
    if (!e)
        return;
    m_announcing = announcement;
    e->say(said, QLocale());
}

void Speech::onFinished()
{
    if (!m_announcing)
        return;
    m_announcing = false;
    sayPendingFocus();
}

void Speech::onFailed(const QString &why)
{
    m_announcing = false;
    m_pendingFocus.clear();
    // Said once: a TV without a sound server would otherwise log at every focus move.
    if (!m_unavailableSaid) {
        m_unavailableSaid = true;
        qCWarning(lcApp).noquote() << "speech: unavailable:" << why;
    }
    if (m_available && !m_engine) {
        m_available = false;
        emit availableChanged();
    }
}
