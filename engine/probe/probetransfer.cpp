// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/probetransfer.h"

#include "engine/model/printable.h"
#include "engine/stats/quantile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace ea::probe {

namespace {
constexpr size_t kErrorBodyBytes = 300;
constexpr qint64 kProgressBytes = 256; // body bytes that count as progress (see overdue())

bool hasControlCharacter(const char *s)
{
    for (; *s; ++s)
        if (static_cast<unsigned char>(*s) < 0x20 || *s == 0x7f)
            return true;
    return false;
}

QByteArray chatRequestBody(const ProbeTarget &t)
{
    // The same few bodies for every probe of a target: built once per prober thread (a thousand probes a
    // second each built a JSON document).
    thread_local QHash<QString, QByteArray> cache;
    const QString key = t.model + QChar(0x1f) + t.prompt + QChar(0x1f) + QString::number(t.maxTokens);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    if (cache.size() >= 4096)
        cache.clear();
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("user")},
                              {QStringLiteral("content"), t.prompt}};
    const QJsonObject body{{QStringLiteral("model"), t.model},
                           {QStringLiteral("messages"), QJsonArray{message}},
                           {QStringLiteral("stream"), true},
                           {QStringLiteral("max_tokens"), std::max(1, t.maxTokens)}};
    return *cache.insert(key, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

double usToMs(curl_off_t us)
{
    return static_cast<double>(us) / 1000.0;
}
} // namespace

Transfer::Transfer(const ProbeTarget &target, const ProbeSettings &settings, int slot, quint64 sequence)
    : m_target(target), m_settings(settings), m_slot(slot)
{
    m_result.targetId = target.id;
    m_result.url = target.url;
    m_result.sequence = sequence;
    m_result.timestampMs = QDateTime::currentMSecsSinceEpoch();
}

Transfer::~Transfer()
{
    if (m_easy)
        curl_easy_cleanup(m_easy);
    // The list may hold the Authorization header: wipe it before it goes back to the allocator.
    for (curl_slist *h = m_headers; h; h = h->next)
        if (h->data)
            std::memset(h->data, 0, std::strlen(h->data));
    curl_slist_free_all(m_headers);
    m_secret.fill('\0');
}

bool Transfer::prepare()
{
    const bool stream = m_target.kind == ProbeKind::ChatStream;
    const QByteArray url = m_target.url.toUtf8();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
        abort(ProbeState::ConfigError, tr("not an http:// or https:// URL"));
        return false;
    }
    std::string auth;
    if (!m_target.apiKeyEnv.isEmpty()) {
        const char *key = std::getenv(m_target.apiKeyEnv.toLocal8Bit().constData());
        if (!key || !*key) {
            abort(ProbeState::ConfigError,
                  tr("the environment variable %1 (API key) is not set").arg(m_target.apiKeyEnv));
            return false;
        }
        if (hasControlCharacter(key)) { // a CR/LF would end the header and start another one
            abort(ProbeState::ConfigError,
                  tr("the environment variable %1 (API key) contains a line break or another control "
                     "character")
                      .arg(m_target.apiKeyEnv));
            return false;
        }
        auth = std::string("Authorization: Bearer ") + key;
        m_secret = QByteArray(key);
    }
    m_easy = curl_easy_init();
    if (!m_easy) {
        abort(ProbeState::OtherError, tr("libcurl could not create a transfer"));
        return false;
    }
    CURL *e = m_easy;
    curl_easy_setopt(e, CURLOPT_URL, url.constData()); // libcurl copies strings
    curl_easy_setopt(e, CURLOPT_PRIVATE, this);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Transfer::onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(std::max(1, m_settings.timeoutMs)));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(std::max(1, m_settings.maxTotalMs)));
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, m_settings.verifyTls ? 1L : 0L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, m_settings.verifyTls ? 2L : 0L);
    curl_easy_setopt(e, CURLOPT_USERAGENT, "EdgeAtlas-probe/" EA_VERSION);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    if (!m_settings.useSystemProxy)
        curl_easy_setopt(e, CURLOPT_PROXY, ""); // "" overrides the proxy environment variables
    if (!m_settings.reuseConnections) {
        curl_easy_setopt(e, CURLOPT_FRESH_CONNECT, 1L);
        curl_easy_setopt(e, CURLOPT_FORBID_REUSE, 1L);
    }
    if (stream) {
        m_body = chatRequestBody(m_target).toStdString();
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, m_body.c_str());
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(m_body.size()));
        m_headers = curl_slist_append(m_headers, "Content-Type: application/json");
        m_headers = curl_slist_append(m_headers, "Accept: text/event-stream");
        m_headers = curl_slist_append(m_headers, "Expect:");
    }
    if (!auth.empty()) {
        m_headers = curl_slist_append(m_headers, auth.c_str());
        std::fill(auth.begin(), auth.end(), '\0');
    }
    if (m_headers)
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, m_headers);
    return true;
}

