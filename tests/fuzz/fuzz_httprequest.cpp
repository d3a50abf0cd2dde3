// SPDX-License-Identifier: GPL-3.0-or-later
// The request parser of the loopback server (probe agent, simulator): a pipelined stream of any bytes is
// consumed request by request until it needs more or is refused; a complete request's bytes are within
// the input and no shorter prefix of them is complete.
#include "engine/probe/loopbackserver.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ea;
    const char *in = reinterpret_cast<const char *>(data);
    size_t at = 0;
    for (int requests = 0; at < size; ++requests) {
        HttpRequest r;
        const HttpParse p = parseHttpRequest(in + at, size - at, r);
        if (p.status != HttpParse::Status::Complete) {
            if (p.status == HttpParse::Status::Bad)
                fuzz::require(p.rejectStatus == 400 || p.rejectStatus == 413 || p.rejectStatus == 501,
                              "a known rejection");
            else
                fuzz::require(size - at < MaxHttpRequestBytes + MaxHttpHeaderBytes + 4,
                              "incomplete within limits");
            break;
        }
        fuzz::require(p.consumed > 0 && p.consumed <= size - at, "consumed within the input");
        fuzz::require(p.consumed <= MaxHttpRequestBytes, "within the request limit");
        fuzz::require(!r.method.isEmpty() && !r.path.isEmpty(), "a method and a path");
        HttpRequest shorter;
        fuzz::require(parseHttpRequest(in + at, p.consumed - 1, shorter).status ==
                          HttpParse::Status::Incomplete,
                      "one byte less is incomplete");
        at += p.consumed;
    }
    return 0;
}
