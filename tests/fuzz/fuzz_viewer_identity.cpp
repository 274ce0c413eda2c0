// Who the viewer is: ViewerIdentity::read over a server's token response, ID token claims and
// UserInfo. Input: a control byte (subject source), then a JSON object used as the token
// response, its "id" member as the ID token claims and its "info" member as UserInfo.
// Invariants: shown values are one line and never one of the response's tokens.
#include "FuzzCommon.h"
#include "net/JsonBody.h"
#include "oauth/ViewerIdentity.h"

using namespace tvpair;

TVPAIR_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Reader in{data, size};
    const uint8_t mode = in.byte();
    const auto doc = net::parseJsonObject(in.rest(), nullptr);
    if (!doc)
        return 0;
    static const char *const sources[] = {"id_token", "userinfo", "access_token", "token_response:username",
                                          "token_response:access_token", ""};
    oauth::IdentityRules rules;
    rules.subject = QLatin1String(sources[mode % 6]);
    rules.displayName = {QStringLiteral("name"), QStringLiteral("refresh_token"), QStringLiteral("username")};
    rules.customerNumber = (mode & 0x80) ? QStringLiteral("access_token") : QStringLiteral("customer_number");
    const auto who = oauth::ViewerIdentity::read(rules, *doc, doc->value(QStringLiteral("id")).toObject(),
                                                 doc->value(QStringLiteral("info")).toObject());
    for (const QString &shown : {who.displayName, who.customerNumber, who.subject}) {
        TVPAIR_FUZZ_CHECK(!shown.contains(QLatin1Char('\n')) && !shown.contains(QLatin1Char('\r')));
        for (const char *secret : {"access_token", "refresh_token", "id_token"}) {
            const QString v = doc->value(QLatin1String(secret)).toString();
            // The access token's own JWT sub may be the subject (a label); the whole token never is.
            TVPAIR_FUZZ_CHECK(v.isEmpty() || shown != v);
        }
    }
    return 0;
}