void Transfer::started()
{
    m_start = Clock::now();
    m_lastData = m_start;
    m_lastProgress = m_start;
}

void Transfer::progressed(Clock::time_point now)
{
    m_lastProgress = now;
    m_bytesSinceProgress = 0;
}

double Transfer::sinceStartMs(Clock::time_point t) const
{
    return std::chrono::duration<double, std::milli>(t - m_start).count();
}

size_t Transfer::onHeader(char *data, size_t size, size_t n, void *self)
{
    auto *t = static_cast<Transfer *>(self);
    const Clock::time_point now = Clock::now();
    t->m_lastData = now;
    t->progressed(now); // libcurl hands over whole header lines
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * n)).trimmed();
    if (line.startsWith("HTTP/"))
        t->m_contentEncoding.clear(); // a new response (after a 1xx)
    else if (line.toLower().startsWith("content-encoding:"))
        t->m_contentEncoding = line.mid(17).trimmed().toLower();
    if (!t->m_gotData) {
        // libcurl's clock starts when the multi handle begins the transfer, a little after ours: align
        // the token times to it, so ttft and firstByteMs share one origin.
        curl_off_t firstUs = 0;
        curl_easy_getinfo(t->m_easy, CURLINFO_STARTTRANSFER_TIME_T, &firstUs);
        if (firstUs > 0)
            t->m_curlStartMs = std::max(0.0, t->sinceStartMs(now) - firstUs / 1000.0);
    }
    t->m_gotData = true;
    return size * n;
}

size_t Transfer::onBody(char *data, size_t size, size_t n, void *self)
{
    auto *t = static_cast<Transfer *>(self);
    const size_t bytes = size * n;
    const Clock::time_point now = Clock::now();
    t->m_lastData = now;
    t->m_gotData = true;
    t->m_result.bytes += static_cast<qint64>(bytes);
    long status = 0;
    curl_easy_getinfo(t->m_easy, CURLINFO_RESPONSE_CODE, &status);
    const auto plainProgress = [&] {
        t->m_bytesSinceProgress += static_cast<qint64>(bytes);
        if (t->m_bytesSinceProgress >= kProgressBytes)
            t->progressed(now);
    };
    if (status >= 400) {
        // Room for a key quoted at the end, so that redacting sees it whole before the text is cut.
        const size_t limit = kErrorBodyBytes + static_cast<size_t>(t->m_secret.size());
        const size_t keep = std::min(bytes, limit - std::min(limit, t->m_errorBody.size()));
        t->m_errorBody.append(data, keep);
        plainProgress();
        return bytes;
    }
    if (t->m_target.kind != ProbeKind::ChatStream) {
        plainProgress();
        return bytes;
    }
    if (!t->m_checkedStream) {
        t->m_checkedStream = true;
        char *type = nullptr;
        curl_easy_getinfo(t->m_easy, CURLINFO_CONTENT_TYPE, &type);
        if (!type || !QByteArray(type).toLower().contains("text/event-stream")) {
            t->abort(ProbeState::MalformedStream,
                     tr("expected Content-Type text/event-stream, got \"%1\"")
                         .arg(type ? QString::fromLatin1(type).left(80) : QString()));
            return CURL_WRITEFUNC_ERROR;
        }
        if (!t->m_contentEncoding.isEmpty() && t->m_contentEncoding != "identity") {
            // No Accept-Encoding was sent, so the body must come as it is; a compressed one is not a
            // stream that ended early, it is one that cannot be read.
            t->abort(ProbeState::MalformedStream,
                     tr("the server sent a body with Content-Encoding \"%1\" though none was asked for")
                         .arg(QString::fromLatin1(t->m_contentEncoding.left(40))));
            return CURL_WRITEFUNC_ERROR;
        }
    }
    const qint64 linesBefore = t->m_sse.lines();
    if (!t->m_sse.feed(data, bytes, t->sinceStartMs(now))) {
        t->abort(ProbeState::MalformedStream, t->m_sse.error());
        return CURL_WRITEFUNC_ERROR;
    }
    if (t->m_sse.lines() != linesBefore)
        t->progressed(now);
    return bytes;
}

