#include "TextToSpeechEngine.h"

#include "net/Log.h"

#include <QTextToSpeech>

TextToSpeechEngine::TextToSpeechEngine(QObject *parent) : SpeechEngine(parent) {}

TextToSpeechEngine::~TextToSpeechEngine() = default;

QString TextToSpeechEngine::utterance(const QStringList &sentences)
{
    static const QString closing = QStringLiteral(".!?…:;。؟");
    QStringList kept;
    for (const QString &s : sentences)
        if (!s.simplified().isEmpty())
            kept << s.simplified();
    QStringList parts;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        QString s = kept.at(i);
        if (!closing.contains(s.back()))
            s += QLatin1Char('.');
        // A spelled group ends in a lone letter, and engines read "V. M" as an initial run into
        // the next word (espeak-ng says "V M" as one): a semicolon keeps the pause between groups.
        const QString bare = s.chopped(1);
        const bool loneLetter = bare.size() == 1 || (bare.size() > 1 && !bare.at(bare.size() - 2).isLetterOrNumber());
        if (s.back() == QLatin1Char('.') && loneLetter && i + 1 < kept.size())
            s.back() = QLatin1Char(';');
        parts << s.replace(QStringLiteral(", "), QStringLiteral(",  "));
    }
    return parts.join(QStringLiteral("  "));
}

QString TextToSpeechEngine::engineName() const
{
    const QStringList engines = QTextToSpeech::availableEngines();
    const QString wanted = qEnvironmentVariable("TVPAIR_SPEECH_ENGINE");
    if (!wanted.isEmpty())
        return wanted;
    for (const char *name : {"speechd", "flite"})
        if (engines.contains(QLatin1String(name)))
            return QLatin1String(name);
    return engines.value(0);
}

bool TextToSpeechEngine::ensureEngine()
{
    if (m_broken)
        return false;
    if (m_tts)
        return true;
    m_language.clear();
    const QStringList engines = QTextToSpeech::availableEngines();
    QString name = engineName();
    if (!engines.contains(name)) {
        m_broken = true;
        emit failed(engines.isEmpty() ? QStringLiteral("no Qt TextToSpeech engine is installed "
                                                       "(qt6-speech-flite-plugin or qt6-speech-speechd-plugin)")
                                      : QStringLiteral("no engine \"%1\" (installed: %2)").arg(name, engines.join(QLatin1Char(','))));
        return false;
    }
    m_tts = new QTextToSpeech(name, this);
    // speech-dispatcher that does not answer (not installed, no daemon): flite instead.
    if (m_tts->state() == QTextToSpeech::Error && name == QLatin1String("speechd")
        && engines.contains(QLatin1String("flite")) && qEnvironmentVariableIsEmpty("TVPAIR_SPEECH_ENGINE")) {
        qCInfo(lcApp).noquote() << "speech: speech-dispatcher did not answer (" + m_tts->errorString() + "); using flite";
        delete m_tts;
        name = QStringLiteral("flite");
        m_tts = new QTextToSpeech(name, this);
    }
    if (m_tts->state() == QTextToSpeech::Error) {
        const QString why = QStringLiteral("the %1 engine did not start: %2").arg(name, m_tts->errorString());
        delete m_tts;  // tried again on the next utterance (a sound server may come up later)
        m_tts = nullptr;
        emit failed(why);
        return false;
    }
    connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State s) { onState(int(s)); });
    // The reason comes after the Error state, in its own signal.
    connect(m_tts, &QTextToSpeech::errorOccurred, this, [this](QTextToSpeech::ErrorReason, const QString &why) {
        onError(why);
    });
    qCInfo(lcApp).noquote() << "speech: engine" << name;
    return true;
}

void TextToSpeechEngine::useLocale(const QLocale &locale)
{
    const QString language = QLocale::languageToCode(locale.language());
    if (language == m_language)
        return;
    m_language = language;
    const QList<QLocale> voices = m_tts->availableLocales();
    QLocale chosen;
    bool found = false;
    for (const QLocale &l : voices) {
        if (l.language() != locale.language())
            continue;
        if (!found || l.territory() == locale.territory())
            chosen = l;
        found = true;
    }
    if (found) {
        m_tts->setLocale(chosen);
        return;
    }
    if (!m_noVoiceSaid.contains(language)) {
        m_noVoiceSaid.insert(language);
        qCInfo(lcApp).noquote() << "speech: the" << m_tts->engine() << "engine has no voice for" << language
                                << "- speaking with" << m_tts->locale().name();
    }
}

void TextToSpeechEngine::say(const QStringList &sentences, const QLocale &locale)
{
    const QString text = utterance(sentences);
    if (text.isEmpty() || !ensureEngine())
        return;
    useLocale(locale);
    // A new utterance replaces the one being spoken: its end is not this one's (a Ready that
    // comes before this utterance has started is the old one stopping).
    m_speaking = false;
    if (m_tts->state() == QTextToSpeech::Speaking || m_tts->state() == QTextToSpeech::Paused)
        m_tts->stop();
    m_speaking = true;
    m_started = false;
    m_tts->say(text);
}

void TextToSpeechEngine::stop()
{
    m_speaking = false;
    if (m_tts)
        m_tts->stop();
}

void TextToSpeechEngine::onState(int state)
{
    switch (QTextToSpeech::State(state)) {
    case QTextToSpeech::Ready:
        if (m_speaking && m_started) {
            m_speaking = false;
            emit finished();
        }
        break;
    case QTextToSpeech::Error:
        m_speaking = false;
        break;
    case QTextToSpeech::Speaking:
        m_started = true;
        break;
    case QTextToSpeech::Paused:
        break;
    }
}

void TextToSpeechEngine::onError(const QString &why)
{
    m_speaking = false;
    const QString line = QStringLiteral("the %1 engine failed: %2").arg(m_tts ? m_tts->engine() : QString(), why);
    if (m_tts)
        m_tts->deleteLater();  // made again on the next utterance
    m_tts = nullptr;
    m_language.clear();
    emit failed(line);
}
