#pragma once
// How long a secret handed to the redactor (Log.h) lives. Each lifetime has its own bounded
// pool, oldest out first, so that a flood of short-lived values (a busy bridge's device codes)
// never pushes a client secret, a sealing key or a refresh token out of the redactor.
// log::rememberSecret(value) without a lifetime is SecretLife::Token.
#include <QString>

namespace tvpair::log {

enum class SecretLife {
    Configured,  // client secrets, keys: a handful per process, kept for its whole life (128)
    Token,       // refresh and access tokens, ID tokens, verifiers re-sent on refresh (512)
    ShortLived,  // device codes, authorization codes, state, nonce: minutes at most (512)
};

// A value already kept as long or longer stays where it is; one kept shorter (a verifier first
// seen in a sign-in, then sealed for every refresh) moves to the longer-lived pool.
void rememberSecret(const QString &value, SecretLife life);
// Drops a value from its pool (e.g. a device code once its row has ended).
void forgetSecret(const QString &value);
// How many values a pool holds (tests).
int rememberedSecretCount(SecretLife life);

}  // namespace tvpair::log
