#pragma once
// The real engine behind the speech seam: Qt TextToSpeech (Debian: the speech-dispatcher or
// flite plugin, audio through Qt Multimedia). Built only when Qt TextToSpeech is installed.
// The engine is made on the first say(): a viewer who never turns speech on pays nothing for it
// (the plugins load Qt Multimedia and connect to the sound server).
#include "SpeechEngine.h"

#include <QSet>

class QTextToSpeech;

class TextToSpeechEngine : public SpeechEngine {
    Q_OBJECT
public:
    explicit TextToSpeechEngine(QObject *parent = nullptr);
    ~TextToSpeechEngine() override;

    void say(const QStringList &sentences, const QLocale &locale) override;
    void stop() override;
    bool isSpeaking() const override { return m_speaking; }

    // The text one utterance is spoken from: each sentence closed by a full stop when it has no
    // closing mark of its own, letters separated by two spaces after their comma (flite runs
    // "W, P, L" together into one word; two spaces give it the pause every other engine makes).
    static QString utterance(const QStringList &sentences);
    // Which plugin: TVPAIR_SPEECH_ENGINE when set ("flite", "speechd"), else speech-dispatcher
    // (voices for every language of the UI) when it answers, else flite (English only).
    QString engineName() const;

private:
    bool ensureEngine();
    void useLocale(const QLocale &locale);
    void onState(int state);
    void onError(const QString &why);

    QTextToSpeech *m_tts = nullptr;
    bool m_speaking = false;
    bool m_started = false;  // the utterance of the last say() has begun
    bool m_broken = false;   // no engine installed: nothing to try again
    QString m_language;          // the language last asked for
    QSet<QString> m_noVoiceSaid;  // languages already logged as without a voice
};