void Transfer::abort(ProbeState state, const QString &text)
{
    if (m_aborted)
        return;
    m_aborted = true;
    m_abortState = state;
    m_abortText = text;
}

bool Transfer::overdue(Clock::time_point now)
{
    if (m_aborted)
        return true;
    if (!m_gotData) {
        if (sinceStartMs(now) > m_settings.timeoutMs) {
            abort(ProbeState::Timeout, tr("no response within %1 ms").arg(m_settings.timeoutMs));
            return true;
        }
        return false;
    }
    const double silentMs = std::chrono::duration<double, std::milli>(now - m_lastData).count();
    if (silentMs > m_settings.stallMs) {
        abort(ProbeState::Stalled, tr("the response stopped: no data for %1 ms after %2 bytes, %3 tokens")
                                       .arg(m_settings.stallMs)
                                       .arg(m_result.bytes)
                                       .arg(m_sse.tokens()));
        return true;
    }
    const double sinceProgressMs = std::chrono::duration<double, std::milli>(now - m_lastProgress).count();
    if (sinceProgressMs > m_settings.stallMs) {
        abort(ProbeState::Stalled,
              tr("the response crawls: no complete line in %1 ms, %2 bytes dribbled in (after %3 bytes, %4 "
                 "tokens)")
                  .arg(m_settings.stallMs)
                  .arg(m_bytesSinceProgress)
                  .arg(m_result.bytes)
                  .arg(m_sse.tokens()));
        return true;
    }
    return false;
}

void Transfer::fillTimings()
{
    if (!m_easy)
        return;
    curl_off_t dns = 0, connect = 0, tls = 0, first = 0, total = 0;
    long status = 0, connects = 0;
    curl_easy_getinfo(m_easy, CURLINFO_NAMELOOKUP_TIME_T, &dns);
    curl_easy_getinfo(m_easy, CURLINFO_CONNECT_TIME_T, &connect);
    curl_easy_getinfo(m_easy, CURLINFO_APPCONNECT_TIME_T, &tls);
    curl_easy_getinfo(m_easy, CURLINFO_STARTTRANSFER_TIME_T, &first);
    curl_easy_getinfo(m_easy, CURLINFO_TOTAL_TIME_T, &total);
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(m_easy, CURLINFO_NUM_CONNECTS, &connects);
    m_result.httpStatus = static_cast<int>(status);
    m_result.reusedConnection = connects == 0 && status > 0;
    const bool https = m_target.url.startsWith(QLatin1String("https://"));
    if (dns > 0 || connect > 0)
        m_result.dnsMs = usToMs(dns);
    if (connect > 0)
        m_result.connectMs = usToMs(connect - std::min(dns, connect));
    else if (m_result.reusedConnection)
        m_result.connectMs = 0;
    if (!https && m_result.connectMs >= 0)
        m_result.tlsMs = 0;
    else if (tls > 0)
        m_result.tlsMs = usToMs(tls - std::min(connect, tls));
    else if (m_result.reusedConnection)
        m_result.tlsMs = 0;
    if (m_result.reusedConnection && m_result.dnsMs < 0)
        m_result.dnsMs = 0;
    if (first > 0 && m_gotData)
        m_result.firstByteMs = usToMs(first);
    if (total > 0)
        m_result.totalMs = usToMs(total);
}

