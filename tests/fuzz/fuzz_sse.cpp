// SPDX-License-Identifier: GPL-3.0-or-later
// The event-stream parser of streaming probes: however the bytes are split into pieces (as the network
// splits them), the parser reaches the same verdict, token count and end as when it gets them whole.
#include "engine/probe/sseparser.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ea;
    const char *text = reinterpret_cast<const char *>(data);
    SseParser whole;
    whole.feed(text, size, 1.0);
    // The same bytes in pieces of 1, 2, 3, … bytes, then in two halves.
    SseParser pieces;
    for (size_t at = 0, n = 1; at < size; at += n, ++n)
        pieces.feed(text + at, std::min(n, size - at), 1.0);
    SseParser halves;
    halves.feed(text, size / 2, 1.0);
    halves.feed(text + size / 2, size - size / 2, 1.0);
    for (const SseParser *p : {&pieces, &halves}) {
        fuzz::require(p->malformed() == whole.malformed(), "same verdict in pieces");
        if (!whole.malformed()) {
            fuzz::require(p->tokens() == whole.tokens(), "same tokens in pieces");
            fuzz::require(p->done() == whole.done(), "same end in pieces");
            fuzz::require(p->events() == whole.events(), "same events in pieces");
        }
    }
    fuzz::require(whole.tokens() >= 0 && whole.interTokenGaps().size() <= SseParser::kMaxStamps,
                  "bounded token stamps");
    return 0;
}
