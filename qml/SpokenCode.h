#pragma once
// A user code as it is read aloud: letter by letter, each group its own sentence so the hyphen
// becomes a pause ("WPLV-MGJJ" -> "W, P, L, V." "M, G, J, J."). Letters are upper case (an
// engine reads a lone "a" as the article) and, where a language's engine reads a letter as a
// word, that letter's name is written out instead (Spanish "y" is the word "and": "ye").
#include <QString>
#include <QStringList>

namespace SpokenCode {
// `language` is the UI language ("en", "es", ...).
QStringList sentences(const QString &code, const QString &language);
}