void Transfer::finish(CURLcode code)
{
    fillTimings();
    ProbeResult &r = m_result;
    const bool stream = m_target.kind == ProbeKind::ChatStream;
    if (stream) {
        r.tokens = m_sse.tokens();
        r.ttftMs = m_sse.firstTokenMs() < 0 ? -1 : std::max(0.0, m_sse.firstTokenMs() - m_curlStartMs);
        std::vector<double> gaps = m_sse.interTokenGaps();
        r.itlP50Ms = stats::valueOr(stats::quantileInPlace(gaps, 0.50), -1);
        r.itlP95Ms = stats::valueOr(stats::quantileInPlace(gaps, 0.95), -1);
        r.tokensPerSecond = m_sse.tokensPerSecond();
    }
    const QString curlText = m_errorBuffer[0] ? QString::fromUtf8(m_errorBuffer).trimmed()
                                              : QString::fromUtf8(curl_easy_strerror(code));
    // What the server said reaches terminals, tables and the history: no key it echoed, no escapes.
    const auto fromServer = [this](const QString &text) { return printable(redacted(text, m_secret)); };
    if (m_aborted) {
        r.state = m_abortState;
        r.errorText = fromServer(m_abortText);
        return;
    }
    switch (code) {
    case CURLE_OK:
        if (r.httpStatus >= 400) {
            r.state = ProbeState::HttpError;
            QString body = redacted(QString::fromUtf8(m_errorBody), m_secret).simplified();
            if (body.size() > qsizetype(kErrorBodyBytes))
                body = body.left(qsizetype(kErrorBodyBytes)) + QStringLiteral("…");
            r.errorText = fromServer(body.isEmpty() ? tr("HTTP %1").arg(r.httpStatus)
                                                    : tr("HTTP %1: %2").arg(r.httpStatus).arg(body));
        } else if (stream && !m_sse.done()) {
            r.state = ProbeState::ClosedEarly;
            r.errorText = tr("the stream ended without \"data: [DONE]\" after %1 tokens").arg(r.tokens);
        } else {
            r.state = ProbeState::Ok;
        }
        return;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        r.state = ProbeState::DnsFailure;
        break;
    case CURLE_COULDNT_CONNECT: {
        long osErrno = 0;
        curl_easy_getinfo(m_easy, CURLINFO_OS_ERRNO, &osErrno);
        r.state = osErrno == ECONNREFUSED ? ProbeState::ConnectionRefused : ProbeState::ConnectFailed;
        break;
    }
    case CURLE_OPERATION_TIMEDOUT:
        r.state = ProbeState::Timeout;
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_INITFAILED:
        r.state = ProbeState::TlsFailure;
        break;
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
        r.state = ProbeState::ClosedEarly;
        break;
    case CURLE_WEIRD_SERVER_REPLY:
        r.state = ProbeState::MalformedStream;
        break;
    case CURLE_UNSUPPORTED_PROTOCOL: {
        // Before sending, a URL libcurl cannot speak; after connecting, an answer that is not HTTP
        // (libcurl reads it as HTTP/0.9, which it refuses).
        long connects = 0;
        curl_easy_getinfo(m_easy, CURLINFO_NUM_CONNECTS, &connects);
        r.state = connects > 0 || r.connectMs >= 0 ? ProbeState::MalformedStream : ProbeState::ConfigError;
        break;
    }
    case CURLE_URL_MALFORMAT:
        r.state = ProbeState::ConfigError;
        break;
    default:
        r.state = ProbeState::OtherError;
        break;
    }
    if (r.state == ProbeState::ConnectionRefused)
        r.errorText = tr("connection refused, nothing listens on the port (%1)").arg(curlText);
    else if (r.state == ProbeState::MalformedStream)
        r.errorText = tr("the answer is not HTTP (%1)").arg(curlText);
    else
        r.errorText = curlText;
    r.errorText = fromServer(r.errorText);
}

} // namespace ea::probe
